try:
    raise ValueError("a")
except ValueError as e:
    e2 = e
try:
    raise e2
except ValueError as e3:
    print(e3 is e2)
def f():
    x = 1
    del x
    return locals()
print(f())
exec("x = 5")
print(x)
def f():
    exec("y = 6")
    return locals().get("y")
print(f())
