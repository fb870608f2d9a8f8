# memoryview over bytes and bytearray: indexing, slicing with steps, writes, tobytes/tolist.
m = memoryview(b"hello world")
print(len(m), m[0], m[-1], m[1:5].tobytes(), bytes(m[::2]), m[::-1].tobytes())
print(m.tolist()[:3], m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m == b"hello world", m[:5] == b"hello", m[6:] == memoryview(b"world"), m.hex())
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"XY"
print(ba, v.readonly, v[::2].tolist())
with memoryview(b"xyz") as w:
    print(w.tobytes())
try:
    w[0]
except ValueError as e:
    print("ValueError:", e)
for bad in [lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 300),
            lambda: v.__setitem__(slice(0, 2), b"abc"), lambda: m[20], lambda: memoryview(5)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(b"-".join([m[:2], b"x"]), bytes(memoryview(bytearray(b"q"))), str(m[:2], "ascii"))
