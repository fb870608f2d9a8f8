import dis
def f():
    x = 1
    while True:
        x += 1
        if x > 10:
            return x
dis.dis(f)
