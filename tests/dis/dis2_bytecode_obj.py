import dis
def f(x):
    return x * 2
bc = dis.Bytecode(f)
for i in bc:
    print(i.opname, i.argrepr)
print(bc.dis())
