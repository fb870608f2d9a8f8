s = "héllo"
n = 42
l = [1, "a"]
print(f"{s!r} {s!s} {s!a}")
print(f"{n!r} {l!r} {l!s} {l!a}")
print(f"{'x'!r:>6}|{n!s:<4}|")
print(f"{None!r} {3.5!s}")
print(f"{s=}")
print(f"{n = }")
print(f"{n+1=}")
print(f"{n=:>5}")
print(f"{s=!s}")
print(f"{l[0]=} {len(s)=}")
