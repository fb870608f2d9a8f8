def f():
    return g()
def g():
    return h()
def h():
    return undefined_name
f()
