def f():
    some_local = 1
    print(some_locl)
f()
