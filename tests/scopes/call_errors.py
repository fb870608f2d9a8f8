def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h(a, /, b):
    pass
FIVE, NONE = 5, None
class K:
    def m(self, x):
        pass
tests = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=5), lambda: f(1, 2, a=1),
    lambda: g(), lambda: g(1), lambda: g(k=1, j=2), lambda: h(a=1, b=2), lambda: K().m(),
    lambda: K().m(1, 2), lambda: K.m(), lambda: f(*5), lambda: f(**5), lambda: f(1, **{"b": 1}, b=2),
    lambda: (lambda: 0)(1), lambda: len(), lambda: len(1, 2), lambda: int(1, 2, 3), lambda: "x".upper(1),
    lambda: FIVE(), lambda: NONE(), lambda: [].append(), lambda: {}.get(), lambda: abs(x=1),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(e)
