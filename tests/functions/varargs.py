def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(**kwargs):
    return kwargs
print(g(), g(a=1, b=2))
def h(a, *args, **kwargs):
    print(a, args, kwargs)
h(1)
h(1, 2, 3)
h(1, x=2)
h(*[1, 2], **{"k": "v"})
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(1, 2, 3, 4))
def wrap(*a, **k):
    return h(*a, **k)
wrap(5, 6, z=7)
print(f(*range(3), *"ab"))
print(g(**{"a": 1}, b=2))
