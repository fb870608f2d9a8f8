class P:
    def __init__(self, v):
        self.v = v
p1 = P(1)
p2 = P(1)
print(p1 == p1, p1 == p2, p1 != p2)
class Q:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(Q(1) == Q(1), Q(1) != Q(2), Q(1) != Q(1))
try:
    hash(Q(1))
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __eq__(self, other):
        return NotImplemented
print(R() == 1, R() != 1)
class S:
    def __eq__(self, other):
        print("S.__eq__ called")
        return True
print(1 == S(), S() == 1)
