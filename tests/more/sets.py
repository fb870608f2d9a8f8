a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(3 in a, 9 in a, len(a), sorted(a))
a.add(10)
a.discard(1)
a.remove(2)
print(sorted(a))
print(set(), set([1, 1, 2]), {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2})
s = set()
for w in "mississippi":
    s.add(w)
print(sorted(s))
fs = frozenset([1, 2])
print(fs, {fs: 1}[frozenset([2, 1])])
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    a.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
