/* complex.h: the complex type: a pair of doubles with Python's arithmetic, repr
 * ("(1+2j)", "1j"), hash, comparison (== and != only) and complex(str). */
#ifndef PVM_COMPLEX_H
#define PVM_COMPLEX_H

#include "object.h"

typedef struct Complex {
    Object ob;
    double real, imag;
} Complex;

extern Type type_complex;

static inline bool is_complex(Value v) {
    return !is_small_int(v) &&
           (v->type == &type_complex || type_is_subtype(v->type, &type_complex));
}

Value complex_new(double real, double imag);
/* (ar + ai j) ** (br + bi j) with complex's rules and errors */
Value complex_pow_doubles(double ar, double ai, double br, double bi);
/* The repr of one part as complex shows it: like float's repr without a trailing ".0". */
void complex_part_repr(double d, char *buf, size_t size);

#endif
