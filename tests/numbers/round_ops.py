print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2), round(0.0001234, 5))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)))
print(round(1e20), round(-0.4), round(0.49999999999999994))
print(int(2.9), int(-2.9), int("  42  "), int("-0"), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("1_000_000"), int(True), int(3.0), float("  2.5  "), float("1_0.5"), float("-.5"), float("5."), float("InFiNity"), float("nan"))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
import sys
print(abs(-5), abs(-5.5), abs(0), abs(-0.0))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3), pow(-8, 1/3) == pow(-8, 1/3))
