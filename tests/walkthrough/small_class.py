class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "Hello, " + self.name + "!"

print(Greeter("pvm").greet())
