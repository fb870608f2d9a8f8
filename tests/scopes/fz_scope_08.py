def f():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("fin")
print(f())
import sys
def f():
    try:
        raise ValueError("x")
    except ValueError:
        print(sys.exc_info()[1])
    print(sys.exc_info())
f()
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError:
        pass
    import sys
    print(repr(sys.exc_info()[1]))
def f():
    with open_cm() as x:
        return x
class open_cm:
    def __enter__(self): return "val"
    def __exit__(self, *a):
        print("exit", a)
print(f())
