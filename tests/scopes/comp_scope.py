x = 10
print([x for x in range(3)], x)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
def g():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(g())
print({i: j for i in range(2) for j in range(i, 3)})
a = [[1, 2], [3, 4]]
print([v for row in a for v in row if v != 2])
def h():
    total = 0
    data = [1, 2, 3]
    s = sum(total + d for d in data)
    return s
print(h())
def walrus():
    vals = [y := 5, y ** 2]
    res = [last := n for n in range(4)]
    return vals, last, y
print(walrus())
print([(lambda q: q * 2)(n) for n in range(3)])
def nested_comp():
    return [[(i, j) for j in range(i)] for i in range(3)]
print(nested_comp())
print(list(filter(lambda s: s, [k for k in ["", "a"]])))
