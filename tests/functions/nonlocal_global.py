g = 0
def bump():
    global g
    g += 1
bump(); bump()
print(g)
def set_new():
    global newname
    newname = "created"
set_new()
print(newname)
def outer():
    a = 1
    def change():
        nonlocal a
        a = 2
    change()
    return a
print(outer())
def shadow():
    g = 100
    return g
print(shadow(), g)
def read_global():
    return g * 10
print(read_global())
def nested():
    x = 0
    def l1():
        def l2():
            nonlocal x
            x += 5
        l2()
        l2()
    l1()
    return x
print(nested())
def unbound():
    try:
        print(g)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    g = 1
unbound()
