class A:
    def __init__(self):
        print("A.init")
        self.a = 1
    def who(self):
        return "A"
class B(A):
    def __init__(self):
        print("B.init")
        super().__init__()
        self.b = 2
    def who(self):
        return "B>" + super().who()
class C(A):
    def __init__(self):
        print("C.init")
        super().__init__()
        self.c = 3
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def __init__(self):
        print("D.init")
        super().__init__()
    def who(self):
        return "D>" + super().who()
d = D()
print(d.who(), d.a, d.b, d.c)
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__), D.__bases__, A.__bases__)
class E(B):
    def who(self):
        return "E>" + super(B, self).who()
print(E().who())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(e)
print(issubclass(D, A), isinstance(d, C), issubclass(C, B), D.__base__.__name__)
class Base:
    def greet(self, name="x"):
        return f"hi {name}"
class Kid(Base):
    def greet(self, name="kid"):
        return super().greet(name).upper()
print(Kid().greet(), Kid().greet("bob"))
