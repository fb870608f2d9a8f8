errors = []
for f in [lambda: int("x"), lambda: [][1], lambda: {}["k"], lambda: None.attr, lambda: 1 + "a", lambda: undefined_name]:
    try:
        f()
    except (ValueError, IndexError) as e:
        errors.append(("VI", type(e).__name__, str(e)))
    except LookupError as e:
        errors.append(("L", type(e).__name__, str(e)))
    except Exception as e:
        errors.append(("E", type(e).__name__, str(e)))
for e in errors:
    print(e)
def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            print("handling inner")
            raise
    except ValueError as e:
        print("outer got", e)
        return "ok"
print(nested())
try:
    raise
except RuntimeError as e:
    print(e)
import sys
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exc_info()[0] is KeyError)
print(sys.exc_info())
