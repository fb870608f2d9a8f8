print(hash(0.1), hash(-0.1), hash(1e-300), hash(2.5e10), hash(1/3), hash(float(2**62)))
print(int("0_1"), int("00"), int("-0b11", 0), int("0O17", 0), int("1" * 30), int(" +5 "))
try:
    int("0b", 0)
except ValueError as e: print(e)
try:
    int("08", 0)
except ValueError as e: print(e)
try:
    int("1" * 30, 2)
except ValueError as e: print(e)
print(float("1e-400"), float("-0"), float("0x10") if False else 1, float(".5e1"), float("1_000e1_0"))
