try:
    x = 1 / 0
except ZeroDivisionError:
    print("caught zero division")
try:
    [][0]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__)
try:
    {}["k"]
except IndexError:
    print("wrong")
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    int("x")
except Exception as e:
    print("generic", type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(e)
print("after")
