def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned"
    except ValueError as e:
        print("except", e)
        return "from except"
    else:
        print("else")
    finally:
        print("finally")
    return "end"
for i in range(3):
    print("->", f(i))
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_swallows():
    try:
        raise KeyError("x")
    finally:
        return "swallowed"
print(finally_swallows())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    raise ValueError
except (TypeError, ValueError) as e:
    print("tuple caught", type(e).__name__, repr(e), str(e) == "")
e = "still defined?"
try:
    raise KeyError(1)
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
