t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t + (4,), t * 2)
print((), (1,), (1, 2), tuple([4, 5]), tuple("ab"))
print(t.index(2), t.count(3), 2 in t, 9 not in t)
a, b, c = t
print(a, b, c)
print(t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 3))
n = ((1, 2), (3, 4))
print(n[1][0], len(n))
print(hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a, b = t
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = t
except ValueError as e:
    print(type(e).__name__, e)
print(repr((1, "a", None)), str(("x",)))
