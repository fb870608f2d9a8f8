print("abc".startswith(""), "abc".startswith("abc", 1), "abc".startswith("bc", 1), "abc".endswith(("x", "c")), "abc"[1:].startswith("b"))
try:
    "abc".startswith(["a"])
except TypeError as e: print(e)
try:
    "abc".count(1)
except TypeError as e: print(e)
try:
    "abc".replace(1, "x")
except TypeError as e: print(e)
try:
    "a" in 5
except TypeError as e: print(e)
try:
    5 in "a"
except TypeError as e: print(e)
print("x".join(["a", "b"]), "".join(("a",)), ",".join({"k": 1}), " ".join(map(str, [1.5, None])))
print("ab" < "abc" < "b", "é" > "z", "Z" < "a", sorted(["é", "e", "f", "E", "ê"]), max("αβγ"), "a" * 3 == "aaa")
