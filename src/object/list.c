/* list.c: the list type: CPython's over-allocation, indexing and (extended) slice
 * assignment, + * += *=, comparison, repr and the list methods (sort is in list_sort.c).
 * Items are released in reverse order, as CPython does, so __del__ output matches. */
#include "list.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "generic_alias.h"
#include "iter.h"
#include "method_args.h"
#include "seq_common.h"
#include "slice.h"
#include "str.h"

#ifndef PVM_SANITIZE
enum { FREE_LIST_MAX = 80 };
static List *free_lists[FREE_LIST_MAX];
static int free_count;
#endif

/* ---- storage ---- */

/* Sets the size to newsize, reallocating with CPython's growth pattern when needed.
 * Shrinking never fails. */
static int list_resize(List *l, intptr_t newsize) {
    intptr_t allocated = l->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        l->size = newsize;
        return 0;
    }
    size_t target = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - l->size > (intptr_t)(target - (size_t)newsize))
        target = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) target = 0;
    if (target > (size_t)INTPTR_MAX / sizeof(Value)) {
        err_no_memory();
        return -1;
    }
    Value *items = target ? mem_realloc(l->items, target * sizeof(Value)) : NULL;
    if (target && items == NULL) {
        if (newsize <= l->size) {
            l->size = newsize;
            return 0;
        }
        err_no_memory();
        return -1;
    }
    if (target == 0) mem_free(l->items);
    l->items = items;
    l->size = newsize;
    l->allocated = (intptr_t)target;
    return 0;
}

static List *list_alloc(Type *type) {
    List *l;
#ifndef PVM_SANITIZE
    if (type == &type_list && free_count > 0) {
        l = free_lists[--free_count];
        l->ob.refcount = 1;
        return l;
    }
#endif
    l = (List *)object_new(type, 0);
    return l;
}

Value list_new(intptr_t size) {
    if (size < 0) return err_bad_internal_call("list_new");
    if ((size_t)size > (size_t)INTPTR_MAX / sizeof(Value)) return err_no_memory();
    List *l = list_alloc(&type_list);
    if (l == NULL) return NULL;
    l->items = NULL;
    if (size > 0) {
        l->items = mem_calloc((size_t)size, sizeof(Value));
        if (l->items == NULL) {
            decref((Value)l);
            return err_no_memory();
        }
    }
    l->size = l->allocated = size;
    gc_track((Value)l);
    return (Value)l;
}

void list_set_steal(Value l, intptr_t i, Value v) { ((List *)l)->items[i] = v; }

static int list_append_slow(List *l, Value v) {
    intptr_t n = l->size;
    if (list_resize(l, n + 1) < 0) return -1;
    l->items[n] = incref(v);
    return 0;
}

int list_append(Value list, Value v) {
    List *l = (List *)list;
    if (l->size < l->allocated) {
        l->items[l->size++] = incref(v);
        return 0;
    }
    return list_append_slow(l, v);
}

/* Releases items[0..n) last to first. */
static void release_items_reversed(Value *items, intptr_t n) {
    while (n-- > 0) xdecref(items[n]);
}

/* Empties the list (the list is empty before any item is released). */
static void list_clear_items(List *l) {
    Value *items = l->items;
    intptr_t n = l->size;
    l->items = NULL;
    l->size = l->allocated = 0;
    release_items_reversed(items, n);
    mem_free(items);
}

static int list_clear_slot(Value self) {
    list_clear_items((List *)self);
    return 0;
}

static void list_dealloc(Value self) {
    List *l = (List *)self;
    gc_untrack(self);
    release_items_reversed(l->items, l->size);
    mem_free(l->items);
#ifndef PVM_SANITIZE
    if (self->type == &type_list && free_count < FREE_LIST_MAX) {
        free_lists[free_count++] = l;
        return;
    }
#endif
    object_free(self);
}

static int list_traverse(Value self, visitproc visit, void *arg) {
    return visit_values(((List *)self)->items, list_size(self), visit, arg);
}

Value list_slice(Value list, intptr_t lo, intptr_t hi) {
    intptr_t n = hi > lo ? hi - lo : 0;
    Value result = list_new(n);
    if (result == NULL) return NULL;
    for (intptr_t i = 0; i < n; i++) list_set_steal(result, i, incref(list_get(list, lo + i)));
    return result;
}

Value list_as_tuple(Value l) { return tuple_from_array(((List *)l)->items, list_size(l)); }

/* ---- building from iterables ---- */

static int extend_from_array(List *l, Value const *items, intptr_t n) {
    intptr_t old = l->size;
    if (n == 0) return 0;
    if (old > INTPTR_MAX - n) {
        err_no_memory();
        return -1;
    }
    if (list_resize(l, old + n) < 0) return -1;
    for (intptr_t i = 0; i < n; i++) l->items[old + i] = incref(items[i]);
    return 0;
}

/* Makes room for len(iterable) more items when the iterable has a length (calling __len__
 * as CPython does; a TypeError from it is ignored). */
static int reserve_length_of(List *l, Value iterable) {
    if (type_of(iterable)->len == NULL) return 0;
    intptr_t n = object_len(iterable);
    if (n < 0) {
        if (!err_matches(&exc_TypeError)) return -1;
        err_clear();
        return 0;
    }
    if (n == 0 || l->size > INTPTR_MAX - n || l->allocated >= l->size + n) return 0;
    size_t target = (size_t)(l->size + n);
    if (target > (size_t)INTPTR_MAX / sizeof(Value)) return 0;
    Value *items = mem_realloc(l->items, target * sizeof(Value));
    if (items == NULL) return 0; /* only a hint: growth will retry */
    l->items = items;
    l->allocated = (intptr_t)target;
    return 0;
}

int list_extend(Value list, Value iterable) {
    List *l = (List *)list;
    if (is_list(iterable) || is_tuple(iterable)) {
        if (iterable != list) return extend_from_array(l, seq_items(iterable), seq_size(iterable));
        Value copy = list_slice(list, 0, l->size); /* l.extend(l) */
        if (copy == NULL) return -1;
        int status = extend_from_array(l, ((List *)copy)->items, list_size(copy));
        decref(copy);
        return status;
    }
    if (reserve_length_of(l, iterable) < 0) return -1;
    Value it = object_getiter(iterable);
    if (it == NULL) return -1;
    unaryfunc next = type_of(it)->iternext;
    for (;;) {
        Value item = next ? next(it) : object_iternext(it);
        if (item == NULL) break;
        int status = list_append(list, item);
        decref(item);
        if (status < 0) {
            decref(it);
            return -1;
        }
    }
    decref(it);
    iter_end_on_stop();
    return err_occurred() ? -1 : 0;
}

Value list_from_iterable(Value iterable) {
    Value l = list_new(0);
    if (l == NULL) return NULL;
    if (list_extend(l, iterable) < 0) {
        decref(l);
        return NULL;
    }
    return l;
}

/* A list or tuple holding v's items for slice assignment (a copy when v is the list
 * itself); a non-iterable v raises TypeError(not_iterable_msg). */
static Value assignment_source(Value self, Value v, const char *not_iterable_msg) {
    if (v == self) return list_slice(v, 0, list_size(v));
    if (is_list(v) || is_tuple(v)) return incref(v);
    Value it = object_getiter(v);
    if (it == NULL) {
        if (err_matches(&exc_TypeError)) {
            err_clear();
            err_set_str(&exc_TypeError, not_iterable_msg);
        }
        return NULL;
    }
    Value l = list_from_iterable(it);
    decref(it);
    return l;
}

/* Replaces items[lo:hi) by src[0..n); the replaced items are released afterwards. */
static int list_replace_range(List *l, intptr_t lo, intptr_t hi, Value const *src, intptr_t n) {
    if (lo < 0) lo = 0;
    if (lo > l->size) lo = l->size;
    if (hi < lo) hi = lo;
    if (hi > l->size) hi = l->size;
    intptr_t nold = hi - lo, delta = n - nold, size = l->size;
    Value stack_buffer[8];
    Value *old = nold <= 8 ? stack_buffer : mem_alloc((size_t)nold * sizeof(Value));
    if (old == NULL) {
        err_no_memory();
        return -1;
    }
    if (nold) memcpy(old, l->items + lo, (size_t)nold * sizeof(Value));
    if (delta < 0) {
        memmove(l->items + hi + delta, l->items + hi, (size_t)(size - hi) * sizeof(Value));
        list_resize(l, size + delta);
    } else if (delta > 0) {
        if (list_resize(l, size + delta) < 0) {
            if (old != stack_buffer) mem_free(old);
            return -1;
        }
        memmove(l->items + hi + delta, l->items + hi, (size_t)(size - hi) * sizeof(Value));
    }
    for (intptr_t i = 0; i < n; i++) l->items[lo + i] = incref(src[i]);
    release_items_reversed(old, nold);
    if (old != stack_buffer) mem_free(old);
    return 0;
}

/* l[lo:hi] = v (v NULL: del l[lo:hi]) */
static int list_assign_slice(Value self, intptr_t lo, intptr_t hi, Value v) {
    if (v == NULL) return list_replace_range((List *)self, lo, hi, NULL, 0);
    Value src = assignment_source(self, v, "can only assign an iterable");
    if (src == NULL) return -1;
    int status = list_replace_range((List *)self, lo, hi, seq_items(src), seq_size(src));
    decref(src);
    return status;
}

/* del l[start::step] over count items (count > 0, step != 1) */
static int list_delete_extended(List *l, intptr_t start, intptr_t step, intptr_t count) {
    if (step < 0) { /* the same items, ascending */
        start += step * (count - 1);
        step = -step;
    }
    Value *garbage = mem_alloc((size_t)count * sizeof(Value));
    if (garbage == NULL) {
        err_no_memory();
        return -1;
    }
    intptr_t kept = start, removed = 0;
    for (intptr_t i = start; i < l->size; i++) {
        if (removed < count && (i - start) % step == 0)
            garbage[removed++] = l->items[i];
        else
            l->items[kept++] = l->items[i];
    }
    list_resize(l, kept);
    release_items_reversed(garbage, count);
    mem_free(garbage);
    return 0;
}

/* l[start:stop:step] = v; the length is taken after v is materialised, since iterating v
 * may run code that resizes the list. */
static int list_assign_extended(Value self, intptr_t start, intptr_t stop, intptr_t step, Value v) {
    Value src = assignment_source(self, v, "must assign iterable to extended slice");
    if (src == NULL) return -1;
    intptr_t count = slice_adjust_indices(list_size(self), &start, &stop, step);
    if (seq_size(src) != count) {
        err_format(&exc_ValueError,
                   "attempt to assign sequence of size %zd to extended slice of size %zd",
                   seq_size(src), count);
        decref(src);
        return -1;
    }
    Value *garbage = count ? mem_alloc((size_t)count * sizeof(Value)) : NULL;
    if (count && garbage == NULL) {
        decref(src);
        err_no_memory();
        return -1;
    }
    List *l = (List *)self;
    for (intptr_t i = 0; i < count; i++) {
        garbage[i] = l->items[start + i * step];
        l->items[start + i * step] = incref(seq_items(src)[i]);
    }
    release_items_reversed(garbage, count);
    mem_free(garbage);
    decref(src);
    return 0;
}

/* ---- slots ---- */

static Value list_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    List *l = list_alloc(type);
    if (l == NULL) return NULL;
    l->items = NULL;
    l->size = l->allocated = 0;
    gc_track((Value)l);
    return (Value)l;
}

static int list_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("list", kwnames) < 0 || args_count("list", nargs, 0, 1) < 0) return -1;
    if (list_size(self) > 0) list_clear_items((List *)self);
    return nargs ? list_extend(self, args[0]) : 0;
}

static Value list_repr(Value self) {
    if (list_size(self) == 0) return str_from_cstr("[]");
    return seq_repr(self, "[", "]");
}

static Value list_richcompare(Value a, Value b, int op) {
    if (!is_list(a) || !is_list(b)) return NOT_IMPLEMENTED;
    return seq_richcompare(a, b, op, true);
}

static intptr_t list_len(Value self) { return list_size(self); }

static int list_contains(Value self, Value item) { return seq_contains(self, item); }

/* An int index for l[key] (negative counts from the end); -1 with an error. */
static intptr_t item_index(Value self, Value key, bool *found) {
    *found = false;
    intptr_t i = is_small_int(key) ? small_int_value(key) : index_as_ssize(key, &exc_IndexError);
    if (i == -1 && err_occurred()) return -1;
    if (i < 0) i += list_size(self);
    *found = (uintptr_t)i < (uintptr_t)list_size(self);
    return i;
}

static Value list_getitem(Value self, Value key) {
    if (is_small_int(key) || is_index_like(key)) {
        bool found;
        intptr_t i = item_index(self, key, &found);
        if (i == -1 && err_occurred()) return NULL;
        if (!found) return err_format(&exc_IndexError, "list index out of range");
        return incref(list_get(self, i));
    }
    if (is_slice(key)) {
        intptr_t start, stop, step;
        if (slice_unpack(key, &start, &stop, &step) < 0) return NULL;
        intptr_t len = slice_adjust_indices(list_size(self), &start, &stop, step);
        if (step == 1) return list_slice(self, start, start + len);
        Value result = list_new(len);
        if (result == NULL) return NULL;
        for (intptr_t i = 0; i < len; i++)
            list_set_steal(result, i, incref(list_get(self, start + i * step)));
        return result;
    }
    return err_format(&exc_TypeError, "list indices must be integers or slices, not %T", key);
}

static int list_setitem(Value self, Value key, Value v) {
    if (is_small_int(key) || is_index_like(key)) {
        bool found;
        intptr_t i = item_index(self, key, &found);
        if (i == -1 && err_occurred()) return -1;
        if (!found) {
            err_format(&exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (v == NULL) return list_replace_range((List *)self, i, i + 1, NULL, 0);
        setref(&((List *)self)->items[i], incref(v));
        return 0;
    }
    if (is_slice(key)) {
        intptr_t start, stop, step;
        if (slice_unpack(key, &start, &stop, &step) < 0) return -1;
        if (step != 1 && v != NULL) return list_assign_extended(self, start, stop, step, v);
        intptr_t len = slice_adjust_indices(list_size(self), &start, &stop, step);
        if (step == 1) return list_assign_slice(self, start, stop, v);
        return len > 0 ? list_delete_extended((List *)self, start, step, len) : 0;
    }
    err_format(&exc_TypeError, "list indices must be integers or slices, not %T", key);
    return -1;
}

static Value list_add(Value a, Value b) {
    if (!is_list(a) || !is_list(b)) return seq_concat_mismatch(a, b, is_list(a), "list");
    intptr_t na = list_size(a), nb = list_size(b);
    if (na > INTPTR_MAX / 2 - nb) return err_no_memory();
    Value result = list_new(na + nb);
    if (result == NULL) return NULL;
    for (intptr_t i = 0; i < na; i++) list_set_steal(result, i, incref(list_get(a, i)));
    for (intptr_t i = 0; i < nb; i++) list_set_steal(result, na + i, incref(list_get(b, i)));
    return result;
}

static Value list_repeat(Value seq, intptr_t count) {
    intptr_t n = list_size(seq);
    Value result = list_new(n * count);
    if (result == NULL) return NULL;
    seq_repeat_into(((List *)result)->items, ((List *)seq)->items, n, count);
    return result;
}

static Value list_multiply(Value a, Value b) { return seq_multiply(a, b, is_list(a), list_repeat); }

static Value list_inplace_add(Value a, Value b) {
    if (!is_list(a)) return NOT_IMPLEMENTED;
    if (list_extend(a, b) < 0) return NULL;
    return incref(a);
}

static Value list_inplace_multiply(Value a, Value b) {
    if (!is_list(a)) return NOT_IMPLEMENTED;
    if (!is_index_like(b)) return seq_multiply(a, b, true, list_repeat);
    intptr_t count = index_as_ssize(b, &exc_OverflowError);
    if (count == -1 && err_occurred()) return NULL;
    List *l = (List *)a;
    intptr_t n = l->size;
    if (count <= 0 || n == 0) {
        if (n) list_clear_items(l);
        return incref(a);
    }
    if (count > INTPTR_MAX / (intptr_t)sizeof(Value) / n) return err_no_memory();
    if (list_resize(l, n * count) < 0) return NULL;
    for (intptr_t c = 1; c < count; c++)
        for (intptr_t i = 0; i < n; i++) l->items[c * n + i] = incref(l->items[i]);
    return incref(a);
}

static Value list_iter(Value self) { return seq_array_iter_new(&type_list_iterator, self); }

/* ---- methods ---- */

static Value list_append_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("list.append", nargs) < 0 || list_append(self, args[0]) < 0) return NULL;
    return NONE;
}

static Value list_extend_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("list.extend", nargs) < 0 || list_extend(self, args[0]) < 0) return NULL;
    return NONE;
}

static Value list_insert(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("insert", nargs, 2, 2) < 0) return NULL;
    intptr_t i = ssize_arg(args[0]);
    if (i == -1 && err_occurred()) return NULL;
    intptr_t n = list_size(self);
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (list_replace_range((List *)self, i, i, &args[1], 1) < 0) return NULL;
    return NONE;
}

static Value list_pop(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("pop", nargs, 0, 1) < 0) return NULL;
    intptr_t i = -1;
    if (nargs && (i = ssize_arg(args[0])) == -1 && err_occurred()) return NULL;
    List *l = (List *)self;
    if (l->size == 0) return err_format(&exc_IndexError, "pop from empty list");
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) return err_format(&exc_IndexError, "pop index out of range");
    Value item = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(Value));
    list_resize(l, l->size - 1);
    return item;
}

static Value list_remove(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("list.remove", nargs) < 0) return NULL;
    intptr_t i = seq_find(self, args[0], 0, INTPTR_MAX);
    if (i == -2) return NULL;
    if (i == -1) return err_format(&exc_ValueError, "list.remove(x): x not in list");
    if (list_replace_range((List *)self, i, i + 1, NULL, 0) < 0) return NULL;
    return NONE;
}

static Value list_index(Value self, Value const *args, size_t nargs, Value kwnames) {
    intptr_t i = seq_index_args(self, args, nargs);
    if (i == -2) return NULL;
    if (i == -1) return err_format(&exc_ValueError, "%R is not in list", args[0]);
    return small_int(i);
}

static Value list_count(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("list.count", nargs) < 0) return NULL;
    return seq_count(self, args[0]);
}

void list_reverse_items(Value *items, intptr_t n) {
    for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

static Value list_reverse(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("list.reverse", nargs) < 0) return NULL;
    list_reverse_items(((List *)self)->items, list_size(self));
    return NONE;
}

static Value list_copy(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("list.copy", nargs) < 0) return NULL;
    return list_slice(self, 0, list_size(self));
}

static Value list_clear_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("list.clear", nargs) < 0) return NULL;
    list_clear_items((List *)self);
    return NONE;
}

static Value list_reversed(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("list.__reversed__", nargs) < 0) return NULL;
    return seq_array_iter_new(&type_list_reverseiterator, self);
}

static MethodDef list_methods[] = {
    {"append", list_append_method, 0, NULL},
    {"extend", list_extend_method, 0, NULL},
    {"insert", list_insert, 0, NULL},
    {"pop", list_pop, 0, NULL},
    {"remove", list_remove, 0, NULL},
    {"index", list_index, 0, NULL},
    {"count", list_count, 0, NULL},
    {"reverse", list_reverse, 0, NULL},
    {"sort", list_sort_method, METH_KEYWORDS, NULL},
    {"copy", list_copy, 0, NULL},
    {"clear", list_clear_method, 0, NULL},
    {"__reversed__", list_reversed, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots list_number = {
    .binary = {[BINOP_ADD] = list_add, [BINOP_MULTIPLY] = list_multiply},
    .inplace = {[BINOP_ADD] = list_inplace_add, [BINOP_MULTIPLY] = list_inplace_multiply},
};

Type type_list = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "list",
    .basicsize = sizeof(List),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_LIST_SUBCLASS,
    .doc = "Built-in mutable sequence.\n"
           "\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .new_ = list_type_new,
    .init = list_init,
    .iter = list_iter,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .number = &list_number,
    .methods = list_methods,
};
