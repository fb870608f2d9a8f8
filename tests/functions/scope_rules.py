x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    x = "enclosing"
    def i():
        return x
    return i()
print(f(), g(), h(), x)
def uses_builtin():
    return len([1, 2])
print(uses_builtin())
def shadow_builtin():
    len = lambda v: 99
    return len([1])
print(shadow_builtin(), len([1]))
for loopvar in range(3):
    pass
print(loopvar)
def param_shadow(x):
    x = x + 1
    return x
print(param_shadow(1), x)
def mutate(lst):
    lst.append(4)
l = [1]
mutate(l)
print(l)
