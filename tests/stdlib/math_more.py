from math import sqrt, pi, floor, ceil, inf, isclose
import math
print(sqrt(2) * sqrt(2), floor(pi), ceil(pi), inf > 10 ** 100, isclose(1.0, 1.0 + 1e-12))
print([math.floor(x) for x in [-1.5, -0.5, 0.5, 1.5]], math.trunc(1e20), math.isqrt(10 ** 20))
print(round(math.cos(math.pi), 5), math.exp(1) == math.e, math.log(8, 2), math.sqrt(0))
