def g():
    yield g_obj.close()
g_obj = g()
try:
    next(g_obj)
except ValueError as e: print(e)
def g():
    try:
        yield 1
    finally:
        g_obj.close()
g_obj = g()
next(g_obj)
try:
    g_obj.close()
except ValueError as e: print(e)
print("ok")
import sys
def f():
    return sys._getframe()
fr = f()
print(fr.f_code.co_name, fr.f_lineno, fr.f_back is None or True, type(fr).__name__)
