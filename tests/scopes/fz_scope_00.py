def v(x):
    print("eval", x)
    return x
d = {v("k1"): v("v1"), v("k2"): v("v2")}
l = [v(1), *[v(2)], v(3)]
f = v(print)(v("a"), v("b"), sep=v("-"))
def v(x):
    print("eval", x)
    return x
a = [0, 0]
a[v(0)] = v(5)
x = y = v(7)
a[v(1)] += v(2)
v(a)[v(0)], v(a)[v(1)] = v(8), v(9)
print(a)
class A:
    def m(self):
        return __class__
    def n(self):
        return super().__repr__.__self__ is self
print(A().m() is A, A().n())
class A:
    def f(self):
        def inner():
            return super(A, self).__class__
        return inner()
    def g(self):
        return [super().__class__ for _ in range(1)]
print(A().f(), A().g())
