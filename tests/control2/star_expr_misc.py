def gen():
    yield 1
    yield 2
print([*gen(), *"ab", *range(2)])
d1 = {"a": 1}
d2 = {"a": 2, "b": 3}
print({**d1, **d2}, {**d2, **d1}, dict(**d1, c=5))
head, *tail = "hello"
print(head, tail)
*init, = [1, 2]
print(init)
try:
    print(dict(**d1, a=3))
except TypeError as e:
    print(e)
def kw(**k):
    return sorted(k)
try:
    kw(**d1, **{"a": 9})
except TypeError as e:
    print(e)
print(*[], sep=",")
x, = [42]
print(x)
[p, q] = "pq"
print(p, q)
