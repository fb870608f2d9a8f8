/* complex.c: the complex type: arithmetic (Smith's division, exponentiation by squaring
 * for small integral powers), repr, hash, ==/!=, complex() with strings, and methods. */
#include "complex.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "float.h"
#include "format_spec.h"
#include "int.h"
#include "method_args.h"
#include "numeric_args.h"
#include "str.h"
#include "tuple.h"

typedef struct Cx {
    double re, im;
} Cx;

static Value complex_alloc(Type *t, double re, double im) {
    Complex *c = (Complex *)object_new(t, 0);
    if (c) {
        c->real = re;
        c->imag = im;
    }
    return (Value)c;
}

Value complex_new(double real, double imag) { return complex_alloc(&type_complex, real, imag); }

static Value cx_value(Cx c) { return complex_new(c.re, c.im); }

/* An int, float or complex operand: 1 ok, 0 not handled, -1 error. */
static int operand(Value v, Cx *out) {
    if (is_complex(v)) {
        out->re = ((Complex *)v)->real;
        out->im = ((Complex *)v)->imag;
        return 1;
    }
    if (is_float(v)) {
        *out = (Cx){float_value(v), 0.0};
        return 1;
    }
    if (is_int(v)) {
        double d = int_as_double(v);
        if (d == -1.0 && err_occurred()) return -1;
        *out = (Cx){d, 0.0};
        return 1;
    }
    return 0;
}

#define CX_OPERANDS(a, b, x, y)                                                                    \
    Cx x, y;                                                                                       \
    do {                                                                                           \
        int r_ = operand(a, &x);                                                                   \
        if (r_ > 0) r_ = operand(b, &y);                                                           \
        if (r_ <= 0) return r_ < 0 ? NULL : NOT_IMPLEMENTED;                                       \
    } while (0)

static Cx cx_mul(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* Smith's algorithm; false on division by zero. */
static bool cx_div(Cx a, Cx b, Cx *r) {
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) return false;
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        *r = (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    } else if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        *r = (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    } else { /* nans */
        *r = (Cx){NAN, NAN};
    }
    return true;
}

static Value complex_add(Value a, Value b) {
    CX_OPERANDS(a, b, x, y);
    return complex_new(x.re + y.re, x.im + y.im);
}

static Value complex_sub(Value a, Value b) {
    CX_OPERANDS(a, b, x, y);
    return complex_new(x.re - y.re, x.im - y.im);
}

static Value complex_mul(Value a, Value b) {
    CX_OPERANDS(a, b, x, y);
    return cx_value(cx_mul(x, y));
}

static Value complex_truediv(Value a, Value b) {
    CX_OPERANDS(a, b, x, y);
    Cx r;
    if (!cx_div(x, y, &r)) return err_format(&exc_ZeroDivisionError, "complex division by zero");
    return cx_value(r);
}

static Cx cx_pow_unsigned(Cx x, unsigned long n) {
    Cx r = {1.0, 0.0}, p = x;
    for (unsigned long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = cx_mul(r, p);
        p = cx_mul(p, p);
    }
    return r;
}

/* CPython reports the C library's errno: EDOM (from the zero base, or sin/cos of an
 * infinite phase) as ZeroDivisionError, ERANGE (or an infinite result) as OverflowError. */
Value complex_pow_doubles(double ar, double ai, double br, double bi) {
    Cx a = {ar, ai}, r;
    errno = 0;
    if (br == 0.0 && bi == 0.0) {
        r = (Cx){1.0, 0.0};
    } else if (ar == 0.0 && ai == 0.0) {
        if (bi != 0.0 || br < 0.0) errno = EDOM;
        r = (Cx){0.0, 0.0};
    } else if (bi == 0.0 && br == floor(br) && fabs(br) <= 100.0) {
        r = cx_pow_unsigned(a, (unsigned long)fabs(br));
        if (br < 0 && !cx_div((Cx){1.0, 0.0}, r, &r)) errno = EDOM;
    } else {
        double vabs = hypot(ar, ai), len = pow(vabs, br), at = atan2(ai, ar), phase = at * br;
        if (bi != 0.0) {
            len /= exp(at * bi);
            phase += bi * log(vabs);
        }
        r = (Cx){len * cos(phase), len * sin(phase)};
    }
    if (isinf(r.re) || isinf(r.im)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE && r.re == 0.0 && r.im == 0.0) {
        errno = 0;
    }
    if (errno == EDOM)
        return err_format(&exc_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return err_format(&exc_OverflowError, "complex exponentiation");
    return cx_value(r);
}

static Value complex_pow(Value a, Value b) {
    CX_OPERANDS(a, b, x, y);
    return complex_pow_doubles(x.re, x.im, y.re, y.im);
}

static Value complex_power_mod(Value a, Value b, Value m) {
    if (m != NONE) return err_format(&exc_ValueError, "complex modulo");
    return complex_pow(a, b);
}

static Value complex_negative(Value v) {
    Complex *c = (Complex *)v;
    return complex_new(-c->real, -c->imag);
}

static Value complex_positive(Value v) {
    Complex *c = (Complex *)v;
    return v->type == &type_complex ? incref(v) : complex_new(c->real, c->imag);
}

static Value complex_absolute(Value v) {
    Complex *c = (Complex *)v;
    double r = hypot(c->real, c->imag);
    if (isinf(r) && isfinite(c->real) && isfinite(c->imag))
        return err_format(&exc_OverflowError, "absolute value too large");
    return float_new(r);
}

static int complex_as_bool(Value v) {
    Complex *c = (Complex *)v;
    return c->real != 0.0 || c->imag != 0.0;
}

/* ---- repr, hash, compare ---- */

void complex_part_repr(double d, char *buf, size_t size) {
    float_repr_buf(d, buf, size);
    size_t n = strlen(buf);
    if (n >= 2 && strcmp(buf + n - 2, ".0") == 0) buf[n - 2] = '\0';
}

static Value complex_repr(Value v) {
    Complex *c = (Complex *)v;
    char re[40], im[40], out[100];
    complex_part_repr(c->imag, im, sizeof im);
    if (c->real == 0.0 && !signbit(c->real)) {
        snprintf(out, sizeof out, "%sj", im);
    } else {
        complex_part_repr(c->real, re, sizeof re);
        bool sign = im[0] == '-';
        snprintf(out, sizeof out, "(%s%s%sj)", re, sign ? "" : "+", im);
    }
    return str_from_utf8(out, strlen(out));
}

static hash_t part_hash(Value v, double d) {
    if (!isnan(d)) return float_hash_double(d);
    uintptr_t p = (uintptr_t)v;
    return (hash_t)((p >> 4) | (p << (8 * sizeof p - 4)));
}

static hash_t complex_hash(Value v) {
    Complex *c = (Complex *)v;
    uint64_t h = (uint64_t)part_hash(v, c->real) + 1000003u * (uint64_t)part_hash(v, c->imag);
    hash_t r = (hash_t)h;
    return r == -1 ? -2 : r;
}

static Value complex_richcompare(Value a, Value b, int op) {
    if (!is_complex(a)) { /* reflected: keep the complex on the left */
        Value t = a;
        a = b;
        b = t;
    }
    if (op != CMP_EQ && op != CMP_NE) return NOT_IMPLEMENTED;
    Complex *c = (Complex *)a;
    bool eq;
    if (is_int(b)) {
        eq = c->imag == 0.0 && int_compare_double(b, c->real) == 0;
    } else if (is_float(b)) {
        eq = c->imag == 0.0 && c->real == float_value(b);
    } else if (is_complex(b)) {
        eq = c->real == ((Complex *)b)->real && c->imag == ((Complex *)b)->imag;
    } else {
        return NOT_IMPLEMENTED;
    }
    return bool_value(op == CMP_EQ ? eq : !eq);
}

/* ---- complex(str) ---- */

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The longest prefix of s that is a float literal (digits, '.', exponent, or
 * inf/infinity/nan), without sign; returns its length or 0. */
static size_t float_token(const char *s, const char *end) {
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int i = 0; i < 3; i++) {
        size_t n = strlen(words[i]);
        if ((size_t)(end - s) >= n && strncasecmp(s, words[i], n) == 0) return n;
    }
    const char *p = s;
    bool digits = false;
    while (p < end && ((*p >= '0' && *p <= '9') || *p == '.')) {
        digits = true;
        p++;
    }
    if (!digits) return 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) q++;
        if (q < end && *q >= '0' && *q <= '9') {
            while (q < end && *q >= '0' && *q <= '9') q++;
            p = q;
        }
    }
    return (size_t)(p - s);
}

/* One signed part at *p: sets *value, returns false if malformed. A bare sign or nothing
 * before a 'j' means 1. */
static bool parse_part(const char **p, const char *end, double *value, bool *had_number) {
    const char *s = *p;
    double sign = 1.0;
    if (s < end && (*s == '+' || *s == '-')) sign = *s++ == '-' ? -1.0 : 1.0;
    size_t n = float_token(s, end);
    *had_number = n > 0;
    if (n == 0) {
        *value = sign;
        *p = s;
        return true;
    }
    Value text = str_from_utf8(s, n);
    if (!text) return false;
    Value f = float_from_string(text);
    decref(text);
    if (!f) {
        err_clear();
        return false;
    }
    *value = sign * float_value(f);
    decref(f);
    *p = s + n;
    return true;
}

static bool parse_complex_text(const char *s, const char *end, Cx *out) {
    while (s < end && is_space(*s)) s++;
    while (end > s && is_space(end[-1])) end--;
    if (s < end && *s == '(') {
        if (end[-1] != ')') return false;
        s++;
        end--;
        while (s < end && is_space(*s)) s++;
        while (end > s && is_space(end[-1])) end--;
    }
    if (s == end) return false;
    const char *p = s;
    double first, second;
    bool had;
    if (!parse_part(&p, end, &first, &had)) return false;
    bool signed_first = *s == '+' || *s == '-';
    if (p == end) { /* real only */
        *out = (Cx){first, 0.0};
        return had;
    }
    if (*p == 'j' || *p == 'J') { /* imaginary only */
        *out = (Cx){0.0, first};
        return p + 1 == end && (had || signed_first || p == s);
    }
    if (!had || (*p != '+' && *p != '-')) return false;
    if (!parse_part(&p, end, &second, &had)) return false;
    if (p + 1 != end || (*p != 'j' && *p != 'J')) return false;
    *out = (Cx){first, second};
    return true;
}

/* Removes the underscores of s in place if each sits between two digits (PEP 515). */
static bool strip_underscores(char *s, size_t *n) {
    size_t k = 0;
    for (size_t i = 0; i < *n; i++) {
        if (s[i] != '_') {
            s[k++] = s[i];
        } else if (i == 0 || !isdigit((unsigned char)s[i - 1]) || i + 1 == *n ||
                   !isdigit((unsigned char)s[i + 1])) {
            return false;
        }
    }
    s[k] = '\0';
    *n = k;
    return true;
}

static Value complex_from_string(Value s) {
    size_t n;
    char *ascii = number_text_to_ascii(s, &n);
    if (!ascii) return NULL;
    if (!strip_underscores(ascii, &n)) {
        mem_free(ascii);
        return err_format(&exc_ValueError, "could not convert string to complex: %R", s);
    }
    Cx c;
    bool ok = strlen(ascii) == n && parse_complex_text(ascii, ascii + n, &c);
    mem_free(ascii);
    if (!ok) return err_format(&exc_ValueError, "complex() arg is a malformed string");
    return cx_value(c);
}

/* ---- complex() ---- */

/* A number as complex for complex(): __complex__, then float/int/__float__/__index__.
 * 2 a complex, 1 a real number, 0 not a number, -1 error. */
static int to_cx(Value v, Cx *out) {
    if (is_complex(v)) {
        *out = (Cx){((Complex *)v)->real, ((Complex *)v)->imag};
        return 2;
    }
    Value method = type_lookup(type_of(v), str_intern_cstr("__complex__"));
    if (method) {
        Value r = object_call_method(v, str_intern_cstr("__complex__"), NULL, 0);
        if (!r) return -1;
        if (!is_complex(r)) {
            err_format(&exc_TypeError, "__complex__ returned non-complex (type %T)", r);
            decref(r);
            return -1;
        }
        *out = (Cx){((Complex *)r)->real, ((Complex *)r)->imag};
        decref(r);
        return 2;
    }
    NumberSlots *n = type_of(v)->number;
    if (!is_float(v) && !is_int(v) && !(n && (n->as_float || n->index))) return 0;
    double d = float_as_double(v);
    if (d == -1.0 && err_occurred()) return -1;
    *out = (Cx){d, 0.0};
    return 1;
}

static const char *const complex_new_names[] = {"real", "imag"};
static const ArgSpec complex_new_spec = {"complex", complex_new_names, 2, 0, 2, 0};

static Value complex_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value a[2];
    if (args_bind_spec(&complex_new_spec, args, nargs, kwnames, a) < 0) return NULL;
    Cx re = {0.0, 0.0}, im = {0.0, 0.0};
    if (a[0] && is_str(a[0])) {
        if (a[1])
            return err_format(&exc_TypeError,
                              "complex() can't take second arg if first is a string");
        Value r = complex_from_string(a[0]);
        if (!r || type == &type_complex) return r;
        Value sub = complex_alloc(type, ((Complex *)r)->real, ((Complex *)r)->imag);
        decref(r);
        return sub;
    }
    if (a[1] && is_str(a[1]))
        return err_format(&exc_TypeError, "complex() second arg can't be a string");
    int kind_re = 0, kind_im = 0;
    if (a[0]) {
        if (type == &type_complex && !a[1] && is_complex(a[0]) && a[0]->type == &type_complex)
            return incref(a[0]);
        kind_re = to_cx(a[0], &re);
        if (kind_re <= 0) {
            if (kind_re == 0)
                err_format(&exc_TypeError,
                           "complex() first argument must be a string or a number, not '%T'", a[0]);
            return NULL;
        }
    }
    if (a[1]) {
        kind_im = to_cx(a[1], &im);
        if (kind_im <= 0) {
            if (kind_im == 0)
                err_format(&exc_TypeError, "complex() second argument must be a number, not '%T'",
                           a[1]);
            return NULL;
        }
    }
    /* real + imag*1j, touching a part only when a complex argument contributes to it (so
     * signed zeros survive) */
    double real = re.re, imag = a[1] ? im.re : re.im;
    if (kind_im == 2) real -= im.im;
    if (kind_re == 2 && a[1]) imag += re.im;
    return complex_alloc(type, real, imag);
}

/* ---- methods ---- */

static Value complex_conjugate(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("complex.conjugate", nargs) < 0) return NULL;
    Complex *c = (Complex *)self;
    return complex_new(c->real, -c->imag);
}

static Value complex_complex(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("complex.__complex__", nargs) < 0) return NULL;
    return complex_positive(self);
}

static Value complex_getnewargs(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("complex.__getnewargs__", nargs) < 0) return NULL;
    Complex *c = (Complex *)self;
    Value re = float_new(c->real), im = float_new(c->imag);
    Value t = re && im ? tuple_pack(2, re, im) : NULL;
    xdecref(re);
    xdecref(im);
    return t;
}

static Value complex_format_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (args_exactly_one("complex.__format__", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return format_complex(self, args[0]);
}

static MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, 0, "Return the complex conjugate of its argument."},
    {"__complex__", complex_complex, 0, "Convert this value to exact type complex."},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__format__", complex_format_method, 0, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static Value complex_get_part(Value self, void *closure) {
    Complex *c = (Complex *)self;
    return float_new(closure ? c->imag : c->real);
}

static GetSetDef complex_getsets[] = {
    {"real", complex_get_part, NULL, "the real part of a complex number", NULL},
    {"imag", complex_get_part, NULL, "the imaginary part of a complex number", (void *)1},
    {NULL, NULL, NULL, NULL, NULL},
};

static NumberSlots complex_number = {
    .binary =
        {
            [BINOP_ADD] = complex_add,
            [BINOP_SUBTRACT] = complex_sub,
            [BINOP_MULTIPLY] = complex_mul,
            [BINOP_TRUE_DIVIDE] = complex_truediv,
            [BINOP_POWER] = complex_pow,
        },
    .power_mod = complex_power_mod,
    .negative = complex_negative,
    .positive = complex_positive,
    .absolute = complex_absolute,
    .as_bool = complex_as_bool,
};

Type type_complex = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "complex",
    .basicsize = sizeof(Complex),
    .flags = TPFLAG_BASETYPE,
    .base = &type_object,
    .doc = "Create a complex number from a real part and an optional imaginary part.",
    .dealloc = object_free,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .getattr = object_generic_getattr,
    .new_ = complex_type_new,
    .number = &complex_number,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
