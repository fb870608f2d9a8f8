# sys: struct sequences (version_info, float_info, int_info, hash_info, flags) and settings.
import sys

v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v >= (3, 8), len(v), type(v).__name__)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.dig, sys.float_info[8])
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(type(sys.flags), sys.flags.optimize, sys.flags.debug, len(sys.flags))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(type(sys.implementation).__name__, isinstance(sys.implementation.name, str))
print(sys.getrecursionlimit(), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print("ValueError:", e)
print(sys.getdefaultencoding(), type(sys.argv).__name__, type(sys.path).__name__)
print("sys" in sys.modules, "builtins" in sys.modules)
