s = {3, 1, 2}
print(s, {10, 5, 100, 1}, {-5, 5, 0}, {1.5, 2.5}, set(range(20, 0, -3)), {(1, 2), (0, 1)})
print(set([1, 2]) < {1, 2}, {1} <= {1}, frozenset({1, 2}) >= {1}, {1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)))
try:
    {1} < [1]
except TypeError as e: print(e)
try:
    {1} | [1]
except TypeError as e: print(e)
print(repr(set()), repr(frozenset()), repr(frozenset({1})), str({1, 2}), set("aa"), frozenset("x") == {"x"})
