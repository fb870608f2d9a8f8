/* str_append.h: `s += t` on a str nobody else references, grown in place (the VM's
 * counterpart of CPython's in-place unicode concatenation), so building a string by
 * repeated += is amortised linear rather than quadratic. */
#ifndef PVM_STR_APPEND_H
#define PVM_STR_APPEND_H

#include "../object/object.h"

/* left + right, consuming the reference to left (both exact str). When left is the only
 * reference, not interned and of the same kind as right, its block is resized instead of
 * copied. NULL with an exception on failure. */
Value str_append_inplace(Value left, Value right);

#endif
