import dis
def f(a):
    return not a, a is None, a == 1 and a != 2
dis.dis(f)
