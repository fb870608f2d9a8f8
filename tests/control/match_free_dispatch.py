def describe(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool " + str(v)
    elif isinstance(v, int):
        if v < 0:
            return "negative int"
        elif v == 0:
            return "zero"
        return "positive int"
    elif isinstance(v, float):
        return "float " + repr(v)
    elif isinstance(v, str):
        return "str of length " + str(len(v))
    elif isinstance(v, (list, tuple)):
        return type(v).__name__ + " [" + ", ".join(describe(x) for x in v) + "]"
    else:
        return "other " + type(v).__name__
for v in [None, True, -3, 0, 7, 2.5, "hey", [1, "a"], (None,), {}]:
    print(describe(v))
