def a():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return [][0]
def b():
    try:
        a()
    except IndexError as e:
        raise KeyError("b") from e
b()
