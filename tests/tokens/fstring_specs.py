x = 3.14159
w = 10
p = 3
n = 255
print(f"[{x:{w}}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{x:>{w}.{p}}]")
print(f"[{'hi':{'^'}{w}}]")
print(f"[{n:#0{w}x}]")
print(f"{n:,d} {n:08.2f} {-n:+} {n: }")
print(f"{'a' 'b'}" f"{x:.1f}" "plain")
print(f"{{}} {{{n}}} {'{'}")
print(f"{x!r:>20}")
print(f"{(lambda: 5)()}")
print(f"{n if n > 100 else 0}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"""multi
{n}
line""")
print(f"{1_000_000:_}" f" {12345.6789:,.2f}")
print(f"{3:3}{'x':3}{True:3}")
