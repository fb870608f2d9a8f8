import math
xs = [i/7.3 - 150 for i in range(0, 2800, 3)] + [170.5, 171.6, 171.7, 199.9, -199.9, 1e-21, -1e-21, 140.0, 139.99, 141.5]
for x in xs:
    for f in (math.gamma, math.lgamma):
        try: print(repr(f(x)))
        except Exception as e: print(type(e).__name__, e)
