class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"), Point.__slots__)
class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
class Loose(Point):
    pass
l = Loose(0, 0)
l.extra = 1
print(l.extra, l.__dict__)
r = Point.__new__(Point)
try:
    r.x
except AttributeError as e:
    print(e)
del p.x
try:
    print(p.x)
except AttributeError as e:
    print(e)
print(type(Point.x).__name__)
