class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)
    def describe(self):
        return "Base(" + str(self.x) + ")"
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Derived init", y)
    def describe(self):
        return "Derived[" + super().describe() + ", " + str(self.y) + "]"
class More(Derived):
    def __init__(self):
        super(More, self).__init__(1, 2)
    def describe(self):
        return "More<" + super().describe() + ">"
d = Derived(5, 6)
print(d.describe())
m = More()
print(m.describe(), m.x, m.y)
