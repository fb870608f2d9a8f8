x = 42
name = "pvm"
pi = 3.14159265
print(f"{x}", f"{name}!", f"{x + 1}", f"{'q'}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:05}|{x:+}")
print(f"{pi:.2f} {pi:8.3f} {pi:e} {pi:g} {1e20:g}")
print(f"{x:x} {x:X} {x:o} {x:b} {x:#x} {x:#b}")
print(f"{name:>6}|{name:<6}|{name:^7}|{name:*^7}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.25:.1%}")
print(f"{{literal}} {x!r} {name!r} {name!s}")
print(f"{[1, 2]} {(1,)} {None} {True}")
print("%d %s %r %5.2f %x %%" % (x, name, name, pi, 255))
print("%-5d|%05d" % (7, 7))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{n}".format(n=3))
print("{:>4}".format("ab"), "{:.3}".format(pi))
print(format(x, "08b"), format(pi, ".1f"), format("s", "^3"))
print(str(12), repr(12), repr(1.0), repr("x\ny"), repr("\t"), str("\t|"))
print(repr("é"), repr("\x00"), repr("\x7f"), repr("\u200b"), ascii("é"))
