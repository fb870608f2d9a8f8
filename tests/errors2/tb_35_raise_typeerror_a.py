try:
    raise TypeError("a")
except TypeError as e:
    try:
        raise ValueError("b")
    except ValueError as e2:
        raise KeyError("c")
