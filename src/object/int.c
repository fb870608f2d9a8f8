/* int.c: the int type's representation (tagged small ints and GMP BigInts), its
 * arithmetic, bitwise, comparison and hash operations, and the type object. Conversions
 * to and from text live in int_convert.c, methods and int() in int_methods.c. */
#include "int.h"

#include <math.h>
#include <stdlib.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "float.h"
#include "str.h"
#include "tuple.h"

/* ---- representation ---- */

mpz_srcptr int_view(Value v, IntView *tmp) {
    intptr_t n;
    if (is_small_int(v) || v->type == &type_bool) {
        n = is_small_int(v) ? small_int_value(v) : (v == TRUE_VALUE);
        tmp->limb = n < 0 ? -(mp_limb_t)n : (mp_limb_t)n;
        return mpz_roinit_n(tmp->z, &tmp->limb, n < 0 ? -1 : n > 0);
    }
    return ((BigInt *)v)->z;
}

static Value bigint_alloc(Type *t) {
    Value v = object_new(t, 0);
    if (v) mpz_init(((BigInt *)v)->z);
    return v;
}

Value int_from_long(long long n) {
    if (fits_small_int((intptr_t)n)) return small_int((intptr_t)n);
    Value v = bigint_alloc(&type_int);
    if (v) mpz_set_si(((BigInt *)v)->z, (long)n);
    return v;
}

Value int_from_ulong(unsigned long long n) {
    if (n <= (unsigned long long)SMALL_INT_MAX) return small_int((intptr_t)n);
    Value v = bigint_alloc(&type_int);
    if (v) mpz_set_ui(((BigInt *)v)->z, (unsigned long)n);
    return v;
}

static bool mpz_small(mpz_srcptr z, intptr_t *out) {
    if (!mpz_fits_slong_p(z)) return false;
    long n = mpz_get_si(z);
    if (!fits_small_int(n)) return false;
    *out = n;
    return true;
}

Value int_from_mpz(const mpz_t z) {
    intptr_t n;
    if (mpz_small(z, &n)) return small_int(n);
    Value v = bigint_alloc(&type_int);
    if (v) mpz_set(((BigInt *)v)->z, z);
    return v;
}

Value int_from_mpz_move(mpz_t z) {
    intptr_t n;
    if (mpz_small(z, &n)) {
        mpz_clear(z);
        return small_int(n);
    }
    Value v = object_new(&type_int, 0);
    if (!v) {
        mpz_clear(z);
        return NULL;
    }
    ((BigInt *)v)->z[0] = z[0];
    return v;
}

Value int_exact(Value v) {
    if (is_int_exact(v)) return incref(v);
    if (v->type == &type_bool) return small_int(v == TRUE_VALUE);
    return int_from_mpz(((BigInt *)v)->z);
}

Value int_new_subtype(Type *t, Value v) {
    Value r = bigint_alloc(t);
    if (!r) return NULL;
    IntView tmp;
    mpz_set(((BigInt *)r)->z, int_view(v, &tmp));
    return r;
}

static void int_dealloc(Value v) {
    mpz_clear(((BigInt *)v)->z);
    object_free(v);
}

int int_sign(Value v) {
    intptr_t n;
    if (int_small_of(v, &n)) return (n > 0) - (n < 0);
    return mpz_sgn(((BigInt *)v)->z);
}

void int_to_mpz(Value v, mpz_t out) {
    IntView tmp;
    mpz_set(out, int_view(v, &tmp));
}

int int_as_long(Value v, long long *out) {
    intptr_t n;
    if (int_small_of(v, &n)) {
        *out = n;
        return 0;
    }
    const __mpz_struct *z = ((BigInt *)v)->z;
    if (!mpz_fits_slong_p(z)) {
        err_set_str(&exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = mpz_get_si(z);
    return 0;
}

intptr_t int_as_ssize(Value v) {
    intptr_t n;
    if (int_small_of(v, &n)) return n;
    const __mpz_struct *z = ((BigInt *)v)->z;
    if (!mpz_fits_slong_p(z)) {
        err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return mpz_get_si(z);
}

/* ---- int -> double, correctly rounded (round-half-even) ---- */

/* q (at most 64 bits, nonzero) * 2**exp plus a sticky bit for discarded lower bits. */
static double round_to_double(uint64_t q, bool sticky, long exp, bool *overflow) {
    int bits = 64 - __builtin_clzll(q);
    long top = bits + exp; /* value < 2**top */
    long keep = top + 1074 < 53 ? top + 1074 : 53;
    if (keep < 0) return 0.0;
    int drop = bits - (int)keep;
    uint64_t m = q;
    if (drop > 0) {
        uint64_t rem = drop >= 64 ? q : q & ((UINT64_C(1) << drop) - 1);
        uint64_t half = UINT64_C(1) << (drop - 1);
        m = drop >= 64 ? 0 : q >> drop;
        if (rem > half || (rem == half && (sticky || (m & 1)))) m++;
    } else {
        drop = 0; /* exact: fewer than 53 bits */
    }
    if (top > 1024) {
        *overflow = true;
        return HUGE_VAL;
    }
    double d = ldexp((double)m, drop + (int)exp);
    if (isinf(d)) *overflow = true;
    return d;
}

double mpz_to_double(mpz_srcptr z, bool *overflow) {
    *overflow = false;
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits <= 53) return mpz_get_d(z);
    if (bits > 1025) {
        *overflow = true;
        return mpz_sgn(z) < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    /* top 64 bits and a sticky bit for the rest */
    size_t shift = bits > 64 ? bits - 64 : 0;
    mpz_t t;
    mpz_init(t);
    mpz_tdiv_q_2exp(t, z, shift);
    mpz_abs(t, t);
    uint64_t q = mpz_get_ui(t);
    bool sticky = mpz_scan1(z, 0) < shift;
    mpz_clear(t);
    double d = round_to_double(q, sticky, (long)shift, overflow);
    return mpz_sgn(z) < 0 ? -d : d;
}

double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool *overflow) {
    *overflow = false;
    if (mpz_sgn(a) == 0) return mpz_sgn(b) < 0 ? -0.0 : 0.0;
    long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
    if (na <= 53 && nb <= 53) return mpz_get_d(a) / mpz_get_d(b);
    bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (na - nb > 1026) {
        *overflow = true;
        return negative ? -HUGE_VAL : HUGE_VAL;
    }
    if (nb - na > 1080) return negative ? -0.0 : 0.0;
    /* q = floor(|a| * 2**k / |b|) with 55 or 56 bits */
    long k = 55 - (na - nb);
    mpz_t x, y, r;
    mpz_inits(x, y, r, NULL);
    mpz_abs(x, a);
    mpz_abs(y, b);
    if (k > 0) mpz_mul_2exp(x, x, (mp_bitcnt_t)k);
    if (k < 0) mpz_mul_2exp(y, y, (mp_bitcnt_t)-k);
    mpz_tdiv_qr(x, r, x, y);
    uint64_t q = mpz_get_ui(x);
    bool sticky = mpz_sgn(r) != 0;
    mpz_clears(x, y, r, NULL);
    double d = round_to_double(q, sticky, -k, overflow);
    return negative ? -d : d;
}

double int_as_double(Value v) {
    intptr_t n;
    if (int_small_of(v, &n)) return (double)n;
    bool overflow;
    double d = mpz_to_double(((BigInt *)v)->z, &overflow);
    if (overflow) {
        err_set_str(&exc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

/* ---- arithmetic ---- */

typedef void (*mpz_binop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static Value big_binary(Value a, Value b, mpz_binop op) {
    IntView ta, tb;
    mpz_t r;
    mpz_init(r);
    op(r, int_view(a, &ta), int_view(b, &tb));
    return int_from_mpz_move(r);
}

Value int_add(Value a, Value b) {
    intptr_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y)) return int_from_long((long long)x + y);
    return big_binary(a, b, mpz_add);
}

Value int_sub(Value a, Value b) {
    intptr_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y)) return int_from_long((long long)x - y);
    return big_binary(a, b, mpz_sub);
}

Value int_mul(Value a, Value b) {
    intptr_t x, y;
    long long r;
    if (int_small_of(a, &x) && int_small_of(b, &y) && !__builtin_mul_overflow(x, y, &r))
        return int_from_long(r);
    return big_binary(a, b, mpz_mul);
}

static Value int_and(Value a, Value b) {
    intptr_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y)) return small_int(x & y);
    return big_binary(a, b, mpz_and);
}

static Value int_or(Value a, Value b) {
    intptr_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y)) return small_int(x | y);
    return big_binary(a, b, mpz_ior);
}

static Value int_xor(Value a, Value b) {
    intptr_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y)) return small_int(x ^ y);
    return big_binary(a, b, mpz_xor);
}

static bool int_is_zero(Value v) { return int_sign(v) == 0; }

/* Floor division and modulo of small ints (y != 0); Python's sign rules. */
static void small_divmod(intptr_t x, intptr_t y, intptr_t *q, intptr_t *r) {
    intptr_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr ^ y) < 0)) {
        rr += y;
        qq -= 1;
    }
    *q = qq;
    *r = rr;
}

Value int_floordiv(Value a, Value b) {
    intptr_t x, y, q, r;
    if (int_is_zero(b))
        return err_format(&exc_ZeroDivisionError, "integer division or modulo by zero");
    if (int_small_of(a, &x) && int_small_of(b, &y)) {
        small_divmod(x, y, &q, &r);
        return int_from_long(q);
    }
    return big_binary(a, b, mpz_fdiv_q);
}

Value int_mod(Value a, Value b) {
    intptr_t x, y, q, r;
    if (int_is_zero(b)) return err_format(&exc_ZeroDivisionError, "integer modulo by zero");
    if (int_small_of(a, &x) && int_small_of(b, &y)) {
        small_divmod(x, y, &q, &r);
        return small_int(r);
    }
    return big_binary(a, b, mpz_fdiv_r);
}

static Value int_divmod(Value a, Value b) {
    if (!is_int(a) || !is_int(b)) return NOT_IMPLEMENTED;
    intptr_t x, y, q, r;
    if (int_is_zero(b))
        return err_format(&exc_ZeroDivisionError, "integer division or modulo by zero");
    Value vq, vr;
    if (int_small_of(a, &x) && int_small_of(b, &y)) {
        small_divmod(x, y, &q, &r);
        vq = int_from_long(q);
        vr = small_int(r);
    } else {
        IntView ta, tb;
        mpz_t mq, mr;
        mpz_inits(mq, mr, NULL);
        mpz_fdiv_qr(mq, mr, int_view(a, &ta), int_view(b, &tb));
        vq = int_from_mpz_move(mq);
        vr = int_from_mpz_move(mr);
    }
    Value t = vq && vr ? tuple_pack(2, vq, vr) : NULL;
    xdecref(vq);
    xdecref(vr);
    return t;
}

Value int_true_divide(Value a, Value b) {
    intptr_t x, y;
    if (int_is_zero(b)) return err_format(&exc_ZeroDivisionError, "division by zero");
    const intptr_t exact = (intptr_t)1 << 53;
    if (int_small_of(a, &x) && int_small_of(b, &y) && x <= exact && x >= -exact && y <= exact &&
        y >= -exact)
        return float_new((double)x / (double)y);
    IntView ta, tb;
    bool overflow;
    double d = mpz_ratio_to_double(int_view(a, &ta), int_view(b, &tb), &overflow);
    if (overflow)
        return err_format(&exc_OverflowError, "integer division result too large for a float");
    return float_new(d);
}

/* The largest result we let GMP build (it aborts beyond about 2**37 bits). */
#define INT_MAX_BITS ((uint64_t)1 << 36)

/* The shift count b: -1 with ValueError if negative; *huge when not a small int. */
static int shift_count(Value b, uint64_t *count, bool *huge) {
    if (int_sign(b) < 0) {
        err_set_str(&exc_ValueError, "negative shift count");
        return -1;
    }
    intptr_t n;
    *huge = !int_small_of(b, &n);
    *count = *huge ? 0 : (uint64_t)n;
    return 0;
}

Value int_lshift(Value a, Value b) {
    uint64_t n;
    bool huge;
    if (shift_count(b, &n, &huge) < 0) return NULL;
    intptr_t x;
    if (int_small_of(a, &x)) {
        if (x == 0) return small_int(0);
        if (!huge && n < 62) {
            intptr_t limit = (intptr_t)1 << (62 - n);
            if (x < limit && x >= -limit) return small_int(x * ((intptr_t)1 << n));
        }
    }
    if (huge) return err_format(&exc_OverflowError, "too many digits in integer");
    IntView ta;
    mpz_srcptr z = int_view(a, &ta);
    if (n + mpz_sizeinbase(z, 2) > INT_MAX_BITS) return err_no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, z, (mp_bitcnt_t)n);
    return int_from_mpz_move(r);
}

Value int_rshift(Value a, Value b) {
    uint64_t n;
    bool huge;
    if (shift_count(b, &n, &huge) < 0) return NULL;
    intptr_t x;
    if (int_small_of(a, &x)) return small_int(huge || n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    if (huge) return small_int(int_sign(a) < 0 ? -1 : 0);
    IntView ta;
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, int_view(a, &ta), (mp_bitcnt_t)n);
    return int_from_mpz_move(r);
}

/* a ** b for ints, b >= 0, both small: exact when it fits, else false. */
static bool small_pow(intptr_t x, intptr_t y, long long *out) {
    long long r = 1, base = x;
    while (y > 0) {
        if ((y & 1) && __builtin_mul_overflow(r, base, &r)) return false;
        y >>= 1;
        if (y > 0 && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = r;
    return true;
}

Value int_pow(Value a, Value b) {
    if (int_sign(b) < 0) {
        double x = int_as_double(a), y;
        if (x == -1.0 && err_occurred()) return NULL;
        y = int_as_double(b);
        if (y == -1.0 && err_occurred()) return NULL;
        return float_pow_double(x, y);
    }
    intptr_t x, y;
    bool small_b = int_small_of(b, &y);
    long long r;
    if (small_b && int_small_of(a, &x) && small_pow(x, y, &r)) return int_from_long(r);
    IntView ta;
    mpz_srcptr base = int_view(a, &ta);
    /* |a| <= 1 never grows */
    if (mpz_cmpabs_ui(base, 1) <= 0) {
        if (mpz_sgn(base) == 0) return small_int(int_sign(b) == 0);
        if (mpz_sgn(base) > 0) return small_int(1);
        IntView tb;
        return small_int(mpz_odd_p(int_view(b, &tb)) ? -1 : 1);
    }
    uint64_t bits;
    if (!small_b || __builtin_mul_overflow((uint64_t)y, mpz_sizeinbase(base, 2) - 1, &bits) ||
        bits > INT_MAX_BITS)
        return err_no_memory();
    mpz_t res;
    mpz_init(res);
    mpz_pow_ui(res, base, (unsigned long)y);
    return int_from_mpz_move(res);
}

static Value int_power_mod(Value a, Value b, Value m) {
    if (!is_int(a) || !is_int(b)) return NOT_IMPLEMENTED;
    if (m == NONE) return int_pow(a, b);
    if (!is_int(m)) return NOT_IMPLEMENTED;
    if (int_is_zero(m)) return err_format(&exc_ValueError, "pow() 3rd argument cannot be 0");
    IntView ta, tb, tm;
    mpz_srcptr za = int_view(a, &ta), zb = int_view(b, &tb), zm = int_view(m, &tm);
    mpz_t base, r;
    mpz_init_set(base, za);
    mpz_init(r);
    if (mpz_sgn(zb) < 0 && !mpz_invert(base, base, zm)) {
        mpz_clears(base, r, NULL);
        return err_format(&exc_ValueError, "base is not invertible for the given modulus");
    }
    mpz_t e;
    mpz_init(e);
    mpz_abs(e, zb);
    mpz_powm(r, base, e, zm); /* r in [0, |m|) */
    if (mpz_sgn(zm) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, zm);
    mpz_clears(base, e, NULL);
    return int_from_mpz_move(r);
}

Value int_negate(Value v) {
    intptr_t n;
    if (int_small_of(v, &n)) return int_from_long(-(long long)n);
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, ((BigInt *)v)->z);
    return int_from_mpz_move(r);
}

static Value int_positive(Value v) { return int_exact(v); }

static Value int_absolute(Value v) { return int_sign(v) < 0 ? int_negate(v) : int_exact(v); }

static Value int_invert(Value v) {
    intptr_t n;
    if (int_small_of(v, &n)) return small_int(~n);
    mpz_t r;
    mpz_init(r);
    mpz_com(r, ((BigInt *)v)->z);
    return int_from_mpz_move(r);
}

static int int_as_bool(Value v) { return int_sign(v) != 0; }

static Value int_as_float(Value v) {
    double d = int_as_double(v);
    if (d == -1.0 && err_occurred()) return NULL;
    return float_new(d);
}

/* The binary slots: NotImplemented unless both operands are ints. */
#define INT_BINARY_SLOT(name, impl)                                                                \
    static Value name(Value a, Value b) {                                                          \
        if (!is_int(a) || !is_int(b)) return NOT_IMPLEMENTED;                                      \
        return impl(a, b);                                                                         \
    }
INT_BINARY_SLOT(int_add_slot, int_add)
INT_BINARY_SLOT(int_sub_slot, int_sub)
INT_BINARY_SLOT(int_mul_slot, int_mul)
INT_BINARY_SLOT(int_floordiv_slot, int_floordiv)
INT_BINARY_SLOT(int_mod_slot, int_mod)
INT_BINARY_SLOT(int_truediv_slot, int_true_divide)
INT_BINARY_SLOT(int_pow_slot, int_pow)
INT_BINARY_SLOT(int_lshift_slot, int_lshift)
INT_BINARY_SLOT(int_rshift_slot, int_rshift)
INT_BINARY_SLOT(int_and_slot, int_and)
INT_BINARY_SLOT(int_or_slot, int_or)
INT_BINARY_SLOT(int_xor_slot, int_xor)

/* ---- comparison and hash ---- */

int int_compare(Value a, Value b) {
    intptr_t x, y;
    if (int_small_of(a, &x) && int_small_of(b, &y)) return (x > y) - (x < y);
    IntView ta, tb;
    int c = mpz_cmp(int_view(a, &ta), int_view(b, &tb));
    return (c > 0) - (c < 0);
}

int int_compare_double(Value i, double d) {
    if (isnan(d)) return 2;
    intptr_t n;
    const intptr_t exact = (intptr_t)1 << 53;
    if (int_small_of(i, &n) && n <= exact && n >= -exact) {
        double x = (double)n;
        return (x > d) - (x < d);
    }
    if (isinf(d)) return d > 0 ? -1 : 1;
    IntView t;
    int c = mpz_cmp_d(int_view(i, &t), d);
    return (c > 0) - (c < 0);
}

static bool compare_result(int c, int op) {
    switch (op) {
        case CMP_LT: return c < 0;
        case CMP_LE: return c <= 0;
        case CMP_EQ: return c == 0;
        case CMP_NE: return c != 0;
        case CMP_GT: return c > 0;
        default: return c >= 0;
    }
}

static Value int_richcompare(Value a, Value b, int op) {
    if (!is_int(a) || !is_int(b)) return NOT_IMPLEMENTED;
    return bool_value(compare_result(int_compare(a, b), op));
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

hash_t int_hash(Value v) {
    intptr_t n;
    uint64_t h;
    bool negative;
    if (int_small_of(v, &n)) {
        negative = n < 0;
        h = negative ? -(uint64_t)n : (uint64_t)n;
        if (h >= HASH_MODULUS) h %= HASH_MODULUS;
    } else {
        const __mpz_struct *z = ((BigInt *)v)->z;
        negative = mpz_sgn(z) < 0;
        h = mpz_tdiv_ui(z, HASH_MODULUS);
    }
    hash_t r = negative ? -(hash_t)h : (hash_t)h;
    return r == -1 ? -2 : r;
}

static Value int_repr(Value v) { return int_to_decimal_string(v); }

/* ---- the type ---- */

extern MethodDef int_methods[];
extern GetSetDef int_getsets[];
Value int_type_new(Type *type, Value const *args, size_t nargs, Value kwnames);

static NumberSlots int_number = {
    .binary =
        {
            [BINOP_ADD] = int_add_slot,
            [BINOP_AND] = int_and_slot,
            [BINOP_FLOOR_DIVIDE] = int_floordiv_slot,
            [BINOP_LSHIFT] = int_lshift_slot,
            [BINOP_MULTIPLY] = int_mul_slot,
            [BINOP_REMAINDER] = int_mod_slot,
            [BINOP_OR] = int_or_slot,
            [BINOP_POWER] = int_pow_slot,
            [BINOP_RSHIFT] = int_rshift_slot,
            [BINOP_SUBTRACT] = int_sub_slot,
            [BINOP_TRUE_DIVIDE] = int_truediv_slot,
            [BINOP_XOR] = int_xor_slot,
        },
    .power_mod = int_power_mod,
    .divmod = int_divmod,
    .negative = int_negate,
    .positive = int_positive,
    .absolute = int_absolute,
    .invert = int_invert,
    .as_bool = int_as_bool,
    .as_int = int_positive,
    .as_float = int_as_float,
    .index = int_positive,
};

Type type_int = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "int",
    .basicsize = sizeof(BigInt),
    .flags = TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS,
    .base = &type_object,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
           "integer, or return 0 if no arguments\nare given.",
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .getattr = object_generic_getattr,
    .new_ = int_type_new,
    .number = &int_number,
    .methods = int_methods,
    .getsets = int_getsets,
};

/* ---- start-up ---- */

/* GMP allocates through alloc.h. This must hold before the first mpz is allocated (a
 * block must be freed by the allocator that made it), hence a constructor. */
static void *gmp_alloc(size_t n) {
    void *p = mem_alloc(n);
    if (!p) abort(); /* GMP cannot report failure; sizes are bounded by INT_MAX_BITS */
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    void *q = mem_realloc(p, n);
    if (!q) abort();
    return q;
}

static void gmp_free(void *p, size_t n) {
    (void)n;
    mem_free(p);
}

__attribute__((constructor)) static void gmp_use_pvm_allocator(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

int int_init(void) {
    const char *env = getenv("PYTHONINTMAXSTRDIGITS");
    if (env && *env) {
        char *end;
        long n = strtol(env, &end, 10);
        if (*end == '\0' && (n == 0 || n >= 640)) int_set_max_str_digits(n);
    }
    return 0;
}
