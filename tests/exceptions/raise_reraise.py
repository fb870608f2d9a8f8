def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
try:
    check(-5)
except ValueError as e:
    print("caught", e)
try:
    try:
        check(-1)
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print("outer caught", e.args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == "", e.args)
try:
    raise KeyError("key", 2)
except KeyError as e:
    print(e, e.args)
try:
    e = RuntimeError("saved")
    raise e
except RuntimeError as err:
    print(err is e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
