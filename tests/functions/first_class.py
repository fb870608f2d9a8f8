def square(x):
    return x * x
def twice(f, x):
    return f(f(x))
print(twice(square, 3))
ops = {"sq": square, "neg": lambda x: -x}
for name in ["sq", "neg"]:
    print(name, ops[name](4))
fs = [square, abs, str]
print([f(-3) for f in fs])
print(square.__name__, print.__name__)
def make_ops():
    def a(): return "a"
    def b(): return "b"
    return a, b
x, y = make_ops()
print(x() + y())
def decorator(fn):
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper
@decorator
def add(a, b):
    return a + b
print(add(2, 3))
