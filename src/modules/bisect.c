/* bisect.c: the `_bisect` module: binary search in a sorted sequence (bisect_left,
 * bisect_right) and insertion keeping it sorted (insort_left, insort_right), with the
 * optional key function of Python 3.10+. */
#include "../object/int.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/str.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

typedef struct BisectArgs {
    Value a, x, key; /* key NULL when None */
    intptr_t lo, hi;
} BisectArgs;

static bool bisect_args(const char *fname, Value const *args, size_t nargs, Value kwnames,
                        BisectArgs *b) {
    static const char *const names[] = {"a", "x", "lo", "hi", "key"};
    ArgSpec spec = {fname, names, 5, 0, 4, 2};
    Value v[5];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return false;
    b->a = v[0];
    b->x = v[1];
    b->key = v[4] && v[4] != NONE ? v[4] : NULL;
    b->lo = 0;
    if (v[2]) {
        Value i = object_index(v[2]);
        b->lo = i ? int_as_ssize(i) : -1;
        xdecref(i);
        if (b->lo == -1 && err_occurred()) return false;
    }
    if (b->lo < 0) {
        err_format(&exc_ValueError, "lo must be non-negative");
        return false;
    }
    if (v[3] && v[3] != NONE) {
        Value i = object_index(v[3]);
        b->hi = i ? int_as_ssize(i) : -1;
        xdecref(i);
        if (b->hi == -1 && err_occurred()) return false;
    } else {
        b->hi = object_len(b->a);
        if (b->hi < 0) return false;
    }
    return true;
}

/* The insertion point of item (already keyed by the caller for insort) in a[lo:hi]:
 * right of equal items when right, else left. -1 on error. */
static intptr_t search(const BisectArgs *b, Value item, bool right) {
    intptr_t lo = b->lo, hi = b->hi;
    while (lo < hi) {
        intptr_t mid = (intptr_t)(((size_t)lo + (size_t)hi) / 2);
        Value v = is_list_exact(b->a) && mid < list_size(b->a)
                      ? incref(list_get(b->a, mid))
                      : object_getitem(b->a, small_int(mid));
        if (!v) return -1;
        if (b->key) {
            Value k = object_call(b->key, &v, 1, NULL);
            decref(v);
            if (!k) return -1;
            v = k;
        }
        int lt = right ? object_richcompare_bool(item, v, CMP_LT)
                       : object_richcompare_bool(v, item, CMP_LT);
        decref(v);
        if (lt < 0) return -1;
        if (lt == right)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static Value bisect_any(const char *fname, Value const *args, size_t nargs, Value kwnames,
                        bool right) {
    BisectArgs b;
    if (!bisect_args(fname, args, nargs, kwnames, &b)) return NULL;
    intptr_t i = search(&b, b.x, right);
    return i < 0 ? NULL : int_from_long(i);
}

static Value insort_any(const char *fname, Value const *args, size_t nargs, Value kwnames,
                        bool right) {
    BisectArgs b;
    if (!bisect_args(fname, args, nargs, kwnames, &b)) return NULL;
    Value keyed = b.key ? object_call(b.key, &b.x, 1, NULL) : incref(b.x);
    if (!keyed) return NULL;
    intptr_t i = search(&b, keyed, right);
    decref(keyed);
    if (i < 0) return NULL;
    Value call_args[2] = {small_int(i), b.x};
    Value r = object_call_method(b.a, str_intern_cstr("insert"), call_args, 2);
    if (!r) return NULL;
    decref(r);
    return NONE;
}

static Value bisect_right(Value self, Value const *args, size_t nargs, Value kwnames) {
    return bisect_any("bisect_right", args, nargs, kwnames, true);
}
static Value bisect_left(Value self, Value const *args, size_t nargs, Value kwnames) {
    return bisect_any("bisect_left", args, nargs, kwnames, false);
}
static Value insort_right(Value self, Value const *args, size_t nargs, Value kwnames) {
    return insort_any("insort_right", args, nargs, kwnames, true);
}
static Value insort_left(Value self, Value const *args, size_t nargs, Value kwnames) {
    return insort_any("insort_left", args, nargs, kwnames, false);
}

static MethodDef bisect_methods[] = {
    {"bisect_right", bisect_right, METH_KEYWORDS, NULL},
    {"bisect_left", bisect_left, METH_KEYWORDS, NULL},
    {"insort_right", insort_right, METH_KEYWORDS, NULL},
    {"insort_left", insort_left, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

Value bisect_module_new(void) {
    Value m = module_new("_bisect");
    if (m && module_add_functions(m, bisect_methods) < 0) CLEAR(m);
    return m;
}
