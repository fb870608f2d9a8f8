x, w, p = 3.14159, 10, 3
print(f"[{x:{w}.{p}f}]")
print(f"[{x:>{w}}]", f"[{x!r:^{w+2}}]")
print(f"{'a' if x > 1 else 'b':{'<' if w else '>'}{w}}|")
print(f"{f'{x:.2f}':>8}|", f"{{}} {x=:.1f} {w = }")
print(f"""{
    x
    :.3}""", rf"\d{w}", fr'{p}\n')
