class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        values = dict(zip(self.fields, args))
        values.update(kwargs)
        for f in self.fields:
            setattr(self, f, values.get(f))
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
class Point(Record):
    fields = ("x", "y")
class Person(Record):
    fields = ("name", "age", "email")
print(Point(1, 2), Point(y=5, x=3), Point(1))
print(Person("Ann", 30, email="a@x"), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
people = [Person("Zed", 40), Person("Amy", 22), Person("Bob", 31)]
for p in sorted(people, key=lambda p: p.age):
    print(p.name, p.age)
