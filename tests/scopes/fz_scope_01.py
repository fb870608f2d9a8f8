def deco1(f):
    print("deco1")
    return lambda: "d1(" + f() + ")"
def deco2(f):
    print("deco2")
    return lambda: "d2(" + f() + ")"
@deco1
@deco2
def base():
    return "base"
print(base())
def f(a, b=[]):
    b.append(a)
    return b
print(f(1), f(2), f.__defaults__)
x = 1
def f():
    x = 2
    class C:
        print(x)
        x = 3
        print(x)
    return C
f()
x = "global"
def f():
    x = "enclosing"
    class C:
        y = x
    return C.y
print(f())
