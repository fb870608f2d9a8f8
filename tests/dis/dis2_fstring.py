import dis
def f(a, b):
    print(f"{a}-{b:>3}")
dis.dis(f)
