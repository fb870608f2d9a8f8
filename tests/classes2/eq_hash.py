class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a != c, a is b, a == 5, 5 == a, a != "x")
print(len({a, b, c}), {a: "first", b: "second"})
print(a in [b], [a].index(b), [c, a].count(b))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__)
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != x, hash(x) == hash(x))
class Weird:
    def __eq__(self, o):
        return "truthy"
print(Weird() == 1, [Weird()] == [Weird()], Weird() != 1)
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("Num.__eq__")
        return NotImplemented
print(Num(1) == Num(1))
