def f(a):
    return g(a) + 1
def g(a):
    return a.upper()
f("ok")
f(42)
