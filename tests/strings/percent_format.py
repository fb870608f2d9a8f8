print("%d %s %r" % (1, "two", "three"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%.2f %10.3f %-10.1f|" % (3.14159, 2.71828, 1.5))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %E %g %G" % (12345.678, 0.000123, 1e20, 1e-20))
print("%c%c" % (72, "i"))
print("%s" % "single", "%s" % (("tuple",),))
print("%(name)s=%(val)d" % {"name": "x", "val": 3})
print("%%", "100%%" % ())
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.3s" % "abcdef")
print("%+d % d" % (5, 5))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
print("%i %u" % (3, 4))
print("%s %s" % (None, [1, 2]))
print("%r" % {"a": 1})
