class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __hash__(self):
        return hash((self.x, self.y))
    def __contains__(self, v):
        return v == self.x or v == self.y
    def __call__(self, z):
        return self.x + self.y + z
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a != b, a == 5, a < b, b < a, sorted([b, a]))
print(len(a), a[0], a[1], a[-1], list(a))
print(bool(a), bool(Vec(0, 0)), 2 in a, 9 in a, a(10))
print({a: "a"}[Vec(1, 2)])
if not Vec(0, 0):
    print("zero vec is falsy")
