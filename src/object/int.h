/* int.h: the int type, one Python type with two representations: tagged small ints
 * in the Value word (object.h) and heap BigInts holding a GMP mpz_t for everything
 * outside the small range. An exact int is always normalised: a BigInt never holds a
 * value that fits a small int. bool is an int subclass: True/False are the immortal
 * singletons of object.h and read as 1/0 in every int operation. */
#ifndef PVM_INT_H
#define PVM_INT_H

#include <gmp.h>

#include "object.h"

typedef struct BigInt {
    Object ob;
    mpz_t z;
} BigInt;

static inline bool is_int(Value v) {
    return is_small_int(v) || type_has_flag(v->type, TPFLAG_INT_SUBCLASS);
}
static inline bool is_int_exact(Value v) { return is_small_int(v) || v->type == &type_int; }

Value int_from_long(long long n);
Value int_from_ulong(unsigned long long n);
Value int_from_double(double d);   /* OverflowError / ValueError for inf / nan */
Value int_from_mpz(const mpz_t z); /* normalises to a small int when it fits */
Value int_from_string(const char *s, size_t len, int base); /* int(str, base) rules & errors */
Value int_from_literal(const char *s); /* a tokenizer literal: 0x.., 0o.., 0b.., decimal, no '_' */
int int_as_long(Value v, long long *out); /* -1 with OverflowError if it does not fit */
intptr_t int_as_ssize(Value v);           /* -1 with error set on overflow (check err_occurred) */
double int_as_double(Value v);            /* -1.0 with OverflowError when too large */
void int_to_mpz(Value v, mpz_t out);      /* out must be initialised; works for bool too */
int int_sign(Value v);
Value int_to_decimal_string(Value v);     /* str(); honours the 4300-digit limit like CPython */
Value int_format_base(Value v, int base); /* bin/oct/hex with prefix */
hash_t int_hash(Value v);
int int_compare(Value a, Value b); /* -1, 0, 1 */
Value int_add(Value a, Value b);   /* both ints (slow path of the VM's tagged fast path) */
Value int_sub(Value a, Value b);
Value int_mul(Value a, Value b);

/* ---- helpers shared by the numeric files (int*.c, float.c, complex.c, format_spec.c) ---- */

/* A read-only mpz view of any int value (small, bool, BigInt or int subclass) without
 * allocating: `tmp` provides the storage for small values and must outlive the view. */
typedef struct IntView {
    mpz_t z;
    mp_limb_t limb;
} IntView;
mpz_srcptr int_view(Value v, IntView *tmp);

/* If the int v (any int, incl. bool and subclasses) is in the small range, stores it. */
static inline bool int_small_of(Value v, intptr_t *out) {
    if (is_small_int(v)) {
        *out = small_int_value(v);
        return true;
    }
    if (v->type == &type_bool) {
        *out = v == TRUE_VALUE;
        return true;
    }
    if (v->type == &type_int) return false; /* exact BigInts are never small */
    const __mpz_struct *z = ((BigInt *)v)->z;
    if (!mpz_fits_slong_p(z)) return false;
    long n = mpz_get_si(z);
    if (!fits_small_int(n)) return false;
    *out = n;
    return true;
}

Value int_from_mpz_move(mpz_t z);        /* takes over z (which is left uninitialised) */
Value int_exact(Value v);                /* the exact int equal to the int v (new ref) */
Value int_new_subtype(Type *t, Value v); /* an instance of the int subclass t holding the int v */
Value int_from_bytes_text(Value obj, int base); /* int(str/bytes/bytearray, base) */
/* The digits of |v| in base 2..36 (mem_alloc'd, NUL-terminated); the decimal limit applies. */
char *int_abs_digits(Value v, int base, bool upper, size_t *len);
Value int_pow(Value a, Value b);
Value int_floordiv(Value a, Value b);
Value int_mod(Value a, Value b);
Value int_true_divide(Value a, Value b);
Value int_lshift(Value a, Value b);
Value int_rshift(Value a, Value b);
Value int_negate(Value v);
/* The correctly rounded (half-even) double of a / b for mpz a, b (b != 0); *overflow set
 * when the result does not fit a double. */
double mpz_ratio_to_double(mpz_srcptr a, mpz_srcptr b, bool *overflow);
double mpz_to_double(mpz_srcptr z, bool *overflow); /* correctly rounded */
int int_compare_double(Value i, double d);          /* -1, 0, 1, or 2 when d is nan */

/* The int <-> decimal string conversion limit (sys.set_int_max_str_digits); 0 = none. */
intptr_t int_get_max_str_digits(void);
void int_set_max_str_digits(intptr_t n); /* caller validates: 0 or >= 640 */

/* The text of int()/float()/complex() of a str: Unicode decimal digits become ASCII
 * digits, Unicode whitespace becomes ' ', any other non-ASCII character becomes '?' so it
 * fails to parse. Returns a mem_alloc'd NUL-terminated string (length in *outlen) or NULL
 * (MemoryError). */
char *number_text_to_ascii(Value s, size_t *outlen);

int int_init(void); /* reads PYTHONINTMAXSTRDIGITS */

#endif
