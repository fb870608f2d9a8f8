class Dog:
    def __init__(self):
        self.name = "rex"
d = Dog()
print(d.name)
print(d.age)
