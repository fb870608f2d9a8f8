big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4000)))
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(big.bit_length(), big % 7, hex(big)[:10])
import sys
sys.set_int_max_str_digits(10000)
print(len(str(big)))
