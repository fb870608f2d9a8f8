b = b"hello"
print(b, len(b), b[0], b[1:3], b + b" world", b * 2)
print(b"\x00\x01\xfe\xff", bytes(3), bytes([65, 66]), bytes("é", "utf-8"))
print(b.upper(), b.find(b"l"), b"a,b".split(b","), b == b"hello")
print(list(b"hi"), repr(b"'"), repr(b'"'), repr(b"'\""))
print("abc".encode("utf-8"), b"\xc3\xa9".decode("utf-8"))
