class A: pass
class B: pass
class C(A): pass
C.__bases__ = (B,)
print(C.__mro__, isinstance(C(), B), isinstance(C(), A))
class A:
    def f(self): return 1
a = A()
print(a.f())
A.f = lambda self: 2
print(a.f())
del A.f
try:
    a.f()
except AttributeError as e: print(e)
def gen():
    yield from gen2()
def gen2():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as e: print(e)
