def f():
    insert = 0
    names = 1
    return niser
f()
