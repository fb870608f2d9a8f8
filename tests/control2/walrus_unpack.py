data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
while (item := data.pop()) != 12:
    print("popped", item)
print(data)
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), {*a, *b}, {**{"x": 1}, **{"y": 2}, "z": 3})
first, *middle, last = range(6)
print(first, middle, last)
(a1, b1), c1 = (1, 2), 3
print(a1, b1, c1)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
x = y = z = 0
x += 1
print(x, y, z)
s = [0] * 3
i = 0
i, s[i] = 1, 5
print(i, s)
def f(*args, **kw):
    return args, kw
print(f(*a, *b, **{"k": 1}, m=2))
print(*[1, 2, 3], sep=", ", end=" <end>\n")
print(max(*data, 0))
