def g():
    return
    yield
next(g())
