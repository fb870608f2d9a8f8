cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.5 % 0,
         lambda: divmod(1, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: (2 ** 100) // 0, lambda: pow(2, -1, 4),
         lambda: 10 ** 1000 * 1.0, lambda: 2.0 ** 10000, lambda: 1 << -1, lambda: (-8) ** 0.5, lambda: complex(1, 0) / 0]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
