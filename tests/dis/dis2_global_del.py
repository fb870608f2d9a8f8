import dis
def f():
    global g
    g = 1
    del g
    x = 1
    del x
dis.dis(f)
