import math
seed = 12345
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
def rfloat():
    r = rnd()
    kind = r % 7
    m = (rnd() % 2**53) / 2**53
    if kind == 0: return m
    if kind == 1: return -m * 1e10
    if kind == 2: return m * 10 ** ((rnd() % 600) - 300)
    if kind == 3: return float(rnd() % 100 - 50)
    if kind == 4: return m * 1e-310
    if kind == 5: return (m - 0.5) * 4
    return m * 700
specials = [0.0, -0.0, 1.0, -1.0, float('inf'), float('-inf'), float('nan'), 1e308, 5e-324, 0.5, 2.0, 3, -3, 10**20]
vals = specials + [rfloat() for _ in range(60)]
names1 = ['acos','acosh','asin','asinh','atan','atanh','cbrt','cos','cosh','erf','erfc','exp','exp2','expm1','fabs','gamma','lgamma','log1p','sin','sinh','sqrt','tan','tanh','degrees','radians','log','log2','log10','floor','ceil','trunc','frexp','modf','isfinite','isinf','isnan','ulp']
def show(name, f, *a):
    try:
        r = f(*a)
        print(name, a, repr(r))
    except Exception as e:
        print(name, a, type(e).__name__, e)
for n in names1:
    f = getattr(math, n)
    for v in vals:
        show(n, f, v)
names2 = ['atan2','copysign','fmod','remainder','pow','hypot','nextafter','log','isclose', 'ldexp']
for n in names2:
    f = getattr(math, n)
    for i in range(0, len(vals)-1, 3):
        a, b = vals[i], vals[i+1]
        if n == 'ldexp': b = int(b) if math.isfinite(b) and abs(b) < 1e30 else 5
        show(n, f, a, b)
for i in range(60):
    k = rnd() % 6 + 1
    xs = [rfloat() for _ in range(k)]
    show('hypot', math.hypot, *xs)
    show('fsum', math.fsum, xs + [-x for x in xs[:2]] + [1e100, -1e100])
    show('dist', math.dist, xs, [rfloat() for _ in range(k)])
    show('prod', math.prod, xs)
show('fsum', math.fsum, [1e-16, 1, 1e16])
show('fsum', math.fsum, [0.1]*10)
show('fsum', math.fsum, [])
show('fsum', math.fsum, [float('nan'), 1])
show('fsum', math.fsum, [float('inf'), 1])
for n in [0, 1, 5, 20, 100, 2**64, 10**40+7]:
    show('isqrt', math.isqrt, n)
    show('factorial', math.factorial, n if n < 1000 else 30)
for a in [(12, 18), (0, 0), (-4, 6), (2**100, 2**70*3), (), (5,), (3, 4, 5, 6)]:
    show('gcd', math.gcd, *a)
    show('lcm', math.lcm, *a)
for n, k in [(10, 3), (10, 11), (100, 50), (5, 0), (0, 0)]:
    show('comb', math.comb, n, k)
    show('perm', math.perm, n, k)
show('perm', math.perm, 5)
show('log', math.log, 2**2000)
show('log', math.log, 2**2000, 3)
show('log2', math.log2, 2**1023 * 3)
show('log10', math.log10, 10**400)
show('log', math.log, 10**400 + 1, 10)
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.floor(True), math.ceil(2), math.trunc(-2.5), type(math.floor(2.5)))
class F:
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
    def __trunc__(self): return 'tr'
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.prod([1, 2, 3], start=10), math.prod([]), math.prod([2, 2.5]))
