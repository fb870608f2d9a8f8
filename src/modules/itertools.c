/* itertools.c: the `itertools` module: the infinite iterators (count, cycle, repeat), the
 * iterators over one or more inputs (accumulate, chain, compress, dropwhile, takewhile,
 * filterfalse, groupby, islice, starmap, pairwise, zip_longest, tee) and the combinatoric
 * ones (product, permutations, combinations, combinations_with_replacement). */
#include <string.h>

#include "../memory/alloc.h"
#include "../object/int.h"
#include "../object/iter.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/seq_common.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

/* Every iterator object here is a header, `nrefs` Value fields, then plain data: these
 * generate its dealloc, traverse and clear from the count. */
static inline Value *fields_of(Value self) { return (Value *)((Object *)self + 1); }

static void release_fields(Value self, int nrefs) {
    gc_untrack(self);
    for (int i = 0; i < nrefs; i++) CLEAR(fields_of(self)[i]);
}

#define GC_FIELDS(prefix, nrefs)                                                                   \
    static void prefix##_dealloc(Value self) {                                                     \
        release_fields(self, nrefs);                                                               \
        object_free(self);                                                                         \
    }                                                                                              \
    static int prefix##_traverse(Value self, visitproc visit, void *arg) {                         \
        return visit_values(fields_of(self), nrefs, visit, arg);                                   \
    }                                                                                              \
    static int prefix##_clear(Value self) {                                                        \
        for (int i = 0; i < nrefs; i++) CLEAR(fields_of(self)[i]);                                 \
        return 0;                                                                                  \
    }

/* The Type fields of an iterator whose object layout is `layout` (with GC_FIELDS of that
 * name) and whose constructor and next are kind_new and kind_next. */
#define ITERTOOL_TYPE_FLAGS(layout, kind, type_flags)                                              \
    .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = "itertools." #kind, .flags = type_flags,        \
    .basicsize = sizeof(layout##Object), .dealloc = layout##_dealloc,                              \
    .traverse = layout##_traverse, .clear = layout##_clear, .iter = iter_return_self,              \
    .iternext = kind##_next, .new_ = kind##_new
#define ITERTOOL_TYPE(layout, kind) ITERTOOL_TYPE_FLAGS(layout, kind, TPFLAG_GC | TPFLAG_BASETYPE)

/* A new iterator object of `type` with its first fields set from refs (stolen; all
 * must be non-NULL unless optional), or NULL (refs released) on failure. */
static Value new_with(Type *type, Value *refs, int nrefs) {
    for (int i = 0; i < nrefs; i++) {
        if (!refs[i]) goto fail;
    }
    Value self = object_new(type, 0);
    if (!self) goto fail;
    memcpy(fields_of(self), refs, (size_t)nrefs * sizeof(Value));
    gc_track(self);
    return self;
fail:
    for (int i = 0; i < nrefs; i++) xdecref(refs[i]);
    return NULL;
}

static inline Value next_of(Value it) {
    unaryfunc next = type_of(it)->iternext;
    return next ? next(it) : object_iternext(it);
}

/* "NAME expected N arguments, got M" with no keywords: the positional-only signatures. */
static int positional_only(const char *name, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (args_no_keywords(name, kwnames) < 0) return -1;
    return args_count(name, nargs, min, max);
}

/* ---- count ---- */

typedef struct countObject {
    Object ob;
    Value cnt, step;
} countObject;
GC_FIELDS(count, 2)

static bool is_number(Value v) {
    NumberSlots *n = type_of(v)->number;
    return is_int(v) || (n && (n->index || n->as_int || n->as_float));
}

static Value count_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"start", "step"};
    static const ArgSpec spec = {"count", names, 2, 0, 2, 0};
    Value v[2];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Value start = v[0] ? v[0] : small_int(0), step = v[1] ? v[1] : small_int(1);
    if (!is_number(start) || !is_number(step))
        return err_format(&exc_TypeError, "a number is required");
    Value refs[] = {incref(start), incref(step)};
    return new_with(type, refs, 2);
}

static Value count_next(Value self) {
    countObject *c = (countObject *)self;
    Value next = binary_op(c->cnt, c->step, BINOP_ADD);
    if (!next) return NULL;
    Value r = c->cnt;
    c->cnt = next;
    return r;
}

static Value count_repr(Value self) {
    countObject *c = (countObject *)self;
    intptr_t s;
    if (is_int(c->step) && int_small_of(c->step, &s) && s == 1)
        return str_from_format("count(%R)", c->cnt);
    return str_from_format("count(%R, %R)", c->cnt, c->step);
}

static Type type_count = {
    ITERTOOL_TYPE(count, count),
    .repr = count_repr,
};

/* ---- cycle ---- */

typedef struct cycleObject {
    Object ob;
    Value it, saved;
    intptr_t index;
} cycleObject;
GC_FIELDS(cycle, 2)

static Value cycle_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (positional_only("cycle", nargs, kwnames, 1, 1) < 0) return NULL;
    Value refs[] = {object_getiter(args[0]), list_new(0)};
    return new_with(type, refs, 2);
}

static Value cycle_next(Value self) {
    cycleObject *c = (cycleObject *)self;
    if (c->it) {
        Value item = next_of(c->it);
        if (item) {
            if (list_append(c->saved, item) < 0) CLEAR(item);
            return item;
        }
        if (err_occurred()) return NULL;
        CLEAR(c->it);
    }
    if (list_size(c->saved) == 0) return NULL;
    Value item = list_get(c->saved, c->index);
    c->index = (c->index + 1) % list_size(c->saved);
    return incref(item);
}

static Type type_cycle = {ITERTOOL_TYPE(cycle, cycle)};

/* ---- repeat ---- */

typedef struct repeatObject {
    Object ob;
    Value element;
    intptr_t cnt; /* -1: forever */
} repeatObject;
GC_FIELDS(repeat, 1)

static Value repeat_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"object", "times"};
    static const ArgSpec spec = {"repeat", names, 2, 0, 2, 1};
    Value v[2];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    intptr_t cnt = -1;
    if (v[1]) {
        Value i = object_index(v[1]);
        if (!i) return NULL;
        cnt = int_as_ssize(i);
        decref(i);
        if (cnt == -1 && err_occurred()) return NULL;
        if (cnt < 0) cnt = 0;
    }
    Value refs[] = {incref(v[0])};
    Value self = new_with(type, refs, 1);
    if (self) ((repeatObject *)self)->cnt = cnt;
    return self;
}

static Value repeat_next(Value self) {
    repeatObject *r = (repeatObject *)self;
    if (r->cnt == 0) return NULL;
    if (r->cnt > 0) r->cnt--;
    return incref(r->element);
}

static Value repeat_repr(Value self) {
    repeatObject *r = (repeatObject *)self;
    if (r->cnt == -1) return str_from_format("repeat(%R)", r->element);
    return str_from_format("repeat(%R, %zd)", r->element, r->cnt);
}

static Value repeat_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    repeatObject *r = (repeatObject *)self;
    if (r->cnt == -1) return err_format(&exc_TypeError, "len() of unsized object");
    return int_from_long(r->cnt);
}

static MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_repeat = {
    ITERTOOL_TYPE(repeat, repeat),
    .repr = repeat_repr,
    .methods = repeat_methods,
};

/* ---- accumulate ---- */

typedef struct accumulateObject {
    Object ob;
    Value it, func, total, initial; /* func, total, initial may be NULL */
} accumulateObject;
GC_FIELDS(accumulate, 4)

static Value accumulate_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "func", "initial"};
    static const ArgSpec spec = {"accumulate", names, 3, 0, 2, 1};
    Value v[3];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Value it = object_getiter(v[0]);
    if (!it) return NULL;
    Value self = new_with(type, &it, 1);
    if (!self) return NULL;
    accumulateObject *a = (accumulateObject *)self;
    if (v[1] && v[1] != NONE) a->func = incref(v[1]);
    if (v[2] && v[2] != NONE) a->initial = incref(v[2]);
    return self;
}

static Value accumulate_next(Value self) {
    accumulateObject *a = (accumulateObject *)self;
    if (a->initial) {
        a->total = a->initial;
        a->initial = NULL;
        return incref(a->total);
    }
    Value val = next_of(a->it);
    if (!val) return NULL;
    if (!a->total) {
        a->total = incref(val);
        return val;
    }
    Value pair[2] = {a->total, val};
    Value total =
        a->func ? object_call(a->func, pair, 2, NULL) : binary_op(a->total, val, BINOP_ADD);
    decref(val);
    if (!total) return NULL;
    setref(&a->total, incref(total));
    return total;
}

static Type type_accumulate = {ITERTOOL_TYPE(accumulate, accumulate)};

/* ---- chain ---- */

typedef struct chainObject {
    Object ob;
    Value source, active; /* iterator of iterables; current iterator (NULL between) */
} chainObject;
GC_FIELDS(chain, 2)

static Value chain_from(Type *type, Value iterable) {
    Value src = object_getiter(iterable);
    if (!src) return NULL;
    return new_with(type, &src, 1);
}

static Value chain_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("chain", kwnames) < 0) return NULL;
    Value t = tuple_from_array(args, (intptr_t)nargs);
    if (!t) return NULL;
    Value r = chain_from(type, t);
    decref(t);
    return r;
}

static Value chain_from_iterable(Value cls, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("chain.from_iterable", nargs) < 0) return NULL;
    return chain_from((Type *)cls, args[0]);
}

static Value chain_next(Value self) {
    chainObject *c = (chainObject *)self;
    while (c->source) {
        if (!c->active) {
            Value iterable = next_of(c->source);
            if (!iterable) {
                if (err_occurred()) return NULL;
                CLEAR(c->source);
                return NULL;
            }
            c->active = object_getiter(iterable);
            decref(iterable);
            if (!c->active) return NULL;
        }
        Value item = next_of(c->active);
        if (item || err_occurred()) return item;
        CLEAR(c->active);
    }
    return NULL;
}

static MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_chain = {
    ITERTOOL_TYPE(chain, chain),
    .methods = chain_methods,
};

/* ---- compress ---- */

typedef struct compressObject {
    Object ob;
    Value data, selectors;
} compressObject;
GC_FIELDS(compress, 2)

static Value compress_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"data", "selectors"};
    static const ArgSpec spec = {"compress", names, 2, 0, 2, 2};
    Value v[2];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Value refs[] = {object_getiter(v[0]), NULL};
    if (refs[0]) refs[1] = object_getiter(v[1]);
    return new_with(type, refs, 2);
}

static Value compress_next(Value self) {
    compressObject *c = (compressObject *)self;
    for (;;) {
        Value datum = next_of(c->data);
        if (!datum) return NULL;
        Value sel = next_of(c->selectors);
        if (!sel) {
            decref(datum);
            return NULL;
        }
        int ok = object_is_true(sel);
        decref(sel);
        if (ok > 0) return datum;
        decref(datum);
        if (ok < 0) return NULL;
    }
}

static Type type_compress = {ITERTOOL_TYPE(compress, compress)};

/* ---- dropwhile, takewhile, filterfalse, starmap: (func, iterator) pairs ---- */

typedef struct predObject {
    Object ob;
    Value func, it;
    bool done; /* dropwhile: stopped dropping; takewhile: stopped taking */
} predObject;
GC_FIELDS(pred, 2)

static Value pred_new(const char *name, Type *type, Value const *args, size_t nargs,
                      Value kwnames) {
    if (positional_only(name, nargs, kwnames, 2, 2) < 0) return NULL;
    Value refs[] = {incref(args[0]), object_getiter(args[1])};
    return new_with(type, refs, 2);
}

/* pred(item) as a truth value: 1, 0, -1; a None predicate is bool. */
static int pred_test(Value func, Value item) {
    if (func == NONE) return object_is_true(item);
    Value r = object_call(func, &item, 1, NULL);
    if (!r) return -1;
    int t = object_is_true(r);
    decref(r);
    return t;
}

#define PRED_NEW(kind)                                                                             \
    static Value kind##_new(Type *type, Value const *args, size_t nargs, Value kwnames) {          \
        return pred_new(#kind, type, args, nargs, kwnames);                                        \
    }
PRED_NEW(dropwhile)
PRED_NEW(takewhile)
PRED_NEW(filterfalse)
PRED_NEW(starmap)

static Value dropwhile_next(Value self) {
    predObject *p = (predObject *)self;
    for (;;) {
        Value item = next_of(p->it);
        if (!item || p->done) return item;
        int t = pred_test(p->func, item);
        if (t == 0) {
            p->done = true;
            return item;
        }
        decref(item);
        if (t < 0) return NULL;
    }
}

static Value takewhile_next(Value self) {
    predObject *p = (predObject *)self;
    if (p->done) return NULL;
    Value item = next_of(p->it);
    if (!item) return NULL;
    int t = pred_test(p->func, item);
    if (t > 0) return item;
    decref(item);
    if (t == 0) p->done = true;
    return NULL;
}

static Value filterfalse_next(Value self) {
    predObject *p = (predObject *)self;
    for (;;) {
        Value item = next_of(p->it);
        if (!item) return NULL;
        int t = pred_test(p->func, item);
        if (t == 0) return item;
        decref(item);
        if (t < 0) return NULL;
    }
}

static Value starmap_next(Value self) {
    predObject *p = (predObject *)self;
    Value item = next_of(p->it);
    if (!item) return NULL;
    Value args = is_tuple_exact(item) ? incref(item) : sequence_to_tuple(item);
    decref(item);
    if (!args) return NULL;
    Value r = object_call(p->func, tuple_items(args), (size_t)tuple_size(args), NULL);
    decref(args);
    return r;
}

static Type type_dropwhile = {ITERTOOL_TYPE(pred, dropwhile)};
static Type type_takewhile = {ITERTOOL_TYPE(pred, takewhile)};
static Type type_filterfalse = {ITERTOOL_TYPE(pred, filterfalse)};
static Type type_starmap = {ITERTOOL_TYPE(pred, starmap)};

/* ---- groupby and its _grouper ---- */

typedef struct groupbyObject {
    Object ob;
    Value it, keyfunc, tgtkey, currkey, currvalue;
    Value currgrouper; /* borrowed: the grouper allowed to advance */
} groupbyObject;
GC_FIELDS(groupby, 5)

typedef struct _grouperObject {
    Object ob;
    Value parent, tgtkey;
} _grouperObject;
GC_FIELDS(_grouper, 2)

static Value groupby_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "key"};
    static const ArgSpec spec = {"groupby", names, 2, 0, 2, 1};
    Value v[2];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Value refs[] = {object_getiter(v[0]), incref(v[1] ? v[1] : NONE)};
    return new_with(type, refs, 2);
}

/* Reads the next value and its key: 0, or -1 at the end or on error. */
static int groupby_step(groupbyObject *g) {
    Value value = next_of(g->it);
    if (!value) return -1;
    Value key = g->keyfunc == NONE ? incref(value) : object_call(g->keyfunc, &value, 1, NULL);
    if (!key) {
        decref(value);
        return -1;
    }
    setref(&g->currvalue, value);
    setref(&g->currkey, key);
    return 0;
}

static Type type__grouper;

static Value groupby_next(Value self) {
    groupbyObject *g = (groupbyObject *)self;
    g->currgrouper = NULL;
    for (;;) { /* skip to the next group */
        if (g->currkey) {
            if (!g->tgtkey) break;
            int eq = object_richcompare_bool(g->tgtkey, g->currkey, CMP_EQ);
            if (eq < 0) return NULL;
            if (eq == 0) break;
        }
        if (groupby_step(g) < 0) return NULL;
    }
    setref(&g->tgtkey, incref(g->currkey));
    Value refs[] = {incref(self), incref(g->tgtkey)};
    Value grouper = new_with(&type__grouper, refs, 2);
    if (!grouper) return NULL;
    g->currgrouper = grouper;
    Value r = tuple_pack(2, g->currkey, grouper);
    decref(grouper);
    return r;
}

static Value _grouper_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return err_format(&exc_TypeError, "cannot create 'itertools._grouper' instances");
}

static Value _grouper_next(Value self) {
    _grouperObject *gr = (_grouperObject *)self;
    groupbyObject *g = (groupbyObject *)gr->parent;
    if (g->currgrouper != self) return NULL;
    if (!g->currvalue && groupby_step(g) < 0) return NULL;
    int eq = object_richcompare_bool(gr->tgtkey, g->currkey, CMP_EQ);
    if (eq <= 0) return NULL;
    Value r = g->currvalue;
    g->currvalue = NULL;
    CLEAR(g->currkey);
    return r;
}

static Type type_groupby = {ITERTOOL_TYPE(groupby, groupby)};
static Type type__grouper = {ITERTOOL_TYPE_FLAGS(_grouper, _grouper, TPFLAG_GC)};

/* ---- islice ---- */

typedef struct isliceObject {
    Object ob;
    Value it;
    intptr_t next, stop, step, cnt; /* stop -1: none */
} isliceObject;
GC_FIELDS(islice, 1)

/* An islice argument: None gives `absent`, an index its value; false when invalid. */
static bool islice_arg(Value v, intptr_t absent, intptr_t *out) {
    *out = absent;
    if (v == NONE) return true;
    Value i = object_index(v);
    *out = i ? int_as_ssize(i) : -1;
    xdecref(i);
    if (*out == -1 && err_occurred()) {
        err_clear();
        return false;
    }
    return true;
}

static Value islice_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (positional_only("islice", nargs, kwnames, 2, 4) < 0) return NULL;
    intptr_t start = 0, stop, step = 1;
    Value stop_arg = args[nargs == 2 ? 1 : 2];
    if (!islice_arg(stop_arg, -1, &stop) || (stop == -1 && stop_arg != NONE))
        return err_format(&exc_ValueError, "Stop argument for islice() must be None or an "
                                           "integer: 0 <= x <= sys.maxsize.");
    if (nargs > 2 && !islice_arg(args[1], 0, &start)) start = -1;
    if (start < 0 || stop < -1)
        return err_format(&exc_ValueError, "Indices for islice() must be None or an integer: "
                                           "0 <= x <= sys.maxsize.");
    if (nargs == 4 && !islice_arg(args[3], 1, &step)) step = -1;
    if (step < 1)
        return err_format(&exc_ValueError, "Step for islice() must be a positive integer or None.");
    Value it = object_getiter(args[0]);
    Value self = new_with(type, &it, 1);
    if (self) {
        isliceObject *s = (isliceObject *)self;
        s->next = start;
        s->stop = stop;
        s->step = step;
    }
    return self;
}

static Value islice_next(Value self) {
    isliceObject *s = (isliceObject *)self;
    if (!s->it) return NULL;
    while (s->cnt < s->next) {
        Value item = next_of(s->it);
        if (!item) goto empty;
        decref(item);
        s->cnt++;
    }
    if (s->stop != -1 && s->cnt >= s->stop) goto empty;
    Value item = next_of(s->it);
    if (!item) goto empty;
    s->cnt++;
    intptr_t old = s->next;
    s->next = (intptr_t)((size_t)s->next + (size_t)s->step);
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
empty:
    CLEAR(s->it);
    return NULL;
}

static Type type_islice = {ITERTOOL_TYPE(islice, islice)};

/* ---- pairwise ---- */

typedef struct pairwiseObject {
    Object ob;
    Value it, old;
} pairwiseObject;
GC_FIELDS(pairwise, 2)

static Value pairwise_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (positional_only("pairwise", nargs, kwnames, 1, 1) < 0) return NULL;
    Value it = object_getiter(args[0]);
    return new_with(type, &it, 1);
}

static Value pairwise_next(Value self) {
    pairwiseObject *p = (pairwiseObject *)self;
    if (!p->it) return NULL;
    if (!p->old && !(p->old = next_of(p->it))) goto end;
    Value item = next_of(p->it);
    if (!item) goto end;
    Value r = tuple_pack(2, p->old, item);
    setref(&p->old, item);
    return r;
end:
    CLEAR(p->it);
    CLEAR(p->old);
    return NULL;
}

static Type type_pairwise = {ITERTOOL_TYPE(pairwise, pairwise)};

/* ---- zip_longest ---- */

typedef struct zip_longestObject {
    Object ob;
    Value iters, fillvalue; /* tuple whose exhausted entries become None */
    intptr_t active;
} zip_longestObject;
GC_FIELDS(zip_longest, 2)

static Value zip_longest_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value fill = NONE;
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nkw > 1 || (nkw == 1 && !str_equal_cstr(tuple_get(kwnames, 0), "fillvalue")))
        return err_format(&exc_TypeError, "zip_longest() got an unexpected keyword argument");
    if (nkw == 1) fill = args[nargs];
    Value iters = tuple_new((intptr_t)nargs);
    for (size_t i = 0; iters && i < nargs; i++) {
        Value it = object_getiter(args[i]);
        if (!it)
            CLEAR(iters);
        else
            tuple_items(iters)[i] = it;
    }
    Value refs[] = {iters, incref(fill)};
    Value self = new_with(type, refs, 2);
    if (self) ((zip_longestObject *)self)->active = (intptr_t)nargs;
    return self;
}

static Value zip_longest_next(Value self) {
    zip_longestObject *z = (zip_longestObject *)self;
    intptr_t n = tuple_size(z->iters);
    if (n == 0 || z->active == 0) return NULL;
    Value result = tuple_new(n);
    if (!result) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        Value *slot = &tuple_items(z->iters)[i];
        Value item = NULL;
        if (*slot != NONE) {
            item = next_of(*slot);
            if (!item) {
                if (err_occurred() || --z->active == 0) {
                    decref(result);
                    return NULL;
                }
                setref(slot, NONE);
            }
        }
        tuple_items(result)[i] = item ? item : incref(z->fillvalue);
    }
    return result;
}

static Type type_zip_longest = {ITERTOOL_TYPE(zip_longest, zip_longest)};

/* ---- tee: iterators sharing a linked list of buffered blocks ---- */

enum { TEE_BLOCK = 57 };

typedef struct teedataObject {
    Object ob;
    Value it, next; /* the source iterator; the following block or NULL */
    Value values[TEE_BLOCK];
    int numread;
    bool running;
} teedataObject;

static void teedata_dealloc(Value self) {
    teedataObject *d = (teedataObject *)self;
    gc_untrack(self);
    for (int i = 0; i < d->numread; i++) CLEAR(d->values[i]);
    CLEAR(d->it);
    /* free a long chain of blocks iteratively, not by recursion */
    Value next = d->next;
    d->next = NULL;
    object_free(self);
    while (next && next->refcount == 1) {
        teedataObject *n = (teedataObject *)next;
        Value after = n->next;
        n->next = NULL;
        decref(next);
        next = after;
    }
    xdecref(next);
}

static int teedata_traverse(Value self, visitproc visit, void *arg) {
    teedataObject *d = (teedataObject *)self;
    int r = visit_values(d->values, d->numread, visit, arg);
    if (!r) r = visit_values(&d->it, 2, visit, arg);
    return r;
}

static int teedata_clear(Value self) {
    teedataObject *d = (teedataObject *)self;
    for (int i = 0; i < d->numread; i++) CLEAR(d->values[i]);
    d->numread = 0;
    CLEAR(d->it);
    CLEAR(d->next);
    return 0;
}

static Type type_teedata = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "itertools._tee_dataobject",
    .flags = TPFLAG_GC,
    .basicsize = sizeof(teedataObject),
    .dealloc = teedata_dealloc,
    .traverse = teedata_traverse,
    .clear = teedata_clear,
};

static Value teedata_new(Value it) {
    teedataObject *d = (teedataObject *)object_new(&type_teedata, 0);
    if (!d) return NULL;
    d->it = incref(it);
    gc_track((Value)d);
    return (Value)d;
}

/* Item i of the block, reading from the source when needed. */
static Value teedata_get(teedataObject *d, int i) {
    if (i < d->numread) return incref(d->values[i]);
    if (d->running) return err_format(&exc_RuntimeError, "cannot re-enter the tee iterator");
    d->running = true;
    Value v = next_of(d->it);
    d->running = false;
    if (!v) return NULL;
    d->values[d->numread++] = incref(v);
    return v;
}

static Type type__tee;

typedef struct _teeObject {
    Object ob;
    Value data;
    int index;
} _teeObject;
GC_FIELDS(_tee, 1)

static Value tee_from_data(Type *type, Value data, int index) {
    Value refs[] = {incref(data)};
    Value t = new_with(type, refs, 1);
    if (t) ((_teeObject *)t)->index = index;
    return t;
}

static Value tee_of(Value iterable) {
    Value it = object_getiter(iterable);
    if (!it) return NULL;
    Value data = teedata_new(it);
    decref(it);
    if (!data) return NULL;
    extern Type type__tee;
    Value t = tee_from_data(&type__tee, data, 0);
    decref(data);
    return t;
}

static Value _tee_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (positional_only("_tee", nargs, kwnames, 1, 1) < 0) return NULL;
    return tee_of(args[0]);
}

static Value _tee_next(Value self) {
    _teeObject *t = (_teeObject *)self;
    if (t->index >= TEE_BLOCK) {
        teedataObject *d = (teedataObject *)t->data;
        if (!d->next && !(d->next = teedata_new(d->it))) return NULL;
        setref(&t->data, incref(d->next));
        t->index = 0;
    }
    Value v = teedata_get((teedataObject *)t->data, t->index);
    if (v) t->index++;
    return v;
}

static Value tee_copy(Value self, Value const *args, size_t nargs, Value kwnames) {
    _teeObject *t = (_teeObject *)self;
    return tee_from_data(self->type, t->data, t->index);
}

static MethodDef tee_methods[] = {
    {"__copy__", tee_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type__tee = {
    ITERTOOL_TYPE_FLAGS(_tee, _tee, TPFLAG_GC),
    .methods = tee_methods,
};

static Value itertools_tee(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("tee", nargs, 1, 2) < 0) return NULL;
    intptr_t n = 2;
    if (nargs == 2) {
        Value i = object_index(args[1]);
        if (!i) return NULL;
        n = int_as_ssize(i);
        decref(i);
        if (n == -1 && err_occurred()) return NULL;
    }
    if (n < 0) return err_format(&exc_ValueError, "n must be >= 0");
    Value result = tuple_new(n);
    if (!result || n == 0) return result;
    Value it = object_getiter(args[0]);
    Value copy_name = str_intern_cstr("__copy__");
    Value copier = it ? object_getattr(it, copy_name) : NULL;
    Value first = NULL;
    if (copier) {
        decref(copier);
        first = incref(it);
    } else if (it && err_matches(&exc_AttributeError)) {
        err_clear();
        first = tee_of(it);
    }
    xdecref(it);
    if (!first) {
        decref(result);
        return NULL;
    }
    tuple_items(result)[0] = first;
    for (intptr_t i = 1; i < n; i++) {
        Value c = object_call_method(tuple_get(result, i - 1), copy_name, NULL, 0);
        if (!c) {
            decref(result);
            return NULL;
        }
        tuple_items(result)[i] = c;
    }
    return result;
}

/* ---- combinatorics: product, permutations, combinations, with replacement ---- */

typedef struct combObject {
    Object ob;
    Value pools;       /* product: tuple of tuples; the others: a 1-tuple of the pool */
    Value result;      /* the last tuple given out, or NULL before the first */
    intptr_t *indices; /* product: one per slot; others: per pool item or per slot */
    intptr_t *cycles;  /* permutations only */
    intptr_t r;
    bool stopped;
} combObject;

static void comb_dealloc(Value self) {
    combObject *c = (combObject *)self;
    release_fields(self, 2);
    mem_free(c->indices);
    mem_free(c->cycles);
    object_free(self);
}
static int comb_traverse(Value self, visitproc visit, void *arg) {
    return visit_values(fields_of(self), 2, visit, arg);
}
static int comb_clear(Value self) {
    CLEAR(((combObject *)self)->pools);
    CLEAR(((combObject *)self)->result);
    ((combObject *)self)->stopped = true;
    return 0;
}

/* A combObject over pools with an index array of n (and cycles when wanted). */
static Value comb_alloc(Type *type, Value pools, intptr_t r, intptr_t n, bool with_cycles) {
    Value self = new_with(type, &pools, 1);
    if (!self) return NULL;
    combObject *c = (combObject *)self;
    c->r = r;
    c->indices = mem_calloc((size_t)n + 1, sizeof(intptr_t));
    c->cycles = with_cycles ? mem_calloc((size_t)r + 1, sizeof(intptr_t)) : NULL;
    if (!c->indices || (with_cycles && !c->cycles)) {
        decref(self);
        return err_no_memory();
    }
    return self;
}

static inline Value pool_of(combObject *c) { return tuple_get(c->pools, 0); }

/* The tuple of pool[indices[i]] for i < r (product: pools[i][indices[i]]). */
static Value comb_build(combObject *c, bool per_slot_pools) {
    Value t = tuple_new(c->r);
    if (!t) return NULL;
    for (intptr_t i = 0; i < c->r; i++) {
        Value pool = per_slot_pools ? tuple_get(c->pools, i) : pool_of(c);
        tuple_items(t)[i] = incref(tuple_get(pool, c->indices[i]));
    }
    setref(&c->result, incref(t));
    return t;
}

static Value product_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    intptr_t repeat = 1;
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nkw > 1 || (nkw == 1 && !str_equal_cstr(tuple_get(kwnames, 0), "repeat"))) {
        return nkw > 1 ? err_format(&exc_TypeError,
                                    "product() takes at most 1 keyword argument "
                                    "(%zd given)",
                                    nkw)
                       : err_format(&exc_TypeError,
                                    "'%U' is an invalid keyword argument for "
                                    "product()",
                                    tuple_get(kwnames, 0));
    }
    if (nkw == 1) {
        Value i = object_index(args[nargs]);
        if (!i) return NULL;
        repeat = int_as_ssize(i);
        decref(i);
        if (repeat == -1 && err_occurred()) return NULL;
        if (repeat < 0) return err_format(&exc_ValueError, "repeat argument cannot be negative");
    }
    if (repeat && (intptr_t)nargs > INTPTR_MAX / 16 / repeat)
        return err_format(&exc_OverflowError, "repeat argument too large");
    intptr_t n = (intptr_t)nargs * repeat;
    Value pools = tuple_new(n);
    for (size_t i = 0; pools && i < nargs; i++) {
        Value pool = sequence_to_tuple(args[i]);
        if (!pool) CLEAR(pools);
        for (intptr_t k = 0; pool && k < repeat; k++)
            tuple_items(pools)[k * (intptr_t)nargs + (intptr_t)i] = incref(pool);
        xdecref(pool);
    }
    if (!pools) return NULL;
    Value self = comb_alloc(type, pools, n, n, false);
    for (intptr_t i = 0; self && i < n; i++)
        if (tuple_size(tuple_get(pools, i)) == 0) ((combObject *)self)->stopped = true;
    return self;
}

static Value product_next(Value self) {
    combObject *c = (combObject *)self;
    if (c->stopped) return NULL;
    if (c->result) { /* advance the rightmost index that can move, like an odometer */
        intptr_t i = c->r - 1;
        for (; i >= 0; i--) {
            if (++c->indices[i] < tuple_size(tuple_get(c->pools, i))) break;
            c->indices[i] = 0;
        }
        if (i < 0) {
            c->stopped = true;
            return NULL;
        }
    }
    return comb_build(c, true);
}

/* The pool and r of permutations/combinations: r required unless r_optional. */
static Value comb_setup(Type *type, const char *name, Value const *args, size_t nargs,
                        Value kwnames, bool r_optional, bool with_cycles) {
    static const char *const names[] = {"iterable", "r"};
    ArgSpec spec = {name, names, 2, 0, 2, r_optional ? 1 : 2};
    Value v[2];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Value pool = sequence_to_tuple(v[0]);
    if (!pool) return NULL;
    intptr_t n = tuple_size(pool), r = n;
    if (v[1] && v[1] != NONE) {
        Value i = object_index(v[1]);
        r = i ? int_as_ssize(i) : -1;
        xdecref(i);
        if (r == -1 && err_occurred()) {
            decref(pool);
            return NULL;
        }
        if (r < 0) {
            decref(pool);
            return err_format(&exc_ValueError, "r must be non-negative");
        }
    }
    Value pools = tuple_pack(1, pool);
    decref(pool);
    if (!pools) return NULL;
    return comb_alloc(type, pools, r, n > r ? n : r, with_cycles);
}

static Value permutations_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value self = comb_setup(type, "permutations", args, nargs, kwnames, true, true);
    if (!self) return NULL;
    combObject *c = (combObject *)self;
    intptr_t n = tuple_size(pool_of(c));
    c->stopped = c->r > n;
    for (intptr_t i = 0; i < n; i++) c->indices[i] = i;
    for (intptr_t i = 0; i < c->r && i < n; i++) c->cycles[i] = n - i;
    return self;
}

static Value permutations_next(Value self) {
    combObject *c = (combObject *)self;
    if (c->stopped) return NULL;
    intptr_t n = tuple_size(pool_of(c)), r = c->r;
    if (c->result) {
        if (n == 0) goto stop;
        intptr_t i = r - 1;
        for (; i >= 0; i--) {
            if (--c->cycles[i] == 0) { /* rotate indices[i:] left by one */
                intptr_t first = c->indices[i];
                memmove(&c->indices[i], &c->indices[i + 1], (size_t)(n - i - 1) * sizeof(intptr_t));
                c->indices[n - 1] = first;
                c->cycles[i] = n - i;
            } else {
                intptr_t j = c->cycles[i];
                intptr_t tmp = c->indices[i];
                c->indices[i] = c->indices[n - j];
                c->indices[n - j] = tmp;
                break;
            }
        }
        if (i < 0) goto stop;
    }
    return comb_build(c, false);
stop:
    c->stopped = true;
    return NULL;
}

static Value combinations_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value self = comb_setup(type, "combinations", args, nargs, kwnames, false, false);
    if (!self) return NULL;
    combObject *c = (combObject *)self;
    c->stopped = c->r > tuple_size(pool_of(c));
    for (intptr_t i = 0; i < c->r; i++) c->indices[i] = i;
    return self;
}

static Value combinations_next(Value self) {
    combObject *c = (combObject *)self;
    if (c->stopped) return NULL;
    intptr_t n = tuple_size(pool_of(c)), r = c->r;
    if (c->result) {
        intptr_t i = r - 1;
        while (i >= 0 && c->indices[i] == i + n - r) i--;
        if (i < 0) {
            c->stopped = true;
            return NULL;
        }
        c->indices[i]++;
        for (intptr_t j = i + 1; j < r; j++) c->indices[j] = c->indices[j - 1] + 1;
    }
    return comb_build(c, false);
}

static Value combinations_with_replacement_new(Type *type, Value const *args, size_t nargs,
                                               Value kwnames) {
    Value self =
        comb_setup(type, "combinations_with_replacement", args, nargs, kwnames, false, false);
    if (self) {
        combObject *c = (combObject *)self;
        c->stopped = tuple_size(pool_of(c)) == 0 && c->r > 0;
    }
    return self;
}

static Value combinations_with_replacement_next(Value self) {
    combObject *c = (combObject *)self;
    if (c->stopped) return NULL;
    intptr_t n = tuple_size(pool_of(c)), r = c->r;
    if (c->result) {
        intptr_t i = r - 1;
        while (i >= 0 && c->indices[i] == n - 1) i--;
        if (i < 0) {
            c->stopped = true;
            return NULL;
        }
        intptr_t v = c->indices[i] + 1;
        for (intptr_t j = i; j < r; j++) c->indices[j] = v;
    }
    return comb_build(c, false);
}

static Type type_product = {ITERTOOL_TYPE(comb, product)};
static Type type_permutations = {ITERTOOL_TYPE(comb, permutations)};
static Type type_combinations = {ITERTOOL_TYPE(comb, combinations)};
static Type type_combinations_with_replacement = {
    ITERTOOL_TYPE(comb, combinations_with_replacement)};

/* ---- the module ---- */

static MethodDef itertools_methods[] = {
    {"tee", itertools_tee, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value itertools_module_new(void) {
    Type *types[] = {
        &type_accumulate,   &type_chain,
        &type_combinations, &type_combinations_with_replacement,
        &type_compress,     &type_count,
        &type_cycle,        &type_dropwhile,
        &type_filterfalse,  &type_groupby,
        &type_islice,       &type_pairwise,
        &type_permutations, &type_product,
        &type_repeat,       &type_starmap,
        &type_takewhile,    &type_zip_longest,
        &type__grouper,     &type__tee,
        &type_teedata,
    };
    Value m = module_new("itertools");
    if (!m || module_add_functions(m, itertools_methods) < 0) goto fail;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (type_ready(types[i]) < 0) goto fail;
        const char *name = strchr(types[i]->name, '.') + 1;
        if (module_add_object(m, name, (Value)types[i]) < 0) goto fail;
    }
    return m;
fail:
    xdecref(m);
    return NULL;
}
