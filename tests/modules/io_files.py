import _io
from _io import open
p = '/tmp/_pvm_io_test.txt'
with open(p, 'w') as f:
    print(f.write('hello\nworld\n'), f.write('tail'))
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
print(f.closed)
print(repr(open(p).read()))
with open(p) as f:
    print(f.readline(), f.readline(), repr(f.readline()), repr(f.readline()))
print([line for line in open(p)], open(p).readlines())
with open(p, 'a') as f: f.write('\nmore é\r\nx\ry')
print(repr(open(p).read()), repr(open(p, newline='').read()), repr(open(p, 'rb').read()))
with open(p, 'rb') as f:
    print(f.read(3), f.readline(), f.tell(), f.seek(0), f.read(5), type(f).__name__)
with open(p, 'r+') as f:
    print(f.read(4)); f.seek(0); f.write('J'); f.seek(0); print(f.readline())
with open(p, 'wb') as f: print(f.write(b'\x00\x01abc'), type(f).__name__)
print(open(p, 'rb').read())
for bad in ["open('/nonexistent/zz')", "open('/tmp')", "open(p, 'rw')", "open(p, 'bt')", "open(p, 'rb', encoding='x')", "open(p, 'q')", "open(p).write('x')", "open(p, 'w').read()"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
f = open(p); f.close()
try: f.read()
except ValueError as e: print(e)
s = _io.StringIO('abc\ndef\n'); print(s.read(2), s.readline(), s.tell(), s.read(), s.getvalue())
s = _io.StringIO(); s.write('x'); s.write('yz\n'); print(repr(s.getvalue()), list(_io.StringIO('a\nb')))
s.seek(1); s.write('Q'); print(s.getvalue()); s.truncate(2); print(repr(s.getvalue()))
b = _io.BytesIO(b'12\n34'); print(b.read(1), b.readline(), b.read(), b.getvalue()); b.write(b'!'); print(b.getvalue())
import posix; posix.unlink(p)
