/* bytes.c: the bytes type: creation (cached empty and one-byte singletons), the b'...'
 * repr, hashing (the str hash over the bytes), comparison, indexing and slicing,
 * `in` (an int or a bytes-like), + and *, bytes() construction, and the iterator. */
#include <stdio.h>
#include <string.h>

#include "../vm/errors.h"
#include "bytearray.h"
#include "memoryview.h"
#include "bytes_internal.h"
#include "codecs.h"
#include "int.h"
#include "list.h"
#include "method_args.h"
#include "siphash.h"
#include "slice.h"
#include "str.h"
#include "str_search.h"
#include "tuple.h"

static Bytes *byte_cache[256];
static Bytes *empty_bytes;

static Value bytes_alloc(intptr_t size) {
    if (size < 0 || (uintptr_t)size > SIZE_MAX / 2 - sizeof(Bytes)) return err_no_memory();
    Bytes *b = (Bytes *)object_new(&type_bytes, (size_t)size + 1);
    if (!b) return NULL;
    b->size = size;
    b->hash = -1;
    return (Value)b;
}

static Value immortal(Value v) {
    if (v) v->refcount = IMMORTAL_REFCOUNT;
    return v;
}

Value bytes_new(const char *data, intptr_t size) {
    if (size == 0) {
        if (!empty_bytes) empty_bytes = (Bytes *)immortal(bytes_alloc(0));
        return (Value)empty_bytes;
    }
    if (size == 1 && data) {
        uint8_t c = (uint8_t)data[0];
        if (!byte_cache[c]) {
            Value b = immortal(bytes_alloc(1));
            if (!b) return NULL;
            bytes_data(b)[0] = (char)c;
            byte_cache[c] = (Bytes *)b;
        }
        return (Value)byte_cache[c];
    }
    Value b = bytes_alloc(size);
    if (b && data) memcpy(bytes_data(b), data, (size_t)size);
    return b;
}

Value bytes_from_text(const void *data, int kind, intptr_t n) {
    (void)kind; /* bytes pieces are always kind 1 */
    return bytes_new(data, n);
}

int bytes_like_data(Value v, const char **data, intptr_t *size) {
    if (is_bytes(v)) {
        *data = bytes_data(v);
        *size = bytes_size(v);
        return 0;
    }
    if (is_bytearray(v)) {
        *data = bytearray_data(v);
        *size = bytearray_size(v);
        return 0;
    }
    if (is_memoryview(v)) return memoryview_contiguous_data(v, data, size);
    return -1;
}

int bytes_like_arg(Value v, const char **data, intptr_t *size) {
    if (bytes_like_data(v, data, size) == 0) return 0;
    err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", v);
    return -1;
}

/* ---- repr ---- */

Value bytes_repr_data(const char *prefix, const char *data, intptr_t n, const char *suffix,
                      bool escape_single) {
    bool has_single = memchr(data, '\'', (size_t)n) != NULL;
    bool has_double = memchr(data, '"', (size_t)n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    if (n > (INTPTR_MAX - 64) / 4) return err_no_memory();
    size_t plen = strlen(prefix), slen = strlen(suffix);
    Value r = str_new_raw((intptr_t)(plen + 2 + slen) + 4 * n, 0x7f); /* trimmed below */
    if (!r) return NULL;
    char *out = (char *)((Str *)r)->data, *p = out;
    memcpy(p, prefix, plen);
    p += plen;
    *p++ = 'b';
    *p++ = quote;
    for (intptr_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)data[i];
        if (c == (uint8_t)quote || c == '\\' || (c == '\'' && escape_single))
            *p++ = '\\', *p++ = (char)c;
        else if (c == '\t')
            *p++ = '\\', *p++ = 't';
        else if (c == '\n')
            *p++ = '\\', *p++ = 'n';
        else if (c == '\r')
            *p++ = '\\', *p++ = 'r';
        else if (c < 0x20 || c >= 0x7f)
            p += snprintf(p, 5, "\\x%02x", c);
        else
            *p++ = (char)c;
    }
    *p++ = quote;
    memcpy(p, suffix, slen);
    p += slen;
    Value exact = str_from_utf8(out, (size_t)(p - out));
    decref(r);
    return exact;
}

Value bytes_repr(Value b) { return bytes_repr_data("", bytes_data(b), bytes_size(b), "", false); }

/* ---- comparison, hash ---- */

Value bytes_compare_data(const char *a, intptr_t na, const char *b, intptr_t nb, int op) {
    if ((op == CMP_EQ || op == CMP_NE) && na != nb) return bool_value(op == CMP_NE);
    int c = memcmp(a, b, (size_t)(na < nb ? na : nb));
    if (c == 0) c = na < nb ? -1 : na > nb;
    switch (op) {
        case CMP_LT: return bool_value(c < 0);
        case CMP_LE: return bool_value(c <= 0);
        case CMP_EQ: return bool_value(c == 0);
        case CMP_NE: return bool_value(c != 0);
        case CMP_GT: return bool_value(c > 0);
        default: return bool_value(c >= 0);
    }
}

static Value bytes_richcompare(Value a, Value b, int op) {
    const char *da, *db;
    intptr_t na, nb;
    if (!is_bytes(a) || bytes_like_data(b, &db, &nb) < 0 || bytes_like_data(a, &da, &na) < 0)
        return NOT_IMPLEMENTED;
    return bytes_compare_data(da, na, db, nb, op);
}

static hash_t bytes_hash(Value v) {
    Bytes *b = (Bytes *)v;
    if (b->hash == -1) b->hash = hash_bytes(b->data, (size_t)b->size);
    return b->hash;
}

static intptr_t bytes_len(Value b) { return bytes_size(b); }

/* ---- indexing ---- */

Value bytes_subscript(Value self, Value key, Value (*make)(const char *, intptr_t),
                      const char *index_error) {
    const char *data;
    intptr_t n;
    bytes_like_data(self, &data, &n);
    if (is_slice(key)) {
        intptr_t start, stop, step;
        if (slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        intptr_t len = slice_adjust_indices(n, &start, &stop, step);
        if (step == 1) return make(data + start, len);
        Value r = make(NULL, len);
        if (!r) return NULL;
        const char *src;
        intptr_t rn;
        bytes_like_data(r, &src, &rn);
        char *dst = (char *)src;
        for (intptr_t i = 0; i < len; i++) dst[i] = data[start + i * step];
        return r;
    }
    intptr_t i;
    if (is_small_int(key))
        i = small_int_value(key);
    else if (is_index_like(key)) {
        i = index_as_ssize(key, &exc_IndexError);
        if (i == -1 && err_occurred()) return NULL;
    } else
        return err_format(&exc_TypeError, "%s indices must be integers or slices, not %T",
                          is_bytes(self) ? "byte" : "bytearray", key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return err_format(&exc_IndexError, "%s", index_error);
    return small_int((uint8_t)data[i]);
}

static Value bytes_getitem(Value self, Value key) {
    return bytes_subscript(self, key, bytes_new, "index out of range");
}

int byte_value_arg(Value v, int *out) {
    intptr_t n = ssize_arg(v);
    if (n == -1 && err_occurred()) return -1;
    if (n < 0 || n > 255) {
        err_set_str(&exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)n;
    return 0;
}

int bytes_contains_data(const char *data, intptr_t n, Value item) {
    if (is_index_like(item)) {
        int c;
        if (byte_value_arg(item, &c) < 0) return -1;
        return memchr(data, c, (size_t)n) != NULL;
    }
    const char *sub;
    intptr_t m;
    if (bytes_like_arg(item, &sub, &m) < 0) return -1;
    Text hay = {data, n, 1}, needle = {sub, m, 1};
    return text_find(hay, needle, 0, n, true) >= 0;
}

static int bytes_contains(Value self, Value item) {
    return bytes_contains_data(bytes_data(self), bytes_size(self), item);
}

/* ---- operators ---- */

Value bytes_concat_data(Value a, Value b, Value (*make)(const char *, intptr_t)) {
    const char *da, *db;
    intptr_t na, nb;
    if (bytes_like_data(a, &da, &na) < 0) return NOT_IMPLEMENTED;
    if (bytes_like_data(b, &db, &nb) < 0)
        return err_format(&exc_TypeError, "can't concat %T to %T", b, a);
    if (na > INTPTR_MAX / 2 - nb) return err_no_memory();
    Value r = make(NULL, na + nb);
    if (!r) return NULL;
    const char *dst;
    intptr_t n;
    bytes_like_data(r, &dst, &n);
    memcpy((char *)dst, da, (size_t)na);
    memcpy((char *)dst + na, db, (size_t)nb);
    return r;
}

static Value bytes_add(Value a, Value b) {
    if (!is_bytes(a)) return NOT_IMPLEMENTED;
    if (is_bytes_exact(a) && bytes_size(a) == 0 && is_bytes_exact(b)) return incref(b);
    if (is_bytes_exact(b) && bytes_size(b) == 0 && is_bytes_exact(a)) return incref(a);
    return bytes_concat_data(a, b, bytes_new);
}

Value bytes_repeat_data(Value a, Value b, Value (*make)(const char *, intptr_t)) {
    const char *data;
    intptr_t n;
    Value seq = bytes_like_data(a, &data, &n) == 0 ? a : b, count = seq == a ? b : a;
    if (!is_index_like(count)) {
        if (seq != a) return NOT_IMPLEMENTED; /* reflected: binary_op reports the error */
        NumberSlots *ns = type_of(b)->number;
        if (ns && ns->binary[BINOP_MULTIPLY] && !is_bytes(b) && !is_bytearray(b)) {
            Value r = ns->binary[BINOP_MULTIPLY](a, b); /* the right operand's __rmul__ */
            if (r != NOT_IMPLEMENTED) return r;
        }
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    intptr_t k = index_as_ssize(count, &exc_OverflowError);
    if (k == -1 && err_occurred()) return NULL;
    bytes_like_data(seq, &data, &n);
    if (k < 0) k = 0;
    if (n > 0 && k > INTPTR_MAX / 2 / n) return err_no_memory();
    Value r = make(NULL, n * k);
    if (!r) return NULL;
    const char *dst;
    intptr_t total;
    bytes_like_data(r, &dst, &total);
    char *out = (char *)dst;
    if (n == 1)
        memset(out, data[0], (size_t)k);
    else if (total > 0) {
        memcpy(out, data, (size_t)n);
        for (intptr_t done = n; done < total; done *= 2)
            memcpy(out + done, out, (size_t)(done < total - done ? done : total - done));
    }
    return r;
}

static Value bytes_mul(Value a, Value b) {
    if (is_bytes_exact(a) && is_small_int(b) && small_int_value(b) == 1) return incref(a);
    return bytes_repeat_data(a, b, bytes_new);
}

static Value bytes_mod(Value a, Value b) {
    if (!is_bytes(a)) return NOT_IMPLEMENTED;
    return bytes_percent_format(a, b, bytes_new);
}

static NumberSlots bytes_number = {
    .binary =
        {[BINOP_ADD] = bytes_add, [BINOP_MULTIPLY] = bytes_mul, [BINOP_REMAINDER] = bytes_mod},
};

/* ---- construction ---- */

/* The bytes of an iterable of ints in range(256), as a new bytes or bytearray. */
Value bytes_from_iterable(Value iterable, Value (*make)(const char *, intptr_t)) {
    Value list = list_from_iterable(iterable);
    if (!list) return NULL;
    intptr_t n = list_size(list);
    Value r = make(NULL, n);
    if (r) {
        const char *dst;
        intptr_t size;
        bytes_like_data(r, &dst, &size);
        for (intptr_t i = 0; i < n; i++) {
            Value item = list_get(list, i);
            intptr_t v = ssize_arg(item);
            if (v == -1 && err_occurred()) {
                CLEAR(r);
                break;
            }
            if (v < 0 || v > 255) {
                err_set_str(&exc_ValueError, "bytes must be in range(0, 256)");
                CLEAR(r);
                break;
            }
            ((char *)dst)[i] = (char)v;
        }
    }
    decref(list);
    return r;
}

/* bytes(source, encoding, errors) and bytearray(...): the shared argument rules. */
Value bytes_construct(const char *fname, Value source, Value encoding, Value errors,
                      Value (*make)(const char *, intptr_t)) {
    if (!source) {
        if (encoding || errors)
            return err_format(&exc_TypeError, encoding ? "encoding without a string argument"
                                                       : "errors without a string argument");
        return make("", 0);
    }
    if (is_str(source)) {
        if (!encoding) return err_format(&exc_TypeError, "string argument without an encoding");
        const char *enc, *err = NULL;
        if (!is_str(encoding)) return codec_arg_error(fname, "encoding", encoding);
        if (errors && !is_str(errors)) return codec_arg_error(fname, "errors", errors);
        if (!(enc = str_utf8(encoding)) || (errors && !(err = str_utf8(errors)))) return NULL;
        Value b = codec_encode(source, enc, err);
        if (!b || make == bytes_new) return b;
        Value r = make(bytes_data(b), bytes_size(b));
        decref(b);
        return r;
    }
    if (encoding || errors)
        return err_format(&exc_TypeError, encoding ? "encoding without a string argument"
                                                   : "errors without a string argument");
    const char *data;
    intptr_t n;
    if (bytes_like_data(source, &data, &n) == 0) return make(data, n);
    if (is_index_like(source)) {
        intptr_t count = index_as_ssize(source, &exc_OverflowError);
        if (count == -1 && err_occurred()) return NULL;
        if (count < 0) return err_format(&exc_ValueError, "negative count");
        Value r = make(NULL, count);
        if (r) {
            bytes_like_data(r, &data, &n);
            memset((char *)data, 0, (size_t)n);
        }
        return r;
    }
    Value it = object_getiter(source);
    if (!it) {
        if (err_matches(&exc_TypeError)) {
            err_clear();
            err_format(&exc_TypeError, "cannot convert '%T' object to %s", source, fname);
        }
        return NULL;
    }
    Value r = bytes_from_iterable(it, make);
    decref(it);
    return r;
}

static Value bytes_new_slot(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"source", "encoding", "errors"};
    Value a[3];
    if (args_bind("bytes", args, nargs, kwnames, names, 3, 3, a) < 0) return NULL;
    Value r = NULL;
    if (a[0] && !a[1] && !a[2] && !is_str(a[0])) { /* __bytes__ comes first */
        Value meth = type_lookup(type_of(a[0]), NAME(__bytes__));
        if (meth) {
            r = object_call_method(a[0], NAME(__bytes__), NULL, 0);
            if (r && !is_bytes(r)) {
                err_format(&exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
                CLEAR(r);
            }
            if (!r) return NULL;
        }
    }
    if (!r) r = bytes_construct("bytes", a[0], a[1], a[2], bytes_new);
    if (!r || type == &type_bytes) return r;
    Bytes *sub = (Bytes *)object_new(type, (size_t)bytes_size(r) + 1);
    if (sub) {
        sub->size = bytes_size(r);
        sub->hash = -1;
        memcpy(sub->data, bytes_data(r), (size_t)sub->size + 1);
    }
    decref(r);
    return (Value)sub;
}

/* ---- iteration ---- */

Value bytes_iter_new(Type *type, Value seq) {
    BytesIter *it = (BytesIter *)object_new(type, 0);
    if (!it) return NULL;
    it->seq = incref(seq);
    it->index = 0;
    return (Value)it;
}

static Value bytes_iter(Value self) { return bytes_iter_new(&type_bytes_iterator, self); }

Value bytes_iter_next(Value self) {
    BytesIter *it = (BytesIter *)self;
    if (!it->seq) return NULL;
    const char *data = NULL;
    intptr_t n = 0;
    bytes_like_data(it->seq, &data, &n);
    if (it->index < n) return small_int((uint8_t)data[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

void bytes_iter_dealloc(Value self) {
    xdecref(((BytesIter *)self)->seq);
    object_free(self);
}

static Value bytes_iter_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    BytesIter *it = (BytesIter *)self;
    const char *data;
    intptr_t n = 0;
    if (it->seq) bytes_like_data(it->seq, &data, &n);
    return small_int(n > it->index ? n - it->index : 0);
}

MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value iter_self(Value self) { return incref(self); }

Type type_bytes_iterator = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIter),
    .dealloc = bytes_iter_dealloc,
    .iter = iter_self,
    .iternext = bytes_iter_next,
    .methods = bytes_iter_methods,
};

/* ---- the type ---- */

static Value bytes_str(Value self) { return bytes_repr(self); }

Type type_bytes = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "bytes",
    .basicsize = sizeof(Bytes),
    .itemsize = 1,
    .flags = TPFLAG_BASETYPE | TPFLAG_BYTES_SUBCLASS | TPFLAG_IMMUTABLE,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null "
           "bytes\n"
           "bytes() -> empty bytes object\n\n"
           "Construct an immutable array of bytes from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
    .dealloc = object_free,
    .repr = bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .new_ = bytes_new_slot,
    .iter = bytes_iter,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .number = &bytes_number,
    .methods = bytes_methods,
};
