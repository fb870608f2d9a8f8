/* range.c: the range type: construction from __index__ values, length, indexing and
 * slicing, O(1) `in` / index / count for ints, ==, hash, repr, reversed; its iterators
 * (range_iterator on C integers, longrange_iterator on arbitrary ints). */
#include "range.h"

#include "../vm/errors.h"
#include "../vm/state.h"
#include "int.h"
#include "iter.h"
#include "method_args.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

/* a * b + c */
static Value mul_add(Value a, Value b, Value c) {
    Value product = int_mul(a, b);
    if (product == NULL) return NULL;
    Value sum = int_add(product, c);
    decref(product);
    return sum;
}

/* The number of items of range(start, stop, step). */
static Value compute_length(Value start, Value stop, Value step) {
    if (is_small_int(start) && is_small_int(stop) && is_small_int(step)) {
        intptr_t lo = small_int_value(start), hi = small_int_value(stop);
        intptr_t st = small_int_value(step);
        if (st < 0) {
            intptr_t t = lo;
            lo = hi;
            hi = t;
            st = -st;
        }
        /* operands are 63-bit, so hi - lo cannot overflow */
        return small_int(
            lo < hi ? (intptr_t)(((uintptr_t)hi - (uintptr_t)lo - 1) / (uintptr_t)st) + 1 : 0);
    }
    bool backwards = int_sign(step) < 0;
    Value lo = backwards ? stop : start, hi = backwards ? start : stop;
    if (int_compare(lo, hi) >= 0) return small_int(0);
    Value span = int_sub(hi, lo); /* (hi - lo - 1) // |step| + 1 */
    Value span1 = span ? int_sub(span, small_int(1)) : NULL;
    Value abs_step = backwards ? int_negate(step) : incref(step);
    Value q = span1 && abs_step ? int_floordiv(span1, abs_step) : NULL;
    Value length = q ? int_add(q, small_int(1)) : NULL;
    xdecref(span);
    xdecref(span1);
    xdecref(abs_step);
    xdecref(q);
    return length;
}

Value range_new(Value start, Value stop, Value step) {
    Value length = compute_length(start, stop, step);
    if (length == NULL) return NULL;
    Range *r = (Range *)object_new(&type_range, 0);
    if (r == NULL) {
        decref(length);
        return NULL;
    }
    r->start = incref(start);
    r->stop = incref(stop);
    r->step = incref(step);
    r->length = length;
    return (Value)r;
}

static void range_dealloc(Value self) {
    Range *r = (Range *)self;
    decref(r->start);
    decref(r->stop);
    decref(r->step);
    decref(r->length);
    object_free(self);
}

/* ---- slots ---- */

static Value index_arg(Value v) {
    if (!is_index_like(v))
        return err_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    return object_index(v);
}

static Value range_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("range", kwnames) < 0 || args_count("range", nargs, 1, 3) < 0) return NULL;
    Value bounds[3] = {small_int(0), NULL, small_int(1)};
    for (size_t i = 0; i < nargs; i++) {
        Value v = index_arg(args[i]);
        if (v == NULL) goto fail;
        bounds[nargs == 1 ? 1 : i] = v;
    }
    if (int_sign(bounds[2]) == 0) {
        err_set_str(&exc_ValueError, "range() arg 3 must not be zero");
        goto fail;
    }
    /* CPython 3.11 compares the bounds with rich comparisons: a recursion check there */
    if (recursion_enter(" in comparison") < 0) goto fail;
    recursion_leave();
    Value r = range_new(bounds[0], bounds[1], bounds[2]);
    for (int i = 0; i < 3; i++) decref(bounds[i]);
    return r;
fail:
    for (int i = 0; i < 3; i++) xdecref(bounds[i]);
    return NULL;
}

static Value range_repr(Value self) {
    Range *r = (Range *)self;
    if (is_small_int(r->step) && small_int_value(r->step) == 1)
        return str_from_format("range(%R, %R)", r->start, r->stop);
    return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static intptr_t range_len(Value self) {
    Value length = ((Range *)self)->length;
    if (is_small_int(length)) return small_int_value(length);
    err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(Value self) { return ((Range *)self)->length != small_int(0); }

/* r[i] for 0 <= i < len */
static Value range_item(Range *r, Value i) { return mul_add(i, r->step, r->start); }

static Value range_subscript_index(Range *r, Value key) {
    Value i = object_index(key);
    if (i == NULL) return NULL;
    if (int_sign(i) < 0) setref(&i, int_add(i, r->length));
    if (i == NULL) return NULL;
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
        decref(i);
        return err_format(&exc_IndexError, "range object index out of range");
    }
    Value item = range_item(r, i);
    decref(i);
    return item;
}

static Value range_subscript_slice(Range *r, Value slice) {
    Value idx[3];
    if (slice_indices_big(slice, r->length, idx) < 0) return NULL;
    Value start = range_item(r, idx[0]);
    Value stop = start ? range_item(r, idx[1]) : NULL;
    Value step = stop ? int_mul(r->step, idx[2]) : NULL;
    Value result = step ? range_new(start, stop, step) : NULL;
    xdecref(start);
    xdecref(stop);
    xdecref(step);
    for (int i = 0; i < 3; i++) decref(idx[i]);
    return result;
}

static Value range_getitem(Value self, Value key) {
    Range *r = (Range *)self;
    if (is_small_int(key) && is_small_int(r->length)) {
        intptr_t i = small_int_value(key), n = small_int_value(r->length);
        if (i < 0) i += n;
        if (i < 0 || i >= n) return err_format(&exc_IndexError, "range object index out of range");
        return range_item(r, small_int(i));
    }
    if (is_index_like(key)) return range_subscript_index(r, key);
    if (is_slice(key)) return range_subscript_slice(r, key);
    return err_format(&exc_TypeError, "range indices must be integers or slices, not %T", key);
}

/* For an exact int (or bool) x: 1 when x is in the range, 0 if not, -1 on error. */
static int range_contains_int(Range *r, Value x) {
    bool backwards = int_sign(r->step) < 0;
    /* start <= x < stop (or stop < x <= start) */
    int c1 = int_compare(r->start, x), c2 = int_compare(x, r->stop);
    if (backwards ? (c1 < 0 || c2 <= 0) : (c1 > 0 || c2 >= 0)) return 0;
    Value offset = int_sub(x, r->start);
    Value rem = offset ? int_mod(offset, r->step) : NULL;
    xdecref(offset);
    if (rem == NULL) return -1;
    int found = int_sign(rem) == 0;
    decref(rem);
    return found;
}

/* Generic search by == for non-int values: the index, -1 absent, -2 error. */
static intptr_t range_search(Value self, Value x, intptr_t *count) {
    Value it = object_getiter(self);
    if (it == NULL) return -2;
    intptr_t index = -1, i = 0;
    *count = 0;
    for (Value item; (item = object_iternext(it)) != NULL; i++) {
        int equal = object_richcompare_bool(item, x, CMP_EQ);
        decref(item);
        if (equal < 0) {
            decref(it);
            return -2;
        }
        if (equal) {
            if (index < 0) index = i;
            ++*count;
        }
    }
    decref(it);
    return err_occurred() ? -2 : index;
}

static int range_contains(Value self, Value x) {
    if (is_int(x)) return range_contains_int((Range *)self, x);
    intptr_t count;
    intptr_t i = range_search(self, x, &count);
    return i == -2 ? -1 : i >= 0;
}

static Value range_richcompare(Value a, Value b, int op) {
    if (!is_range(a) || !is_range(b) || (op != CMP_EQ && op != CMP_NE)) return NOT_IMPLEMENTED;
    Range *x = (Range *)a, *y = (Range *)b;
    int equal = 1;
    if (a != b) {
        /* same length; then, if non-empty, same start; then, if longer than 1, same step */
        equal = int_compare(x->length, y->length) == 0;
        if (equal && int_sign(x->length) != 0) {
            equal = int_compare(x->start, y->start) == 0;
            if (equal && int_compare(x->length, small_int(1)) != 0)
                equal = int_compare(x->step, y->step) == 0;
        }
    }
    return bool_value(equal == (op == CMP_EQ));
}

static hash_t range_hash(Value self) {
    Range *r = (Range *)self;
    Value start = NONE, step = NONE;
    if (int_sign(r->length) != 0) {
        start = r->start;
        if (int_compare(r->length, small_int(1)) != 0) step = r->step;
    }
    Value t = tuple_pack(3, r->length, start, step);
    if (t == NULL) return -1;
    hash_t h = object_hash(t);
    decref(t);
    return h;
}

/* ---- methods ---- */

static Value range_count(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("range.count", nargs) < 0) return NULL;
    if (is_int_exact(args[0]) || args[0] == TRUE_VALUE || args[0] == FALSE_VALUE) {
        int found = range_contains_int((Range *)self, args[0]);
        return found < 0 ? NULL : small_int(found);
    }
    intptr_t count;
    if (range_search(self, args[0], &count) == -2) return NULL;
    return small_int(count);
}

static Value range_index(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("range.index", nargs) < 0) return NULL;
    Range *r = (Range *)self;
    Value x = args[0];
    if (is_int_exact(x) || x == TRUE_VALUE || x == FALSE_VALUE) {
        int found = range_contains_int(r, x);
        if (found <= 0)
            return found < 0 ? NULL : err_format(&exc_ValueError, "%R is not in range", x);
        Value offset = int_sub(x, r->start);
        Value index = offset ? int_floordiv(offset, r->step) : NULL;
        xdecref(offset);
        return index;
    }
    intptr_t count, i = range_search(self, x, &count);
    if (i == -2) return NULL;
    if (i == -1) return err_format(&exc_ValueError, "sequence.index(x): x not in sequence");
    return small_int(i);
}

/* An iterator over length items from first by step. */
static Value range_iter_from(Value first, Value step, Value length) {
    if (is_small_int(first) && is_small_int(step) && is_small_int(length)) {
        RangeIter *it = (RangeIter *)object_new(&type_range_iterator, 0);
        if (it == NULL) return NULL;
        it->next = small_int_value(first);
        it->step = small_int_value(step);
        it->remaining = small_int_value(length);
        return (Value)it;
    }
    Value it = object_new(&type_longrange_iterator, 0);
    if (it == NULL) return NULL;
    Value *fields = (Value *)((Object *)it + 1);
    fields[0] = incref(first);
    fields[1] = incref(step);
    fields[2] = incref(length);
    return it;
}

static Value range_iter(Value self) {
    Range *r = (Range *)self;
    return range_iter_from(r->start, r->step, r->length);
}

static Value range_reversed(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("range.__reversed__", nargs) < 0) return NULL;
    Range *r = (Range *)self;
    if (int_sign(r->length) == 0) return range_iter_from(r->start, r->step, r->length);
    Value last_index = int_sub(r->length, small_int(1));
    Value last = last_index ? range_item(r, last_index) : NULL;
    Value back = last ? int_negate(r->step) : NULL;
    Value it = back ? range_iter_from(last, back, r->length) : NULL;
    xdecref(last_index);
    xdecref(last);
    xdecref(back);
    return it;
}

/* (range, (start, stop, step)) for pickle and copy */
static Value range_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("__reduce__", nargs) < 0) return NULL;
    Range *r = (Range *)self;
    Value bounds = tuple_pack(3, r->start, r->stop, r->step);
    Value result = bounds ? tuple_pack(2, (Value)&type_range, bounds) : NULL;
    xdecref(bounds);
    return result;
}

static MethodDef range_methods[] = {
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {"__reversed__", range_reversed, 0, NULL},
    {"__reduce__", range_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef range_members[] = {
    {"start", MEMBER_OBJECT, offsetof(Range, start), true, NULL},
    {"stop", MEMBER_OBJECT, offsetof(Range, stop), true, NULL},
    {"step", MEMBER_OBJECT, offsetof(Range, step), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static NumberSlots range_number = {.as_bool = range_bool};

Type type_range = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "range",
    .basicsize = sizeof(Range),
    .doc = "range(stop) -> range object\n"
           "range(start, stop[, step]) -> range object\n"
           "\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .new_ = range_type_new,
    .iter = range_iter,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .number = &range_number,
    .methods = range_methods,
    .members = range_members,
};

/* ---- iterators ---- */

static Value range_iter_next(Value self) {
    RangeIter *it = (RangeIter *)self;
    if (it->remaining <= 0) return NULL;
    it->remaining--;
    intptr_t v = it->next;
    it->next = (intptr_t)((uintptr_t)v + (uintptr_t)it->step);
    return small_int(v);
}

static Value range_iter_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    return small_int(((RangeIter *)self)->remaining);
}

static MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_range_iterator = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "range_iterator",
    .basicsize = sizeof(RangeIter),
    .dealloc = object_free,
    .iter = iter_return_self,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
};

typedef struct LongRangeIter {
    Object ob;
    Value next, step, remaining;
} LongRangeIter;

static void longrange_iter_dealloc(Value self) {
    LongRangeIter *it = (LongRangeIter *)self;
    decref(it->next);
    decref(it->step);
    decref(it->remaining);
    object_free(self);
}

static Value longrange_iter_next(Value self) {
    LongRangeIter *it = (LongRangeIter *)self;
    if (int_sign(it->remaining) <= 0) return NULL;
    Value remaining = int_sub(it->remaining, small_int(1));
    Value next = remaining ? int_add(it->next, it->step) : NULL;
    if (next == NULL) {
        xdecref(remaining);
        return NULL;
    }
    setref(&it->remaining, remaining);
    Value result = it->next;
    it->next = next;
    return result;
}

static Value longrange_iter_length_hint(Value self, Value const *args, size_t nargs,
                                        Value kwnames) {
    return incref(((LongRangeIter *)self)->remaining);
}

static MethodDef longrange_iter_methods[] = {
    {"__length_hint__", longrange_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_longrange_iterator = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIter),
    .dealloc = longrange_iter_dealloc,
    .iter = iter_return_self,
    .iternext = longrange_iter_next,
    .methods = longrange_iter_methods,
};
