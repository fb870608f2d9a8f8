s = "abcdefghij"
print(s[::2], s[::-1], s[-3:], s[2:-2], s[100:], s[-100:3], s[5:2])
print(s[1:8:3], s[8:1:-2])
print("ab" * 3, 3 * "x", "a" * 0, "a" * -1 == "")
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print("abc" == "abc", "abc" != "ABC", "a" in "abc", "bc" in "abc", "" in "abc", "x" not in "abc")
print(min("hello"), max("hello"), sorted("hello"))
print(list("abc"), tuple("ab"), str(123), str(1.5), str(None), str([1, "a"]))
print("abc".encode(), "é".encode("utf-8"), b"\xc3\xa9".decode())
print(len("hello world"), "hello".__len__())
print("Hello"[0], "Hello"[-1])
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
print(hash("abc") == hash("ab" + "c"))
print("%s|%s" % ("a".join("123"), "x".join(["only"])))
print(str.maketrans("abc", "xyz") == {97: 120, 98: 121, 99: 122})
print("abcabc".translate(str.maketrans("ab", "AB", "c")))
