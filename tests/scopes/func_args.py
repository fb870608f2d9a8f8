def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
def kw_only(*, key):
    return key
print(kw_only(key="k"))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__name__)
def varargs(*a, **k):
    return a, k
print(varargs(), varargs(1, x=2), varargs(*"ab", **dict(q=1)))
def annotated(a: int, b: "str" = "x") -> list:
    return [a, b]
print(annotated(1), annotated.__annotations__)
def outer(**kwargs):
    return inner(**kwargs)
def inner(a=0, b=0):
    return a - b
print(outer(b=1, a=5))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(f(1, 2, c=3, **{"d": 9}))
