import sys
print(sys.version_info[:2] >= (3, 0), sys.version_info.major, type(sys.argv).__name__, len(sys.argv))
print(sys.maxsize, sys.byteorder, sys.platform.startswith("linux"))
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
print(sys.getrecursionlimit(), "sys" in sys.modules, sys.argv[0].endswith("sys_module.py"))
print(sys.float_info.max, sys.int_info.bits_per_digit > 0 or True)
