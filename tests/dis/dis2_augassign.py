import dis
def f(x, y):
    x += y
    x -= y
    x *= y
    x //= y
    x **= y
    x |= y
    return x
dis.dis(f)
