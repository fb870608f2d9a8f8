/* math.c: the `math` module with CPython 3.11's results and errors: libm wrappers with
 * the "math domain error" / "math range error" rules, exact integer functions (factorial,
 * gcd, lcm, isqrt, comb, perm) on GMP, Shewchuk's exact fsum and the compensated vector
 * norm behind hypot and dist. */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

typedef Value (*modfunc)(Value self, Value const *args, size_t nargs, Value kwnames);

static Value domain_error(void) { return err_format(&exc_ValueError, "math domain error"); }
static Value range_error(void) { return err_format(&exc_OverflowError, "math range error"); }

/* After a libm call that set errno for a finite result r: raises and returns true when
 * errno means an error (a tiny result on ERANGE is an underflow, not an error). */
static bool errno_error(double r) {
    if (errno == EDOM) {
        domain_error();
        return true;
    }
    if (errno == ERANGE && fabs(r) >= 1.5) {
        range_error();
        return true;
    }
    return false;
}

static bool as_double(Value v, double *out) {
    *out = float_as_double(v);
    return !(*out == -1.0 && err_occurred());
}

/* ---- one- and two-argument libm functions ---- */

/* f(x) with CPython's rules: a nan from a non-nan is a domain error; an infinity from a
 * finite x is a range error when f can overflow, else a domain error. */
static Value math_1(const char *qualname, Value const *args, size_t nargs, double (*f)(double),
                    bool can_overflow) {
    double x;
    if (args_exactly_one(qualname, nargs) < 0 || !as_double(args[0], &x)) return NULL;
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && errno_error(r)) return NULL;
    return float_new(r);
}

static bool two_doubles(const char *name, Value const *args, size_t nargs, double *x, double *y) {
    return args_count(name, nargs, 2, 2) == 0 && as_double(args[0], x) && as_double(args[1], y);
}

static Value math_2(const char *name, Value const *args, size_t nargs,
                    double (*f)(double, double)) {
    double x, y;
    if (!two_doubles(name, args, nargs, &x, &y)) return NULL;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return float_new(r);
}

static double m_log(double x) {
    if (x > 0 || isnan(x)) return log(x);
    errno = EDOM;
    return x == 0 ? -HUGE_VAL : NAN;
}
static double m_log2(double x) {
    if (x > 0 || isnan(x)) return log2(x);
    errno = EDOM;
    return x == 0 ? -HUGE_VAL : NAN;
}
static double m_log10(double x) {
    if (x > 0 || isnan(x)) return log10(x);
    errno = EDOM;
    return x == 0 ? -HUGE_VAL : NAN;
}

/* gamma and lgamma use Lanczos' approximation (g = 6.0246800407767296, 13 terms, the
 * coefficients of Boost's lanczos13m53) as CPython does, so results agree to the bit. They
 * report through errno: poles are domain errors, infinite results range errors. */
enum { LANCZOS_N = 13, GAMMA_EXACT_MAX = 23 };
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x * (x+1) * ... * (x+11) expanded */
static const double lanczos_den[LANCZOS_N] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0,
};
static const double pi_value = 3.141592653589793238462643383279502884197;
static const double log_pi = 1.144729885849400174143427351353058711647;

/* L_g(x) for x > 0: the rational function, in 1/x for large x to avoid overflow. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x) for finite x, accurate near the integers. */
static double sin_pi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
        case 0: r = sin(pi_value * y); break;
        case 1: r = cos(pi_value * (y - 0.5)); break;
        case 2: r = sin(pi_value * (1.0 - y)); break;
        case 3: r = -cos(pi_value * (y - 1.5)); break;
        default: r = sin(pi_value * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

static double domain(double r) {
    errno = EDOM;
    return r;
}
static double checked_range(double r) {
    if (isinf(r)) errno = ERANGE;
    return r;
}

/* r multiplied (or divided when !mul) by y ** (absx - 0.5), in two halves when large. */
static double scale_by_pow(double r, double y, double absx, bool mul) {
    if (absx < 140.0) return mul ? r * pow(y, absx - 0.5) : r / pow(y, absx - 0.5);
    double half = pow(y, absx / 2.0 - 0.25);
    return mul ? r * half * half : r / half / half;
}

static double m_tgamma(double x) {
    if (!isfinite(x)) return isnan(x) || x > 0 ? x : domain(NAN);
    if (x == 0.0) return domain(copysign(HUGE_VAL, x));
    if (x == floor(x)) {
        if (x < 0.0) return domain(NAN);
        if (x <= GAMMA_EXACT_MAX) { /* (x-1)! exactly */
            double f = 1.0;
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) return checked_range(1.0 / x);
    if (absx > 200.0) return x < 0.0 ? 0.0 / sin_pi(x) : checked_range(HUGE_VAL);
    double y = absx + lanczos_g_minus_half;
    double z = absx > lanczos_g_minus_half ? (y - absx) - lanczos_g_minus_half
                                           : (y - lanczos_g_minus_half) - absx;
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi_value / sin_pi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        r = scale_by_pow(r, y, absx, false);
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        r = scale_by_pow(r, y, absx, true);
    }
    return checked_range(r);
}

static double m_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) return x <= 0.0 ? domain(HUGE_VAL) : 0.0;
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = log_pi - log(fabs(sin_pi(absx))) - log(absx) - r;
    return checked_range(r);
}

static Value math_1_errno(const char *qualname, Value const *args, size_t nargs,
                          double (*f)(double)) {
    double x;
    if (args_exactly_one(qualname, nargs) < 0 || !as_double(args[0], &x)) return NULL;
    errno = 0;
    double r = f(x);
    if (errno && errno_error(r)) return NULL;
    return float_new(r);
}
static Value scaled(const char *qualname, Value const *args, size_t nargs, double factor) {
    double x;
    if (args_exactly_one(qualname, nargs) < 0 || !as_double(args[0], &x)) return NULL;
    return float_new(x * factor);
}
static Value math_degrees(Value self, Value const *args, size_t nargs, Value kwnames) {
    return scaled("math.degrees", args, nargs, 180.0 / pi_value);
}
static Value math_radians(Value self, Value const *args, size_t nargs, Value kwnames) {
    return scaled("math.radians", args, nargs, pi_value / 180.0);
}
static Value math_gamma(Value self, Value const *args, size_t nargs, Value kwnames) {
    return math_1_errno("math.gamma", args, nargs, m_tgamma);
}
static Value math_lgamma(Value self, Value const *args, size_t nargs, Value kwnames) {
    return math_1_errno("math.lgamma", args, nargs, m_lgamma);
}

static double m_fabs(double x) { return fabs(x); }

#define MATH_FUNC1(name, fn, can_overflow)                                                         \
    static Value math_##name(Value self, Value const *args, size_t nargs, Value kwnames) {         \
        return math_1("math." #name, args, nargs, fn, can_overflow);                               \
    }
MATH_FUNC1(acos, acos, false)
MATH_FUNC1(acosh, acosh, false)
MATH_FUNC1(asin, asin, false)
MATH_FUNC1(asinh, asinh, false)
MATH_FUNC1(atan, atan, false)
MATH_FUNC1(atanh, atanh, false)
MATH_FUNC1(cbrt, cbrt, false)
MATH_FUNC1(cos, cos, false)
MATH_FUNC1(cosh, cosh, true)
MATH_FUNC1(erf, erf, false)
MATH_FUNC1(erfc, erfc, false)
MATH_FUNC1(exp, exp, true)
MATH_FUNC1(exp2, exp2, true)
MATH_FUNC1(expm1, expm1, true)
MATH_FUNC1(fabs, m_fabs, false)
MATH_FUNC1(log1p, log1p, false)
MATH_FUNC1(sin, sin, false)
MATH_FUNC1(sinh, sinh, true)
MATH_FUNC1(sqrt, sqrt, false)
MATH_FUNC1(tan, tan, false)
MATH_FUNC1(tanh, tanh, false)

static double m_fmod(double x, double y) {
    if (isinf(y) && isfinite(x)) return x;
    return fmod(x, y);
}

#define MATH_FUNC2(name, fn)                                                                       \
    static Value math_##name(Value self, Value const *args, size_t nargs, Value kwnames) {         \
        return math_2(#name, args, nargs, fn);                                                     \
    }
MATH_FUNC2(atan2, atan2)
MATH_FUNC2(copysign, copysign)
MATH_FUNC2(fmod, m_fmod)
MATH_FUNC2(remainder, remainder)

static Value math_pow(Value self, Value const *args, size_t nargs, Value kwnames) {
    double x, y, r;
    if (!two_doubles("pow", args, nargs, &x, &y)) return NULL;
    if (isfinite(x) && isfinite(y)) {
        r = pow(x, y);
        if (isnan(r)) return domain_error();
        if (isinf(r)) return x == 0 ? domain_error() : range_error();
        return float_new(r);
    }
    if (isnan(x)) {
        r = y == 0 ? 1.0 : x;
    } else if (isnan(y)) {
        r = x == 1 ? 1.0 : y;
    } else if (isinf(x)) {
        bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0)
            r = odd_y ? x : fabs(x);
        else if (y == 0)
            r = 1.0;
        else
            r = odd_y ? copysign(0.0, x) : 0.0;
    } else if (fabs(x) == 1.0) {
        r = 1.0;
    } else if ((y > 0) == (fabs(x) > 1.0)) {
        r = INFINITY;
    } else {
        r = 0.0;
    }
    return float_new(r);
}

/* ---- logarithms: ints too large for a double still have a logarithm ---- */

/* The int n > 0 as x * 2**e with 0.5 <= x < 1 rounded to 53 bits (half even). */
static double int_frexp(Value n, long *e) {
    IntView tmp;
    mpz_srcptr z = int_view(n, &tmp);
    size_t nbits = mpz_sizeinbase(z, 2);
    mpz_t top;
    mpz_init(top);
    mpz_tdiv_q_2exp(top, z, nbits - 64);
    uint64_t hi = mpz_get_ui(top);
    if (mpz_scan1(z, 0) < nbits - 64) hi |= 1; /* sticky bit below the 64 kept bits */
    mpz_clear(top);
    double x = ldexp((double)hi, -64);
    *e = (long)nbits;
    if (x == 1.0) {
        x = 0.5;
        ++*e;
    }
    return x;
}

static Value log_helper(Value v, double (*f)(double)) {
    if (!is_int(v)) {
        double x;
        if (!as_double(v, &x)) return NULL;
        errno = 0;
        double r = f(x);
        if (isnan(r) && !isnan(x)) return domain_error();
        if (isinf(r) && isfinite(x)) return domain_error();
        return float_new(r);
    }
    if (int_sign(v) <= 0) return domain_error();
    double x = int_as_double(v);
    if (x == -1.0 && err_occurred()) {
        if (!err_matches(&exc_OverflowError)) return NULL;
        err_clear();
        long e;
        x = int_frexp(v, &e);
        return float_new(f(x) + f(2.0) * (double)e);
    }
    return float_new(f(x));
}

static Value math_log(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs < 1 || nargs > 2)
        return err_format(&exc_TypeError, "math.log requires 1 to 2 arguments");
    Value num = log_helper(args[0], m_log);
    if (!num || nargs == 1) return num;
    Value den = log_helper(args[1], m_log);
    if (!den) {
        decref(num);
        return NULL;
    }
    Value r = binary_op(num, den, BINOP_TRUE_DIVIDE);
    decref(num);
    decref(den);
    return r;
}

static Value math_log2(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("math.log2", nargs) < 0) return NULL;
    return log_helper(args[0], m_log2);
}

static Value math_log10(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("math.log10", nargs) < 0) return NULL;
    return log_helper(args[0], m_log10);
}

/* ---- rounding to ints: floor, ceil, trunc ---- */

/* floor/ceil/trunc: exact floats directly, then the type's special method, then (floor and
 * ceil only) the float value of x. */
static Value to_int_rounded(const char *qualname, Value const *args, size_t nargs,
                            const char *special, double (*round_fn)(double), bool float_fallback) {
    if (args_exactly_one(qualname, nargs) < 0) return NULL;
    Value x = args[0];
    if (is_float_exact(x)) return int_from_double(round_fn(float_value(x)));
    if (is_int(x) && (is_small_int(x) || x->type == &type_int || x->type == &type_bool))
        return int_exact(x);
    Value name = str_intern_cstr(special);
    Value method = name ? object_lookup_special(x, name) : NULL;
    if (method) {
        Value r = object_call(method, NULL, 0, NULL);
        decref(method);
        return r;
    }
    if (err_occurred()) return NULL;
    if (!float_fallback)
        return err_format(&exc_TypeError, "type %T doesn't define %s method", x, special);
    double d;
    if (!as_double(x, &d)) return NULL;
    return int_from_double(round_fn(d));
}

static Value math_floor(Value self, Value const *args, size_t nargs, Value kwnames) {
    return to_int_rounded("math.floor", args, nargs, "__floor__", floor, true);
}
static Value math_ceil(Value self, Value const *args, size_t nargs, Value kwnames) {
    return to_int_rounded("math.ceil", args, nargs, "__ceil__", ceil, true);
}
static Value math_trunc(Value self, Value const *args, size_t nargs, Value kwnames) {
    return to_int_rounded("math.trunc", args, nargs, "__trunc__", trunc, false);
}

/* ---- float decomposition and classification ---- */

static Value math_frexp(Value self, Value const *args, size_t nargs, Value kwnames) {
    double x;
    if (args_exactly_one("math.frexp", nargs) < 0 || !as_double(args[0], &x)) return NULL;
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    Value mv = float_new(m);
    if (!mv) return NULL;
    Value r = tuple_pack(2, mv, small_int(e));
    decref(mv);
    return r;
}

static Value math_modf(Value self, Value const *args, size_t nargs, Value kwnames) {
    double x, ip;
    if (args_exactly_one("math.modf", nargs) < 0 || !as_double(args[0], &x)) return NULL;
    double frac = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x)) ip = x;
    Value a = float_new(frac), b = float_new(ip);
    Value r = a && b ? tuple_pack(2, a, b) : NULL;
    xdecref(a);
    xdecref(b);
    return r;
}

static Value math_ldexp(Value self, Value const *args, size_t nargs, Value kwnames) {
    double x;
    if (args_count("ldexp", nargs, 2, 2) < 0 || !as_double(args[0], &x)) return NULL;
    if (!is_int(args[1]))
        return err_format(&exc_TypeError, "Expected an int as second argument to ldexp.");
    long long e;
    if (int_as_long(args[1], &e) < 0) {
        err_clear();
        e = int_sign(args[1]) > 0 ? LLONG_MAX : LLONG_MIN;
    }
    if (x == 0 || !isfinite(x)) return float_new(x);
    if (e > INT_MAX) return range_error();
    if (e < INT_MIN) return float_new(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) return range_error();
    return float_new(r);
}

static Value classify(const char *qualname, Value const *args, size_t nargs, int (*test)(double)) {
    double x;
    if (args_exactly_one(qualname, nargs) < 0 || !as_double(args[0], &x)) return NULL;
    return bool_value(test(x));
}
static int test_finite(double x) { return isfinite(x); }
static int test_inf(double x) { return isinf(x); }
static int test_nan(double x) { return isnan(x); }
static Value math_isfinite(Value self, Value const *args, size_t nargs, Value kwnames) {
    return classify("math.isfinite", args, nargs, test_finite);
}
static Value math_isinf(Value self, Value const *args, size_t nargs, Value kwnames) {
    return classify("math.isinf", args, nargs, test_inf);
}
static Value math_isnan(Value self, Value const *args, size_t nargs, Value kwnames) {
    return classify("math.isnan", args, nargs, test_nan);
}

static Value math_nextafter(Value self, Value const *args, size_t nargs, Value kwnames) {
    double x, y;
    if (!two_doubles("nextafter", args, nargs, &x, &y)) return NULL;
    return float_new(nextafter(x, y));
}

static Value math_ulp(Value self, Value const *args, size_t nargs, Value kwnames) {
    double x;
    if (args_exactly_one("math.ulp", nargs) < 0 || !as_double(args[0], &x)) return NULL;
    if (isnan(x)) return float_new(x);
    x = fabs(x);
    if (isinf(x)) return float_new(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return float_new(x - nextafter(x, -INFINITY));
    return float_new(up - x);
}

static Value math_isclose(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    Value v[4];
    if (args_bind("isclose", args, nargs, kwnames, names, 4, 2, v) < 0) return NULL;
    if (!v[0] || !v[1])
        return err_format(&exc_TypeError, "isclose() missing required argument '%s' (pos %d)",
                          v[0] ? "b" : "a", v[0] ? 2 : 1);
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (!as_double(v[0], &a) || !as_double(v[1], &b) || (v[2] && !as_double(v[2], &rel)) ||
        (v[3] && !as_double(v[3], &abs_tol)))
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return err_format(&exc_ValueError, "tolerances must be non-negative");
    if (a == b) return bool_value(true);
    if (isinf(a) || isinf(b)) return bool_value(false);
    double diff = fabs(b - a);
    return bool_value(diff <= fabs(rel * b) || diff <= fabs(rel * a) || diff <= abs_tol);
}

/* ---- exact sums and norms ---- */

/* Shewchuk's algorithm: the partials are non-overlapping and their exact sum is the
 * exact sum of the items so far; the result is that sum correctly rounded. */
typedef struct Partials {
    double *p;
    size_t n, cap;
    double small[32];
} Partials;

/* Adds the finite x: 0 ok, -1 MemoryError, 1 when the partials overflowed. */
static int partials_add(Partials *ps, double x) {
    size_t i = 0;
    for (size_t j = 0; j < ps->n; j++) {
        double y = ps->p[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) ps->p[i++] = lo;
        x = hi;
    }
    ps->n = i;
    if (x == 0.0) return 0;
    if (!isfinite(x)) return 1;
    if (i >= ps->cap) {
        size_t cap = ps->cap * 2;
        double *np = mem_alloc(cap * sizeof(double));
        if (!np) return -1;
        memcpy(np, ps->p, i * sizeof(double));
        if (ps->p != ps->small) mem_free(ps->p);
        ps->p = np;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

/* The correctly rounded value of the sum of the partials (half-even across partials). */
static double partials_total(const Partials *ps) {
    size_t n = ps->n;
    if (n == 0) return 0.0;
    double hi = ps->p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        if (y == x - hi) hi = x;
    }
    return hi;
}

static Value math_fsum(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("math.fsum", nargs) < 0) return NULL;
    Value it = object_getiter(args[0]);
    if (!it) return NULL;
    Partials ps = {.p = NULL, .n = 0, .cap = 32};
    ps.p = ps.small;
    double special = 0.0, inf_sum = 0.0;
    Value result = NULL, item;
    while ((item = object_iternext(it))) {
        double x;
        bool ok = as_double(item, &x);
        decref(item);
        if (!ok) goto done;
        if (isfinite(x)) {
            int status = partials_add(&ps, x);
            if (status < 0) err_no_memory();
            if (status > 0) err_format(&exc_OverflowError, "intermediate overflow in fsum");
            if (status) goto done;
        } else {
            if (isinf(x)) inf_sum += x;
            special += x;
            ps.n = 0;
        }
    }
    if (err_occurred()) goto done;
    if (special != 0.0) { /* also true for nan */
        if (isnan(inf_sum))
            err_format(&exc_ValueError, "-inf + inf in fsum");
        else
            result = float_new(special);
        goto done;
    }
    result = float_new(partials_total(&ps));
done:
    if (ps.p != ps.small) mem_free(ps.p);
    decref(it);
    return result;
}

/* A sum of squares kept as 1.0 + csum's excess plus three compensation terms, so that
 * adding or subtracting a square loses nothing. */
typedef struct SquareSum {
    double csum, frac1, frac2, frac3;
} SquareSum;

static inline void compensated_add(SquareSum *s, double x, double *frac) {
    double old = s->csum;
    s->csum += x;
    *frac += (old - s->csum) + x;
}

/* Adds (sign 1) or subtracts (sign -1) x*x, x split in halves of 26 bits (Dekker). */
static void square_add(SquareSum *s, double x, double sign) {
    const double split = 134217729.0; /* 2**27 + 1 */
    double t = x * split;
    double hi = t - (t - x);
    double lo = x - hi;
    compensated_add(s, sign * hi * hi, &s->frac1);
    compensated_add(s, sign * 2.0 * hi * lo, &s->frac2);
    if (sign > 0)
        s->frac3 += lo * lo;
    else
        compensated_add(s, -lo * lo, &s->frac3);
}

static double square_sum_excess(const SquareSum *s) {
    return s->csum - 1.0 + (s->frac1 + s->frac2 + s->frac3);
}

/* The Euclidean norm of vec[0..n) (all finite unless found_nan or max is inf), max being
 * the largest magnitude: scaled to avoid overflow, the squares summed exactly, then one
 * Newton step corrects the square root. */
static double vector_norm(size_t n, double *vec, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) { /* subnormal: scale up first */
        for (size_t i = 0; i < n; i++) vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    SquareSum s = {1.0, 0.0, 0.0, 0.0};
    for (size_t i = 0; i < n; i++) square_add(&s, vec[i] * scale, 1.0);
    double h = sqrt(square_sum_excess(&s));
    square_add(&s, h, -1.0);
    return (h + square_sum_excess(&s) / (2.0 * h)) / scale;
}

/* Collects |items| as doubles for vector_norm: vec has room for n. */
static bool norm_inputs(Value const *items, size_t n, Value const *other, double *vec, double *max,
                        bool *found_nan) {
    *max = 0.0;
    *found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double x, y = 0.0;
        if (!as_double(items[i], &x) || (other && !as_double(other[i], &y))) return false;
        x = fabs(x - y);
        vec[i] = x;
        *found_nan |= isnan(x);
        if (x > *max) *max = x;
    }
    return true;
}

static Value norm_of(Value const *items, size_t n, Value const *other) {
    double small[16];
    double *vec = n <= 16 ? small : mem_alloc(n * sizeof(double));
    if (!vec) return err_no_memory();
    double max;
    bool nan_seen;
    Value r = NULL;
    if (norm_inputs(items, n, other, vec, &max, &nan_seen))
        r = float_new(vector_norm(n, vec, max, nan_seen));
    if (vec != small) mem_free(vec);
    return r;
}

static Value math_hypot(Value self, Value const *args, size_t nargs, Value kwnames) {
    return norm_of(args, nargs, NULL);
}

static Value math_dist(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("dist", nargs, 2, 2) < 0) return NULL;
    Value p = sequence_to_tuple(args[0]);
    Value q = p ? sequence_to_tuple(args[1]) : NULL;
    Value r = NULL;
    if (q && tuple_size(p) != tuple_size(q))
        err_format(&exc_ValueError, "both points must have the same number of dimensions");
    else if (q)
        r = norm_of(tuple_items(p), (size_t)tuple_size(p), tuple_items(q));
    xdecref(p);
    xdecref(q);
    return r;
}

static Value math_prod(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "start"};
    Value v[2];
    if (nargs != 1)
        return err_format(&exc_TypeError, "prod() takes exactly 1 positional argument (%zu given)",
                          nargs);
    if (args_bind("prod", args, nargs, kwnames, names, 2, 1, v) < 0) return NULL;
    Value it = object_getiter(v[0]);
    if (!it) return NULL;
    Value acc = incref(v[1] ? v[1] : small_int(1)), item;
    while (acc && (item = object_iternext(it))) {
        setref(&acc, binary_op(acc, item, BINOP_MULTIPLY));
        decref(item);
    }
    decref(it);
    if (acc && err_occurred()) CLEAR(acc);
    return acc;
}

/* ---- integer functions ---- */

/* operator.index(v) as an mpz (initialised by the caller). */
static bool index_mpz(Value v, mpz_t out) {
    Value i = object_index(v);
    if (!i) return false;
    int_to_mpz(i, out);
    decref(i);
    return true;
}

static Value math_factorial(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("math.factorial", nargs) < 0) return NULL;
    Value n = object_index(args[0]);
    if (!n) return NULL;
    long long x;
    int sign = int_sign(n);
    bool big = int_as_long(n, &x) < 0;
    decref(n);
    if (big) err_clear();
    if (big && sign > 0)
        return err_format(&exc_OverflowError, "factorial() argument should not exceed %lld",
                          (long long)LONG_MAX);
    if (sign < 0) return err_format(&exc_ValueError, "factorial() not defined for negative values");
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)x);
    return int_from_mpz_move(z);
}

/* gcd and lcm fold their arguments with op starting from `initial`. */
static Value fold_ints(Value const *args, size_t nargs, long initial,
                       void (*op)(mpz_ptr, mpz_srcptr, mpz_srcptr)) {
    mpz_t acc, x;
    mpz_init_set_si(acc, initial);
    mpz_init(x);
    for (size_t i = 0; i < nargs; i++) {
        if (!index_mpz(args[i], x)) {
            mpz_clear(acc);
            mpz_clear(x);
            return NULL;
        }
        if (i == 0)
            mpz_abs(acc, x);
        else
            op(acc, acc, x);
    }
    mpz_clear(x);
    return int_from_mpz_move(acc);
}

static Value math_gcd(Value self, Value const *args, size_t nargs, Value kwnames) {
    return fold_ints(args, nargs, 0, mpz_gcd);
}
static Value math_lcm(Value self, Value const *args, size_t nargs, Value kwnames) {
    return fold_ints(args, nargs, 1, mpz_lcm);
}

static Value math_isqrt(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("math.isqrt", nargs) < 0) return NULL;
    mpz_t z;
    mpz_init(z);
    if (!index_mpz(args[0], z)) {
        mpz_clear(z);
        return NULL;
    }
    if (mpz_sgn(z) < 0) {
        mpz_clear(z);
        return err_format(&exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_sqrt(z, z);
    return int_from_mpz_move(z);
}

/* comb and perm: n and k as non-negative mpz; *k_small is k (or min(k, n-k) for comb)
 * when that fits; returns 0 ok, 1 when k > n (the answer is 0), -1 error. */
static int comb_args(Value const *args, mpz_t n, mpz_t k, bool symmetric, unsigned long *k_small) {
    if (!index_mpz(args[0], n) || !index_mpz(args[1], k)) return -1;
    if (mpz_sgn(n) < 0) {
        err_format(&exc_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (mpz_sgn(k) < 0) {
        err_format(&exc_ValueError, "k must be a non-negative integer");
        return -1;
    }
    if (mpz_cmp(k, n) > 0) return 1;
    if (symmetric) {
        mpz_t rest;
        mpz_init(rest);
        mpz_sub(rest, n, k);
        if (mpz_cmp(rest, k) < 0) mpz_set(k, rest);
        mpz_clear(rest);
    }
    if (!mpz_fits_slong_p(k)) {
        err_format(&exc_OverflowError, "%s must not exceed %lld", symmetric ? "min(n - k, k)" : "k",
                   (long long)LONG_MAX);
        return -1;
    }
    *k_small = mpz_get_ui(k);
    return 0;
}

static Value comb_or_perm(Value const *args, bool comb) {
    mpz_t n, k;
    mpz_init(n);
    mpz_init(k);
    unsigned long ks = 0;
    int status = comb_args(args, n, k, comb, &ks);
    Value r = NULL;
    if (status == 1) {
        r = small_int(0);
    } else if (status == 0) {
        if (comb) {
            mpz_bin_ui(k, n, ks);
        } else { /* n! / (n-k)! = comb(n, k) * k! */
            mpz_t f;
            mpz_init(f);
            mpz_bin_ui(k, n, ks);
            mpz_fac_ui(f, ks);
            mpz_mul(k, k, f);
            mpz_clear(f);
        }
        r = int_from_mpz(k);
    }
    mpz_clear(n);
    mpz_clear(k);
    return r;
}

static Value math_comb(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("comb", nargs, 2, 2) < 0) return NULL;
    return comb_or_perm(args, true);
}

static Value math_perm(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("perm", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1 || args[1] == NONE) {
        Value both[2] = {args[0], args[0]};
        return comb_or_perm(both, false);
    }
    return comb_or_perm(args, false);
}

static MethodDef math_methods[] = {
    {"acos", math_acos, 0, NULL},
    {"acosh", math_acosh, 0, NULL},
    {"asin", math_asin, 0, NULL},
    {"asinh", math_asinh, 0, NULL},
    {"atan", math_atan, 0, NULL},
    {"atan2", math_atan2, 0, NULL},
    {"atanh", math_atanh, 0, NULL},
    {"cbrt", math_cbrt, 0, NULL},
    {"ceil", math_ceil, 0, NULL},
    {"comb", math_comb, 0, NULL},
    {"copysign", math_copysign, 0, NULL},
    {"cos", math_cos, 0, NULL},
    {"cosh", math_cosh, 0, NULL},
    {"degrees", math_degrees, 0, NULL},
    {"dist", math_dist, 0, NULL},
    {"erf", math_erf, 0, NULL},
    {"erfc", math_erfc, 0, NULL},
    {"exp", math_exp, 0, NULL},
    {"exp2", math_exp2, 0, NULL},
    {"expm1", math_expm1, 0, NULL},
    {"fabs", math_fabs, 0, NULL},
    {"factorial", math_factorial, 0, NULL},
    {"floor", math_floor, 0, NULL},
    {"fmod", math_fmod, 0, NULL},
    {"frexp", math_frexp, 0, NULL},
    {"fsum", math_fsum, 0, NULL},
    {"gamma", math_gamma, 0, NULL},
    {"gcd", math_gcd, 0, NULL},
    {"hypot", math_hypot, 0, NULL},
    {"isclose", math_isclose, METH_KEYWORDS, NULL},
    {"isfinite", math_isfinite, 0, NULL},
    {"isinf", math_isinf, 0, NULL},
    {"isnan", math_isnan, 0, NULL},
    {"isqrt", math_isqrt, 0, NULL},
    {"lcm", math_lcm, 0, NULL},
    {"ldexp", math_ldexp, 0, NULL},
    {"lgamma", math_lgamma, 0, NULL},
    {"log", math_log, 0, NULL},
    {"log10", math_log10, 0, NULL},
    {"log1p", math_log1p, 0, NULL},
    {"log2", math_log2, 0, NULL},
    {"modf", math_modf, 0, NULL},
    {"nextafter", math_nextafter, 0, NULL},
    {"perm", math_perm, 0, NULL},
    {"pow", math_pow, 0, NULL},
    {"prod", math_prod, METH_KEYWORDS, NULL},
    {"radians", math_radians, 0, NULL},
    {"remainder", math_remainder, 0, NULL},
    {"sin", math_sin, 0, NULL},
    {"sinh", math_sinh, 0, NULL},
    {"sqrt", math_sqrt, 0, NULL},
    {"tan", math_tan, 0, NULL},
    {"tanh", math_tanh, 0, NULL},
    {"trunc", math_trunc, 0, NULL},
    {"ulp", math_ulp, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value math_module_new(void) {
    static const struct {
        const char *name;
        double value;
    } constants[] = {
        {"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN},
    };
    Value m = module_new("math");
    if (!m || module_add_functions(m, math_methods) < 0) goto fail;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++) {
        Value v = float_new(constants[i].value);
        int r = v ? module_add_object(m, constants[i].name, v) : -1;
        xdecref(v);
        if (r < 0) goto fail;
    }
    return m;
fail:
    xdecref(m);
    return NULL;
}
