class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
pets = [Dog("rex"), Puppy("bit"), Cat("tom"), Animal("gen")]
for p in pets:
    print(p, p.speak(), isinstance(p, Dog))
print(Puppy.__mro__)
print([c.__name__ for c in Animal.__subclasses__()])
class Mixin:
    def describe(self):
        return f"I am {self.name}"
class Robot(Mixin, Animal):
    sound = "beep"
r = Robot("r2")
print(r.describe(), r.speak(), Robot.__mro__[1].__name__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class W(X, Z): pass
except TypeError as e:
    print(e)
print(type(int), type(type), type(Dog), Dog.__class__, isinstance(Dog, type))
print(object.__subclasses__ is not None, issubclass(bool, object), bool.__mro__)
