import dis
def answer():
    return 42
def nothing():
    pass
dis.dis(answer)
print("---")
dis.dis(nothing)
