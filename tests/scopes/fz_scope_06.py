x = 0
def f():
    global x
    for x in range(3): pass
f()
print(x)
def f():
    print(locals())
    a = 1
    print(locals())
f()
def f(x):
    def g():
        return x
    x += 1
    return g()
print(f(1))
k = 10
def f():
    return [k for k in range(3)] + [k]
print(f())
