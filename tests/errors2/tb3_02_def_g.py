def g():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally of gen")
it = g()
next(it)
it.close()
