class Greeter:
    greeting = "Hello"
    def __init__(self, name):
        self.name = name
    def greet(self, punct="!"):
        return self.greeting + " " + self.name + punct
    @staticmethod
    def static(x):
        return x * 2
    @classmethod
    def make(cls, name):
        return cls(name)
g = Greeter("World")
f = g.greet
print(f(), f("?"), Greeter.greet(g, "."))
print(Greeter.static(4), g.static(5))
h = Greeter.make("cls")
print(h.greet(), type(h).__name__)
class Loud(Greeter):
    greeting = "HEY"
print(Loud.make("you").greet())
methods = [g.greet, h.greet]
print([m() for m in methods])
