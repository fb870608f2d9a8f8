/* int_methods.c: int() (the int type's constructor, also for subclasses) and the methods
 * and attributes of int: bit_length, to_bytes/from_bytes, as_integer_ratio, __round__,
 * __format__, real/imag/numerator/denominator ... */
#include <string.h>

#include "../vm/errors.h"
#include "bytes.h"
#include "format_spec.h"
#include "int.h"
#include "method_args.h"
#include "numeric_args.h"
#include "str.h"
#include "tuple.h"

/* ---- int(x), int(x, base) ---- */

/* The result of __int__ / __index__ / __trunc__: must be an int; made exact. */
static Value checked_int_result(Value r, const char *method) {
    if (!r) return NULL;
    if (is_int(r)) {
        Value e = int_exact(r);
        decref(r);
        return e;
    }
    err_format(&exc_TypeError, "%s returned non-int (type %T)", method, r);
    decref(r);
    return NULL;
}

static Value int_from_trunc(Value x) {
    Value r = object_call_method(x, str_intern_cstr("__trunc__"), NULL, 0);
    if (!r || is_int(r)) return checked_int_result(r, "__trunc__");
    NumberSlots *n = type_of(r)->number;
    if (!n || !n->index) {
        err_format(&exc_TypeError, "__trunc__ returned non-Integral (type %T)", r);
        decref(r);
        return NULL;
    }
    Value i = n->index(r);
    decref(r);
    return checked_int_result(i, "__index__");
}

/* int(x): the number protocol, then text. */
static Value int_of(Value x) {
    if (is_int_exact(x)) return incref(x);
    Type *t = type_of(x);
    NumberSlots *n = t->number;
    if (n && n->as_int) return checked_int_result(n->as_int(x), "__int__");
    if (n && n->index) return checked_int_result(n->index(x), "__index__");
    if (type_lookup(t, str_intern_cstr("__trunc__"))) return int_from_trunc(x);
    const char *data;
    intptr_t size;
    if (is_str(x) || bytes_like_data(x, &data, &size) == 0) return int_from_bytes_text(x, 10);
    return err_format(&exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, "
                      "not '%T'",
                      x);
}

static const char *const int_new_names[] = {"x", "base"};
static const ArgSpec int_new_spec = {"int", int_new_names, 2, 1, 2, 0};

Value int_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (type == &type_bool)
        return err_format(&exc_TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
    Value a[2];
    if (args_bind_spec(&int_new_spec, args, nargs, kwnames, a) < 0) return NULL;
    Value r;
    if (!a[0]) {
        if (a[1]) return err_format(&exc_TypeError, "int() missing string argument");
        r = small_int(0);
    } else if (!a[1]) {
        r = int_of(a[0]);
    } else {
        Value b = object_index(a[1]);
        if (!b) return NULL;
        intptr_t base = int_as_ssize(b);
        decref(b);
        if (base == -1 && err_occurred()) return NULL;
        if (base != 0 && (base < 2 || base > 36))
            return err_format(&exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        r = int_from_bytes_text(a[0], (int)base);
    }
    if (!r || type == &type_int) return r;
    Value sub = int_new_subtype(type, r);
    decref(r);
    return sub;
}

/* ---- methods ---- */

static Value int_self(Value self, Value const *args, size_t nargs, Value kwnames,
                      const char *qualname) {
    (void)args;
    (void)kwnames;
    if (args_none(qualname, nargs) < 0) return NULL;
    return int_exact(self);
}

#define INT_IDENTITY_METHOD(cname, qualname)                                                       \
    static Value cname(Value self, Value const *args, size_t nargs, Value kwnames) {               \
        return int_self(self, args, nargs, kwnames, qualname);                                     \
    }
INT_IDENTITY_METHOD(int_conjugate, "int.conjugate")
INT_IDENTITY_METHOD(int_trunc, "int.__trunc__")
INT_IDENTITY_METHOD(int_floor, "int.__floor__")
INT_IDENTITY_METHOD(int_ceil, "int.__ceil__")

static Value int_bit_length(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("int.bit_length", nargs) < 0) return NULL;
    intptr_t n;
    if (int_small_of(self, &n)) {
        uint64_t u = n < 0 ? -(uint64_t)n : (uint64_t)n;
        return small_int(u ? 64 - __builtin_clzll(u) : 0);
    }
    return int_from_ulong(mpz_sizeinbase(((BigInt *)self)->z, 2));
}

static Value int_bit_count(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("int.bit_count", nargs) < 0) return NULL;
    intptr_t n;
    if (int_small_of(self, &n))
        return small_int(__builtin_popcountll(n < 0 ? -(uint64_t)n : (uint64_t)n));
    mpz_t a;
    const __mpz_struct *z = ((BigInt *)self)->z;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    return int_from_ulong(mpz_popcount(a));
}

static Value int_as_integer_ratio(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("int.as_integer_ratio", nargs) < 0) return NULL;
    Value e = int_exact(self);
    if (!e) return NULL;
    Value t = tuple_pack(2, e, small_int(1));
    decref(e);
    return t;
}

static Value int_getnewargs(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("int.__getnewargs__", nargs) < 0) return NULL;
    Value e = int_exact(self);
    if (!e) return NULL;
    Value t = tuple_pack(1, e);
    decref(e);
    return t;
}

/* byteorder argument: 1 little, 0 big, -1 error */
static int parse_byteorder(Value v, const char *fname) {
    if (!v) return 0;
    if (!is_str(v)) {
        err_format(&exc_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
        return -1;
    }
    if (str_equal_cstr(v, "little")) return 1;
    if (str_equal_cstr(v, "big")) return 0;
    err_set_str(&exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static const char *const to_bytes_names[] = {"length", "byteorder", "signed"};
static const ArgSpec to_bytes_spec = {"to_bytes", to_bytes_names, 3, 0, 2, 0};

static Value int_to_bytes(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_bind_spec(&to_bytes_spec, args, nargs, kwnames, a) < 0) return NULL;
    intptr_t length = 1;
    if (a[0]) {
        Value l = object_index(a[0]);
        if (!l) return NULL;
        length = int_as_ssize(l);
        decref(l);
        if (length == -1 && err_occurred()) return NULL;
        if (length < 0) return err_format(&exc_ValueError, "length argument must be non-negative");
    }
    int little = parse_byteorder(a[1], "to_bytes");
    if (little < 0) return NULL;
    int is_signed = a[2] ? object_is_true(a[2]) : 0;
    if (is_signed < 0) return NULL;
    IntView tv;
    mpz_srcptr z = int_view(self, &tv);
    if (!is_signed && mpz_sgn(z) < 0)
        return err_format(&exc_OverflowError, "can't convert negative int to unsigned");
    /* bits needed: |z| unsigned; signed, z >= 0 needs a 0 sign bit, z < 0 the bits of
     * -z - 1 and a 1 sign bit, except -1 which (as in CPython) fits in zero bytes */
    size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
    if (is_signed && mpz_sgn(z) > 0) bits++;
    if (mpz_sgn(z) < 0) {
        mpz_t m;
        mpz_init(m);
        mpz_add_ui(m, z, 1);
        bits = mpz_sgn(m) == 0 ? 0 : mpz_sizeinbase(m, 2) + 1;
        mpz_clear(m);
    }
    if (bits > (uint64_t)length * 8)
        return err_format(&exc_OverflowError, "int too big to convert");
    Value b = bytes_new(NULL, length);
    if (!b || length == 0) return b;
    unsigned char *out = (unsigned char *)bytes_data(b);
    mpz_t u; /* z modulo 2**(8*length): the two's complement bytes */
    mpz_init(u);
    if (mpz_sgn(z) < 0) {
        mpz_set_ui(u, 1);
        mpz_mul_2exp(u, u, (mp_bitcnt_t)length * 8);
        mpz_add(u, u, z);
    } else {
        mpz_set(u, z);
    }
    size_t count = 0;
    size_t need = (mpz_sizeinbase(u, 2) + 7) / 8;
    unsigned char *tmp = need ? out + (size_t)length - need : out;
    if (need) mpz_export(tmp, &count, 1, 1, 1, 0, u); /* big-endian into the tail */
    mpz_clear(u);
    if (little) {
        for (intptr_t i = 0, j = length - 1; i < j; i++, j--) {
            unsigned char c = out[i];
            out[i] = out[j];
            out[j] = c;
        }
    }
    return b;
}

static const char *const from_bytes_names[] = {"bytes", "byteorder", "signed"};
static const ArgSpec from_bytes_spec = {"from_bytes", from_bytes_names, 3, 0, 2, 1};

static Value int_from_bytes(Value cls, Value const *args, size_t nargs, Value kwnames) {
    Value a[3];
    if (args_bind_spec(&from_bytes_spec, args, nargs, kwnames, a) < 0) return NULL;
    int little = parse_byteorder(a[1], "from_bytes");
    if (little < 0) return NULL;
    int is_signed = a[2] ? object_is_true(a[2]) : 0;
    if (is_signed < 0) return NULL;
    Value data; /* bytes(x), except that an int or a str is refused */
    const char *bytes;
    intptr_t size;
    if (bytes_like_data(a[0], &bytes, &size) == 0) {
        data = incref(a[0]);
    } else if (is_int(a[0]) || is_str(a[0])) {
        return err_format(&exc_TypeError, "cannot convert '%T' object to bytes", a[0]);
    } else {
        data = object_call((Value)&type_bytes, a, 1, NULL);
        if (!data) return NULL;
        bytes_like_data(data, &bytes, &size);
    }
    size_t n = (size_t)size;
    const unsigned char *p = (const unsigned char *)bytes;
    mpz_t z;
    mpz_init(z);
    if (n) mpz_import(z, n, little ? -1 : 1, 1, 1, 0, p);
    if (is_signed && n && (p[little ? n - 1 : 0] & 0x80)) {
        mpz_t m;
        mpz_init_set_ui(m, 1);
        mpz_mul_2exp(m, m, n * 8);
        mpz_sub(z, z, m);
        mpz_clear(m);
    }
    decref(data);
    Value r = int_from_mpz_move(z);
    if (!r || cls == (Value)&type_int) return r;
    Value sub = object_call(cls, &r, 1, NULL);
    decref(r);
    return sub;
}

/* round(self, -n) with n > 0: round half to even to a multiple of 10**n. */
static Value round_to_power_of_ten(Value self, intptr_t n) {
    IntView tv;
    mpz_srcptr z = int_view(self, &tv);
    if ((size_t)n > mpz_sizeinbase(z, 10) + 1) return small_int(0);
    mpz_t p, q, r;
    mpz_inits(p, q, r, NULL);
    mpz_ui_pow_ui(p, 10, (unsigned long)n);
    mpz_fdiv_qr(q, r, z, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p);
    mpz_clears(p, r, NULL);
    return int_from_mpz_move(q);
}

static Value int_round(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_count("__round__", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return int_exact(self);
    Value nd = object_index(args[0]);
    if (!nd) return NULL;
    int sign = int_sign(nd);
    if (sign >= 0) {
        decref(nd);
        return int_exact(self);
    }
    intptr_t n = int_as_ssize(nd);
    decref(nd);
    if (n == -1 && err_occurred()) {
        /* an enormous negative ndigits rounds everything to 0 */
        err_clear();
        return small_int(0);
    }
    return round_to_power_of_ten(self, -n);
}

static Value int_format_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_exactly_one("int.__format__", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return format_int(self, args[0]);
}

MethodDef int_methods[] = {
    {"conjugate", int_conjugate, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, 0,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_to_bytes, METH_KEYWORDS, "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, METH_KEYWORDS | METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_as_integer_ratio, 0, "Return integer ratio."},
    {"__trunc__", int_trunc, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_floor, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_ceil, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_round, 0,
     "Rounding an Integral returns itself.\nRounding with an ndigits argument also returns an "
     "integer."},
    {"__format__", int_format_method, 0, "Convert to a string according to format_spec."},
    {"__getnewargs__", int_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- attributes ---- */

static Value int_get_self(Value self, void *closure) {
    (void)closure;
    return int_exact(self);
}

static Value int_get_constant(Value self, void *closure) {
    (void)self;
    return small_int((intptr_t)closure);
}

GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_constant, NULL, "the imaginary part of a complex number", (void *)0},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_constant, NULL, "the denominator of a rational number in lowest terms",
     (void *)1},
    {NULL, NULL, NULL, NULL, NULL},
};
