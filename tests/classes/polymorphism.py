class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Shape(), Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
total = 0
for s in shapes:
    total += s.area()
print(round(total, 3))
print(max(shapes, key=lambda s: s.area()).describe())
