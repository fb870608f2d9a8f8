import dis
def f(s):
    return s.upper().strip().split(",")
dis.dis(f)
