for exc in [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42), KeyError("k"),
            KeyError(), KeyError(1, 2), IndexError("list index out of range"), Exception(None)]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(str(e), repr(e), e.args[0])
try:
    raise ValueError("msg")
except ValueError as e:
    msg = str(e)
print(msg)
try:
    raise ValueError("gone")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
