def t(cls, bases):
    try:
        cls.__bases__ = bases
        print('ok', [k.__name__ for k in cls.__mro__])
    except TypeError as e: print(e)
class A: pass
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a',)
class S3: __slots__ = ('b',)
class C(S1): pass
t(C, (S2,)); t(C, (S3,)); t(C, (S1,))
class L(list): pass
class L2(list): pass
class M(L): pass
t(M, (L2,)); t(M, (list,)); t(M, (A,)); t(M, (dict,))
class E(Exception): pass
class E2(Exception): pass
class F(E): pass
t(F, (E2,)); t(F, (Exception,)); t(F, (ValueError,)); t(F, (BaseException,))
class I(int): pass
t(I, (int,)); t(I, (float,))
class W: __slots__ = ()
class Y(A): pass
t(Y, (W,)); t(Y, (A, W)); t(Y, (object,))
class N(A, S1): pass
t(N, (S2,))
