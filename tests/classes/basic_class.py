class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2())
p.move(1, 1).move(1, 1)
print(p.x, p.y)
p.z = 10
print(p.z, p.__dict__)
q = Point(0, 0)
print(q.norm2(), hasattr(q, "z"), hasattr(p, "z"))
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
m = p.norm2
print(m())
print(Point.norm2(q))
