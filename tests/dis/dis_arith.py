import dis
def f(x):
    return x * 2 + 1
dis.dis(f)
