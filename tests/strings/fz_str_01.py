print("a b\tc\nd\x0be\x0cf\rg\x1ch\x1di\x1ej\x85k\u2028l".split())
print("a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("abc".split(" "), " a  b ".split(" "), "a b c".split(maxsplit=1), "a,b,c".split(",", maxsplit=-1), "a b".rsplit(maxsplit=0))
print("%s" % [1], "%s" % (1,), "%s %%" % "x", "%-5s|" % "ab", "%5.1s|" % "ab", "%c" % 0x1F600, "%a" % "é")
