import dis
def f():
    a = [1, 2, 3]
    b = (1, 2, 3)
    c = {1: 2}
    d = {1, 2}
    e = [*a, *b]
    return a, b, c, d, e
dis.dis(f)
