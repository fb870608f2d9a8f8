import io
from io import open
s = io.StringIO(); print('hi', file=s); print(repr(s.getvalue()), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
with open(__file__) as f: print(f.readline().rstrip(), isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase))
b = io.BytesIO(b'xy'); print(b.read(), isinstance(b, io.BufferedIOBase))
print(io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
