import dis
def f(x):
    raise ValueError(x) from None
dis.dis(f)
