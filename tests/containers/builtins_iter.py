print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(enumerate("xyz")), list(enumerate([5, 6], 10)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a"])))
print(list(filter(lambda x: x > 2, range(6))), list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("abc")))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 3 for x in range(5)))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
r = range(10, 0, -3)
print(list(r), len(r), r[1], r[-1], 4 in r, 7 in r, r.index(4), r.count(7), r, range(5)[1:3], range(0))
print(list(range(0, 10, 4)), list(range(5, 0)), range(3) == range(0, 3), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    next(iter([]))
except StopIteration:
    print("empty")
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
print(len(range(2 ** 40)), range(2 ** 100)[-1] == 2 ** 100 - 1)
e = enumerate(["a"])
print(type(e).__name__, next(e))
print(list(zip(*[(1, "a"), (2, "b")])), dict(enumerate("ab")))
