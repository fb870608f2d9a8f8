class A: pass
class B: pass
class C(A): pass
class D(C): pass
def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
def s(cls, v):
    cls.__bases__ = v
t(lambda: s(C, [B]))
t(lambda: s(C, ()))
t(lambda: s(C, (1,)))
t(lambda: s(A, (D,)))
t(lambda: s(C, (int,)))
t(lambda: s(int, (object,)))
t(lambda: delattr(C, '__bases__'))
t(lambda: delattr(int, '__bases__'))
class S: __slots__ = ('x',)
t(lambda: s(C, (S,)))
t(lambda: s(C, (A, A)))
class E(A, B): pass
t(lambda: s(C, (B, A)))
print(C.__mro__, D.__mro__)
class F(C, B): pass
t(lambda: s(C, (A,)))
class X:
    def f(self): return 'X'
    def __add__(self, o): return 'Xadd'
class Y:
    def f(self): return 'Y'
class Z(Y): pass
z = Z()
print(z.f())
Z.__bases__ = (X,)
print(z.f(), z + 1, Z.__base__, isinstance(z, Y), Y.__subclasses__(), X.__subclasses__())
t(lambda: s(C, (object,)))
print(C.__mro__)
