class A:
    def __bool__(self): return "yes"
try:
    if A(): pass
except TypeError as e: print(e)
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
a = A()
a.__class__ = B
print(a.f(), type(a).__name__)
try:
    a.__class__ = int
except TypeError as e: print(e)
class Base:
    @property
    def v(self): return "base"
class Der(Base):
    @property
    def v(self): return "der+" + super().v
print(Der().v)
