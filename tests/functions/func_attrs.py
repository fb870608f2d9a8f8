def documented(a, b=1):
    "This is a docstring."
    return a
print(documented.__doc__)
print(documented.__name__, documented.__qualname__)
class K:
    def meth(self):
        pass
print(K.meth.__name__, K.meth.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print(documented.__code__.co_argcount, documented.__code__.co_varnames)
f = documented
print(f is documented, f(5))
print((lambda: 0).__name__)
