/* slice.c: the slice type (construction, repr, comparison, indices()) and the index
 * clamping arithmetic shared by all sequences. */
#include "slice.h"

#include "../vm/errors.h"
#include "int.h"
#include "method_args.h"
#include "seq_common.h"
#include "str.h"
#include "tuple.h"

Value slice_new(Value start, Value stop, Value step) {
    Slice *s = (Slice *)object_new(&type_slice, 0);
    if (s == NULL) return NULL;
    s->start = incref(start ? start : NONE);
    s->stop = incref(stop ? stop : NONE);
    s->step = incref(step ? step : NONE);
    gc_track((Value)s);
    return (Value)s;
}

bool is_index_like(Value v) {
    if (is_int(v)) return true;
    NumberSlots *number = type_of(v)->number;
    return number != NULL && number->index != NULL;
}

intptr_t index_as_ssize(Value v, Type *overflow_exc) {
    if (is_small_int(v)) return small_int_value(v);
    Value index = object_index(v);
    if (index == NULL) return -1;
    long long n;
    int status = int_as_long(index, &n);
    if (status < 0) {
        err_clear();
        if (overflow_exc != NULL) {
            err_format(overflow_exc, "cannot fit '%T' into an index-sized integer", v);
            decref(index);
            return -1;
        }
        n = int_sign(index) < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    decref(index);
    return (intptr_t)n;
}

intptr_t ssize_arg(Value v) {
    if (is_small_int(v)) return small_int_value(v);
    if (!is_index_like(v)) {
        err_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    intptr_t n = index_as_ssize(v, &exc_OverflowError);
    if (n == -1 && err_occurred() && err_matches(&exc_OverflowError)) {
        err_clear();
        err_set_str(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return n;
}

/* A slice bound: None gives the default; otherwise an index, clamped. */
static int slice_bound(Value v, intptr_t none_value, intptr_t *out) {
    if (v == NONE) {
        *out = none_value;
        return 0;
    }
    if (!is_index_like(v)) {
        err_set_str(&exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    *out = index_as_ssize(v, NULL);
    return *out == -1 && err_occurred() ? -1 : 0;
}

int slice_unpack(Value slice, intptr_t *start, intptr_t *stop, intptr_t *step) {
    Slice *s = (Slice *)slice;
    if (slice_bound(s->step, 1, step) < 0) return -1;
    if (*step == 0) {
        err_set_str(&exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    /* keep -step representable, as reversing arithmetic relies on it */
    if (*step < -INTPTR_MAX) *step = -INTPTR_MAX;
    if (slice_bound(s->start, *step < 0 ? INTPTR_MAX : 0, start) < 0) return -1;
    return slice_bound(s->stop, *step < 0 ? INTPTR_MIN : INTPTR_MAX, stop);
}

static void clamp_bound(intptr_t *bound, intptr_t length, intptr_t step) {
    if (*bound < 0) {
        *bound += length;
        if (*bound < 0) *bound = step < 0 ? -1 : 0;
    } else if (*bound >= length) {
        *bound = step < 0 ? length - 1 : length;
    }
}

intptr_t slice_adjust_indices(intptr_t length, intptr_t *start, intptr_t *stop, intptr_t step) {
    clamp_bound(start, length, step);
    clamp_bound(stop, length, step);
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / -step + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

/* ---- arbitrary-precision indices() ---- */

static Value big_bound(Value v, Value length, Value lower, Value upper) {
    if (!is_index_like(v)) {
        err_set_str(&exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    Value n = object_index(v);
    if (n == NULL) return NULL;
    if (int_sign(n) < 0) {
        Value shifted = int_add(n, length);
        decref(n);
        if (shifted == NULL) return NULL;
        n = shifted;
        if (int_compare(n, lower) < 0) setref(&n, incref(lower));
    } else if (int_compare(n, upper) > 0) {
        setref(&n, incref(upper));
    }
    return n;
}

int slice_indices_big(Value slice, Value length, Value out[3]) {
    Slice *s = (Slice *)slice;
    Value step = s->step == NONE ? small_int(1) : NULL;
    if (step == NULL) {
        if (!is_index_like(s->step)) {
            err_set_str(&exc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        step = object_index(s->step);
        if (step == NULL) return -1;
        if (int_sign(step) == 0) {
            decref(step);
            err_set_str(&exc_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    bool backwards = int_sign(step) < 0;
    Value lower = small_int(backwards ? -1 : 0);
    Value upper = backwards ? int_add(length, lower) : incref(length);
    if (upper == NULL) {
        decref(step);
        return -1;
    }
    Value start = s->start == NONE ? incref(backwards ? upper : lower)
                                   : big_bound(s->start, length, lower, upper);
    Value stop = start == NULL     ? NULL
                 : s->stop == NONE ? incref(backwards ? lower : upper)
                                   : big_bound(s->stop, length, lower, upper);
    decref(upper);
    if (stop == NULL) {
        xdecref(start);
        decref(step);
        return -1;
    }
    out[0] = start;
    out[1] = stop;
    out[2] = step;
    return 0;
}

/* ---- the slice type ---- */

static Value slice_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("slice", kwnames) < 0 || args_count("slice", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return slice_new(NONE, args[0], NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NONE);
}

static void slice_dealloc(Value self) {
    Slice *s = (Slice *)self;
    gc_untrack(self);
    decref(s->start);
    decref(s->stop);
    decref(s->step);
    object_free(self);
}

static int slice_traverse(Value self, visitproc visit, void *arg) {
    Slice *s = (Slice *)self;
    Value fields[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) {
        int status = visit(fields[i], arg);
        if (status) return status;
    }
    return 0;
}

static Value slice_repr(Value self) {
    Slice *s = (Slice *)self;
    return str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static Value slice_as_tuple(Value self) {
    Slice *s = (Slice *)self;
    return tuple_pack(3, s->start, s->stop, s->step);
}

static Value slice_richcompare(Value a, Value b, int op) {
    if (!is_slice(a) || !is_slice(b)) return NOT_IMPLEMENTED;
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return bool_value(op == CMP_EQ);
    Value ta = slice_as_tuple(a);
    if (ta == NULL) return NULL;
    Value tb = slice_as_tuple(b);
    if (tb == NULL) {
        decref(ta);
        return NULL;
    }
    Value result = object_richcompare(ta, tb, op);
    decref(ta);
    decref(tb);
    return result;
}

static Value slice_indices_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("slice.indices", nargs) < 0) return NULL;
    if (!is_index_like(args[0]))
        return err_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer",
                          args[0]);
    Value length = object_index(args[0]);
    if (length == NULL) return NULL;
    if (int_sign(length) < 0) {
        decref(length);
        return err_format(&exc_ValueError, "length should not be negative");
    }
    Value out[3];
    int status = slice_indices_big(self, length, out);
    decref(length);
    if (status < 0) return NULL;
    Value result = tuple_from_array(out, 3);
    for (int i = 0; i < 3; i++) decref(out[i]);
    return result;
}

/* (slice, (start, stop, step)) for pickle and copy */
static Value slice_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("__reduce__", nargs) < 0) return NULL;
    Value bounds = slice_as_tuple(self);
    Value result = bounds ? tuple_pack(2, (Value)&type_slice, bounds) : NULL;
    xdecref(bounds);
    return result;
}

static MethodDef slice_methods[] = {
    {"indices", slice_indices_method, 0, NULL},
    {"__reduce__", slice_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef slice_members[] = {
    {"start", MEMBER_OBJECT, offsetof(Slice, start), true, NULL},
    {"stop", MEMBER_OBJECT, offsetof(Slice, stop), true, NULL},
    {"step", MEMBER_OBJECT, offsetof(Slice, step), true, NULL},
    {NULL, 0, 0, false, NULL},
};

Type type_slice = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "slice",
    .doc = "slice(stop)\n"
           "slice(start, stop[, step])\n"
           "\n"
           "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).",
    .basicsize = sizeof(Slice),
    .flags = TPFLAG_GC,
    .dealloc = slice_dealloc,
    .traverse = slice_traverse,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .new_ = slice_type_new,
    .methods = slice_methods,
    .members = slice_members,
};
