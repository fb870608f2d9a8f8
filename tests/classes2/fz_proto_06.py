class Base:
    def __init__(self):
        self.setup()
    def setup(self):
        self.kind = "base"
class Der(Base):
    def setup(self):
        self.kind = "der"
print(Der().kind, Base().kind)
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super(B, self).f()
b = B()
print(b.f(), super(B, b).f(), A.f(b))
try:
    super(A, b).f()
except AttributeError as e: print(e)
class A:
    def __repr__(self): return "A()"
print([A()], (A(),), {A()} if False else 0, {"k": A()}, str([A()]), f"{[A()]}", "%r" % [A()])
