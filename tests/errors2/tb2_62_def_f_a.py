def f(a, b):
    pass
f(1, c=3)
