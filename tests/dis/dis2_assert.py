import dis
def f(x):
    assert x > 0
dis.dis(f)
