import dis
def less(a, b):
    return a < b
dis.dis(less)
print(less(1, 2))
