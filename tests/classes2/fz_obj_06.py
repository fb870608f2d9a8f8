class V:
    def __init__(self, *c): self.c = c
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
v = V(1, 2, 3)
a, b, c = v
print(a, b, c, list(v), sorted(v, reverse=True), max(v), sum(v), tuple(v), [*v], dict.fromkeys(v))
class A:
    def __lt__(self, o):
        print("A.lt")
        return NotImplemented
class B:
    def __gt__(self, o):
        print("B.gt")
        return True
print(A() < B())
try:
    B() < A()
except TypeError as e: print(e)
class Cls:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Cls, flag=True): pass
try:
    class Bad(object, flag=1): pass
except TypeError as e: print(e)
