try:
    raise TypeError("t")
except TypeError:
    try:
        raise
    except TypeError as e:
        print("bare raise", e)
def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield
        raise
g = gen()
next(g)
try:
    next(g)
except KeyError as e: print("reraised", e)
