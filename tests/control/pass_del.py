x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
lst = [1, 2, 3, 4]
del lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
if True:
    pass
class Empty:
    pass
print(type(Empty).__name__)
