counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_global():
    global created
    created = "yes"
make_global()
print(created)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
x = "module"
def read_only():
    return x
def shadowing():
    x = "local"
    return x
print(read_only(), shadowing(), x)
def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 1
free_unbound()
def del_local():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print(e)
del_local()
g = globals()
g["dyn"] = 5
print(dyn, "dyn" in globals(), sorted(k for k in locals() if k.startswith("co")))
