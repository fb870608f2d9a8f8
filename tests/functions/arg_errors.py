def f(x):
    return x
def g(a, b, c=1):
    return a
def h():
    return 0
tests = [
    lambda: f(),
    lambda: f(1, 2),
    lambda: g(1),
    lambda: g(),
    lambda: g(1, 2, 3, 4),
    lambda: h(1),
    lambda: f(y=1),
    lambda: f(1, x=2),
    lambda: g(1, 2, d=5),
    lambda: f(**{"x": 1, "z": 2}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def m(self, a):
        return a
try:
    C().m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "abc"
    s(1)
except TypeError as e:
    print(type(e).__name__, e)
