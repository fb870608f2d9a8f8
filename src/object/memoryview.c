/* memoryview.c: the memoryview type over bytes and bytearray (and other memoryviews):
 * length, indexing, slicing with steps, item and slice assignment when the object is
 * writable, tobytes/tolist/hex, comparison, release and the context-manager protocol. */
#include "memoryview.h"

#include "bytearray.h"
#include "bytes.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"
#include "../vm/errors.h"

typedef struct MemoryView {
    Object ob;
    Value obj;      /* the exporting bytes or bytearray */
    intptr_t start; /* offset of item 0 in obj's data */
    intptr_t length;
    intptr_t step;
    bool released;
} MemoryView;

/* The exporter's data, or NULL with ValueError when released. */
static const char *view_base(MemoryView *m) {
    const char *data;
    intptr_t size;
    if (m->released) {
        err_format(&exc_ValueError, "operation forbidden on released memoryview object");
        return NULL;
    }
    bytes_like_data(m->obj, &data, &size);
    return data;
}

static Value view_new(Value obj, intptr_t start, intptr_t length, intptr_t step) {
    MemoryView *m = (MemoryView *)object_new(&type_memoryview, 0);
    if (!m) return NULL;
    m->obj = incref(obj);
    m->start = start;
    m->length = length;
    m->step = step;
    return (Value)m;
}

int memoryview_contiguous_data(Value v, const char **data, intptr_t *size) {
    MemoryView *m = (MemoryView *)v;
    if (m->released || m->step != 1) return -1;
    const char *base;
    intptr_t total;
    bytes_like_data(m->obj, &base, &total);
    *data = base + m->start;
    *size = m->length;
    return 0;
}

static Value mv_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || (kwnames && tuple_size(kwnames))) {
        return err_format(&exc_TypeError, "memoryview() takes exactly one argument (%zu given)",
                          nargs);
    }
    Value obj = args[0];
    if (is_memoryview(obj)) {
        MemoryView *src = (MemoryView *)obj;
        if (!view_base(src)) return NULL;
        return view_new(src->obj, src->start, src->length, src->step);
    }
    const char *data;
    intptr_t size;
    if (bytes_like_data(obj, &data, &size) < 0) {
        return err_format(&exc_TypeError, "memoryview: a bytes-like object is required, not '%T'",
                          obj);
    }
    return view_new(obj, 0, size, 1);
}

static intptr_t mv_len(Value self) {
    return view_base((MemoryView *)self) ? ((MemoryView *)self)->length : -1;
}

/* Index of item i (negative counts from the end), or -1 with IndexError. */
static intptr_t item_index(MemoryView *m, Value key) {
    intptr_t i = index_as_ssize(key, &exc_IndexError);
    if (i == -1 && err_occurred()) return -1;
    if (i < 0) i += m->length;
    if (i < 0 || i >= m->length) {
        err_format(&exc_IndexError, "index out of bounds on dimension 1");
        return -1;
    }
    return m->start + i * m->step;
}

static Value mv_getitem(Value self, Value key) {
    MemoryView *m = (MemoryView *)self;
    const char *base = view_base(m);
    if (!base) return NULL;
    if (is_slice(key)) {
        intptr_t start, stop, step;
        if (slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        intptr_t n = slice_adjust_indices(m->length, &start, &stop, step);
        return view_new(m->obj, m->start + start * m->step, n, m->step * step);
    }
    if (!is_int(key) && !type_of(key)->number) {
        return err_format(&exc_TypeError, "memoryview: invalid slice key");
    }
    intptr_t at = item_index(m, key);
    return at < 0 ? NULL : small_int((unsigned char)base[at]);
}

static int mv_setitem(Value self, Value key, Value value) {
    MemoryView *m = (MemoryView *)self;
    if (!view_base(m)) return -1;
    if (!is_bytearray(m->obj)) {
        err_format(&exc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        err_format(&exc_TypeError, "cannot delete memory");
        return -1;
    }
    char *data = bytearray_data(m->obj);
    if (is_slice(key)) {
        intptr_t start, stop, step;
        if (slice_unpack(key, &start, &stop, &step) < 0) return -1;
        intptr_t n = slice_adjust_indices(m->length, &start, &stop, step);
        const char *src;
        intptr_t size;
        if (bytes_like_data(value, &src, &size) < 0 &&
            !(is_memoryview(value) && memoryview_contiguous_data(value, &src, &size) == 0)) {
            err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", value);
            return -1;
        }
        if (size != n) {
            err_format(&exc_ValueError,
                       "memoryview assignment: lvalue and rvalue have different structures");
            return -1;
        }
        for (intptr_t i = 0; i < n; i++) data[m->start + (start + i * step) * m->step] = src[i];
        return 0;
    }
    intptr_t at = item_index(m, key);
    if (at < 0) return -1;
    long long byte;
    if (!is_int(value)) {
        err_format(&exc_TypeError, "memoryview: invalid type for format 'B'");
        return -1;
    }
    if (int_as_long(value, &byte) < 0 || byte < 0 || byte > 255) {
        err_clear();
        err_format(&exc_ValueError, "memoryview: invalid value for format 'B'");
        return -1;
    }
    data[at] = (char)byte;
    return 0;
}

/* The viewed bytes as a new bytes object. */
static Value view_to_bytes(MemoryView *m) {
    const char *base = view_base(m);
    if (!base) return NULL;
    Value b = bytes_new(NULL, m->length);
    if (!b) return NULL;
    for (intptr_t i = 0; i < m->length; i++) bytes_data(b)[i] = base[m->start + i * m->step];
    return b;
}

static Value mv_tobytes(Value self, Value const *args, size_t nargs, Value kwnames) {
    return view_to_bytes((MemoryView *)self);
}

static Value mv_tolist(Value self, Value const *args, size_t nargs, Value kwnames) {
    MemoryView *m = (MemoryView *)self;
    const char *base = view_base(m);
    if (!base) return NULL;
    Value list = list_new(m->length);
    for (intptr_t i = 0; list && i < m->length; i++) {
        list_set_steal(list, i, small_int((unsigned char)base[m->start + i * m->step]));
    }
    return list;
}

static Value mv_hex(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value b = view_to_bytes((MemoryView *)self);
    if (!b) return NULL;
    Value r = object_call_method(b, str_intern_cstr("hex"), args, nargs);
    decref(b);
    return r;
}

static Value mv_release(Value self, Value const *args, size_t nargs, Value kwnames) {
    ((MemoryView *)self)->released = true;
    return NONE;
}

static Value mv_enter(Value self, Value const *args, size_t nargs, Value kwnames) {
    return view_base((MemoryView *)self) ? incref(self) : NULL;
}

static Value mv_richcompare(Value a, Value b, int op) {
    if (op != CMP_EQ && op != CMP_NE) return NOT_IMPLEMENTED;
    if (a == b) return bool_value(op == CMP_EQ);
    Value left = view_to_bytes((MemoryView *)a);
    if (!left) return NULL;
    Value right;
    if (is_memoryview(b)) {
        right = view_to_bytes((MemoryView *)b);
    } else {
        const char *data;
        intptr_t size;
        if (bytes_like_data(b, &data, &size) < 0) {
            decref(left);
            return NOT_IMPLEMENTED;
        }
        right = bytes_new(data, size);
    }
    Value r = right ? object_richcompare(left, right, op) : NULL;
    decref(left);
    xdecref(right);
    return r;
}

static Value mv_repr(Value self) {
    return str_from_format("<%smemory at %p>", ((MemoryView *)self)->released ? "released " : "",
                           (void *)self);
}

static Value mv_get_obj(Value self, void *closure) { return incref(((MemoryView *)self)->obj); }
static Value mv_get_nbytes(Value self, void *closure) {
    return int_from_long(((MemoryView *)self)->length);
}
static Value mv_get_readonly(Value self, void *closure) {
    return bool_value(!is_bytearray(((MemoryView *)self)->obj));
}
static Value mv_get_one(Value self, void *closure) { return small_int(1); }
static Value mv_get_format(Value self, void *closure) { return str_from_cstr("B"); }
static Value mv_get_shape(Value self, void *closure) {
    return tuple_pack(1, int_from_long(((MemoryView *)self)->length));
}
static Value mv_get_strides(Value self, void *closure) {
    return tuple_pack(1, int_from_long(((MemoryView *)self)->step));
}
static Value mv_get_contiguous(Value self, void *closure) {
    return bool_value(((MemoryView *)self)->step == 1);
}

static int mv_traverse(Value self, visitproc visit, void *arg) {
    return visit(((MemoryView *)self)->obj, arg);
}

static void mv_dealloc(Value self) {
    gc_untrack(self);
    decref(((MemoryView *)self)->obj);
    object_free(self);
}

static MethodDef mv_methods[] = {
    {"tobytes", mv_tobytes, 0, NULL},
    {"tolist", mv_tolist, 0, NULL},
    {"hex", mv_hex, 0, NULL},
    {"release", mv_release, 0, NULL},
    {"__enter__", mv_enter, 0, NULL},
    {"__exit__", mv_release, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef mv_getsets[] = {
    {"obj", mv_get_obj, NULL, NULL, NULL},
    {"nbytes", mv_get_nbytes, NULL, NULL, NULL},
    {"readonly", mv_get_readonly, NULL, NULL, NULL},
    {"itemsize", mv_get_one, NULL, NULL, NULL},
    {"ndim", mv_get_one, NULL, NULL, NULL},
    {"format", mv_get_format, NULL, NULL, NULL},
    {"shape", mv_get_shape, NULL, NULL, NULL},
    {"strides", mv_get_strides, NULL, NULL, NULL},
    {"contiguous", mv_get_contiguous, NULL, NULL, NULL},
    {"c_contiguous", mv_get_contiguous, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_memoryview = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "memoryview",
    .basicsize = sizeof(MemoryView),
    .flags = TPFLAG_GC,
    .dealloc = mv_dealloc,
    .traverse = mv_traverse,
    .repr = mv_repr,
    .richcompare = mv_richcompare,
    .getattr = object_generic_getattr,
    .new_ = mv_new,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .methods = mv_methods,
    .getsets = mv_getsets,
};
