print(repr("%5c" % 65), repr("%-4c|" % "x"), repr("%3c" % 0x1F600))
print(repr("%07f" % float("inf")), repr("%016e" % float("inf")), repr("%09e" % float("-inf")), repr("% 022E" % float("nan")))
print(repr("%010.3f" % float("nan")), repr("%+08g" % float("inf")), repr("%-08f|" % float("inf")))
print(repr(format(float("inf"), "07f")), repr(format(float("nan"), "010")), repr(f"{float('-inf'):08.2f}"))
for fmt in ["%*>5d", "%*d", "%.*f"]:
    try:
        print(repr(fmt % (5,)))
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
