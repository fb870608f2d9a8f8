print(float("1.5"), float("-2"), float("  3.25 "), float("1e3"), float("1E-3"))
print(float(".5"), float("5."), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(10), float(2 ** 70), float(True))
print(float("0.1"), float("123456789.123456789"), float("1e400"), float("1e-400"))
for bad in ["abc", "", "1.5.2", "1e", "--1", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
