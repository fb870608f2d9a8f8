def f(): pass
f.attr = 5
f.__dict__["other"] = 6
print(f.attr, f.other, sorted(f.__dict__))
class A:
    def m(self): pass
a = A()
try:
    a.m.x = 1
except AttributeError as e: print(e)
print(a.m.__name__, a.m.__qualname__, a.m.__doc__)
class P:
    def __init__(self):
        self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    x = property(getx, setx, None, "x doc")
p = P(); p.x = 5
print(p.x, P.x.__doc__, P.x.fget.__name__, P.x.fset is P.setx, P.x.fdel)
try:
    del p.x
except AttributeError as e: print(e)
