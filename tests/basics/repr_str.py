vals = [0, -1, 2 ** 65, 1.0, -0.5, 1e100, 1e-100, 3.0e16, "s", "it's", 'say "hi"',
        "both ' and \"", "\n\t\\", None, True, [], [1, [2, [3]]], (), (1,), {}, {1: {2: 3}},
        range(3), range(1, 9, 2), "\x01\x1f", "ünïcode", "\U0001f600"]
for v in vals:
    print(str(v), repr(v))
print([1.5, "a", None], (True, 2.0), {"k": "v"})
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
