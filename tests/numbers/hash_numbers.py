vals = [0, 1, -1, 2, -2, 1000000, 2 ** 31, 2 ** 32, 2 ** 60, 2 ** 61 - 2, 2 ** 63, -(2 ** 63), 10 ** 20,
        0.5, 1.5, -0.5, 1.0, 0.0, -0.0, 1e100, 3.14, float("inf"), float("-inf"), True, False]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(("",)) == hash(("",)))
print(hash(None) == hash(None))
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
s = {0, 0.0, False, 1, 1.0}
print(s)
print({2 ** 64: 1, 2.0 ** 64: 2})
