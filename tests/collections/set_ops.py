def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print({5, 3, 1, 100, 7, 8, 9, 1000, 16, 33}, set(), frozenset(), frozenset({2, 1}))
s = set(range(20)); s.discard(3); s.add(40); print(s)
s = {1, 2, 3}; s.discard(1); s.add(9); print(s)
s = {1, 9, 17, 3}; s.discard(1); s.discard(9); s.add(25); print(s)
s = set(range(100)); [s.discard(i) for i in range(0, 100, 3)]; print(s)
s.update(range(200, 260)); print(s)
print({'a'} | {'a'}, len({'x', 'y', 'x'}))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a, a >= {1}, a > {1}, a == {4, 3, 2, 1}, a != b)
print(a.union([9], (8,)), a.intersection([1, 2], {2}), a.difference([1], [2]), a.symmetric_difference([1, 50]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]), a.isdisjoint(b))
c = set(a); c |= b; print(c); c &= {1, 5, 99}; print(c); c -= {1}; print(c); c ^= {7}; print(c)
c = set(a); c.intersection_update([1, 2], [2]); print(c)
c = set(a); c.difference_update([1], [2]); print(c)
c = set(a); c.symmetric_difference_update([1, 10]); print(c)
c = {1, 2, 3}; print(c.pop(), c.pop(), c, c.remove(3), c)
print(frozenset(a) | b, b | frozenset(a), type(frozenset(a) & b).__name__, frozenset(a) == a)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(50))) == hash(frozenset(reversed(range(50)))))
print({frozenset({1}): 2}, {frozenset({1, 2}), frozenset()})
print(set() in {frozenset()}, {1} in [{1}])
x = {frozenset()}; x.remove(set()); print(x)
print(set('hello'), sorted(set('hello')), set({1: 2, 3: 4}), set([1.5, 2, 2.0]))
class S(set):
    pass
print(S([1, 2]), S(), type(S([1]) | {2}).__name__, repr(S([3]).copy()))
class F(frozenset):
    pass
print(F([1]), F())
t(lambda: set().pop())
t(lambda: {1}.remove(2))
t(lambda: {[]})
t(lambda: set(1, 2))
t(lambda: set(x=1))
t(lambda: {1} | [2])
t(lambda: {1} < [1])
t(lambda: set().add())
t(lambda: hash(set()))
t(lambda: frozenset(x=1))
def change():
    s = {1, 2}
    for v in s:
        s.add(v + 10)
t(change)
it = iter({1, 2, 3}); print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__())
print({-1, -2, -3, 0}, {2 ** 64, 2 ** 63, 1}, {0.5, 1.5, -0.5})
s = set(); s.add(s2 := frozenset({1})); print(s, s2 in s)
strs = {'apple', 'banana'}; print(len(strs), 'apple' in strs)
print(set(range(10)) - set(range(0, 10, 2)), set(range(5)) & set(range(3, 8)))
big = set(range(1000)); print(len(big - set(range(500))), len(big ^ set(range(500, 1500))))
print({1: 2}.keys() | {3}, {3} | {1: 2}.keys(), {1, 2} == {1: 0, 2: 0}.keys())
