def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"string of {len(s)}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": t, **others}:
            return f"typed {t} extra={sorted(others)}"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -5, 7, 2.5, "hi", "abc", [1, 2], [1, 2, 3], (4,), [], {"type": "point", "x": 1, "y": 2},
          {"type": "circle", "r": 3, "c": 0}, None, {1, 2}]:
    print(repr(v), "->", classify(v))
