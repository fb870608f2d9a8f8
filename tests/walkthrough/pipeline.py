# A short walkthrough of what pvm handles: arithmetic, recursion, classes,
# and a disassembly of a simple function in CPython 3.11's format.
x = 5
y = 10
print(x + y)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(25))


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "Hello, " + self.name + "!"


print(Greeter("pvm").greet())

import dis


def add(a, b):
    return a + b


dis.dis(add)
