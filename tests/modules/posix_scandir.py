import posix
root = '/tmp/_pvm_scandir_test'
def rmtree(p):
    for e in posix.scandir(p):
        if e.is_dir(follow_symlinks=False): rmtree(e.path)
        else: posix.unlink(e.path)
    posix.rmdir(p)
try: rmtree(root)
except FileNotFoundError: pass
posix.mkdir(root); posix.mkdir(root + '/a'); posix.mkdir(root + '/a/b')
for f in ('/x.txt', '/a/y.txt'):
    posix.close(posix.open(root + f, posix.O_WRONLY | posix.O_CREAT, 0o644))
with posix.scandir(root) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), type(e.stat().st_size), e.inode() > 0)
print(sorted(posix.listdir(root.encode())), [e.name for e in posix.scandir(root.encode()) if e.name == b'x.txt'])
try: posix.scandir(root + '/nope')
except FileNotFoundError as e: print(e.errno, e.filename == root + '/nope')
rmtree(root)
print(posix.access(root, posix.F_OK))
