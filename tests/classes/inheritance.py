class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), a.kind(), type(a).__name__)
p = Puppy("x")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object))
print(isinstance(Dog("d"), Puppy), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__[0].__name__, Puppy.__mro__[-1].__name__)
print([c.__name__ for c in Puppy.__mro__])
