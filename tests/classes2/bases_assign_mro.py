class Meta(type):
    def mro(cls):
        return super().mro()
class A(metaclass=Meta): pass
class B(metaclass=Meta):
    def hi(self): return 'B'
class C(A): pass
class D(C): pass
C.__bases__ = (B,)
print(C.__mro__, D.__mro__, D().hi())
class P:
    def __len__(self): return 5
class Q: pass
class R(Q): pass
r = R()
R.__bases__ = (P,)
print(len(r))
R.__bases__ = (Q,)
try: len(r)
except TypeError as e: print(e)
class X(object): pass
try:
    X.__bases__ = (X,)
except TypeError as e: print(e)
class E1(Exception): pass
class E2(ValueError): pass
E1.__bases__ = (E2,)
print(E1.__mro__)
try: raise E1('x')
except ValueError as e: print('caught', repr(e))
