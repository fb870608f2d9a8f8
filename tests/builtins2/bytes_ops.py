b = b"hello world"
print(b[0], b[-1], b[1:5], b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), len(b))
print(bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"), b"ab" + b"cd", b"x" * 3, b"a" in b"abc", 97 in b"abc")
print(b.hex(), bytes.fromhex("68 65"), b"\x00\xff".hex(":"), list(b"abc"), b.decode(), b.startswith(b"he"))
print(b"%d-%s" % (5, b"x"), b"abc".center(7, b"*"), b" x ".strip(), b"a,b".split(b","), b"-".join([b"a", b"b"]))
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba.pop(), bytes(ba), ba.decode(), ba[1:3], ba.count(b"c"))
del ba[0]
print(ba, bytearray(3), bytearray([1, 2]), ba == b"bcdef", ba.reverse(), ba)
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
print(repr(b"\t\n\r\\'\""), repr(bytearray(b"x'")), b"abc" < b"abd", sorted([b"b", b"a"]))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "little"), b"AbC".lower(), b"abc".isalpha(), b"12".isdigit())
m = memoryview(b"abcdef")
print(m[1], bytes(m[1:3]), len(m), m.tobytes(), m.readonly)
print("héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"), b"h\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
