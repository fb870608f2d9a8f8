import dis
def f(x):
    return x[1:2], x[::2], x[a:b] if False else 0
dis.dis(f)
