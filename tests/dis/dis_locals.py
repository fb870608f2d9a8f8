import dis
def swap(a, b):
    t = a
    a = b
    b = t
    return a - b
dis.dis(swap)
