def g():
    yield 1
    raise ValueError("x")
def h():
    yield from g()
list(h())
