def inner():
    yield 1
def outer():
    yield from inner()
it = outer()
next(it)
it.throw(KeyError("k"))
