print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "www.example.com".lstrip("cmowz."))
print("hello.py".removesuffix(".py"), "hello.py".removeprefix("he"), "abc".removeprefix("x"))
print("abc".center(9, "*"), "abc".ljust(6, "-") + "|", "abc".rjust(6) + "|")
print("abc".center(2), "ab".center(5, "."), "abc".center(6, "."))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "01\t012\t0123".expandtabs(3))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"))
print("abcabc".find("c"), "abcabc".rfind("c"), "abc".find("z"), "abcabc".find("c", 3), "abcabc".find("c", 1, 2))
print("abcabc".index("b"), "abcabc".rindex("b"), "abcabc".count("bc"), "aaaa".count("aa"), "abc".count(""))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("hello".startswith("he"), "hello".startswith(("x", "hel")), "hello".endswith("lo", 0, 5), "hello".endswith("l", 0, 4))
try:
    "abc".center(5, "ab")
except TypeError as e:
    print(e)
