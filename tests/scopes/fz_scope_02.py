def f():
    x = 1
    def g():
        print(x)
    x = 2
    return g
f()()
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
i, g = counter()
i(); i()
print(g(), i.__code__.co_freevars, counter.__code__.co_cellvars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda j: lambda: j)(i) for i in range(3)]
print([g() for g in gs])
def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except GeneratorExit:
        print("closing")
        raise
g = gen()
print(next(g), g.send("hi"))
del g
print("end")
