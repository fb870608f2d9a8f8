def f(a): b=1; return a + b
c = f.__code__
for kw in [dict(co_nlocals=5), dict(co_argcount=-1), dict(co_name=1), dict(co_code=b'abc'), dict(co_varnames=('a',)), dict(co_consts=[1])]:
    try: print(c.replace(**kw))
    except Exception as e: print(type(e).__name__, e)
try: print(c.replace(1))
except Exception as e: print(type(e).__name__, e)
try: print(c.replace(co_x=1))
except Exception as e: print(type(e).__name__, e)
g = c.replace(co_name="g", co_qualname="G.g", co_firstlineno=100, co_filename="x.py")
print(g.co_name, g.co_qualname, g.co_firstlineno, g.co_filename, g.co_varnames, g == c)
import types
def h(a): pass
h.__code__ = c.replace(co_consts=tuple(5 if x == 1 else x for x in c.co_consts))
print(h(1), f(1))
def outer():
    x = 1
    def inner(y): return x + y
    return inner
i = outer()
ic = i.__code__.replace(co_varnames=('z',))
i.__code__ = ic
print(ic.co_varnames, ic.co_freevars, ic.co_cellvars, i(4))
oc = outer.__code__.replace(co_name='o2')
print(oc.co_cellvars, oc.co_varnames)
print(c.replace().co_lines() is not None, list(c.replace().co_lines()) == list(c.co_lines()), c.replace().co_code == c.co_code)
