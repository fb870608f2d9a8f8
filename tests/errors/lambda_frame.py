f = lambda x: x / 0
def apply(fn, v):
    return fn(v)
apply(f, 1)
