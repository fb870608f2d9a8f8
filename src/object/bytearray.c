/* bytearray.c: the bytearray type: a mutable byte buffer with item and slice assignment
 * and deletion, the in-place operators, and the list-like methods (append, extend, pop,
 * insert, remove, clear, copy, reverse). The bytes-like methods are shared with bytes. */
#include "bytearray.h"

#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "bytes_internal.h"
#include "list.h"
#include "method_args.h"
#include "slice.h"
#include "str.h"

int bytearray_resize(Value v, intptr_t size) {
    ByteArray *b = (ByteArray *)v;
    if (size < 0 || size > INTPTR_MAX / 2 - 16) return err_no_memory(), -1;
    if (size + 1 > b->allocated || size + 1 < b->allocated / 4) {
        intptr_t cap = size + 1 + (size >> 3) + (size < 9 ? 3 : 6);
        char *d = mem_realloc(b->data, (size_t)cap);
        if (!d) return err_no_memory(), -1;
        b->data = d;
        b->allocated = cap;
    }
    if (size > b->size) memset(b->data + b->size, 0, (size_t)(size - b->size));
    b->size = size;
    b->data[size] = '\0';
    return 0;
}

static Value bytearray_alloc(Type *type) {
    ByteArray *b = (ByteArray *)object_new(type, 0);
    if (!b) return NULL;
    b->data = mem_calloc(1, 1);
    if (!b->data) {
        object_free((Value)b);
        return err_no_memory();
    }
    b->allocated = 1;
    return (Value)b;
}

Value bytearray_new(const char *data, intptr_t size) {
    Value b = bytearray_alloc(&type_bytearray);
    if (b && bytearray_resize(b, size) < 0) CLEAR(b);
    if (b && data) memcpy(bytearray_data(b), data, (size_t)size);
    return b;
}

static void bytearray_dealloc(Value self) {
    mem_free(((ByteArray *)self)->data);
    object_free(self);
}

static Value bytearray_repr(Value self) {
    const char *name = type_of(self)->name;
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%.100s(", name);
    /* CPython's bytearray repr escapes ' even inside double quotes */
    return bytes_repr_data(prefix, bytearray_data(self), bytearray_size(self), ")", true);
}

static Value bytearray_richcompare(Value a, Value b, int op) {
    const char *da, *db;
    intptr_t na, nb;
    if (bytes_like_data(a, &da, &na) < 0 || bytes_like_data(b, &db, &nb) < 0)
        return NOT_IMPLEMENTED;
    return bytes_compare_data(da, na, db, nb, op);
}

static intptr_t bytearray_len(Value self) { return bytearray_size(self); }

static Value bytearray_getitem(Value self, Value key) {
    return bytes_subscript(self, key, bytearray_new, "bytearray index out of range");
}

static int bytearray_contains(Value self, Value item) {
    return bytes_contains_data(bytearray_data(self), bytearray_size(self), item);
}

/* ---- assignment ---- */

/* Replaces self[start:stop] (step 1) by n bytes of data. */
static int replace_range(Value self, intptr_t start, intptr_t stop, const char *data, intptr_t n) {
    intptr_t size = bytearray_size(self), tail = size - stop, grow = n - (stop - start);
    if (grow > 0 && bytearray_resize(self, size + grow) < 0) return -1;
    char *d = bytearray_data(self);
    memmove(d + start + n, d + stop, (size_t)tail);
    if (n) memcpy(d + start, data, (size_t)n);
    if (grow < 0) return bytearray_resize(self, size + grow);
    return 0;
}

/* The bytes to assign to a slice: a bytes-like (copied, it may be self) or ints. */
static Value assigned_bytes(Value v) {
    const char *data;
    intptr_t n;
    if (bytes_like_data(v, &data, &n) == 0) return bytes_new(data, n);
    if (is_index_like(v) || is_str(v)) {
        err_set_str(&exc_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return NULL;
    }
    return bytes_from_iterable(v, bytes_new);
}

static int assign_slice(Value self, Value slice, Value v) {
    intptr_t start, stop, step;
    if (slice_unpack(slice, &start, &stop, &step) < 0) return -1;
    intptr_t len = slice_adjust_indices(bytearray_size(self), &start, &stop, step);
    Value src = v ? assigned_bytes(v) : NULL;
    if (v && !src) return -1;
    int rc = 0;
    intptr_t n = src ? bytes_size(src) : 0;
    if (step == 1) {
        rc = replace_range(self, start, stop < start ? start : stop, src ? bytes_data(src) : "", n);
    } else if (src) {
        if (n != len) {
            err_format(&exc_ValueError,
                       "attempt to assign bytes of size %zd to extended slice of size %zd", n, len);
            rc = -1;
        } else
            for (intptr_t i = 0; i < len; i++)
                bytearray_data(self)[start + i * step] = bytes_data(src)[i];
    } else { /* delete an extended slice: keep the bytes it does not select */
        intptr_t size = bytearray_size(self), out = 0;
        uint8_t *drop = mem_calloc((size_t)size + 1, 1);
        if (!drop) return err_no_memory(), -1;
        for (intptr_t i = 0; i < len; i++) drop[start + i * step] = 1;
        char *d = bytearray_data(self);
        for (intptr_t i = 0; i < size; i++)
            if (!drop[i]) d[out++] = d[i];
        mem_free(drop);
        rc = bytearray_resize(self, out);
    }
    xdecref(src);
    return rc;
}

static int bytearray_setitem(Value self, Value key, Value v) {
    if (is_slice(key)) return assign_slice(self, key, v);
    if (!is_index_like(key)) {
        err_format(&exc_TypeError, "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    intptr_t i = index_as_ssize(key, &exc_IndexError);
    if (i == -1 && err_occurred()) return -1;
    intptr_t n = bytearray_size(self);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        err_set_str(&exc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!v) return replace_range(self, i, i + 1, "", 0);
    int c;
    if (byte_value_arg(v, &c) < 0) return -1;
    bytearray_data(self)[i] = (char)c;
    return 0;
}

/* ---- operators ---- */

static Value bytearray_add(Value a, Value b) {
    if (!is_bytearray(a)) return NOT_IMPLEMENTED;
    return bytes_concat_data(a, b, bytearray_new);
}

static Value bytearray_mul(Value a, Value b) { return bytes_repeat_data(a, b, bytearray_new); }

static int extend_with(Value self, Value iterable) {
    Value src = assigned_bytes(iterable);
    if (!src) return -1;
    intptr_t n = bytearray_size(self);
    int rc = replace_range(self, n, n, bytes_data(src), bytes_size(src));
    decref(src);
    return rc;
}

static Value bytearray_iadd(Value a, Value b) {
    const char *data;
    intptr_t n;
    if (bytes_like_data(b, &data, &n) < 0)
        return err_format(&exc_TypeError, "can't concat %T to %T", b, a);
    if (extend_with(a, b) < 0) return NULL;
    return incref(a);
}

static Value bytearray_imul(Value a, Value b) {
    if (!is_index_like(b))
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%T'", b);
    intptr_t k = index_as_ssize(b, &exc_OverflowError);
    if (k == -1 && err_occurred()) return NULL;
    intptr_t n = bytearray_size(a);
    if (k <= 0 || n == 0) {
        if (bytearray_resize(a, 0) < 0) return NULL;
        return incref(a);
    }
    if (n > INTPTR_MAX / 2 / k) return err_no_memory();
    if (bytearray_resize(a, n * k) < 0) return NULL;
    char *d = bytearray_data(a);
    for (intptr_t i = 1; i < k; i++) memcpy(d + i * n, d, (size_t)n);
    return incref(a);
}

static Value bytearray_mod(Value a, Value b) {
    if (!is_bytearray(a)) return NOT_IMPLEMENTED;
    return bytes_percent_format(a, b, bytearray_new);
}

static NumberSlots bytearray_number = {
    .binary = {[BINOP_ADD] = bytearray_add,
               [BINOP_MULTIPLY] = bytearray_mul,
               [BINOP_REMAINDER] = bytearray_mod},
    .inplace = {[BINOP_ADD] = bytearray_iadd, [BINOP_MULTIPLY] = bytearray_imul},
};

/* ---- construction ---- */

static Value bytearray_new_slot(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (args_bind("bytearray", args, nargs, kwnames, names, 3, 3, a) < 0) return NULL;
    Value content = bytes_construct("bytearray", a[0], a[1], a[2], bytes_new);
    if (!content) return NULL;
    Value r = bytearray_alloc(type);
    if (r && replace_range(r, 0, 0, bytes_data(content), bytes_size(content)) < 0) CLEAR(r);
    decref(content);
    return r;
}

/* ---- methods ---- */

BA_METHOD(bytearray_append) {
    if (args_exactly_one("bytearray.append", nargs) < 0) return NULL;
    int c;
    if (byte_value_arg(args[0], &c) < 0) return NULL;
    intptr_t n = bytearray_size(self);
    if (bytearray_resize(self, n + 1) < 0) return NULL;
    bytearray_data(self)[n] = (char)c;
    return NONE;
}

BA_METHOD(bytearray_extend) {
    if (args_exactly_one("bytearray.extend", nargs) < 0) return NULL;
    Value v = args[0];
    const char *data;
    intptr_t n;
    if (bytes_like_data(v, &data, &n) < 0 && (is_index_like(v) || is_str(v))) {
        if (is_str(v))
            return err_format(&exc_TypeError, "expected iterable of integers; got: 'str'");
        return err_format(&exc_TypeError, "can't extend bytearray with %T", v);
    }
    if (extend_with(self, v) < 0) return NULL;
    return NONE;
}

BA_METHOD(bytearray_pop) {
    if (args_count("pop", nargs, 0, 1) < 0) return NULL;
    intptr_t n = bytearray_size(self), i = -1;
    if (nargs == 1 && (i = ssize_arg(args[0])) == -1 && err_occurred()) return NULL;
    if (n == 0) return err_format(&exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_format(&exc_IndexError, "pop index out of range");
    uint8_t c = (uint8_t)bytearray_data(self)[i];
    if (replace_range(self, i, i + 1, "", 0) < 0) return NULL;
    return small_int(c);
}

BA_METHOD(bytearray_insert) {
    if (args_count("insert", nargs, 2, 2) < 0) return NULL;
    intptr_t i = ssize_arg(args[0]), n = bytearray_size(self);
    if (i == -1 && err_occurred()) return NULL;
    int c;
    if (byte_value_arg(args[1], &c) < 0) return NULL;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    char byte = (char)c;
    if (replace_range(self, i, i, &byte, 1) < 0) return NULL;
    return NONE;
}

BA_METHOD(bytearray_remove) {
    if (args_exactly_one("bytearray.remove", nargs) < 0) return NULL;
    int c;
    if (byte_value_arg(args[0], &c) < 0) return NULL;
    const char *d = bytearray_data(self);
    const char *p = memchr(d, c, (size_t)bytearray_size(self));
    if (!p) return err_format(&exc_ValueError, "value not found in bytearray");
    if (replace_range(self, p - d, p - d + 1, "", 0) < 0) return NULL;
    return NONE;
}

BA_METHOD(bytearray_clear) {
    if (args_none("bytearray.clear", nargs) < 0) return NULL;
    if (bytearray_resize(self, 0) < 0) return NULL;
    return NONE;
}

BA_METHOD(bytearray_copy) {
    if (args_none("bytearray.copy", nargs) < 0) return NULL;
    return bytearray_new(bytearray_data(self), bytearray_size(self));
}

BA_METHOD(bytearray_reverse) {
    if (args_none("bytearray.reverse", nargs) < 0) return NULL;
    char *d = bytearray_data(self);
    for (intptr_t i = 0, j = bytearray_size(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    return NONE;
}

/* ---- iteration ---- */

static Value bytearray_iter(Value self) { return bytes_iter_new(&type_bytearray_iterator, self); }

static Value iter_self(Value self) { return incref(self); }

Type type_bytearray_iterator = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = bytes_iter_dealloc,
    .iter = iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

Type type_bytearray = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "bytearray",
    .basicsize = sizeof(ByteArray),
    .flags = TPFLAG_BASETYPE,
    .doc = "bytearray(iterable_of_ints) -> bytearray\n"
           "bytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
           "bytearray(int) -> bytes array of size given by the parameter initialized with null "
           "bytes\n"
           "bytearray() -> empty bytes array\n\n"
           "Construct a mutable bytearray object from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - a bytes or a buffer object\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .richcompare = bytearray_richcompare,
    .new_ = bytearray_new_slot,
    .iter = bytearray_iter,
    .len = bytearray_len,
    .getitem = bytearray_getitem,
    .setitem = bytearray_setitem,
    .contains = bytearray_contains,
    .number = &bytearray_number,
    .methods = bytearray_methods,
};
