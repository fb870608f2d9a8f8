import dis
def f(): pass
b = dis.Bytecode(f, current_offset=2)
print(b.dis())
del b.current_offset
print(getattr(b, "current_offset", "gone"))
b.current_offset="x"
try: b.dis()
except TypeError as e: print("TE")
class B(dis.Bytecode): pass
print(repr(B("x=1")))
print(list(dis.Bytecode("x=1"))[1].argval)
try: dis.Bytecode(f, first_line="x")
except TypeError as e: print(e)
print(dis.Bytecode(f, current_offset=10**30).dis())
