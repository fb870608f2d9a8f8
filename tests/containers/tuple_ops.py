t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t), t + (4,), t * 2, 3 in t, 7 not in t)
print((1,), (), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), ((1, 2),))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), (1, "a") == (1, "a"))
a, b, *c = t; print(a, b, c)
*a, b = t; print(a, b)
a, (b, c), d = 1, (2, 3), 4; print(a, b, c, d)
x = 1, 2
print(x, type(x).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), max((1, 5), (2, 0)), sorted([(2, "b"), (1, "z"), (2, "a")]))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
