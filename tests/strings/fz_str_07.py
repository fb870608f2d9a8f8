try:
    str(b"x", 5)
except TypeError as e: print(e)
try:
    str(1, "utf-8")
except TypeError as e: print(e)
print("{}".format(b"x"), f"{b'x'}", str(b"x"), "%s" % b"x", repr(b"x"), f"{b'x'!s}")
print("  x\n".strip(" "), "xyxzyx".strip("xy"), "abc".lstrip(""), "aaa".rstrip("a"), "".strip(), "\u3000x\u3000".strip())
print("Hello".ljust(10, "é"), "Hello".rjust(8, "中"), "x".center(6, "ä"))
