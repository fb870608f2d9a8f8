for s in ["", " ", "abc", "1.5", "1e5", "0x10", "1__0", "_1", "1_", "12a", "--1", "+", "٣"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["", "abc", "1.2.3", "1e", "e5", "inf", "-nan", "1_000.5", "0x10", " 1 2 "]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for args in [("10", 2), ("12", 3), ("zz", 36), ("10", 37), ("10", 1), ("0x10", 0), ("010", 0), ("0", 0), ("00", 0)]:
    try:
        print(args, int(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
for v in [None, [1], "1", 1.5, 1j]:
    try:
        print(int(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(e)
try:
    int("5", base=2.0)
except TypeError as e:
    print(e)
