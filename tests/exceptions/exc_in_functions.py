def level3():
    raise RuntimeError("deep")
def level2():
    level3()
    print("unreached")
def level1():
    try:
        level2()
    except RuntimeError as e:
        print("level1 caught:", e)
        return "handled"
print(level1())
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print(safe_div(1, 2), safe_div(1, 0))
def gen_errors():
    results = []
    for op in [lambda: 1 / 0, lambda: [][1], lambda: {}[0], lambda: int("z"), lambda: None.x, lambda: 1 + "1"]:
        try:
            op()
        except Exception as e:
            results.append(type(e).__name__)
    return results
print(gen_errors())
