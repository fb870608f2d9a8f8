import dis
def helper(v):
    return v
def caller(x):
    return helper(x)
dis.dis(caller)
