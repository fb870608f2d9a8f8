a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {1} < a, a >= {1, 2}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
c = set()
c.add(5); c.add(5); c.update([1, 2], {3}); print(c, len(c))
c.discard(99); c.remove(1); print(c)
try:
    c.remove(99)
except KeyError as e:
    print("KeyError", e)
print(c.pop() in {2, 3, 5}, len(c))
s = {10, 20, 30}
s -= {10}; s |= {40}; s &= {20, 40, 50}; s ^= {20, 60}; print(sorted(s))
print(set(), set("aab") == {"a", "b"}, set([3, 1, 2]), frozenset([1, 2]), {frozenset([1]): "ok"})
print(sorted({x % 5 for x in range(20)}), {x: x * x for x in range(4)})
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), hash(frozenset()) == hash(frozenset()))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
print(set(range(100, 110)), {-1, -2, 0}, {2**40, 1})
print(frozenset("a") | {1} == {1, "a"}, type(frozenset() | set()).__name__, type(set() | frozenset()).__name__)
