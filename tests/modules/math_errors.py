import math
tests = ["math.sqrt()", "math.sqrt(1,2)", "math.atan2(1)", "math.pow(1)", "math.log()", "math.log(1,2,3)", "math.gcd(1.5)", "math.factorial(-1)", "math.factorial(1.0)", "math.factorial(10**30)", "math.isqrt(-1)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.comb(10**30, 10**20)", "math.perm(5, -1)", "math.ldexp(1.0, 10**30)", "math.ldexp(1.0, 1.5)", "math.sqrt('a')", "math.floor('a')", "math.trunc('a')", "math.fsum([float('inf'), -float('inf')])", "math.fsum([1e308, 1e308])", "math.isclose(1, 2, rel_tol=-1)", "math.dist([1],[1,2])", "math.dist(1, 2)", "math.hypot('a')", "math.prod([1,2], 3)", "math.log(10, 1)", "math.log(0)", "math.log(-1.0)", "math.exp(1000)", "math.fmod(1, 0)", "math.fmod(float('inf'), 1)","math.pow(0, -1)", "math.pow(-1, 0.5)","math.gamma(0)", "math.lgamma(-1)", "math.nextafter(1)", "math.ulp('x')", "math.isqrt(1.0)", "math.gcd(1, 'a')", "math.comb(5)", "math.cos(float('inf'))", "math.floor(float('nan'))", "math.floor(float('inf'))", "math.factorial()", "math.frexp('a')", "math.copysign(1)", "math.log(2**2000)", "math.log2(2**2000)", "math.log10(10**500)", "math.log(2**2000, 2)", "math.log(-2**2000)"]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
