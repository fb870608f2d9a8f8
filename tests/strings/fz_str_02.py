print("%(a)s %(a)r" % {"a": "q"}, "%d" % 3.99, "%x" % -255, "%o" % -8, "%e" % -0.0, "%.3f" % 2.0005)
try:
    print("%d" % None)
except TypeError as e: print(e)
try:
    print("%c" % "ab")
except TypeError as e: print(e)
try:
    print("%z" % 1)
except ValueError as e: print(e)
try:
    print("%(a)s" % 5)
except TypeError as e: print(e)
try:
    print("%s %s" % "ab")
except TypeError as e: print(e)
print("{:,}".format(1234.5), "{:.3}".format(1234.5), "{:.3}".format("abcdef"), "{:g}".format(1e-7), "{:.2%}".format(1/3))
try:
    "{:,s}".format("x")
except ValueError as e: print(e)
try:
    "{:=s}".format("x")
except ValueError as e: print(e)
try:
    "{:+s}".format("x")
except ValueError as e: print(e)
try:
    "{".format(1)
except ValueError as e: print(e)
try:
    "}".format(1)
except ValueError as e: print(e)
try:
    "{0!x}".format(1)
except ValueError as e: print(e)
