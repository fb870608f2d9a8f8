def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(1, 2, 3), f(1, c=3, b=2), f(c=1, b=2, a=3), f(*[4, 5, 6]), f(1, *(2, 3)))
def g(x, y=10, z=20):
    return x, y, z
print(g(1), g(1, 2), g(1, z=5), g(x=0), g(1, 2, 3))
def show(name, greeting="Hello"):
    print(greeting + ", " + name + "!")
show("Ann")
show("Bob", "Hi")
show(greeting="Yo", name="Cy")
