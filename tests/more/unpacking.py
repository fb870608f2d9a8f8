first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
head, *tail = [1]
print(head, tail)
merged = [*range(3), *"xy", 9]
print(merged)
d1 = {"a": 1}
d2 = {**d1, "b": 2, **{"a": 3}}
print(d2)
t = (*[1, 2], 3)
print(t)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
def f(a, b, c):
    return a + b + c
print(f(*[1, 2], **{"c": 3}))
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
