/* memoryview.h: memoryview over bytes-like objects: one-dimensional views of unsigned
 * bytes (format 'B'), sliced with any step, writable over a bytearray. */
#ifndef PVM_MEMORYVIEW_H
#define PVM_MEMORYVIEW_H

#include "object.h"

extern Type type_memoryview;

static inline bool is_memoryview(Value v) {
    return !is_small_int(v) && v->type == &type_memoryview;
}

/* The bytes a contiguous view covers: 0, or -1 without an error set (not contiguous or
 * released). */
int memoryview_contiguous_data(Value v, const char **data, intptr_t *size);

#endif
