print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("  a  b   c ".split())
print("  a  b   c ".split(None, 1))
print("a b c".rsplit(None, 1))
print("a,b,c".rsplit(",", 1))
print("".split(), "".split(","))
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\r\n".splitlines(True))
print("a::b::c".partition("::"), "abc".partition("x"))
print("a::b::c".rpartition("::"), "abc".rpartition("x"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("a\tb\x0bc\x0cd\x1ce".split())
