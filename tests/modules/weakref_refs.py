import _weakref, gc
class A:
    def __init__(self, n): self.n = n
    def m(self): return self.n
a = A(1)
r = _weakref.ref(a)
print(r() is a, r.__callback__, _weakref.ref(a) is r, _weakref.getweakrefcount(a))
log = []
r2 = _weakref.ref(a, lambda ref: log.append(('cb', ref is r2)))
print(_weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)), r == r2, hash(r) == hash(a))
p = _weakref.proxy(a)
print(p.n, p.m()); p.n = 5; print(a.n)
del a
gc.collect()
print(r(), log, r == r2)
try: p.n
except ReferenceError as e: print('RE', e)
try: _weakref.ref(1)
except TypeError as e: print(e)
class B: pass
wr = _weakref.ref(B); print(wr() is B)
def f(): pass
print(_weakref.ref(f)() is f)
d = {'k': _weakref.ref(A(2))}
_weakref._remove_dead_weakref(d, 'k'); print(d)
class KR(_weakref.ref):
    __slots__ = ('key',)
    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
x = A(3)
k = KR(x, None, 'kk'); print(k.key, k() is x, type(k).__name__)
del x
print(k())
