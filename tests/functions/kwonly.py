def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(*args, key):
    return args, key
print(g(1, 2, key="k"))
def p(a, b, /, c):
    return a + b + c
print(p(1, 2, 3), p(1, 2, c=3))
try:
    p(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
