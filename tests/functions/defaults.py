def f(a, L=[]):
    L.append(a)
    return L
print(f(1), f(2), f(3, []))
def g(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(g(1), g(2))
n = 5
def h(x=n):
    return x
n = 6
print(h(), h(7))
def k(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(k(1), k(1, 5, 6, 7, c=8, d=9))
print(f.__defaults__ is not None, h.__defaults__, k.__kwdefaults__)
