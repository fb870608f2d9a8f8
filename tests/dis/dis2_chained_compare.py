import dis
def f(x):
    return 1 < x < 10
dis.dis(f)
