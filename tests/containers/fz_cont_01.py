try:
    [1, 2, 3].index(1, 1)
except ValueError as e: print(e)
try:
    [].insert()
except TypeError as e: print(e)
try:
    [3, 1].sort(key=len)
except TypeError as e: print(e)
try:
    [1].sort(1)
except TypeError as e: print(e)
l = [3, 1, 2]
print(l.sort(reverse=True), l, sorted(l, key=None), list.sort.__name__, [].__len__())
d = {}
d[1] = d[1.0] = d[True] = "x"
print(d, {0: "a", False: "b", 0.0: "c"})
d = dict.fromkeys(range(5))
del d[2]; d[2] = 1; d[10] = 0
print(d, list(d)[-1], d.popitem(), next(iter(d)), next(reversed(d)))
