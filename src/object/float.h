/* float.h: the float type: a boxed C double, allocated from a free list. */
#ifndef PVM_FLOAT_H
#define PVM_FLOAT_H

#include "object.h"

typedef struct Float {
    Object ob;
    double value;
} Float;

extern Type type_float;

static inline bool is_float(Value v) {
    return !is_small_int(v) && (v->type == &type_float || type_is_subtype(v->type, &type_float));
}
static inline bool is_float_exact(Value v) { return !is_small_int(v) && v->type == &type_float; }
static inline double float_value(Value v) { return ((Float *)v)->value; }

/* float_new is inline: it pops the free list (which float's dealloc pushes; both are off
 * under PVM_SANITIZE) and only calls out when the list is empty. */
extern Float *float_free_list; /* linked through ob.type */
extern int float_free_count;
Value float_new_alloc(double d);
static inline Value float_new(double d) {
#ifndef PVM_SANITIZE
    Float *f = float_free_list;
    if (f) {
        float_free_list = (Float *)f->ob.type;
        float_free_count--;
        f->ob.refcount = 1;
        f->ob.type = &type_float;
        f->value = d;
        return (Value)f;
    }
#endif
    return float_new_alloc(d);
}
double float_as_double(Value v); /* float, int or __float__/__index__; -1.0 with error */
Value float_repr(Value v);
char *float_repr_buf(double d, char *buf, size_t size); /* repr(d): "1.0", "1e+16", "inf" */
Value float_from_string(Value s);   /* float(str / bytes / bytearray) parsing & errors */
hash_t float_hash_double(double d); /* nan hashes as 0 here; float objects hash nan by identity */
/* The shortest digits that round-trip |d| (finite, nonzero), as in repr: writes n digits
 * (no trailing zeros, NUL-terminated) to digits[18], returns n; |d| = 0.DIGITS * 10**decpt. */
int float_shortest_digits(double d, char *digits, int *decpt);
Value float_round_digits(double d, intptr_t ndigits); /* round(d, ndigits), correctly rounded */
Value float_hex(double d);                            /* float.hex() */
Value float_fromhex(Value s);                         /* float.fromhex(str) */
Value float_pow_double(double a,
                       double b); /* a ** b with float's rules and errors (may be complex) */

#endif
