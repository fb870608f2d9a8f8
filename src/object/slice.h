/* slice.h: slice objects (the `slice` type) and the index arithmetic every sequence
 * shares: converting an index object to a C index, and clamping a slice to a length. */
#ifndef PVM_SLICE_H
#define PVM_SLICE_H

#include "object.h"

typedef struct Slice {
    Object ob;
    Value start, stop, step; /* never NULL: None when absent */
} Slice;

extern Type type_slice;

static inline bool is_slice(Value v) { return !is_small_int(v) && v->type == &type_slice; }

Value slice_new(Value start, Value stop, Value step); /* NULL arguments mean None */

/* True when v can be used as an index: an int or an object with __index__. */
bool is_index_like(Value v);

/* v as a C index (via __index__). An int outside the C range raises overflow_exc with
 * "cannot fit 'int' into an index-sized integer", or is clamped when overflow_exc is NULL.
 * Returns -1 with an error set on failure (check err_occurred()). */
intptr_t index_as_ssize(Value v, Type *overflow_exc);

/* An integer argument of a built-in method (CPython's "n" converter): the errors are
 * "'str' object cannot be interpreted as an integer" and, for huge values, OverflowError
 * "Python int too large to convert to C ssize_t". -1 with an error on failure. */
intptr_t ssize_arg(Value v);

/* The slice's start/stop/step as C indices (None -> defaults, huge values clamped).
 * -1 with an error ("slice step cannot be zero", a non-index bound) on failure. */
int slice_unpack(Value slice, intptr_t *start, intptr_t *stop, intptr_t *step);
/* Clamps start/stop to a sequence of the given length; returns the slice length. */
intptr_t slice_adjust_indices(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step);
/* slice.indices(length) with arbitrary ints: new references in out[0..3). */
int slice_indices_big(Value slice, Value length, Value out[3]);

#endif
