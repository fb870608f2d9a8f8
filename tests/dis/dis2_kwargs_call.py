import dis
def f(n):
    print(n, end="")
    return print
dis.dis(f)
