class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_valid(s):
        return s.count("-") == 2
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-01-15"), MyDate.from_string("1999-12-31"))
print(Date.is_valid("1-2-3"), MyDate().is_valid("x") if False else Date.is_valid("x"), Date.count)
d = Date(1, 2, 3)
print(d.from_string("5-6-7"), d.is_valid("a-b-c"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__)
print(Date.from_string.__self__ is Date, Date.is_valid.__name__)
class Reg:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return cls
Reg.add(1).add(2)
print(Reg.items)
