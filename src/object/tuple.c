/* tuple.c: the tuple type (construction with a free list of small tuples, the xxHash-based
 * hash of CPython, comparison, indexing and slicing, + and *, index/count) and the
 * tuple_iterator type. */
#include "tuple.h"

#include <stdarg.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "generic_alias.h"
#include "iter.h"
#include "method_args.h"
#include "seq_common.h"
#include "slice.h"
#include "str.h"

/* ---- allocation ---- */

static Value empty_tuple;

#ifndef PVM_SANITIZE
enum { FREE_LIST_SIZES = 20, FREE_LIST_MAX = 2000 };
static Tuple *free_tuples[FREE_LIST_SIZES]; /* linked through items[0] */
static int free_counts[FREE_LIST_SIZES];
#endif

/* The immortal empty tuple. Allocated directly (not by object_new, which readies the
 * type) because readying `object` itself needs it; it is never tracked or freed. */
Value tuple_empty(void) {
    if (empty_tuple == NULL) {
        GCHead *head = mem_calloc(1, sizeof(GCHead) + sizeof(Tuple));
        if (head == NULL) return err_no_memory();
        empty_tuple = (Value)(head + 1);
        empty_tuple->refcount = IMMORTAL_REFCOUNT;
        empty_tuple->type = &type_tuple;
    }
    return empty_tuple;
}

Value tuple_new(intptr_t size) {
    if (size == 0) return tuple_empty();
    if (size < 0) return err_bad_internal_call("tuple_new");
    Tuple *t;
#ifndef PVM_SANITIZE
    if (size < FREE_LIST_SIZES && (t = free_tuples[size]) != NULL) {
        free_tuples[size] = (Tuple *)t->items[0];
        free_counts[size]--;
        t->ob.refcount = 1;
        for (intptr_t i = 0; i < size; i++) t->items[i] = NULL;
        gc_track((Value)t);
        return (Value)t;
    }
#endif
    if ((size_t)size > (SIZE_MAX - sizeof(Tuple)) / sizeof(Value)) return err_no_memory();
    t = (Tuple *)object_new(&type_tuple, (size_t)size);
    if (t == NULL) return NULL;
    t->size = size;
    gc_track((Value)t);
    return (Value)t;
}

static void tuple_dealloc(Value self) {
    Tuple *t = (Tuple *)self;
    gc_untrack(self);
    for (intptr_t i = 0; i < t->size; i++) xdecref(t->items[i]);
#ifndef PVM_SANITIZE
    intptr_t size = t->size;
    if (self->type == &type_tuple && size < FREE_LIST_SIZES && free_counts[size] < FREE_LIST_MAX) {
        t->items[0] = (Value)free_tuples[size];
        free_tuples[size] = t;
        free_counts[size]++;
        return;
    }
#endif
    object_free(self);
}

static int tuple_traverse(Value self, visitproc visit, void *arg) {
    return visit_values(tuple_items(self), tuple_size(self), visit, arg);
}

Value tuple_from_array(Value const *items, intptr_t n) {
    Value t = tuple_new(n);
    if (t == NULL) return NULL;
    for (intptr_t i = 0; i < n; i++) tuple_items(t)[i] = incref(items[i]);
    return t;
}

Value tuple_pack(intptr_t n, ...) {
    Value t = tuple_new(n);
    if (t == NULL) return NULL;
    va_list ap;
    va_start(ap, n);
    for (intptr_t i = 0; i < n; i++) tuple_items(t)[i] = incref(va_arg(ap, Value));
    va_end(ap);
    return t;
}

Value tuple_slice(Value t, intptr_t start, intptr_t end) {
    intptr_t size = tuple_size(t);
    if (start < 0) start = 0;
    if (end > size) end = size;
    if (end < start) end = start;
    if (start == 0 && end == size && is_tuple_exact(t)) return incref(t);
    return tuple_from_array(tuple_items(t) + start, end - start);
}

Value sequence_to_tuple(Value iterable) {
    if (is_tuple_exact(iterable)) return incref(iterable);
    if (is_list(iterable)) return list_as_tuple(iterable);
    Value list = list_from_iterable(iterable);
    if (list == NULL) return NULL;
    Value t = list_as_tuple(list);
    decref(list);
    return t;
}

/* ---- slots ---- */

static Value tuple_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("tuple", kwnames) < 0 || args_count("tuple", nargs, 0, 1) < 0) return NULL;
    Value base = nargs ? sequence_to_tuple(args[0]) : tuple_empty();
    if (base == NULL || type == &type_tuple) return base;
    /* a subclass instance: same items in an object of the subtype */
    intptr_t n = tuple_size(base);
    Tuple *t = (Tuple *)object_new(type, (size_t)n);
    if (t != NULL) {
        t->size = n;
        for (intptr_t i = 0; i < n; i++) t->items[i] = incref(tuple_get(base, i));
        gc_track((Value)t);
    }
    decref(base);
    return (Value)t;
}

static Value tuple_repr(Value self) {
    intptr_t n = tuple_size(self);
    if (n == 0) return str_from_cstr("()");
    return seq_repr(self, "(", n == 1 ? ",)" : ")");
}

/* hash(v) for a tuple item, with the recursion guard when the item is a tuple itself. */
static hash_t item_hash(Value v) {
    if (!is_tuple(v)) return object_hash(v);
    if (recursion_enter(" while hashing a tuple") < 0) return -1;
    hash_t h = object_hash(v);
    recursion_leave();
    return h;
}

/* CPython's tuple hash: an xxHash-style accumulation of the item hashes. */
static hash_t tuple_hash(Value self) {
    const uint64_t prime1 = 11400714785074694791ULL, prime2 = 14029467366897019727ULL,
                   prime5 = 2870177450012600261ULL;
    intptr_t n = tuple_size(self);
    uint64_t acc = prime5;
    for (intptr_t i = 0; i < n; i++) {
        hash_t h = item_hash(tuple_get(self, i));
        if (h == -1) return -1;
        acc += (uint64_t)h * prime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= prime1;
    }
    acc += (uint64_t)n ^ (prime5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (hash_t)acc;
}

static Value tuple_richcompare(Value a, Value b, int op) {
    if (!is_tuple(a) || !is_tuple(b)) return NOT_IMPLEMENTED;
    return seq_richcompare(a, b, op, false);
}

static intptr_t tuple_len(Value self) { return tuple_size(self); }

static int tuple_contains(Value self, Value item) { return seq_contains(self, item); }

static Value tuple_getitem(Value self, Value key) {
    intptr_t n = tuple_size(self);
    if (is_small_int(key) || is_index_like(key)) {
        intptr_t i =
            is_small_int(key) ? small_int_value(key) : index_as_ssize(key, &exc_IndexError);
        if (i == -1 && err_occurred()) return NULL;
        if (i < 0) i += n;
        if ((uintptr_t)i >= (uintptr_t)n)
            return err_format(&exc_IndexError, "tuple index out of range");
        return incref(tuple_get(self, i));
    }
    if (is_slice(key)) {
        intptr_t start, stop, step;
        if (slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        intptr_t len = slice_adjust_indices(n, &start, &stop, step);
        if (step == 1) return tuple_slice(self, start, start + len);
        Value t = tuple_new(len);
        if (t == NULL) return NULL;
        for (intptr_t i = 0; i < len; i++)
            tuple_items(t)[i] = incref(tuple_get(self, start + i * step));
        return t;
    }
    return err_format(&exc_TypeError, "tuple indices must be integers or slices, not %T", key);
}

static Value tuple_add(Value a, Value b) {
    if (!is_tuple(a) || !is_tuple(b)) return seq_concat_mismatch(a, b, is_tuple(a), "tuple");
    intptr_t na = tuple_size(a), nb = tuple_size(b);
    if (nb == 0 && is_tuple_exact(a)) return incref(a);
    if (na == 0 && is_tuple_exact(b)) return incref(b);
    if (na > INTPTR_MAX / 2 - nb) return err_no_memory();
    Value t = tuple_new(na + nb);
    if (t == NULL) return NULL;
    for (intptr_t i = 0; i < na; i++) tuple_items(t)[i] = incref(tuple_get(a, i));
    for (intptr_t i = 0; i < nb; i++) tuple_items(t)[na + i] = incref(tuple_get(b, i));
    return t;
}

static Value tuple_repeat(Value seq, intptr_t count) {
    intptr_t n = tuple_size(seq);
    if (count == 1 && is_tuple_exact(seq)) return incref(seq);
    if (n == 0 || count == 0) return tuple_empty();
    Value t = tuple_new(n * count);
    if (t == NULL) return NULL;
    seq_repeat_into(tuple_items(t), tuple_items(seq), n, count);
    return t;
}

static Value tuple_multiply(Value a, Value b) {
    return seq_multiply(a, b, is_tuple(a), tuple_repeat);
}

static Value tuple_iter(Value self) { return seq_array_iter_new(&type_tuple_iterator, self); }

/* ---- methods ---- */

static Value tuple_index(Value self, Value const *args, size_t nargs, Value kwnames) {
    intptr_t i = seq_index_args(self, args, nargs);
    if (i == -2) return NULL;
    if (i == -1) return err_format(&exc_ValueError, "tuple.index(x): x not in tuple");
    return small_int(i);
}

static Value tuple_count(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("tuple.count", nargs) < 0) return NULL;
    return seq_count(self, args[0]);
}

static Value tuple_getnewargs(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("tuple.__getnewargs__", nargs) < 0) return NULL;
    Value copy = tuple_from_array(tuple_items(self), tuple_size(self));
    if (copy == NULL) return NULL;
    Value result = tuple_pack(1, copy);
    decref(copy);
    return result;
}

static MethodDef tuple_methods[] = {
    {"index", tuple_index, 0, NULL},
    {"count", tuple_count, 0, NULL},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots tuple_number = {
    .binary = {[BINOP_ADD] = tuple_add, [BINOP_MULTIPLY] = tuple_multiply},
};

Type type_tuple = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "tuple",
    .basicsize = sizeof(Tuple),
    .itemsize = sizeof(Value),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_TUPLE_SUBCLASS,
    .doc = "Built-in immutable sequence.\n"
           "\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n"
           "\n"
           "If the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .traverse = tuple_traverse,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .new_ = tuple_type_new,
    .iter = tuple_iter,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .number = &tuple_number,
    .methods = tuple_methods,
};
