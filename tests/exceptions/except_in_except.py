try:
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        try:
            raise TypeError("second")
        except TypeError as e2:
            print("inner handling", e2)
        print("back in outer handler")
except Exception:
    print("not reached")
def f():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise
        except KeyError as e:
            return "reraised " + repr(e)
print(f())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
