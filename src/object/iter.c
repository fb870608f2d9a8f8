/* iter.c: iterator types: array iterators of list and tuple, the __getitem__ sequence
 * iterator, the callable iterator, and enumerate, zip, map, filter and reversed, with
 * CPython's argument errors and strict-zip messages. */
#include "iter.h"

#include "../vm/errors.h"
#include "dict.h"
#include "generic_alias.h"
#include "int.h"
#include "list.h"
#include "method_args.h"
#include "seq_common.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

Value iter_return_self(Value self) { return incref(self); }

Value iter_end_on_stop(void) {
    if (err_matches(&exc_StopIteration)) err_clear();
    return NULL;
}

static inline Value next_of(Value it) {
    unaryfunc next = type_of(it)->iternext;
    return next ? next(it) : object_iternext(it);
}

/* Iterator objects are a header, some Value fields, then plain data: dealloc, traverse and
 * clear walk the Value fields given as a count after the header. */
static inline Value *ref_fields(Value self) { return (Value *)((Object *)self + 1); }

static void release_fields(Value self, int nrefs) {
    gc_untrack(self);
    for (int i = 0; i < nrefs; i++) CLEAR(ref_fields(self)[i]);
}

#define ITER_GC_SLOTS(prefix, nrefs)                                                               \
    static void prefix##_dealloc(Value self) {                                                     \
        release_fields(self, nrefs);                                                               \
        object_free(self);                                                                         \
    }                                                                                              \
    static int prefix##_traverse(Value self, visitproc visit, void *arg) {                         \
        return visit_values(ref_fields(self), nrefs, visit, arg);                                  \
    }                                                                                              \
    static int prefix##_clear(Value self) {                                                        \
        for (int i = 0; i < nrefs; i++) CLEAR(ref_fields(self)[i]);                                \
        return 0;                                                                                  \
    }

#define ITER_TYPE_COMMON(prefix)                                                                   \
    .ob = {IMMORTAL_REFCOUNT, &type_type}, .dealloc = prefix##_dealloc,                            \
    .traverse = prefix##_traverse, .clear = prefix##_clear, .iter = iter_return_self

/* ---- list and tuple iterators ---- */

ITER_GC_SLOTS(array_iter, 1)

Value seq_array_iter_new(Type *type, Value seq) {
    SeqArrayIter *it = (SeqArrayIter *)object_new(type, 0);
    if (it == NULL) return NULL;
    it->seq = incref(seq);
    it->index = type == &type_list_reverseiterator ? list_size(seq) - 1 : 0;
    gc_track((Value)it);
    return (Value)it;
}

/* The iterator's next item from items[0..size) (list or tuple storage), or exhaustion. */
static inline Value array_iter_step(SeqArrayIter *it, Value const *items, intptr_t size) {
    if (it->index < size) return incref(items[it->index++]);
    CLEAR(it->seq);
    return NULL;
}

static Value list_iter_next(Value self) {
    SeqArrayIter *it = (SeqArrayIter *)self;
    Value seq = it->seq;
    return seq ? array_iter_step(it, ((List *)seq)->items, list_size(seq)) : NULL;
}

static Value tuple_iter_next(Value self) {
    SeqArrayIter *it = (SeqArrayIter *)self;
    Value seq = it->seq;
    return seq ? array_iter_step(it, tuple_items(seq), tuple_size(seq)) : NULL;
}

static Value array_reverse_next(Value self) {
    SeqArrayIter *it = (SeqArrayIter *)self;
    Value seq = it->seq;
    if (seq == NULL) return NULL;
    if (it->index >= 0 && it->index < list_size(seq)) return incref(list_get(seq, it->index--));
    it->index = -1;
    CLEAR(it->seq);
    return NULL;
}

static Value array_iter_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    SeqArrayIter *it = (SeqArrayIter *)self;
    intptr_t left = 0;
    if (it->seq != NULL) {
        if (self->type == &type_list_reverseiterator)
            left = it->index >= 0 && it->index < list_size(it->seq) ? it->index + 1 : 0;
        else
            left = seq_size(it->seq) - it->index;
    }
    return small_int(left < 0 ? 0 : left);
}

static MethodDef array_iter_methods[] = {
    {"__length_hint__", array_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_list_iterator = {
    .name = "list_iterator",
    .flags = TPFLAG_GC,
    .basicsize = sizeof(SeqArrayIter),
    .iternext = list_iter_next,
    .methods = array_iter_methods,
    ITER_TYPE_COMMON(array_iter),
};

Type type_tuple_iterator = {
    .name = "tuple_iterator",
    .flags = TPFLAG_GC,
    .basicsize = sizeof(SeqArrayIter),
    .iternext = tuple_iter_next,
    .methods = array_iter_methods,
    ITER_TYPE_COMMON(array_iter),
};

Type type_list_reverseiterator = {
    .name = "list_reverseiterator",
    .flags = TPFLAG_GC,
    .basicsize = sizeof(SeqArrayIter),
    .iternext = array_reverse_next,
    .methods = array_iter_methods,
    ITER_TYPE_COMMON(array_iter),
};

/* ---- the sequence iterator (__getitem__ protocol) and reversed ---- */

typedef struct IndexIter { /* seq[index] stepping up (iterator) or down (reversed) */
    Object ob;
    Value seq; /* NULL once exhausted */
    intptr_t index;
} IndexIter;

ITER_GC_SLOTS(index_iter, 1)

static Value index_iter_new(Type *type, Value seq, intptr_t index) {
    IndexIter *it = (IndexIter *)object_new(type, 0);
    if (it == NULL) return NULL;
    it->seq = incref(seq);
    it->index = index;
    gc_track((Value)it);
    return (Value)it;
}

Value seq_iter_new(Value seq) { return index_iter_new(&type_seq_iterator, seq, 0); }

/* seq[index], or NULL at the end (IndexError / StopIteration) or on error */
static Value index_iter_fetch(IndexIter *it) {
    Value item = object_getitem(it->seq, small_int(it->index));
    if (item != NULL) return item;
    if (err_matches(&exc_IndexError) || err_matches(&exc_StopIteration)) {
        err_clear();
        CLEAR(it->seq);
    }
    return NULL;
}

static Value seq_iter_next(Value self) {
    IndexIter *it = (IndexIter *)self;
    if (it->seq == NULL) return NULL;
    Value item = index_iter_fetch(it);
    if (item != NULL) it->index++;
    return item;
}

static Value seq_iter_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    IndexIter *it = (IndexIter *)self;
    if (it->seq == NULL) return small_int(0);
    intptr_t n = object_len(it->seq);
    if (n < 0) return NULL;
    return small_int(n > it->index ? n - it->index : 0);
}

static MethodDef seq_iter_methods[] = {
    {"__length_hint__", seq_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_seq_iterator = {
    .name = "iterator",
    .flags = TPFLAG_GC,
    .basicsize = sizeof(IndexIter),
    .iternext = seq_iter_next,
    .methods = seq_iter_methods,
    ITER_TYPE_COMMON(index_iter),
};

static Value reversed_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if ((type == &type_reversed && args_no_keywords("reversed", kwnames) < 0) ||
        args_count("reversed", nargs, 1, 1) < 0)
        return NULL;
    Value seq = args[0];
    Type *t = type_of(seq);
    Value method = type_lookup(t, NAME(__reversed__));
    if (method == NONE || (method == NULL && (t->getitem == NULL || is_dict(seq))))
        return err_format(&exc_TypeError, "'%T' object is not reversible", seq);
    if (method != NULL) return object_call_method(seq, NAME(__reversed__), NULL, 0);
    intptr_t n = object_len(seq);
    if (n < 0) return NULL;
    return index_iter_new(type, seq, n - 1);
}

static Value reversed_next(Value self) {
    IndexIter *it = (IndexIter *)self;
    if (it->seq == NULL) return NULL;
    if (it->index < 0) {
        CLEAR(it->seq);
        return NULL;
    }
    Value item = index_iter_fetch(it);
    if (item != NULL) it->index--;
    return item;
}

static Value reversed_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    IndexIter *it = (IndexIter *)self;
    if (it->seq == NULL) return small_int(0);
    intptr_t n = object_len(it->seq);
    if (n < 0) return NULL;
    return small_int(it->index < n ? it->index + 1 : 0);
}

static MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_reversed = {
    .name = "reversed",
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .basicsize = sizeof(IndexIter),
    .doc = "Return a reverse iterator over the values of the given sequence.",
    .new_ = reversed_new,
    .iternext = reversed_next,
    .methods = reversed_methods,
    ITER_TYPE_COMMON(index_iter),
};

/* ---- iter(callable, sentinel) ---- */

typedef struct CallableIter {
    Object ob;
    Value callable, sentinel; /* NULL once exhausted */
} CallableIter;

ITER_GC_SLOTS(callable_iter, 2)

Value callable_iter_new(Value callable, Value sentinel) {
    CallableIter *it = (CallableIter *)object_new(&type_callable_iterator, 0);
    if (it == NULL) return NULL;
    it->callable = incref(callable);
    it->sentinel = incref(sentinel);
    gc_track((Value)it);
    return (Value)it;
}

static Value callable_iter_next(Value self) {
    CallableIter *it = (CallableIter *)self;
    if (it->callable == NULL) return NULL;
    Value result = object_call(it->callable, NULL, 0, NULL);
    if (result == NULL) {
        if (err_matches(&exc_StopIteration)) {
            err_clear();
            CLEAR(it->callable);
            CLEAR(it->sentinel);
        }
        return NULL;
    }
    int done = object_richcompare_bool(it->sentinel, result, CMP_EQ);
    if (done == 0) return result;
    decref(result);
    if (done > 0) {
        CLEAR(it->callable);
        CLEAR(it->sentinel);
    }
    return NULL;
}

Type type_callable_iterator = {
    .name = "callable_iterator",
    .flags = TPFLAG_GC,
    .basicsize = sizeof(CallableIter),
    .iternext = callable_iter_next,
    ITER_TYPE_COMMON(callable_iter),
};

/* ---- enumerate ---- */

typedef struct Enumerate {
    Object ob;
    Value iterator;
    Value big_index; /* the count once it leaves the small-int range, else NULL */
    intptr_t index;
} Enumerate;

ITER_GC_SLOTS(enumerate, 2)

static Value enumerate_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "start"};
    Value bound[2];
    if (args_bind("enumerate", args, nargs, kwnames, names, 2, 2, bound) < 0) return NULL;
    if (bound[0] == NULL)
        return err_format(&exc_TypeError, "enumerate() missing required argument 'iterable'");
    Value start = small_int(0);
    if (bound[1] != NULL && (start = object_index(bound[1])) == NULL) return NULL;
    Value iterator = object_getiter(bound[0]);
    Enumerate *e = iterator ? (Enumerate *)object_new(type, 0) : NULL;
    if (e == NULL) {
        xdecref(iterator);
        decref(start);
        return NULL;
    }
    e->iterator = iterator;
    if (is_small_int(start) && small_int_value(start) < SMALL_INT_MAX)
        e->index = small_int_value(start);
    else
        e->big_index = incref(start);
    decref(start);
    gc_track((Value)e);
    return (Value)e;
}

static Value enumerate_next(Value self) {
    Enumerate *e = (Enumerate *)self;
    if (e->iterator == NULL) return NULL;
    Value item = next_of(e->iterator);
    if (item == NULL) return NULL;
    Value count;
    if (e->big_index == NULL) {
        count = small_int(e->index++);
        if (e->index == SMALL_INT_MAX) e->big_index = small_int(SMALL_INT_MAX);
    } else {
        count = e->big_index;
        Value next = int_add(count, small_int(1));
        if (next == NULL) {
            decref(item);
            return NULL;
        }
        e->big_index = next; /* the tuple takes over the reference to count */
        Value pair = tuple_pack(2, count, item);
        decref(count);
        decref(item);
        return pair;
    }
    Value pair = tuple_new(2);
    if (pair == NULL) {
        decref(item);
        return NULL;
    }
    tuple_items(pair)[0] = count;
    tuple_items(pair)[1] = item;
    return pair;
}

static MethodDef enumerate_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_enumerate = {
    .name = "enumerate",
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .basicsize = sizeof(Enumerate),
    .doc = "Return an enumerate object.\n"
           "\n"
           "  iterable\n"
           "    an object supporting iteration\n"
           "\n"
           "The enumerate object yields pairs containing a count (from start, which\n"
           "defaults to zero) and a value yielded by the iterable argument.\n"
           "\n"
           "enumerate is useful for obtaining an indexed list:\n"
           "    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .new_ = enumerate_new,
    .iternext = enumerate_next,
    .methods = enumerate_methods,
    ITER_TYPE_COMMON(enumerate),
};

/* ---- zip ---- */

typedef struct Zip {
    Object ob;
    Value iterators; /* tuple */
    bool strict;
} Zip;

ITER_GC_SLOTS(zip, 1)

/* A tuple of iter(x) for each x in args[0..n). */
static Value iterators_of(Value const *args, size_t n) {
    Value t = tuple_new((intptr_t)n);
    if (t == NULL) return NULL;
    for (size_t i = 0; i < n; i++) {
        Value it = object_getiter(args[i]);
        if (it == NULL) {
            decref(t);
            return NULL;
        }
        tuple_items(t)[i] = it;
    }
    return t;
}

static Value zip_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    bool strict = false;
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        Value name = tuple_get(kwnames, k);
        if (!str_equal_cstr(name, "strict"))
            return err_format(&exc_TypeError, "'%S' is an invalid keyword argument for zip()",
                              name);
        int truth = object_is_true(args[nargs + (size_t)k]);
        if (truth < 0) return NULL;
        strict = truth;
    }
    Value iterators = iterators_of(args, nargs);
    if (iterators == NULL) return NULL;
    Zip *z = (Zip *)object_new(type, 0);
    if (z == NULL) {
        decref(iterators);
        return NULL;
    }
    z->iterators = iterators;
    z->strict = strict;
    gc_track((Value)z);
    return (Value)z;
}

static Value zip_length_mismatch(intptr_t i, const char *relation) {
    return err_format(&exc_ValueError, "zip() argument %zd is %s than argument%s%zd", i + 1,
                      relation, i == 1 ? " " : "s 1-", i);
}

/* Iterator i ran out first in a strict zip: the others must be exhausted too. */
static Value zip_strict_check(Zip *z, intptr_t i) {
    if (err_occurred()) return NULL;
    if (i > 0) return zip_length_mismatch(i, "shorter");
    for (intptr_t j = 1; j < tuple_size(z->iterators); j++) {
        Value item = next_of(tuple_get(z->iterators, j));
        if (item != NULL) {
            decref(item);
            return zip_length_mismatch(j, "longer");
        }
        if (err_occurred()) {
            if (!err_matches(&exc_StopIteration)) return NULL;
            err_clear();
        }
    }
    return NULL;
}

static Value zip_next(Value self) {
    Zip *z = (Zip *)self;
    if (z->iterators == NULL) return NULL;
    intptr_t n = tuple_size(z->iterators);
    if (n == 0) return NULL;
    Value result = tuple_new(n);
    if (result == NULL) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        Value item = next_of(tuple_get(z->iterators, i));
        if (item == NULL) {
            decref(result);
            return z->strict ? zip_strict_check(z, i) : NULL;
        }
        tuple_items(result)[i] = item;
    }
    return result;
}

Type type_zip = {
    .name = "zip",
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .basicsize = sizeof(Zip),
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n"
           "\n"
           "   >>> list(zip('abcdefg', range(3), range(4)))\n"
           "   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n"
           "\n"
           "The zip object yields n-length tuples, where n is the number of iterables\n"
           "passed as positional arguments to zip().  The i-th element in every tuple\n"
           "comes from the i-th iterable argument to zip().  This continues until the\n"
           "shortest argument is exhausted.\n"
           "\n"
           "If strict is true and one of the arguments is exhausted before the others,\n"
           "raise a ValueError.",
    .new_ = zip_new,
    .iternext = zip_next,
    ITER_TYPE_COMMON(zip),
};

/* ---- map ---- */

typedef struct Map {
    Object ob;
    Value func;
    Value iterators; /* tuple */
} Map;

ITER_GC_SLOTS(map, 2)

static Value map_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (type == &type_map && args_no_keywords("map", kwnames) < 0) return NULL;
    if (nargs < 2) return err_format(&exc_TypeError, "map() must have at least two arguments.");
    Value iterators = iterators_of(args + 1, nargs - 1);
    if (iterators == NULL) return NULL;
    Map *m = (Map *)object_new(type, 0);
    if (m == NULL) {
        decref(iterators);
        return NULL;
    }
    m->func = incref(args[0]);
    m->iterators = iterators;
    gc_track((Value)m);
    return (Value)m;
}

static Value map_next(Value self) {
    Map *m = (Map *)self;
    if (m->iterators == NULL) return NULL;
    intptr_t n = tuple_size(m->iterators);
    Value stack_args[4] = {NULL};
    Value *call_args = stack_args;
    Value args_holder = NULL;
    if (n > 4) {
        args_holder = tuple_new(n);
        if (args_holder == NULL) return NULL;
        call_args = tuple_items(args_holder);
    }
    intptr_t got = 0;
    for (; got < n; got++) {
        Value item = next_of(tuple_get(m->iterators, got));
        if (item == NULL) break;
        call_args[got] = item;
    }
    Value result = NULL;
    if (got == n && (result = object_call(m->func, call_args, (size_t)n, NULL)) == NULL)
        iter_end_on_stop();
    if (args_holder != NULL)
        decref(args_holder); /* releases the items it holds */
    else
        for (intptr_t i = 0; i < got; i++) decref(call_args[i]);
    return result;
}

Type type_map = {
    .name = "map",
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .basicsize = sizeof(Map),
    .doc = "map(func, *iterables) --> map object\n"
           "\n"
           "Make an iterator that computes the function using arguments from\n"
           "each of the iterables.  Stops when the shortest iterable is exhausted.",
    .new_ = map_new,
    .iternext = map_next,
    ITER_TYPE_COMMON(map),
};

/* ---- filter ---- */

typedef struct Filter {
    Object ob;
    Value func; /* None or bool: truth of the item itself */
    Value iterator;
} Filter;

ITER_GC_SLOTS(filter, 2)

static Value filter_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if ((type == &type_filter && args_no_keywords("filter", kwnames) < 0) ||
        args_count("filter", nargs, 2, 2) < 0)
        return NULL;
    Value iterator = object_getiter(args[1]);
    if (iterator == NULL) return NULL;
    Filter *f = (Filter *)object_new(type, 0);
    if (f == NULL) {
        decref(iterator);
        return NULL;
    }
    f->func = incref(args[0]);
    f->iterator = iterator;
    gc_track((Value)f);
    return (Value)f;
}

static Value filter_next(Value self) {
    Filter *f = (Filter *)self;
    if (f->iterator == NULL) return NULL;
    bool identity = f->func == NONE || f->func == (Value)&type_bool;
    for (;;) {
        Value item = next_of(f->iterator);
        if (item == NULL) return NULL;
        int keep;
        if (identity) {
            keep = object_is_true(item);
        } else {
            Value verdict = object_call(f->func, &item, 1, NULL);
            keep = verdict ? object_is_true(verdict) : (iter_end_on_stop(), -1);
            xdecref(verdict);
        }
        if (keep > 0) return item;
        decref(item);
        if (keep < 0) return NULL;
    }
}

Type type_filter = {
    .name = "filter",
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .basicsize = sizeof(Filter),
    .doc = "filter(function or None, iterable) --> filter object\n"
           "\n"
           "Return an iterator yielding those items of iterable for which function(item)\n"
           "is true. If function is None, return the items that are true.",
    .new_ = filter_new,
    .iternext = filter_next,
    ITER_TYPE_COMMON(filter),
};
