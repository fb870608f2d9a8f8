class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __bool__(self):
        return bool(self.x or self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b), a @ b, bool(Vec(0, 0)), not a)
c = a
c += b
print(a, c is a)
try:
    a * "s"
except TypeError as e:
    print(e)
try:
    a / 2
except TypeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Num(o + self.v)
    def __repr__(self): return f"Num({self.v})"
print(1 + Num(2), sum([Num(1), Num(2)], 0) if False else sum([1, 2], 0), [1] + [2])
print(sum([Num(1)], 10))
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(Idx()))
