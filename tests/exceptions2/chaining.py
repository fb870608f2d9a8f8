def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("converted") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    show(e)
try:
    try:
        raise OSError("a")
    except OSError:
        raise RuntimeError("b") from None
except RuntimeError as e:
    show(e)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    show(e)
e1 = ValueError("plain")
show(e1)
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("reraise same:", e.__context__)
