import dis
def f(x):
    with x as y:
        pass
dis.dis(f)
