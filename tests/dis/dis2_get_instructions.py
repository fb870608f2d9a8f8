import dis
def f(x):
    return x + 1
for ins in dis.get_instructions(f):
    print(ins.opname, ins.arg, ins.argval, ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target)
