import dis
def f(a, b, c):
    return a if b else c
dis.dis(f)
