print(f"{1e300*1e10:e}", f"{-0.0:g}", f"{1e-320!r}", 5e-324 / 2, 2.5e-308 * 1e-10)
print(repr(1.0e16), repr(9007199254740993.0), repr(1e-7), repr(123e-20), float('0x1p-1074') if False else 0)
print("%.20f" % 0.1, "%.0e" % 12345, "%#.3g" % 1.0, "%g" % 1e-4, "%g" % 123456789, "%.10g" % (1/3))
print(format(1e16, ".17g"), format(0.1, ".55f"), format(123.456, "e"), format(-1e-100, ".3E"))
