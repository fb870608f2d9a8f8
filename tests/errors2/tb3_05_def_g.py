def g():
    yield from [1, 2, None.x]
list(g())
