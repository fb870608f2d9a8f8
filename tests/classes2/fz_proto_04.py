class B(int):
    def __radd__(self, o): return "B.radd"
    def __add__(self, o): return "B.add"
print(1 + B(2), B(2) + 1, B(1) + B(2))
class S(str):
    def __radd__(self, o): return "S.radd"
print("a" + S("b"))
class A:
    def __eq__(self, o): return "A.eq"
class B(A):
    def __eq__(self, o): return "B.eq"
print(A() == B(), B() == A(), A() != B(), 1 == A())
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o
    def __gt__(self, o): return self.v > o
print(Num(1) < 2, 2 > Num(1), 3 < Num(1), sorted([3, 1, 2], key=Num) if False else 0)
