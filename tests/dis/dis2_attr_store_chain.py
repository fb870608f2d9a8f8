import dis
def f(a):
    a.b.c = a.d[0]
    return a.e()
dis.dis(f)
