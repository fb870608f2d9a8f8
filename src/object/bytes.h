/* bytes.h: the bytes type: an immutable byte string (NUL-terminated for C use). */
#ifndef PVM_BYTES_H
#define PVM_BYTES_H

#include "object.h"

typedef struct Bytes {
    Object ob;
    intptr_t size;
    hash_t hash;
    char data[]; /* size + 1 bytes, NUL-terminated */
} Bytes;

extern Type type_bytes;

static inline bool is_bytes(Value v) {
    return !is_small_int(v) && type_has_flag(v->type, TPFLAG_BYTES_SUBCLASS);
}
static inline bool is_bytes_exact(Value v) { return !is_small_int(v) && v->type == &type_bytes; }
static inline intptr_t bytes_size(Value b) { return ((Bytes *)b)->size; }
static inline char *bytes_data(Value b) { return ((Bytes *)b)->data; }

Value bytes_new(const char *data, intptr_t size); /* data may be NULL: zero-filled */
Value bytes_repr(Value b);
/* The bytes of a bytes-like object (bytes, bytearray, contiguous memoryview): 0, or -1
 * without an error set. */
int bytes_like_data(Value v, const char **data, intptr_t *size);

#endif
