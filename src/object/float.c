/* float.c: the float type: boxed doubles from a free list, arithmetic with Python's
 * rules and errors (floor division, modulo, power), exact comparison with ints, CPython's
 * hash, float() and the methods. Text conversions live in float_text.c. */
#include "float.h"

#include <math.h>

#include "../vm/errors.h"
#include "bytes.h"
#include "complex.h"
#include "format_spec.h"
#include "int.h"
#include "method_args.h"
#include "numeric_args.h"
#include "str.h"
#include "tuple.h"

/* ---- allocation ---- */

#define FREE_LIST_MAX 4096
Float *float_free_list;
int float_free_count;

Value float_new_alloc(double d) {
    Float *f = (Float *)object_new(&type_float, 0);
    if (f) f->value = d;
    return (Value)f;
}

static void float_dealloc(Value v) {
#ifndef PVM_SANITIZE
    if (v->type == &type_float && float_free_count < FREE_LIST_MAX) {
        v->type = (Type *)float_free_list;
        float_free_list = (Float *)v;
        float_free_count++;
        return;
    }
#endif
    object_free(v);
}

static Value float_new_subtype(Type *t, double d) {
    Value v = object_new(t, 0);
    if (v) ((Float *)v)->value = d;
    return v;
}

/* ---- conversion of operands ---- */

/* v's __float__ (or else __index__) as a double; *handled is false when v has neither. */
static double number_to_double(Value v, bool *handled) {
    NumberSlots *n = type_of(v)->number;
    *handled = n && (n->as_float || n->index);
    if (n && n->as_float) {
        Value r = n->as_float(v);
        if (!r) return -1.0;
        if (!is_float(r)) {
            err_format(&exc_TypeError, "%T.__float__ returned non-float (type %T)", v, r);
            decref(r);
            return -1.0;
        }
        double d = float_value(r);
        decref(r);
        return d;
    }
    if (!*handled) return -1.0;
    Value i = object_index(v);
    if (!i) return -1.0;
    double d = int_as_double(i);
    decref(i);
    return d;
}

double float_as_double(Value v) {
    if (is_float(v)) return float_value(v);
    if (is_int(v)) return int_as_double(v);
    bool handled;
    double d = number_to_double(v, &handled);
    if (!handled) err_format(&exc_TypeError, "must be real number, not %T", v);
    return d;
}

/* A float or int operand as a double: 1 ok, 0 not a number we handle, -1 error. */
static inline int operand(Value v, double *out) {
    if (is_small_int(v)) {
        *out = (double)small_int_value(v);
        return 1;
    }
    if (is_float(v)) {
        *out = float_value(v);
        return 1;
    }
    if (is_int(v)) {
        *out = int_as_double(v);
        return *out == -1.0 && err_occurred() ? -1 : 1;
    }
    return 0;
}

/* Both operands as doubles; returns NOT_IMPLEMENTED, NULL (error) or NONE (ok). */
static Value operands(Value a, Value b, double *x, double *y) {
    int ra = operand(a, x);
    if (ra <= 0) return ra < 0 ? NULL : NOT_IMPLEMENTED;
    int rb = operand(b, y);
    if (rb <= 0) return rb < 0 ? NULL : NOT_IMPLEMENTED;
    return NONE;
}

#define FLOAT_OPERANDS(a, b, x, y)                                                                 \
    double x, y;                                                                                   \
    do {                                                                                           \
        Value ok_ = operands(a, b, &x, &y);                                                        \
        if (ok_ != NONE) return ok_;                                                               \
    } while (0)

/* ---- arithmetic ---- */

static Value float_add(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return float_new(x + y);
}

static Value float_sub(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return float_new(x - y);
}

static Value float_mul(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return float_new(x * y);
}

static Value float_truediv(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return err_format(&exc_ZeroDivisionError, "float division by zero");
    return float_new(x / y);
}

/* Python's modulo: the result has the sign of y. */
static double float_modulo(double x, double y) {
    double mod = fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

static void float_floor_divmod(double x, double y, double *floordiv, double *mod) {
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m != 0.0) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (div != 0.0) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *floordiv = fd;
    *mod = m;
}

static Value float_mod(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return err_format(&exc_ZeroDivisionError, "float modulo");
    return float_new(float_modulo(x, y));
}

static Value float_floordiv(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return err_format(&exc_ZeroDivisionError, "float floor division by zero");
    double q, r;
    float_floor_divmod(x, y, &q, &r);
    return float_new(q);
}

static Value float_divmod(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return err_format(&exc_ZeroDivisionError, "float divmod()");
    double q, r;
    float_floor_divmod(x, y, &q, &r);
    Value vq = float_new(q), vr = float_new(r);
    Value t = vq && vr ? tuple_pack(2, vq, vr) : NULL;
    xdecref(vq);
    xdecref(vr);
    return t;
}

Value float_pow_double(double x, double y) {
    /* the special cases in CPython's order; C's pow agrees on the rest */
    if (y == 0.0) return float_new(1.0);
    if (isnan(x)) return float_new(x);
    if (isnan(y)) return float_new(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        return float_new(ax == 1.0 ? 1.0 : (y > 0.0) == (ax > 1.0) ? HUGE_VAL : 0.0);
    }
    if (x == 0.0 && y < 0.0)
        return err_format(&exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0.0 && isfinite(x) && y != floor(y)) return complex_pow_doubles(x, 0.0, y, 0.0);
    double r = pow(x, y);
    if (isinf(r) && isfinite(x)) {
        Value args = tuple_pack(2, small_int(34), str_intern_cstr("Numerical result out of range"));
        if (args) err_set(&exc_OverflowError, args);
        xdecref(args);
        return NULL;
    }
    return float_new(r);
}

static Value float_pow(Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return float_pow_double(x, y);
}

static Value float_power_mod(Value a, Value b, Value m) {
    if (m != NONE)
        return err_format(&exc_TypeError,
                          "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(a, b);
}

static Value float_negative(Value v) { return float_new(-float_value(v)); }
static Value float_absolute(Value v) { return float_new(fabs(float_value(v))); }
static int float_as_bool(Value v) { return float_value(v) != 0.0; }
static Value float_as_int(Value v) { return int_from_double(float_value(v)); }
static Value float_as_float(Value v) {
    return is_float_exact(v) ? incref(v) : float_new(float_value(v));
}

/* ---- comparison and hash ---- */

static Value float_richcompare(Value a, Value b, int op) {
    double x, y;
    int c;
    if (is_float(a) && is_float(b)) {
        x = float_value(a);
        y = float_value(b);
        c = isnan(x) || isnan(y) ? 2 : (x > y) - (x < y);
    } else if (is_float(a) && is_int(b)) {
        c = int_compare_double(b, float_value(a));
        if (c != 2) c = -c;
    } else if (is_int(a) && is_float(b)) {
        c = int_compare_double(a, float_value(b));
    } else {
        return NOT_IMPLEMENTED;
    }
    bool r;
    if (c == 2) { /* nan: only != holds */
        r = op == CMP_NE;
    } else {
        switch (op) {
            case CMP_LT: r = c < 0; break;
            case CMP_LE: r = c <= 0; break;
            case CMP_EQ: r = c == 0; break;
            case CMP_NE: r = c != 0; break;
            case CMP_GT: r = c > 0; break;
            default: r = c >= 0; break;
        }
    }
    return bool_value(r);
}

#define HASH_BITS    61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* hash(x) is |x| reduced modulo 2**61 - 1 (with the sign of x), like int's: x = m * 2**e
 * with an integer m < 2**53, and multiplying by 2**e modulo 2**61 - 1 is a rotation. */
hash_t float_hash_double(double d) {
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0;
    int e;
    double f = frexp(fabs(d), &e);
    uint64_t m = (uint64_t)ldexp(f, 53);
    long exp = (long)e - 53;
    int k = (int)(((exp % HASH_BITS) + HASH_BITS) % HASH_BITS);
    uint64_t h = m % HASH_MODULUS;
    if (k) h = ((h << k) & HASH_MODULUS) | (h >> (HASH_BITS - k));
    hash_t r = d < 0 ? -(hash_t)h : (hash_t)h;
    return r == -1 ? -2 : r;
}

static hash_t float_hash(Value v) {
    double d = float_value(v);
    if (isnan(d)) { /* by identity, as CPython 3.10+ */
        uintptr_t p = (uintptr_t)v;
        hash_t h = (hash_t)((p >> 4) | (p << (8 * sizeof p - 4)));
        return h == -1 ? -2 : h;
    }
    return float_hash_double(d);
}

/* ---- float() ---- */

/* float(x): the number protocol first (even for str subclasses), then text. */
static Value float_of(Value x) {
    if (is_float_exact(x)) return incref(x);
    if (is_str_exact(x)) return float_from_string(x);
    bool handled;
    double d = number_to_double(x, &handled);
    if (handled) return d == -1.0 && err_occurred() ? NULL : float_new(d);
    const char *data;
    intptr_t size;
    if (is_str(x) || bytes_like_data(x, &data, &size) == 0) return float_from_string(x);
    return err_format(&exc_TypeError,
                      "float() argument must be a string or a real number, not '%T'", x);
}

static Value float_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames) > 0)
        return err_format(&exc_TypeError, "float() takes no keyword arguments");
    if (args_count("float", nargs, 0, 1) < 0) return NULL;
    Value r = nargs == 0 ? float_new(0.0) : float_of(args[0]);
    if (!r || type == &type_float) return r;
    Value sub = float_new_subtype(type, float_value(r));
    decref(r);
    return sub;
}

/* ---- methods ---- */

static Value float_conjugate(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("float.conjugate", nargs) < 0) return NULL;
    return float_as_float(self);
}

static Value float_is_integer(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("float.is_integer", nargs) < 0) return NULL;
    double d = float_value(self);
    return bool_value(isfinite(d) && d == floor(d));
}

static Value float_trunc(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("float.__trunc__", nargs) < 0) return NULL;
    return int_from_double(float_value(self));
}

static Value float_floor(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("float.__floor__", nargs) < 0) return NULL;
    return int_from_double(floor(float_value(self)));
}

static Value float_ceil(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("float.__ceil__", nargs) < 0) return NULL;
    return int_from_double(ceil(float_value(self)));
}

static Value float_as_integer_ratio(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("float.as_integer_ratio", nargs) < 0) return NULL;
    double d = float_value(self);
    if (isinf(d)) return err_format(&exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return err_format(&exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double f = frexp(d, &e);
    /* d = m * 2**(e - 53) with an integer m; then cancel the common powers of two */
    mpz_t num, den;
    mpz_init_set_d(num, ldexp(f, 53));
    mpz_init_set_ui(den, 1);
    long exp = (long)e - 53;
    if (mpz_sgn(num) == 0) {
        exp = 0;
    } else {
        mp_bitcnt_t tz = mpz_scan1(num, 0);
        mpz_tdiv_q_2exp(num, num, tz);
        exp += (long)tz;
    }
    if (exp > 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)exp);
    if (exp < 0) mpz_mul_2exp(den, den, (mp_bitcnt_t)-exp);
    Value n = int_from_mpz_move(num), dd = int_from_mpz_move(den);
    Value t = n && dd ? tuple_pack(2, n, dd) : NULL;
    xdecref(n);
    xdecref(dd);
    return t;
}

static Value float_round_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_count("__round__", nargs, 0, 1) < 0) return NULL;
    double d = float_value(self);
    if (nargs == 0 || args[0] == NONE) return int_from_double(nearbyint(d));
    Value nd = object_index(args[0]);
    if (!nd) return NULL;
    intptr_t n = int_as_ssize(nd);
    int sign = int_sign(nd);
    decref(nd);
    if (n == -1 && err_occurred()) {
        err_clear();
        n = sign < 0 ? -100000 : 100000;
    }
    return float_round_digits(d, n);
}

static Value float_format_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_exactly_one("float.__format__", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return format_float(self, args[0]);
}

static Value float_getnewargs(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("float.__getnewargs__", nargs) < 0) return NULL;
    Value f = float_new(float_value(self));
    if (!f) return NULL;
    Value t = tuple_pack(1, f);
    decref(f);
    return t;
}

static Value float_hex_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("float.hex", nargs) < 0) return NULL;
    return float_hex(float_value(self));
}

static Value float_fromhex_method(Value cls, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_exactly_one("float.fromhex", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "bad argument type for built-in operation");
    Value r = float_fromhex(args[0]);
    if (!r || cls == (Value)&type_float) return r;
    Value sub = object_call(cls, &r, 1, NULL);
    decref(r);
    return sub;
}

static Value float_getformat(Value cls, Value const *args, size_t nargs, Value kwnames) {
    (void)cls;
    (void)kwnames;
    if (args_exactly_one("float.__getformat__", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "__getformat__() argument must be str, not %T", args[0]);
    if (!str_equal_cstr(args[0], "double") && !str_equal_cstr(args[0], "float"))
        return err_format(&exc_ValueError,
                          "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr("IEEE, little-endian");
}

static MethodDef float_methods[] = {
    {"conjugate", float_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"is_integer", float_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, 0, "Return integer ratio."},
    {"hex", float_hex_method, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex_method, METH_CLASS,
     "Create a floating-point number from a hexadecimal string."},
    {"__trunc__", float_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, 0, "Return the ceiling as an Integral."},
    {"__round__", float_round_method, 0,
     "Return the Integral closest to x, rounding half toward even."},
    {"__format__", float_format_method, 0, "Formats the float according to format_spec."},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__getformat__", float_getformat, METH_CLASS, "You probably don't want to use this function."},
    {NULL, NULL, 0, NULL},
};

static Value float_get_real(Value self, void *closure) {
    (void)closure;
    return float_as_float(self);
}

static Value float_get_imag(Value self, void *closure) {
    (void)self;
    (void)closure;
    return float_new(0.0);
}

static GetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static NumberSlots float_number = {
    .binary =
        {
            [BINOP_ADD] = float_add,
            [BINOP_SUBTRACT] = float_sub,
            [BINOP_MULTIPLY] = float_mul,
            [BINOP_TRUE_DIVIDE] = float_truediv,
            [BINOP_FLOOR_DIVIDE] = float_floordiv,
            [BINOP_REMAINDER] = float_mod,
            [BINOP_POWER] = float_pow,
        },
    .power_mod = float_power_mod,
    .divmod = float_divmod,
    .negative = float_negative,
    .positive = float_as_float,
    .absolute = float_absolute,
    .as_bool = float_as_bool,
    .as_int = float_as_int,
    .as_float = float_as_float,
};

Type type_float = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "float",
    .basicsize = sizeof(Float),
    .flags = TPFLAG_BASETYPE,
    .base = &type_object,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .getattr = object_generic_getattr,
    .new_ = float_type_new,
    .number = &float_number,
    .methods = float_methods,
    .getsets = float_getsets,
};
