/* bytearray.h: the bytearray type: a mutable, growable byte string (over-allocated so
 * append is amortised O(1); the data stays NUL-terminated for C use). */
#ifndef PVM_BYTEARRAY_H
#define PVM_BYTEARRAY_H

#include "object.h"

typedef struct ByteArray {
    Object ob;
    intptr_t size;
    intptr_t allocated; /* bytes of data, the terminating NUL included */
    char *data;         /* never NULL */
} ByteArray;

extern Type type_bytearray;

static inline bool is_bytearray(Value v) {
    return !is_small_int(v) &&
           (v->type == &type_bytearray || type_is_subtype(v->type, &type_bytearray));
}
static inline intptr_t bytearray_size(Value b) { return ((ByteArray *)b)->size; }
static inline char *bytearray_data(Value b) { return ((ByteArray *)b)->data; }

Value bytearray_new(const char *data, intptr_t size); /* data may be NULL: zero-filled */
int bytearray_resize(Value b, intptr_t size);         /* new bytes are zero; -1 MemoryError */

#endif
