import dis
def f(*a, **k):
    return f(1, *a, x=2, **k)
dis.dis(f)
