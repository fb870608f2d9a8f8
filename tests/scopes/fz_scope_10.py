print(type(lambda: 0).__name__, (lambda: 0).__name__, (lambda x=1, *a, k, **kw: 0).__code__.co_varnames)
def f(a, b, *args, c=1, **kw): pass
c = f.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_varnames, c.co_name, c.co_flags)
