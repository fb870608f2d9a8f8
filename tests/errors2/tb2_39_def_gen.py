def gen():
    yield 1 / 0
next(gen())
