/* range.h: the range type (arbitrary-precision start/stop/step, with small-int fast paths)
 * and its iterators: range_iterator over C integers and longrange_iterator otherwise. */
#ifndef PVM_RANGE_H
#define PVM_RANGE_H

#include "object.h"

typedef struct Range {
    Object ob;
    Value start, stop, step, length; /* ints; step != 0, length >= 0 */
} Range;

/* range_iterator: yields `remaining` values from `next` by `step` (all fit small ints).
 * The VM may read and update these fields directly for a specialised FOR_ITER. */
typedef struct RangeIter {
    Object ob;
    intptr_t next, step, remaining;
} RangeIter;

extern Type type_range, type_range_iterator, type_longrange_iterator;

static inline bool is_range(Value v) { return !is_small_int(v) && v->type == &type_range; }

Value range_new(Value start, Value stop, Value step); /* ints (exact); step != 0 */

#endif
