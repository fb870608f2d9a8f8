print(int("42"), int("-17"), int("  8  "), int("+3"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("101", 2), int("0o17", 0), int("z", 36))
print(int("123456789012345678901234567890"))
print(int(3.9), int(-3.9), int(True), int(1e20))
print(int("0"), int("-0"), int("00"), int("٣"))
for bad in ["abc", "", "1.5", "1 2", "0x10", "_1", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
