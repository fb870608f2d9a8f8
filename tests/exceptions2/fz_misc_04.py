def f(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        f(n - 1)
    finally:
        pass
try:
    f(50)
except ValueError as e:
    import sys
    n = 0
    t = e.__traceback__
    while t:
        n += 1
        t = t.tb_next
    print(n)
x = [1]
x.append(x)
print(x, x == x, str(x))
d = {}
d[1] = d
print(d, [d, x])
class A:
    def __repr__(self):
        return f"A({self.other!r})"
a = A(); b = A()
a.other = b; b.other = a
try:
    repr(a)
except RecursionError: print("RecursionError")
