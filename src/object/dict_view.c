/* dict_view.c: dict views (len, iteration, membership, repr "dict_keys([...])", set-like
 * comparisons and & | ^ - for keys and items views, isdisjoint) and the dict iterators
 * with "dictionary changed size during iteration" detection. */
#include "dict_view.h"

#include "../vm/errors.h"
#include "descr.h"
#include "dict_internal.h"
#include "iter.h"
#include "list.h"
#include "method_args.h"
#include "repr_guard.h"
#include "seq_common.h"
#include "set.h"
#include "tuple.h"

/* ---- iterators ---- */

typedef struct DictIter {
    Object ob;
    Value dict;         /* NULL once exhausted */
    intptr_t used;      /* the dict's size when iteration started; -1 after a size change */
    intptr_t pos;       /* next entry position to look at */
    intptr_t remaining; /* items not yet produced */
    DictViewKind kind;
    bool reversed;
} DictIter;

static Type *const iter_types[2][3] = {
    {&type_dict_keyiterator, &type_dict_valueiterator, &type_dict_itemiterator},
    {&type_dict_reversekeyiterator, &type_dict_reversevalueiterator,
     &type_dict_reverseitemiterator},
};

Value dict_iter_new(Value dict, DictViewKind kind, bool reversed) {
    DictIter *it = (DictIter *)object_new(iter_types[reversed][kind], 0);
    if (it == NULL) return NULL;
    it->dict = incref(dict);
    it->used = dict_size(dict);
    it->remaining = it->used;
    it->pos = reversed ? dict_nentries(dict) - 1 : 0;
    it->kind = kind;
    it->reversed = reversed;
    gc_track((Value)it);
    return (Value)it;
}

static void dict_iter_dealloc(Value self) {
    gc_untrack(self);
    xdecref(((DictIter *)self)->dict);
    object_free(self);
}

static int dict_iter_traverse(Value self, visitproc visit, void *arg) {
    Value d = ((DictIter *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int dict_iter_clear(Value self) {
    CLEAR(((DictIter *)self)->dict);
    return 0;
}

/* The position of the next live entry from it->pos in its direction, or -1. */
static intptr_t next_live_entry(DictIter *it) {
    Value d = it->dict;
    intptr_t n = dict_nentries(d), i = it->pos;
    if (it->reversed) {
        if (i >= n) i = n - 1;
        while (i >= 0 && dict_entry_at(d, i)->value == NULL) i--;
        return i;
    }
    while (i < n && dict_entry_at(d, i)->value == NULL) i++;
    return i < n ? i : -1;
}

static Value dict_iter_next(Value self) {
    DictIter *it = (DictIter *)self;
    if (it->dict == NULL) return NULL;
    if (it->used != dict_size(it->dict)) {
        it->used = -1; /* sticky */
        return err_format(&exc_RuntimeError, "dictionary changed size during iteration");
    }
    intptr_t i = next_live_entry(it);
    if (i >= 0 && it->remaining == 0) {
        err_set_str(&exc_RuntimeError, "dictionary keys changed during iteration");
        i = -1;
    }
    if (i < 0) {
        CLEAR(it->dict);
        return NULL;
    }
    it->pos = it->reversed ? i - 1 : i + 1;
    it->remaining--;
    DictEntry *e = dict_entry_at(it->dict, i);
    switch (it->kind) {
        case DICT_KEYS: return incref(e->key);
        case DICT_VALUES: return incref(e->value);
        default: return tuple_pack(2, e->key, e->value);
    }
}

static Value dict_iter_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    DictIter *it = (DictIter *)self;
    bool live = it->dict != NULL && it->used == dict_size(it->dict);
    return small_int(live ? it->remaining : 0);
}

static MethodDef dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname)                                                              \
    Type cname = {                                                                                 \
        .ob = {IMMORTAL_REFCOUNT, &type_type},                                                     \
        .name = pyname,                                                                            \
        .basicsize = sizeof(DictIter),                                                             \
        .flags = TPFLAG_GC,                                                                        \
        .dealloc = dict_iter_dealloc,                                                              \
        .traverse = dict_iter_traverse,                                                            \
        .clear = dict_iter_clear,                                                                  \
        .iter = iter_return_self,                                                                  \
        .iternext = dict_iter_next,                                                                \
        .methods = dict_iter_methods,                                                              \
    }

DICT_ITER_TYPE(type_dict_keyiterator, "dict_keyiterator");
DICT_ITER_TYPE(type_dict_valueiterator, "dict_valueiterator");
DICT_ITER_TYPE(type_dict_itemiterator, "dict_itemiterator");
DICT_ITER_TYPE(type_dict_reversekeyiterator, "dict_reversekeyiterator");
DICT_ITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator");
DICT_ITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator");

/* ---- views ---- */

typedef struct DictView {
    Object ob;
    Value dict;
} DictView;

static Type *const view_types[3] = {&type_dict_keys, &type_dict_values, &type_dict_items};

static DictViewKind view_kind(Value v) {
    return v->type == &type_dict_keys     ? DICT_KEYS
           : v->type == &type_dict_values ? DICT_VALUES
                                          : DICT_ITEMS;
}

static inline Value view_dict(Value v) { return ((DictView *)v)->dict; }

bool is_dict_set_view(Value v) {
    return !is_small_int(v) && (v->type == &type_dict_keys || v->type == &type_dict_items);
}

Value dict_view_new(Value dict, DictViewKind kind) {
    DictView *v = (DictView *)object_new(view_types[kind], 0);
    if (v == NULL) return NULL;
    v->dict = incref(dict);
    gc_track((Value)v);
    return (Value)v;
}

static void view_dealloc(Value self) {
    gc_untrack(self);
    decref(view_dict(self));
    object_free(self);
}

static int view_traverse(Value self, visitproc visit, void *arg) {
    return visit(view_dict(self), arg);
}

static intptr_t view_len(Value self) { return dict_size(view_dict(self)); }

static Value view_iter(Value self) {
    return dict_iter_new(view_dict(self), view_kind(self), false);
}

static Value view_reversed(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("__reversed__", nargs) < 0) return NULL;
    return dict_iter_new(view_dict(self), view_kind(self), true);
}

static Value view_repr(Value self) {
    int entered = repr_enter(self);
    if (entered != 0) return entered < 0 ? NULL : str_from_cstr("...");
    Value items = list_from_iterable(self);
    Value result = items ? str_from_format("%s(%R)", self->type->name, items) : NULL;
    xdecref(items);
    repr_leave(self);
    return result;
}

static int keys_contains(Value self, Value key) { return dict_contains(view_dict(self), key); }

static int items_contains(Value self, Value item) {
    if (!is_tuple(item) || tuple_size(item) != 2) return 0;
    Value value = dict_get(view_dict(self), tuple_get(item, 0));
    if (value == NULL) return err_occurred() ? -1 : 0;
    incref(value);
    int equal = object_richcompare_bool(value, tuple_get(item, 1), CMP_EQ);
    decref(value);
    return equal;
}

static int values_contains(Value self, Value x) {
    Value it = view_iter(self);
    if (it == NULL) return -1;
    int found = 0;
    for (Value item; found == 0 && (item = object_iternext(it)) != NULL;) {
        found = object_richcompare_bool(item, x, CMP_EQ);
        decref(item);
    }
    decref(it);
    return found == 0 && err_occurred() ? -1 : found;
}

/* every item of a is in b */
static int all_contained_in(Value a, Value b) {
    Value it = object_getiter(a);
    if (it == NULL) return -1;
    int ok = 1;
    for (Value item; ok == 1 && (item = object_iternext(it)) != NULL;) {
        ok = object_contains(b, item);
        decref(item);
    }
    decref(it);
    return ok == 1 && err_occurred() ? -1 : ok;
}

static Value view_richcompare(Value a, Value b, int op) {
    if (!is_dict_set_view(b) && !is_any_set(b)) return NOT_IMPLEMENTED;
    intptr_t la = object_len(a), lb = la < 0 ? -1 : object_len(b);
    if (lb < 0) return NULL;
    int ok;
    switch (op) {
        case CMP_EQ:
        case CMP_NE: ok = la == lb ? all_contained_in(a, b) : 0; break;
        case CMP_LT: ok = la < lb ? all_contained_in(a, b) : 0; break;
        case CMP_LE: ok = la <= lb ? all_contained_in(a, b) : 0; break;
        case CMP_GT: ok = la > lb ? all_contained_in(b, a) : 0; break;
        default: ok = la >= lb ? all_contained_in(b, a) : 0; break;
    }
    if (ok < 0) return NULL;
    return bool_value(op == CMP_NE ? !ok : ok);
}

/* set(view); a keys view of an exact dict copies the dict's keys directly */
static Value view_to_set(Value v) {
    if (!is_small_int(v) && v->type == &type_dict_keys && is_dict_exact(view_dict(v)))
        v = view_dict(v);
    return set_new_from(&type_set, v);
}

static Value view_sub(Value a, Value b) {
    Value result = view_to_set(a);
    if (result != NULL && set_difference_update(result, b) < 0) CLEAR(result);
    return result;
}

static Value view_or(Value a, Value b) {
    Value result = view_to_set(a);
    if (result != NULL && set_update(result, b) < 0) CLEAR(result);
    return result;
}

static Value view_xor(Value a, Value b) {
    Value result = view_to_set(a);
    if (result != NULL && set_symmetric_difference_update(result, b) < 0) CLEAR(result);
    return result;
}

static Value view_and(Value a, Value b) {
    if (!is_dict_set_view(a)) { /* reflected: the operation is symmetric */
        Value t = a;
        a = b;
        b = t;
    }
    intptr_t la = view_len(a);
    if (is_set_exact(b) && la <= set_size(b)) return set_intersection(b, a);
    if (is_dict_set_view(b) && view_len(b) > la) {
        Value t = a;
        a = b;
        b = t;
    }
    /* a is a view at least as long as b when b is a view: keep b's items that are in a */
    Value result = set_new_from(&type_set, NULL);
    Value it = result ? object_getiter(b) : NULL;
    if (it == NULL) {
        xdecref(result);
        return NULL;
    }
    int (*contains)(Value, Value) = a->type == &type_dict_keys ? keys_contains : items_contains;
    int status = 0;
    for (Value item; status == 0 && (item = object_iternext(it)) != NULL; decref(item)) {
        status = contains(a, item);
        if (status > 0) status = set_add(result, item);
    }
    decref(it);
    if (status < 0 || err_occurred()) CLEAR(result);
    return result;
}

static Value view_isdisjoint(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("isdisjoint", nargs) < 0) return NULL;
    Value other = args[0];
    if (self == other) return bool_value(view_len(self) == 0);
    Value container = self, iterable = other;
    if (is_any_set(other) || is_dict_set_view(other)) {
        intptr_t lo = object_len(other);
        if (lo < 0) return NULL;
        if (lo > view_len(self)) {
            container = other;
            iterable = self;
        }
    }
    Value it = object_getiter(iterable);
    if (it == NULL) return NULL;
    int found = 0;
    for (Value item; found == 0 && (item = object_iternext(it)) != NULL; decref(item))
        found = object_contains(container, item);
    decref(it);
    if (found < 0 || err_occurred()) return NULL;
    return bool_value(!found);
}

static Value view_mapping(Value self, void *closure) { return mappingproxy_new(view_dict(self)); }

static GetSetDef view_getsets[] = {
    {"mapping", view_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MethodDef set_view_methods[] = {
    {"isdisjoint", view_isdisjoint, 0, NULL},
    {"__reversed__", view_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MethodDef values_view_methods[] = {
    {"__reversed__", view_reversed, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots set_view_number = {
    .binary = {[BINOP_SUBTRACT] = view_sub,
               [BINOP_AND] = view_and,
               [BINOP_OR] = view_or,
               [BINOP_XOR] = view_xor},
};

#define DICT_VIEW_COMMON                                                                           \
    .ob = {IMMORTAL_REFCOUNT, &type_type}, .basicsize = sizeof(DictView), .flags = TPFLAG_GC,      \
    .dealloc = view_dealloc, .traverse = view_traverse, .repr = view_repr, .iter = view_iter,      \
    .len = view_len, .getsets = view_getsets

Type type_dict_keys = {
    DICT_VIEW_COMMON,          .name = "dict_keys",        .richcompare = view_richcompare,
    .contains = keys_contains, .number = &set_view_number, .methods = set_view_methods,
};

Type type_dict_items = {
    DICT_VIEW_COMMON,           .name = "dict_items",       .richcompare = view_richcompare,
    .contains = items_contains, .number = &set_view_number, .methods = set_view_methods,
};

Type type_dict_values = {
    DICT_VIEW_COMMON,
    .name = "dict_values",
    .contains = values_contains,
    .methods = values_view_methods,
};
