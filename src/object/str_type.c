/* str_type.c: the str type object and its slots: comparison, hashing, len, indexing and
 * slicing, `in`, + and * (with CPython's sequence-concat error messages), % formatting,
 * str() construction, and the fast str iterator. */
#include "../vm/errors.h"
#include "codecs.h"
#include "bytes.h"
#include "method_args.h"
#include "slice.h"
#include "str_internal.h"
#include "str_methods.h"
#include "tuple.h"
#include "type.h"

/* ---- comparison, hash, len ---- */

static Value str_richcompare(Value a, Value b, int op) {
    if (!is_str(a) || !is_str(b)) return NOT_IMPLEMENTED;
    if (op == CMP_EQ || op == CMP_NE) return bool_value(str_equal(a, b) == (op == CMP_EQ));
    int c = str_compare(a, b);
    switch (op) {
        case CMP_LT: return bool_value(c < 0);
        case CMP_LE: return bool_value(c <= 0);
        case CMP_GT: return bool_value(c > 0);
        default: return bool_value(c >= 0);
    }
}

static intptr_t str_len(Value s) { return str_length(s); }

/* ---- indexing ---- */

static Value str_slice(Value s, Value slice) {
    intptr_t start, stop, step;
    if (slice_unpack(slice, &start, &stop, &step) < 0) return NULL;
    intptr_t n = slice_adjust_indices(str_length(s), &start, &stop, step);
    if (step == 1) return str_substring(s, start, stop);
    StrBuilder b;
    sb_init(&b);
    for (intptr_t i = 0, j = start; i < n; i++, j += step)
        if (sb_put_char(&b, str_char(s, j)) < 0) return NULL;
    return sb_finish(&b);
}

static Value str_getitem(Value s, Value key) {
    intptr_t i;
    if (is_small_int(key))
        i = small_int_value(key);
    else if (is_slice(key))
        return str_slice(s, key);
    else if (is_index_like(key)) {
        i = index_as_ssize(key, &exc_IndexError);
        if (i == -1 && err_occurred()) return NULL;
    } else
        return err_format(&exc_TypeError, "string indices must be integers, not '%T'", key);
    if (i < 0) i += str_length(s);
    if (i < 0 || i >= str_length(s))
        return err_format(&exc_IndexError, "string index out of range");
    return str_from_char(str_char(s, i));
}

static int str_contains(Value s, Value item) {
    if (!is_str(item)) {
        err_format(&exc_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    return str_find(s, item, 0, str_length(s), 1) >= 0;
}

/* ---- operators ---- */

/* Gives the right operand's own slot a chance (its __radd__ / __rmul__), as CPython
 * tries before falling back to sequence concatenation / repetition. */
static Value try_right_operand(Value a, Value b, BinaryOp op, binaryfunc self_slot) {
    NumberSlots *ns = type_of(b)->number;
    binaryfunc f = ns ? ns->binary[op] : NULL;
    if (!f || f == self_slot) return NOT_IMPLEMENTED;
    return f(a, b);
}

static Value str_add(Value a, Value b) {
    if (!is_str(a)) return NOT_IMPLEMENTED;
    if (is_str(b)) return str_concat(a, b);
    Value r = try_right_operand(a, b, BINOP_ADD, str_add);
    if (r != NOT_IMPLEMENTED) return r;
    return err_format(&exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
}

Value str_repeat(Value s, intptr_t count) {
    intptr_t n = str_length(s);
    if (count <= 0 || n == 0) return str_empty();
    if (count == 1 && is_str_exact(s)) return incref(s);
    if (n > INTPTR_MAX / 4 / count) return err_no_memory();
    Value r = str_new_raw(n * count, str_max_char(s));
    if (!r) return NULL;
    int k = str_kind(s);
    uint8_t *dst = str_data(r);
    size_t unit = (size_t)(n * k), total = unit * (size_t)count;
    if (n == 1 && k == 1)
        memset(dst, *(uint8_t *)str_data(s), (size_t)count);
    else {
        memcpy(dst, str_data(s), unit);
        for (size_t done = unit; done < total; done *= 2) /* doubling copies */
            memcpy(dst + done, dst, done < total - done ? done : total - done);
    }
    return r;
}

static Value str_mul(Value a, Value b) {
    Value s = is_str(a) ? a : b, count = is_str(a) ? b : a;
    if (!is_index_like(count)) {
        if (s != a) return NOT_IMPLEMENTED; /* reflected: binary_op reports the error */
        Value r = try_right_operand(a, b, BINOP_MULTIPLY, str_mul);
        if (r != NOT_IMPLEMENTED) return r;
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    intptr_t n = index_as_ssize(count, &exc_OverflowError);
    if (n == -1 && err_occurred()) return NULL;
    return str_repeat(s, n);
}

static Value str_mod(Value a, Value b) {
    if (!is_str(a)) return NOT_IMPLEMENTED;
    return str_percent_format(a, b);
}

static NumberSlots str_number = {
    .binary = {[BINOP_ADD] = str_add, [BINOP_MULTIPLY] = str_mul, [BINOP_REMAINDER] = str_mod},
};

/* ---- construction ---- */

static Value str_str(Value s) {
    if (is_str_exact(s)) return incref(s);
    return str_from_kind(str_data(s), str_kind(s), str_length(s));
}

/* str(bytes-like, encoding, errors) */
static Value str_decode_object(Value obj, Value encoding, Value errors) {
    const char *enc = "utf-8", *err = NULL;
    if (encoding && !is_str(encoding)) return codec_arg_error("str", "encoding", encoding);
    if (errors && !is_str(errors)) return codec_arg_error("str", "errors", errors);
    if ((encoding && !(enc = str_utf8(encoding))) || (errors && !(err = str_utf8(errors))))
        return NULL;
    const char *data;
    intptr_t size;
    if (bytes_like_data(obj, &data, &size) < 0) {
        if (is_str(obj)) return err_format(&exc_TypeError, "decoding str is not supported");
        return err_format(&exc_TypeError, "decoding to str: need a bytes-like object, %T found",
                          obj);
    }
    return codec_decode(data, size, enc, err);
}

/* A str subclass instance holding the characters of the exact str s (stolen). */
static Value str_subtype_from(Type *type, Value s) {
    if (!s) return NULL;
    Str *src = (Str *)s;
    size_t units = (size_t)(src->length + 1) * src->kind;
    Str *r = (Str *)object_new(type, units);
    if (r) {
        r->length = src->length;
        r->hash = -1;
        r->kind = src->kind;
        r->ascii = src->ascii;
        r->utf8 = src->ascii ? (char *)r->data : NULL;
        r->utf8_length = src->ascii ? src->length : 0;
        memcpy(r->data, src->data, units);
    }
    decref(s);
    return (Value)r;
}

static Value str_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", "encoding", "errors"};
    Value a[3];
    if (nargs == 1 && !kwnames && type == &type_str) return object_str(args[0]);
    if (args_bind("str", args, nargs, kwnames, names, 3, 3, a) < 0) return NULL;
    Value r;
    if (!a[0])
        r = str_empty();
    else if (a[1] || a[2])
        r = str_decode_object(a[0], a[1], a[2]);
    else
        r = object_str(a[0]);
    if (!r || type == &type_str) return r;
    if (!is_str_exact(r)) { /* __str__ returned a subclass instance: take its characters */
        Value exact = str_str(r);
        decref(r);
        r = exact;
    }
    return str_subtype_from(type, r);
}

/* ---- iteration ---- */

typedef struct StrIter {
    Object ob;
    Value s; /* NULL when exhausted */
    intptr_t index;
} StrIter;

Type type_str_iterator, type_str_ascii_iterator;

static Value str_iter(Value s) {
    StrIter *it =
        (StrIter *)object_new(str_is_ascii(s) ? &type_str_ascii_iterator : &type_str_iterator, 0);
    if (!it) return NULL;
    it->s = incref(s);
    it->index = 0;
    return (Value)it;
}

static Value str_iter_next(Value self) {
    StrIter *it = (StrIter *)self;
    if (!it->s) return NULL;
    if (it->index < str_length(it->s)) return str_from_char(str_char(it->s, it->index++));
    CLEAR(it->s);
    return NULL;
}

static void str_iter_dealloc(Value self) {
    xdecref(((StrIter *)self)->s);
    object_free(self);
}

static Value str_iter_self(Value self) { return incref(self); }

static Value str_iter_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    StrIter *it = (StrIter *)self;
    return small_int(it->s ? str_length(it->s) - it->index : 0);
}

static MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define STR_ITER_TYPE(cname, pyname)                                                               \
    Type cname = {                                                                                 \
        .ob = {IMMORTAL_REFCOUNT, &type_type},                                                     \
        .name = pyname,                                                                            \
        .basicsize = sizeof(StrIter),                                                              \
        .flags = TPFLAG_IMMUTABLE,                                                                 \
        .dealloc = str_iter_dealloc,                                                               \
        .iter = str_iter_self,                                                                     \
        .iternext = str_iter_next,                                                                 \
        .methods = str_iter_methods,                                                               \
    }
STR_ITER_TYPE(type_str_iterator, "str_iterator");
STR_ITER_TYPE(type_str_ascii_iterator, "str_ascii_iterator");

/* ---- the type ---- */

static hash_t str_hash_slot(Value s) { return str_hash(s); }

Type type_str = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "str",
    .basicsize = sizeof(Str),
    .itemsize = 1,
    .flags = TPFLAG_BASETYPE | TPFLAG_STR_SUBCLASS | TPFLAG_IMMUTABLE,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .new_ = str_new,
    .iter = str_iter,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .number = &str_number,
    .methods = str_methods,
};
