def f(**kw):
    return kw["x"]
f(y=1)
