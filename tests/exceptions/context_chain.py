try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(e, repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
