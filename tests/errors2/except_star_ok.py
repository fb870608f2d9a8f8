try:
    raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
except* ValueError as e:
    print("V", repr(e))
except* KeyError as e:
    print("K", repr(e))
eg = ExceptionGroup("msg", [ValueError("a"), TypeError("b")])
print(eg, repr(eg), len(eg.exceptions), eg.message)
match_, rest = eg.split(ValueError)
print(repr(match_), repr(rest))
print(repr(eg.subgroup(TypeError)))
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt()])
except BaseExceptionGroup as e:
    print(type(e).__name__, e.exceptions)
