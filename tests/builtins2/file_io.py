
path = "/tmp/_pvm_test_file_io.txt"
with open(path, "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third line")
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path, "a") as f:
    print("appended", file=f)
with open(path, "r", encoding="utf-8") as f:
    print(f.read().splitlines())
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:8])
with open(path, "wb") as f:
    f.write(b"\x00\x01binary")
with open(path, "rb") as f:
    print(f.read())
f = open(path)
print(f.closed, f.name == path, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
open(path, "w").close()
path = "/tmp/_pvm_no_such_file.txt"
try:
    open(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(e)
