x = 3.14159265
n = 1234567
s = "hi"
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:^10.2e}| {x:+.3g}")
print(f"{n:,} {n:_} {n:>12,} {n:012d} {-n:012,}")
print(f"{255:x} {255:X} {255:#x} {255:#o} {255:b} {255:#b} {255:08b}")
print(f"{s:>5}|{s:<5}|{s:^5}|{s:*^6}|{s!r}|{s!r:>6}")
print(f"{0.5:%} {0.12345:.1%} {1e10:e} {1e-5:g} {123456789.0:g}")
width, prec = 10, 3
print(f"{x:{width}.{prec}f}|")
print(f"{'nested':{'>'}{12}}")
print(f"{n=}", f"{x = :.1f}", f"{s=!s}")
d = {"a": 1}
print(f"{d['a']} {[1, 2][1]} {(lambda: 5)()}")
print(f"{{literal}} {n}")
print(f"{-0.0:.1f} {float('inf'):f} {float('nan'):>5}")
print(f"{12:c}{65:c}" == "\x0cA")
print(f"{1234.5:,.2f} {True:d} {True} {None!r}")
print(f"{3:+} {3: } {-3: }")
