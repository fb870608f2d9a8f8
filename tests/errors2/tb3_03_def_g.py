def g():
    x = yield
    return x.missing
it = g()
next(it)
it.send(5)
