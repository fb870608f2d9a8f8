print(format(1234.5678, ".2f"), format(1234.5678, ",.1f"), format(0.000012345, ".3e"))
print(format(42, "5d") + "|", format(42, "<5d") + "|", format(-42, "+d"))
print(format(1e100), format(1.0), format(1.5e-7), format(123456789012345678.0))
print(format(12, "#010b"), format(-12, "x"), format(12, "n"))
print(format("text", "10") + "|", format("text", ">10") + "|")
print(format(3.0, "g"), format(3.10, "g"), format(1e16, "g"), format(1e-5, ".2g"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1/3, ".15f"), format(2/3, ".17g"))
print(format(100, "e"), format(0, ".3e"))
print(format(1.23456789e-10, "f"))
print(format(float("inf"), "10.2f") + "|", format(float("-inf"), "e"), format(float("nan"), "F"))
print(format(5, ".2f"), format(5, "%"), format(True, "5") + "|")
print(format(12345.6789, "_.2f"), format(123456789, "_x"))
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(3, "s")
except ValueError as e:
    print(e)
try:
    format(1.5, "x")
except ValueError as e:
    print(e)
print(format(1.0, "#.0f"), format(1.5, "#g"))
