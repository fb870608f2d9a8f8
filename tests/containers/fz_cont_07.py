l = [5, 3, 8]
print(l.__getitem__(0), l.__contains__(3), l.__iadd__([1]), l.__reversed__().__class__.__name__)
print(list("abc").copy(), [1, [2]].copy()[1] is not None, [1, 2, 3][-2:] + [0], list(range(3)) * 2)
x = [[1, 2], [3, 4]]
y = [r[:] for r in x]
y[0][0] = 99
print(x, y, [e for r in x for e in r], [[r[i] for r in x] for i in range(2)])
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1], reverse=True), sorted([3, 1, 2], key=lambda v: -v), sorted("Hello", key=str.lower))
