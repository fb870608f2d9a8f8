import math
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.isnan(float("nan")), math.isinf(1e308 * 10), math.isfinite(1.0))
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(20), math.factorial(25))
print(math.log(math.e), math.log(100, 10), math.log2(1024), math.log10(1000), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1), math.hypot(3, 4))
print(math.fabs(-3), math.copysign(1, -0.0), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.floor(3), type(math.floor(3.7)), math.ceil(2 ** 70 + 0.0) == 2 ** 70, math.degrees(math.pi), math.radians(180))
print(math.isclose(0.1 + 0.2, 0.3), math.dist([0, 0], [3, 4]), math.pow(2, 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
