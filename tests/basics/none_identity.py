x = None
print(x, repr(x), x is None, type(x).__name__)
def f():
    pass
print(f())
def g():
    return
print(g())
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None == False, None != 0)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
