/* collections.c: the `_collections` module: deque (a ring buffer with an optional maxlen,
 * its iterators and CPython's errors), defaultdict (a dict subclass with __missing__),
 * _count_elements (Counter's fast loop) and _tuplegetter (namedtuple's field descriptor). */
#include <string.h>

#include "../memory/alloc.h"
#include "../object/dict.h"
#include "../object/dict_internal.h"
#include "../object/generic_alias.h"
#include "../object/int.h"
#include "../object/iter.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/repr_guard.h"
#include "../object/seq_common.h"
#include "../object/str_args.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"
#include "weakref.h"

/* ---- deque ---- */

typedef struct Deque {
    Object ob;
    Value *items; /* ring buffer of cap slots (a power of two, or 0) */
    intptr_t cap, head, size;
    intptr_t maxlen; /* -1: unbounded */
    uint64_t state;  /* bumped by every mutation, checked by iterators */
    Value weaklist;
} Deque;

Type type_deque;

static inline Value *slot_at(Deque *d, intptr_t i) {
    return &d->items[(d->head + i) & (d->cap - 1)];
}

static bool is_deque(Value v) { return is_instance_of(v, &type_deque); }

static int deque_grow(Deque *d) {
    intptr_t cap = d->cap ? d->cap * 2 : 8;
    Value *items = mem_alloc((size_t)cap * sizeof(Value));
    if (!items) {
        err_no_memory();
        return -1;
    }
    for (intptr_t i = 0; i < d->size; i++) items[i] = *slot_at(d, i);
    mem_free(d->items);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return 0;
}

static Value deque_as_list(Value self) {
    Deque *d = (Deque *)self;
    Value l = list_new(d->size);
    if (!l) return NULL;
    for (intptr_t i = 0; i < d->size; i++) list_set_steal(l, i, incref(*slot_at(d, i)));
    return l;
}

/* Removes and returns (owned) the leftmost or rightmost item; size must be > 0. */
static Value take_end(Deque *d, bool left) {
    Value v;
    if (left) {
        v = *slot_at(d, 0);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        v = *slot_at(d, d->size - 1);
    }
    d->size--;
    d->state++;
    return v;
}

/* Adds v (stolen) at one end; a full bounded deque drops an item from the other end. */
static int put_end(Deque *d, Value v, bool left) {
    if (d->maxlen == 0) {
        decref(v);
        return 0;
    }
    if (d->size == d->cap && deque_grow(d) < 0) {
        decref(v);
        return -1;
    }
    if (left) {
        d->head = (d->head - 1) & (d->cap - 1);
        *slot_at(d, 0) = v;
    } else {
        *slot_at(d, d->size) = v;
    }
    d->size++;
    d->state++;
    if (d->maxlen >= 0 && d->size > d->maxlen) decref(take_end(d, !left));
    return 0;
}

static void deque_clear_items(Deque *d) {
    while (d->size > 0) decref(take_end(d, false));
}

static int deque_extend_iter(Deque *d, Value iterable, bool left) {
    Value copy = NULL;
    if (iterable == (Value)d) { /* d.extend(d): iterate over a snapshot */
        copy = list_from_iterable(iterable);
        if (!copy) return -1;
        iterable = copy;
    }
    Value it = object_getiter(iterable);
    xdecref(copy);
    if (!it) return -1;
    Value item;
    while ((item = object_iternext(it))) {
        if (put_end(d, item, left) < 0) {
            decref(it);
            return -1;
        }
    }
    decref(it);
    return err_occurred() ? -1 : 0;
}

static Value deque_alloc(Type *type, intptr_t maxlen) {
    Deque *d = (Deque *)object_new(type, 0);
    if (!d) return NULL;
    d->maxlen = maxlen;
    gc_track((Value)d);
    return (Value)d;
}

static Value deque_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return deque_alloc(type, -1);
}

static int deque_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "maxlen"};
    static const ArgSpec spec = {"deque", names, 2, 0, 2, 0};
    Value v[2];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return -1;
    intptr_t maxlen = -1;
    if (v[1] && v[1] != NONE) {
        if (!is_int(v[1])) {
            err_format(&exc_TypeError, "an integer is required");
            return -1;
        }
        maxlen = int_as_ssize(v[1]);
        if (maxlen == -1 && err_occurred()) return -1;
        if (maxlen < 0) {
            err_format(&exc_ValueError, "maxlen must be non-negative");
            return -1;
        }
    }
    Deque *d = (Deque *)self;
    d->maxlen = maxlen;
    deque_clear_items(d);
    return v[0] ? deque_extend_iter(d, v[0], false) : 0;
}

static void deque_dealloc(Value self) {
    Deque *d = (Deque *)self;
    gc_untrack(self);
    if (weakref_has_refs(self)) weakref_clear_all(self);
    deque_clear_items(d);
    mem_free(d->items);
    object_free(self);
}

static int deque_traverse(Value self, visitproc visit, void *arg) {
    Deque *d = (Deque *)self;
    for (intptr_t i = 0; i < d->size; i++) {
        int r = visit_value(*slot_at(d, i), visit, arg);
        if (r) return r;
    }
    return 0;
}

static int deque_clear_slot(Value self) {
    deque_clear_items((Deque *)self);
    return 0;
}

#define DEQUE_METHOD(name)                                                                         \
    static Value deque_##name(Value self, Value const *args, size_t nargs, Value kwnames)

static Value push(Value self, Value const *args, size_t nargs, const char *name, bool left) {
    if (args_exactly_one(name, nargs) < 0) return NULL;
    return put_end((Deque *)self, incref(args[0]), left) < 0 ? NULL : NONE;
}
DEQUE_METHOD(append) { return push(self, args, nargs, "deque.append", false); }
DEQUE_METHOD(appendleft) { return push(self, args, nargs, "deque.appendleft", true); }

static Value pop_end(Value self, size_t nargs, const char *name, bool left) {
    if (args_none(name, nargs) < 0) return NULL;
    Deque *d = (Deque *)self;
    if (d->size == 0) return err_format(&exc_IndexError, "pop from an empty deque");
    return take_end(d, left);
}
DEQUE_METHOD(pop) { return pop_end(self, nargs, "deque.pop", false); }
DEQUE_METHOD(popleft) { return pop_end(self, nargs, "deque.popleft", true); }

static Value extend(Value self, Value const *args, size_t nargs, const char *name, bool left) {
    if (args_exactly_one(name, nargs) < 0) return NULL;
    return deque_extend_iter((Deque *)self, args[0], left) < 0 ? NULL : NONE;
}
DEQUE_METHOD(extend) { return extend(self, args, nargs, "deque.extend", false); }
DEQUE_METHOD(extendleft) { return extend(self, args, nargs, "deque.extendleft", true); }

DEQUE_METHOD(clear) {
    if (args_none("deque.clear", nargs) < 0) return NULL;
    deque_clear_items((Deque *)self);
    return NONE;
}

static void rotate(Deque *d, intptr_t n) {
    if (d->size <= 1) return;
    n %= d->size;
    if (n < 0) n += d->size;
    if (n == 0) return;
    if (d->size == d->cap) {
        d->head = (d->head - n) & (d->cap - 1);
    } else if (n <= d->size / 2) {
        for (intptr_t i = 0; i < n; i++) { /* last item to the front */
            Value v = *slot_at(d, d->size - 1);
            d->head = (d->head - 1) & (d->cap - 1);
            *slot_at(d, 0) = v;
        }
    } else {
        for (intptr_t i = 0; i < d->size - n; i++) { /* first item to the back */
            Value v = *slot_at(d, 0);
            d->head = (d->head + 1) & (d->cap - 1);
            *slot_at(d, d->size - 1) = v;
        }
    }
    d->state++;
}

DEQUE_METHOD(rotate) {
    if (args_count("rotate", nargs, 0, 1) < 0) return NULL;
    intptr_t n = 1;
    if (nargs == 1) {
        Value i = object_index(args[0]);
        if (!i) return NULL;
        n = int_as_ssize(i);
        decref(i);
        if (n == -1 && err_occurred()) return NULL;
    }
    rotate((Deque *)self, n);
    return NONE;
}

DEQUE_METHOD(reverse) {
    if (args_none("deque.reverse", nargs) < 0) return NULL;
    Deque *d = (Deque *)self;
    for (intptr_t i = 0, j = d->size - 1; i < j; i++, j--) {
        Value t = *slot_at(d, i);
        *slot_at(d, i) = *slot_at(d, j);
        *slot_at(d, j) = t;
    }
    d->state++;
    return NONE;
}

/* Compares item i with v: 1, 0, -1 error, -2 when the deque changed meanwhile. */
static int item_equals(Deque *d, intptr_t i, Value v) {
    uint64_t state = d->state;
    intptr_t size = d->size;
    Value item = incref(*slot_at(d, i));
    int eq = object_richcompare_bool(item, v, CMP_EQ);
    decref(item);
    if (eq >= 0 && (d->state != state || d->size != size)) return -2;
    return eq;
}

static Value mutated_during_iteration(void) {
    return err_format(&exc_RuntimeError, "deque mutated during iteration");
}

DEQUE_METHOD(count) {
    if (args_exactly_one("deque.count", nargs) < 0) return NULL;
    Deque *d = (Deque *)self;
    intptr_t n = 0;
    for (intptr_t i = 0; i < d->size; i++) {
        int eq = item_equals(d, i, args[0]);
        if (eq == -2) return mutated_during_iteration();
        if (eq < 0) return NULL;
        n += eq;
    }
    return int_from_long(n);
}

/* The index of the first item == v in [start, stop): -1 absent, -2 error. */
static intptr_t find_item(Deque *d, Value v, intptr_t start, intptr_t stop) {
    for (intptr_t i = start; i < stop && i < d->size; i++) {
        int eq = item_equals(d, i, v);
        if (eq == -2) {
            mutated_during_iteration();
            return -2;
        }
        if (eq < 0) return -2;
        if (eq) return i;
    }
    return -1;
}

DEQUE_METHOD(index) {
    if (args_count("index", nargs, 1, 3) < 0) return NULL;
    Deque *d = (Deque *)self;
    intptr_t start = 0, stop = d->size;
    if (nargs > 1 && args_bounds(args, nargs, 1, d->size, &start, &stop) < 0) return NULL;
    intptr_t i = find_item(d, args[0], start, stop);
    if (i == -1) return err_format(&exc_ValueError, "%R is not in deque", args[0]);
    return i < 0 ? NULL : int_from_long(i);
}

/* Removes item i (0 <= i < size), shifting the shorter side. */
static void remove_at(Deque *d, intptr_t i) {
    Value v = *slot_at(d, i);
    if (i < d->size / 2) {
        for (intptr_t j = i; j > 0; j--) *slot_at(d, j) = *slot_at(d, j - 1);
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (intptr_t j = i; j < d->size - 1; j++) *slot_at(d, j) = *slot_at(d, j + 1);
    }
    d->size--;
    d->state++;
    decref(v);
}

DEQUE_METHOD(remove) {
    if (args_exactly_one("deque.remove", nargs) < 0) return NULL;
    Deque *d = (Deque *)self;
    for (intptr_t i = 0; i < d->size; i++) {
        int eq = item_equals(d, i, args[0]);
        if (eq == -2) return err_format(&exc_IndexError, "deque mutated during iteration");
        if (eq < 0) return NULL;
        if (eq) {
            remove_at(d, i);
            return NONE;
        }
    }
    return err_format(&exc_ValueError, "%R is not in deque", args[0]);
}

DEQUE_METHOD(insert) {
    if (args_count("insert", nargs, 2, 2) < 0) return NULL;
    Deque *d = (Deque *)self;
    Value iv = object_index(args[0]);
    if (!iv) return NULL;
    intptr_t i = int_as_ssize(iv);
    decref(iv);
    if (i == -1 && err_occurred()) return NULL;
    if (d->maxlen == d->size)
        return err_format(&exc_IndexError, "deque already at its maximum size");
    if (i < 0) i = i + d->size < 0 ? 0 : i + d->size;
    if (i > d->size) i = d->size;
    if (put_end(d, incref(args[1]), false) < 0) return NULL;
    for (intptr_t j = d->size - 1; j > i; j--) { /* bubble the new item into place */
        Value t = *slot_at(d, j);
        *slot_at(d, j) = *slot_at(d, j - 1);
        *slot_at(d, j - 1) = t;
    }
    return NONE;
}

static Value deque_copy_of(Value self) {
    Deque *d = (Deque *)self;
    if (self->type == &type_deque) {
        Value c = deque_alloc(&type_deque, d->maxlen);
        for (intptr_t i = 0; c && i < d->size; i++)
            if (put_end((Deque *)c, incref(*slot_at(d, i)), false) < 0) CLEAR(c);
        return c;
    }
    if (d->maxlen < 0) return object_call((Value)self->type, &self, 1, NULL);
    Value args[2] = {self, int_from_long(d->maxlen)};
    if (!args[1]) return NULL;
    Value r = object_call((Value)self->type, args, 2, NULL);
    decref(args[1]);
    return r;
}

DEQUE_METHOD(copy) {
    if (args_none("deque.copy", nargs) < 0) return NULL;
    return deque_copy_of(self);
}

DEQUE_METHOD(reduce) {
    Deque *d = (Deque *)self;
    Value *dict = object_dict_slot(self);
    Value state = dict && *dict && dict_size(*dict) ? *dict : NONE;
    Value ctor_args = d->maxlen < 0 ? tuple_empty() : NULL;
    if (!ctor_args) {
        Value empty = tuple_empty(), ml = int_from_long(d->maxlen);
        ctor_args = ml ? tuple_pack(2, empty, ml) : NULL;
        decref(empty);
        xdecref(ml);
    }
    Value it = ctor_args ? object_getiter(self) : NULL;
    Value r = it ? tuple_pack(4, (Value)self->type, ctor_args, state, it) : NULL;
    xdecref(ctor_args);
    xdecref(it);
    return r;
}

static Value deque_get_maxlen(Value self, void *c) {
    intptr_t m = ((Deque *)self)->maxlen;
    return m < 0 ? NONE : int_from_long(m);
}

static intptr_t deque_len(Value self) { return ((Deque *)self)->size; }

/* A sequence index: ints and __index__ objects; IndexError-style range is checked later. */
static bool seq_index(Value key, intptr_t size, intptr_t *out) {
    if (!is_int(key) && !(type_of(key)->number && type_of(key)->number->index)) {
        err_format(&exc_TypeError, "sequence index must be integer, not '%T'", key);
        return false;
    }
    Value i = object_index(key);
    if (!i) return false;
    intptr_t n = int_as_ssize(i);
    decref(i);
    if (n == -1 && err_occurred()) {
        if (!err_matches(&exc_OverflowError)) return false;
        err_clear();
        n = INTPTR_MAX;
    }
    if (n < 0) n += size;
    if (n < 0 || n >= size) {
        err_format(&exc_IndexError, "deque index out of range");
        return false;
    }
    *out = n;
    return true;
}

static Value deque_getitem(Value self, Value key) {
    Deque *d = (Deque *)self;
    intptr_t i;
    if (!seq_index(key, d->size, &i)) return NULL;
    return incref(*slot_at(d, i));
}

static int deque_setitem(Value self, Value key, Value v) {
    Deque *d = (Deque *)self;
    intptr_t i;
    if (!seq_index(key, d->size, &i)) return -1;
    if (!v) {
        remove_at(d, i);
        return 0;
    }
    setref(slot_at(d, i), incref(v));
    return 0;
}

static int deque_contains(Value self, Value v) {
    Deque *d = (Deque *)self;
    intptr_t i = find_item(d, v, 0, d->size);
    return i == -2 ? -1 : i >= 0;
}

static Value deque_repr(Value self) {
    Deque *d = (Deque *)self;
    int entered = repr_enter(self);
    if (entered != 0) return entered < 0 ? NULL : str_from_cstr("[...]");
    Value l = deque_as_list(self);
    Value r = NULL;
    if (l) {
        const char *name = type_short_name(self->type);
        r = d->maxlen < 0 ? str_from_format("%s(%R)", name, l)
                          : str_from_format("%s(%R, maxlen=%zd)", name, l, d->maxlen);
        decref(l);
    }
    repr_leave(self);
    return r;
}

static Value deque_richcompare(Value a, Value b, int op) {
    if (!is_deque(a) || !is_deque(b)) return NOT_IMPLEMENTED;
    Value x = deque_as_list(a);
    Value y = x ? deque_as_list(b) : NULL;
    Value r = y ? object_richcompare(x, y, op) : NULL;
    xdecref(x);
    xdecref(y);
    return r;
}

static Value deque_add(Value a, Value b) {
    if (!is_deque(a)) return NOT_IMPLEMENTED;
    if (!is_deque(b))
        return err_format(&exc_TypeError, "can only concatenate deque (not \"%T\") to deque", b);
    Value r = deque_copy_of(a);
    if (r && deque_extend_iter((Deque *)r, b, false) < 0) CLEAR(r);
    return r;
}

static Value deque_inplace_add(Value a, Value b) {
    if (deque_extend_iter((Deque *)a, b, false) < 0) return NULL;
    return incref(a);
}

/* d *= n in place: n <= 0 empties, else n copies of the items (bounded by maxlen, so
 * copies that would be dropped again are skipped). */
static Value deque_repeat_inplace(Value self, Value count) {
    if (!is_int(count)) return NOT_IMPLEMENTED;
    Deque *d = (Deque *)self;
    intptr_t n = int_as_ssize(count);
    if (n == -1 && err_occurred()) return NULL;
    intptr_t size = d->size;
    if (n <= 0 || size == 0) {
        deque_clear_items(d);
        return incref(self);
    }
    intptr_t copies = n - 1;
    if (d->maxlen >= 0 && copies > d->maxlen / size + 1) copies = d->maxlen / size + 1;
    if (d->maxlen < 0 && size > INTPTR_MAX / n) return err_no_memory();
    Value snapshot = deque_as_list(self);
    if (!snapshot) return NULL;
    for (intptr_t c = 0; c < copies; c++) {
        for (intptr_t i = 0; i < size; i++) {
            if (put_end(d, incref(list_get(snapshot, i)), false) < 0) {
                decref(snapshot);
                return NULL;
            }
        }
    }
    decref(snapshot);
    return incref(self);
}

static Value deque_inplace_multiply(Value a, Value b) {
    if (!is_deque(a)) return NOT_IMPLEMENTED;
    return deque_repeat_inplace(a, b);
}

static Value deque_multiply(Value a, Value b) {
    Value self = is_deque(a) ? a : b, count = is_deque(a) ? b : a;
    if (!is_int(count)) return NOT_IMPLEMENTED;
    Value c = deque_copy_of(self);
    if (!c) return NULL;
    Value r = deque_repeat_inplace(c, count);
    decref(c);
    return r;
}

static int deque_bool(Value self) { return ((Deque *)self)->size > 0; }

static NumberSlots deque_number = {
    .binary = {[BINOP_ADD] = deque_add, [BINOP_MULTIPLY] = deque_multiply},
    .inplace = {[BINOP_ADD] = deque_inplace_add, [BINOP_MULTIPLY] = deque_inplace_multiply},
    .as_bool = deque_bool,
};

/* ---- deque iterators ---- */

typedef struct DequeIter {
    Object ob;
    Value deque;
    intptr_t index, remaining;
    uint64_t state;
    bool reverse;
} DequeIter;

static Type type_deque_iterator, type_deque_reverse_iterator;

static Value deque_iter_make(Value self, bool reverse) {
    Deque *d = (Deque *)self;
    DequeIter *it =
        (DequeIter *)object_new(reverse ? &type_deque_reverse_iterator : &type_deque_iterator, 0);
    if (!it) return NULL;
    it->deque = incref(self);
    it->index = reverse ? d->size - 1 : 0;
    it->remaining = d->size;
    it->state = d->state;
    it->reverse = reverse;
    gc_track((Value)it);
    return (Value)it;
}

static Value deque_iter(Value self) { return deque_iter_make(self, false); }

DEQUE_METHOD(reversed) { return deque_iter_make(self, true); }

static Value deque_iter_next(Value self) {
    DequeIter *it = (DequeIter *)self;
    if (!it->deque || it->remaining == 0) return NULL;
    Deque *d = (Deque *)it->deque;
    if (d->state != it->state) {
        it->remaining = 0;
        return mutated_during_iteration();
    }
    Value v = incref(*slot_at(d, it->index));
    it->index += it->reverse ? -1 : 1;
    it->remaining--;
    return v;
}

static void deque_iter_dealloc(Value self) {
    gc_untrack(self);
    CLEAR(((DequeIter *)self)->deque);
    object_free(self);
}
static int deque_iter_traverse(Value self, visitproc visit, void *arg) {
    return visit_value(((DequeIter *)self)->deque, visit, arg);
}
static Value deque_iter_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    return int_from_long(((DequeIter *)self)->remaining);
}

static MethodDef deque_iter_methods[] = {
    {"__length_hint__", deque_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DEQUE_ITER_TYPE(pyname)                                                                    \
    {                                                                                              \
        .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = pyname, .basicsize = sizeof(DequeIter),     \
        .flags = TPFLAG_GC, .dealloc = deque_iter_dealloc, .traverse = deque_iter_traverse,        \
        .iter = iter_return_self, .iternext = deque_iter_next, .methods = deque_iter_methods,      \
    }
static Type type_deque_iterator = DEQUE_ITER_TYPE("_collections._deque_iterator");
static Type type_deque_reverse_iterator = DEQUE_ITER_TYPE("_collections._deque_reverse_iterator");

static MethodDef deque_methods[] = {
    {"append", deque_append, 0, NULL},
    {"appendleft", deque_appendleft, 0, NULL},
    {"clear", deque_clear, 0, NULL},
    {"copy", deque_copy, 0, NULL},
    {"__copy__", deque_copy, 0, NULL},
    {"count", deque_count, 0, NULL},
    {"extend", deque_extend, 0, NULL},
    {"extendleft", deque_extendleft, 0, NULL},
    {"index", deque_index, 0, NULL},
    {"insert", deque_insert, 0, NULL},
    {"pop", deque_pop, 0, NULL},
    {"popleft", deque_popleft, 0, NULL},
    {"remove", deque_remove, 0, NULL},
    {"reverse", deque_reverse, 0, NULL},
    {"rotate", deque_rotate, 0, NULL},
    {"__reversed__", deque_reversed, 0, NULL},
    {"__reduce__", deque_reduce, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef deque_getsets[] = {
    {"maxlen", deque_get_maxlen, NULL, "maximum size of a deque or None if unbounded", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_deque = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "collections.deque",
    .basicsize = sizeof(Deque),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .weaklistoffset = offsetof(Deque, weaklist),
    .doc = "deque([iterable[, maxlen]]) --> deque object\n\n"
           "A list-like sequence optimized for data accesses near its endpoints.",
    .dealloc = deque_dealloc,
    .traverse = deque_traverse,
    .clear = deque_clear_slot,
    .repr = deque_repr,
    .richcompare = deque_richcompare,
    .new_ = deque_type_new,
    .init = deque_init,
    .iter = deque_iter,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
    .number = &deque_number,
    .methods = deque_methods,
    .getsets = deque_getsets,
};

/* ---- defaultdict ---- */

typedef struct DefaultDict {
    Dict dict;
    Value default_factory; /* NULL or None: KeyError for missing keys */
} DefaultDict;

Type type_defaultdict;

static void defaultdict_dealloc(Value self) {
    gc_untrack(self);
    CLEAR(((DefaultDict *)self)->default_factory);
    type_dict.dealloc(self);
}

static int defaultdict_traverse(Value self, visitproc visit, void *arg) {
    Value f = ((DefaultDict *)self)->default_factory;
    int r = f ? visit_value(f, visit, arg) : 0;
    return r ? r : type_dict.traverse(self, visit, arg);
}

static int defaultdict_clear(Value self) {
    CLEAR(((DefaultDict *)self)->default_factory);
    return type_dict.clear(self);
}

static int defaultdict_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value factory = nargs > 0 ? args[0] : NONE;
    if (factory != NONE && !object_is_callable(factory)) {
        err_format(&exc_TypeError, "first argument must be callable or None");
        return -1;
    }
    setref(&((DefaultDict *)self)->default_factory, incref(factory));
    return type_dict.init(self, args + (nargs > 0), nargs > 0 ? nargs - 1 : 0, kwnames);
}

static Value factory_of(Value self) {
    Value f = ((DefaultDict *)self)->default_factory;
    return f ? f : NONE;
}

static Value defaultdict_missing(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("defaultdict.__missing__", nargs) < 0) return NULL;
    Value factory = factory_of(self);
    if (factory == NONE) {
        err_set(&exc_KeyError, args[0]);
        return NULL;
    }
    Value v = object_call(factory, NULL, 0, NULL);
    if (v && object_setitem(self, args[0], v) < 0) CLEAR(v);
    return v;
}

static Value defaultdict_repr(Value self) {
    Value base = type_dict.repr(self);
    if (!base) return NULL;
    Value factory = factory_of(self);
    Value frepr;
    int entered = repr_enter(factory);
    if (entered < 0)
        frepr = NULL;
    else if (entered > 0)
        frepr = str_from_cstr("...");
    else {
        frepr = object_repr(factory);
        repr_leave(factory);
    }
    Value r =
        frepr ? str_from_format("%s(%U, %U)", type_short_name(self->type), frepr, base) : NULL;
    xdecref(frepr);
    decref(base);
    return r;
}

/* defaultdict(factory, items) of self's type. */
static Value defaultdict_make(Type *type, Value factory, Value items) {
    Value args[2] = {factory, items};
    return object_call((Value)type, args, 2, NULL);
}

static Value defaultdict_copy(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("defaultdict.copy", nargs) < 0) return NULL;
    return defaultdict_make(self->type, factory_of(self), self);
}

static Value defaultdict_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value factory = factory_of(self);
    Value ctor = factory == NONE ? tuple_empty() : tuple_pack(1, factory);
    Value items = ctor ? object_call_method(self, NAME(items), NULL, 0) : NULL;
    Value it = items ? object_getiter(items) : NULL;
    Value r = it ? tuple_pack(5, (Value)self->type, ctor, NONE, NONE, it) : NULL;
    xdecref(ctor);
    xdecref(items);
    xdecref(it);
    return r;
}

static Value defaultdict_or(Value a, Value b) {
    Value self = is_instance_of(a, &type_defaultdict) ? a : b;
    Value other = self == a ? b : a;
    if (!is_dict(other)) return NOT_IMPLEMENTED;
    Value r = defaultdict_make(self->type, factory_of(self), a);
    if (r && dict_update(r, b) < 0) CLEAR(r);
    return r;
}

static Value defaultdict_get_factory(Value self, void *c) { return incref(factory_of(self)); }
static int defaultdict_set_factory(Value self, Value v, void *c) {
    setref(&((DefaultDict *)self)->default_factory, xincref(v));
    return 0;
}

static MethodDef defaultdict_methods[] = {
    {"__missing__", defaultdict_missing, 0, NULL},
    {"copy", defaultdict_copy, 0, NULL},
    {"__copy__", defaultdict_copy, 0, NULL},
    {"__reduce__", defaultdict_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef defaultdict_getsets[] = {
    {"default_factory", defaultdict_get_factory, defaultdict_set_factory,
     "Factory for default value called by __missing__().", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static NumberSlots defaultdict_number = {
    .binary = {[BINOP_OR] = defaultdict_or},
};

Type type_defaultdict = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "collections.defaultdict",
    .base = &type_dict,
    .basicsize = sizeof(DefaultDict),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_DICT_SUBCLASS,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory",
    .dealloc = defaultdict_dealloc,
    .traverse = defaultdict_traverse,
    .clear = defaultdict_clear,
    .repr = defaultdict_repr,
    .init = defaultdict_init,
    .number = &defaultdict_number,
    .methods = defaultdict_methods,
    .getsets = defaultdict_getsets,
};

/* ---- _count_elements and _tuplegetter ---- */

static Value count_elements(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("_count_elements", nargs, 2, 2) < 0) return NULL;
    Value mapping = args[0];
    Value it = object_getiter(args[1]);
    if (!it) return NULL;
    bool fast = is_dict_exact(mapping);
    Value get = fast ? NULL : object_getattr_cstr(mapping, "get");
    Value item;
    int status = fast || get ? 0 : -1;
    while (status == 0 && (item = object_iternext(it))) {
        Value old;
        if (fast) {
            old = dict_get(mapping, item);
            old = old ? incref(old) : err_occurred() ? NULL : small_int(0);
        } else {
            Value gargs[2] = {item, small_int(0)};
            old = object_call(get, gargs, 2, NULL);
        }
        Value n = old ? binary_op(old, small_int(1), BINOP_ADD) : NULL;
        status = n ? object_setitem(mapping, item, n) : -1;
        xdecref(old);
        xdecref(n);
        decref(item);
    }
    xdecref(get);
    decref(it);
    return status < 0 || err_occurred() ? NULL : NONE;
}

typedef struct TupleGetter {
    Object ob;
    Value doc;
    intptr_t index;
} TupleGetter;

static Value tuplegetter_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("_tuplegetter", kwnames) < 0 ||
        args_count("_tuplegetter", nargs, 2, 2) < 0)
        return NULL;
    intptr_t index = int_as_ssize(args[0]);
    if (index == -1 && err_occurred()) return NULL;
    TupleGetter *g = (TupleGetter *)object_new(type, 0);
    if (!g) return NULL;
    g->index = index;
    g->doc = incref(args[1]);
    gc_track((Value)g);
    return (Value)g;
}

static Value tuplegetter_get(Value self, Value obj, Value type) {
    TupleGetter *g = (TupleGetter *)self;
    if (!obj || obj == NONE) return incref(self);
    if (!is_tuple(obj))
        return err_format(&exc_TypeError,
                          "descriptor for index '%zd' for tuple subclasses doesn't apply to '%T' "
                          "object",
                          g->index, obj);
    if (g->index < 0 || g->index >= tuple_size(obj))
        return err_format(&exc_IndexError, "tuple index out of range");
    return incref(tuple_get(obj, g->index));
}

static int tuplegetter_set(Value self, Value obj, Value v) {
    err_format(&exc_AttributeError, v ? "can't set attribute" : "can't delete attribute");
    return -1;
}

static void tuplegetter_dealloc(Value self) {
    gc_untrack(self);
    CLEAR(((TupleGetter *)self)->doc);
    object_free(self);
}
static int tuplegetter_traverse(Value self, visitproc visit, void *arg) {
    return visit_value(((TupleGetter *)self)->doc, visit, arg);
}

static Value tuplegetter_get_doc(Value self, void *c) {
    Value d = ((TupleGetter *)self)->doc;
    return incref(d ? d : NONE);
}
static int tuplegetter_set_doc(Value self, Value v, void *c) {
    setref(&((TupleGetter *)self)->doc, xincref(v));
    return 0;
}

static Value tuplegetter_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    TupleGetter *g = (TupleGetter *)self;
    Value index = int_from_long(g->index);
    Value a = index ? tuple_pack(2, index, g->doc ? g->doc : NONE) : NULL;
    xdecref(index);
    Value r = a ? tuple_pack(2, (Value)self->type, a) : NULL;
    xdecref(a);
    return r;
}

static MethodDef tuplegetter_methods[] = {
    {"__reduce__", tuplegetter_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef tuplegetter_getsets[] = {
    {"__doc__", tuplegetter_get_doc, tuplegetter_set_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static Type type_tuplegetter = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(TupleGetter),
    .flags = TPFLAG_GC,
    .dealloc = tuplegetter_dealloc,
    .traverse = tuplegetter_traverse,
    .new_ = tuplegetter_new,
    .descr_get = tuplegetter_get,
    .descr_set = tuplegetter_set,
    .methods = tuplegetter_methods,
    .getsets = tuplegetter_getsets,
};

static MethodDef collections_methods[] = {
    {"_count_elements", count_elements, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value collections_module_new(void) {
    static const struct {
        const char *name;
        Type *type;
    } types[] = {
        {"deque", &type_deque},
        {"defaultdict", &type_defaultdict},
        {"_deque_iterator", &type_deque_iterator},
        {"_deque_reverse_iterator", &type_deque_reverse_iterator},
        {"_tuplegetter", &type_tuplegetter},
    };
    Value m = module_new("_collections");
    if (!m || module_add_functions(m, collections_methods) < 0) goto fail;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i].type) < 0 ||
            module_add_object(m, types[i].name, (Value)types[i].type) < 0)
            goto fail;
    return m;
fail:
    xdecref(m);
    return NULL;
}
