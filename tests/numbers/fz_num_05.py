print((5).__format__("x"), (5.5).__format__(""), int.__format__(5, "04d"), (3).__round__(), (3.7).__round__(), (3.75).__round__(1))
print((2**64).bit_count(), (255).bit_count(), (-7).bit_count(), int.bit_length(1023), (7).as_integer_ratio(), (10).is_integer() if hasattr(int, 'is_integer') else "no")
print(True // 2, True % 2, 2 ** True, divmod(True, 2), round(True), abs(False), -False, float(True) / 3)
import sys
print(sys.float_info.epsilon, sys.float_info.dig, sys.maxsize + 1, -sys.maxsize - 1, sys.hash_info.modulus)
