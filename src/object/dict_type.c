/* dict_type.c: the Python-level dict type: construction, repr with the "{...}" recursion
 * guard, ==, subscription with __missing__, | and |=, and the dict methods (get, setdefault,
 * pop, popitem, update, copy, clear, fromkeys, keys/values/items). */
#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "dict_internal.h"
#include "dict_view.h"
#include "generic_alias.h"
#include "method_args.h"
#include "repr_guard.h"
#include "seq_common.h"
#include "tuple.h"
#include "type.h"

/* ---- lifetime ---- */

static void dict_dealloc(Value self) {
    Dict *d = (Dict *)self;
    gc_untrack(self);
    DictKeys *k = d->keys;
    if (k != NULL) {
        DictEntry *entries = dict_entries(k);
        for (intptr_t i = 0; i < k->nentries; i++) {
            xdecref(entries[i].key);
            xdecref(entries[i].value);
        }
        dict_keys_free(k);
    }
    dict_free_object(self);
}

static int dict_traverse(Value self, visitproc visit, void *arg) {
    intptr_t n = dict_nentries(self);
    for (intptr_t i = 0; i < n; i++) {
        DictEntry *e = dict_entry_at(self, i);
        if (e->value == NULL) continue;
        int status = visit_value(e->key, visit, arg);
        if (status == 0) status = visit_value(e->value, visit, arg);
        if (status) return status;
    }
    return 0;
}

static int dict_clear_slot(Value self) {
    dict_clear(self);
    return 0;
}

/* d.update(arg, **kwargs) for dict(), update() and __init__ */
static int update_from_args(Value self, const char *name, Value const *args, size_t nargs,
                            Value kwnames) {
    if (args_count(name, nargs, 0, 1) < 0) return -1;
    if (nargs == 1 && dict_update(self, args[0]) < 0) return -1;
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++)
        if (dict_set(self, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) return -1;
    return 0;
}

static Value dict_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (type == &type_dict) return dict_new();
    Value d = object_new(type, 0);
    if (d == NULL) return NULL;
    dict_bump_version(d);
    gc_track(d);
    return d;
}

static int dict_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    return update_from_args(self, "dict", args, nargs, kwnames);
}

/* ---- slots ---- */

static Value dict_repr(Value self) {
    if (dict_size(self) == 0) return str_from_cstr("{}");
    int entered = repr_enter(self);
    if (entered != 0) return entered < 0 ? NULL : str_from_cstr("{...}");
    StrParts parts;
    if (parts_init(&parts) < 0 || parts_add_cstr(&parts, "{") < 0) goto fail;
    intptr_t pos = 0;
    Value key, value;
    for (bool first = true; dict_next(self, &pos, &key, &value); first = false) {
        incref(key);
        incref(value);
        int status = first ? 0 : parts_add_cstr(&parts, ", ");
        if (status == 0) status = parts_add_repr(&parts, key);
        if (status == 0) status = parts_add_cstr(&parts, ": ");
        if (status == 0) status = parts_add_repr(&parts, value);
        decref(key);
        decref(value);
        if (status < 0) goto fail;
    }
    if (parts_add_cstr(&parts, "}") < 0) goto fail;
    repr_leave(self);
    return parts_finish(&parts);
fail:
    repr_leave(self);
    parts_abort(&parts);
    return NULL;
}

/* 1 when a and b hold equal items, 0 if not, -1 on error. */
static int dict_equal(Value a, Value b) {
    if (dict_size(a) != dict_size(b)) return 0;
    for (intptr_t i = 0; i < dict_nentries(a); i++) {
        DictEntry *e = dict_entry_at(a, i);
        if (e->value == NULL) continue;
        Value key = incref(e->key), avalue = incref(e->value);
        hash_t hash = e->hash;
        intptr_t ix = dict_lookup(b, key, hash);
        int result = ix == DICT_ERROR ? -1 : ix < 0 ? 0 : 2;
        if (result == 2) {
            Value bvalue = incref(dict_entry_at(b, ix)->value);
            result = object_richcompare_bool(avalue, bvalue, CMP_EQ);
            decref(bvalue);
        }
        decref(key);
        decref(avalue);
        if (result <= 0) return result;
    }
    return 1;
}

static Value dict_richcompare(Value a, Value b, int op) {
    if (!is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE)) return NOT_IMPLEMENTED;
    int equal = dict_equal(a, b);
    if (equal < 0) return NULL;
    return bool_value(equal == (op == CMP_EQ));
}

static intptr_t dict_len(Value self) { return dict_size(self); }

static int dict_contains_slot(Value self, Value key) { return dict_contains(self, key); }

static Value dict_subscript(Value self, Value key) {
    hash_t hash = value_hash(key);
    if (hash == -1) return NULL;
    intptr_t ix = dict_lookup(self, key, hash);
    if (ix >= 0) return incref(dict_entry_at(self, ix)->value);
    if (ix == DICT_ERROR) return NULL;
    if (!is_dict_exact(self) && type_lookup(type_of(self), NAME(__missing__)) != NULL)
        return object_call_method(self, NAME(__missing__), &key, 1);
    err_set(&exc_KeyError, key);
    return NULL;
}

static int dict_setitem_slot(Value self, Value key, Value value) {
    return value ? dict_set(self, key, value) : dict_del(self, key);
}

static Value dict_iter(Value self) { return dict_iter_new(self, DICT_KEYS, false); }

static Value dict_or(Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return NOT_IMPLEMENTED;
    Value result = dict_copy(a);
    if (result != NULL && dict_update(result, b) < 0) CLEAR(result);
    return result;
}

static Value dict_inplace_or(Value a, Value b) {
    if (!is_dict(a)) return NOT_IMPLEMENTED;
    if (dict_update(a, b) < 0) return NULL;
    return incref(a);
}

/* ---- methods ---- */

static Value dict_get_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("get", nargs, 1, 2) < 0) return NULL;
    Value value = dict_get(self, args[0]);
    if (value == NULL && err_occurred()) return NULL;
    return incref(value ? value : nargs == 2 ? args[1] : NONE);
}

static Value dict_setdefault_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("setdefault", nargs, 1, 2) < 0) return NULL;
    return xincref(dict_setdefault(self, args[0], nargs == 2 ? args[1] : NONE));
}

static Value dict_pop_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("pop", nargs, 1, 2) < 0) return NULL;
    Value value;
    int found = dict_pop(self, args[0], &value);
    if (found < 0) return NULL;
    if (found) return value;
    if (nargs == 2) return incref(args[1]);
    err_set(&exc_KeyError, args[0]);
    return NULL;
}

static Value dict_popitem(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("dict.popitem", nargs) < 0) return NULL;
    Dict *d = (Dict *)self;
    if (d->used == 0) return err_format(&exc_KeyError, "popitem(): dictionary is empty");
    Value pair = tuple_new(2);
    if (pair == NULL) return NULL;
    intptr_t i = d->keys->nentries - 1;
    while (dict_entry_at(self, i)->value == NULL) i--;
    dict_remove_entry(self, i, &tuple_items(pair)[0], &tuple_items(pair)[1]);
    d->keys->nentries = i; /* the popped entry was the last one */
    return pair;
}

static Value dict_update_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (update_from_args(self, "update", args, nargs, kwnames) < 0) return NULL;
    return NONE;
}

static Value dict_copy_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("dict.copy", nargs) < 0) return NULL;
    return dict_copy(self);
}

static Value dict_clear_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("dict.clear", nargs) < 0) return NULL;
    dict_clear(self);
    return NONE;
}

static Value dict_fromkeys(Value cls, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("fromkeys", nargs, 1, 2) < 0) return NULL;
    Value value = nargs == 2 ? args[1] : NONE;
    Value d = object_call(cls, NULL, 0, NULL);
    if (d == NULL) return NULL;
    bool plain = is_dict_exact(d);
    Value it = object_getiter(args[0]);
    if (it == NULL) {
        decref(d);
        return NULL;
    }
    int status = 0;
    for (Value key; status == 0 && (key = object_iternext(it)) != NULL; decref(key))
        status = plain ? dict_set(d, key, value) : object_setitem(d, key, value);
    decref(it);
    if (status < 0 || err_occurred()) CLEAR(d);
    return d;
}

static Value dict_view_method(Value self, size_t nargs, const char *qualname, DictViewKind kind) {
    if (args_none(qualname, nargs) < 0) return NULL;
    return dict_view_new(self, kind);
}
static Value dict_keys_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    return dict_view_method(self, nargs, "dict.keys", DICT_KEYS);
}
static Value dict_values_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    return dict_view_method(self, nargs, "dict.values", DICT_VALUES);
}
static Value dict_items_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    return dict_view_method(self, nargs, "dict.items", DICT_ITEMS);
}

static Value dict_reversed(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("dict.__reversed__", nargs) < 0) return NULL;
    return dict_iter_new(self, DICT_KEYS, true);
}

static MethodDef dict_methods[] = {
    {"get", dict_get_method, 0, NULL},
    {"setdefault", dict_setdefault_method, 0, NULL},
    {"pop", dict_pop_method, 0, NULL},
    {"popitem", dict_popitem, 0, NULL},
    {"update", dict_update_method, METH_KEYWORDS, NULL},
    {"copy", dict_copy_method, 0, NULL},
    {"clear", dict_clear_method, 0, NULL},
    {"fromkeys", dict_fromkeys, METH_CLASS, NULL},
    {"keys", dict_keys_method, 0, NULL},
    {"values", dict_values_method, 0, NULL},
    {"items", dict_items_method, 0, NULL},
    {"__reversed__", dict_reversed, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots dict_number = {
    .binary = {[BINOP_OR] = dict_or},
    .inplace = {[BINOP_OR] = dict_inplace_or},
};

Type type_dict = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "dict",
    .basicsize = sizeof(Dict),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_DICT_SUBCLASS,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .new_ = dict_type_new,
    .init = dict_init,
    .iter = dict_iter,
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_setitem_slot,
    .contains = dict_contains_slot,
    .number = &dict_number,
    .methods = dict_methods,
};
