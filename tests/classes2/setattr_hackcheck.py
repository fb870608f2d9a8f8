class A: pass
for f in [lambda: object.__setattr__(A, 'x', 1), lambda: object.__delattr__(A, 'x'), lambda: object.__setattr__(1, 'x', 1), lambda: type.__setattr__(A(), 'x', 1), lambda: type.__setattr__(A, 'z', 1)]:
    try: f(); print('ok')
    except Exception as e: print(type(e).__name__, e)
import types
m = types.ModuleType('m')
object.__setattr__(m, 'x', 1); print(m.x)
class E(Exception): pass
e = E(); object.__setattr__(e, 'y', 1); print('ok', e.y)
class S:
    def __setattr__(self, n, v):
        print('S.setattr', n); object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print('S.delattr', n); object.__delattr__(self, n)
s = S(); s.a = 1; del s.a
class M(type): pass
class W(metaclass=M): pass
try: object.__setattr__(W, 'q', 1)
except TypeError as e: print(e)
type.__setattr__(W, 'q', 1); print(W.q)
class MM(type):
    def __setattr__(cls, n, v): print('MM', n); super().__setattr__(n, v)
class X(metaclass=MM): pass
X.r = 5; print(X.r)
class Fr:
    __slots__ = ('a',)
    def __init__(self): object.__setattr__(self, 'a', 3)
print(Fr().a)
class Base(dict): pass
d = Base(); object.__setattr__(d, 'k', 1); print(d.k)
