import dis, sys
def f(x, *a):
    try:
        return f"{x!r:>3}" + str(a)
    except ValueError as e:
        return e
for i in dis.get_instructions(f, first_line=10):
    print(i.opname, i.arg, repr(i.argval), repr(i.argrepr), i.offset, i.starts_line, i.is_jump_target, i.positions)
bc = dis.Bytecode(f, first_line=5)
print(repr(bc).split(" at ")[0], bc.first_line, bc.codeobj is f.__code__, bc.current_offset)
print(bc.dis())
print(bc.info())
ins = next(iter(bc))
print(repr(ins.positions))
print(ins[0], len(ins), type(ins).__name__, dis.Instruction.__module__)
print(dis.UNKNOWN)
def g(o): return o.m(1, k=2)
print([ (i.opname, i.argval, i.argrepr) for i in dis.get_instructions(g) if i.opname == 'KW_NAMES'])
try:
    1/0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
b = dis.Bytecode.from_traceback(tb)
print(b.current_offset == tb.tb_lasti)
print(dis.Bytecode("a = 1").dis())
import dis
def f(x): return x
i = list(dis.get_instructions(f))[1]
print(repr(i).replace(str(i.opcode), "N"))
print(i == i, i._fields if hasattr(i, "_fields") else None)
