/* bytes_internal.h: what bytes.c, bytes_methods.c and bytearray.c share: the operations
 * written once for both bytes and bytearray, parameterised by the constructor of the
 * result type (bytes_new or bytearray_new), and the shared method table entries. */
#ifndef PVM_BYTES_INTERNAL_H
#define PVM_BYTES_INTERNAL_H

#include "bytes.h"
#include "str_textops.h"

typedef Value (*BytesMaker)(const char *data, intptr_t size); /* data NULL: zero-filled */

/* The data of a bytes-like argument, or -1 with "a bytes-like object is required, not 'T'". */
int bytes_like_arg(Value v, const char **data, intptr_t *size);
int byte_value_arg(Value v, int *out); /* an int in range(256), else ValueError / TypeError */

Value bytes_from_text(const void *data, int kind, intptr_t n); /* TextKind maker (kind 1) */
/* escape_single: escape every quote character (bytearray), not only the chosen delimiter. */
Value bytes_repr_data(const char *prefix, const char *data, intptr_t n, const char *suffix,
                      bool escape_single);
Value bytes_compare_data(const char *a, intptr_t na, const char *b, intptr_t nb, int op);
Value bytes_subscript(Value self, Value key, BytesMaker make, const char *index_error);
int bytes_contains_data(const char *data, intptr_t n, Value item);
Value bytes_concat_data(Value a, Value b, BytesMaker make); /* a + b, a bytes-like */
Value bytes_repeat_data(Value a, Value b, BytesMaker make); /* a * b or b * a */
Value bytes_from_iterable(Value iterable, BytesMaker make);
Value bytes_construct(const char *fname, Value source, Value encoding, Value errors,
                      BytesMaker make);

typedef struct BytesIter { /* bytes_iterator and bytearray_iterator */
    Object ob;
    Value seq; /* NULL once exhausted */
    intptr_t index;
} BytesIter;

extern Type type_bytes_iterator, type_bytearray_iterator;
Value bytes_percent_format(Value fmt, Value args, BytesMaker make); /* str_percent.c */

Value bytes_iter_new(Type *type, Value seq);
Value bytes_iter_next(Value self);
void bytes_iter_dealloc(Value self);
extern MethodDef bytes_iter_methods[];

extern MethodDef bytes_methods[], bytearray_methods[];

/* bytearray's own methods (bytearray.c), listed in bytearray_methods. */
#define BA_METHOD(name) Value name(Value self, Value const *args, size_t nargs, Value kwnames)
BA_METHOD(bytearray_append);
BA_METHOD(bytearray_extend);
BA_METHOD(bytearray_pop);
BA_METHOD(bytearray_insert);
BA_METHOD(bytearray_remove);
BA_METHOD(bytearray_clear);
BA_METHOD(bytearray_copy);
BA_METHOD(bytearray_reverse);
extern const TextKind text_kind_bytes, text_kind_bytearray;

#endif
