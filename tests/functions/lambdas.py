sq = lambda x: x * x
print(sq(7), (lambda: 42)(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, z=3))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(sq, inc)(3), compose(inc, sq)(3))
print(type(sq).__name__, sq.__name__)
def apply(f, *args):
    return f(*args)
print(apply(lambda a, b: a - b, 10, 3))
y = 10
print((lambda x: x + y)(5))
