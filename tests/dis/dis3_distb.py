import dis, sys
def g(x):
    return 1 / x
try:
    g(0)
except ZeroDivisionError:
    tb = sys.exc_info()[2]
dis.distb(tb.tb_next)
dis.disassemble(g.__code__, 6)
try: dis.dis()
except RuntimeError as e: print(e)
try: dis.distb()
except RuntimeError as e: print(e)
sys.last_traceback = tb
dis.dis()
