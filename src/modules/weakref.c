/* weakref.c: weak references: weakref.ref (subclassable, callbacks, hash and equality
 * through the referent), the proxy types, and the `_weakref` module. Each object of a type
 * with a weaklistoffset heads a doubly linked list of its references in that slot; its
 * deallocation calls weakref_clear_all. Objects whose types have no such slot but that
 * CPython lets you reference weakly (classes, functions, sets, modules, code) are pinned:
 * they get a list in a side table and are kept alive for good. */
#include "weakref.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../object/code.h"
#include "../object/dict.h"
#include "../object/function.h"
#include "../object/generic_alias.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/seq_common.h"
#include "../object/set.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"

typedef struct WeakRef {
    Object ob;
    Value callback; /* NULL when none or once called */
    Value referent; /* borrowed; NULL once dead */
    hash_t hash;    /* -1 until computed */
    struct WeakRef *prev, *next;
} WeakRef;

/* ---- where an object's list of weak references lives ---- */

typedef struct PinnedEntry {
    Value obj; /* strong reference: pinned objects never die */
    Value head;
} PinnedEntry;

static struct {
    PinnedEntry *entries;
    size_t mask, used; /* capacity - 1 (a power of two), entries in use */
} pinned;

static bool pinnable(Value obj) {
    Type *t = type_of(obj);
    return type_has_flag(t, TPFLAG_TYPE_SUBCLASS) || t == &type_function ||
           t == &type_builtin_function || t == &type_method || is_any_set(obj) || is_module(obj) ||
           t == &type_code;
}

static size_t pin_slot(Value obj) {
    size_t i = ((uintptr_t)obj >> 4) & pinned.mask;
    while (pinned.entries[i].obj && pinned.entries[i].obj != obj) i = (i + 1) & pinned.mask;
    return i;
}

static bool pinned_grow(void) {
    size_t cap = pinned.entries ? (pinned.mask + 1) * 2 : 64;
    PinnedEntry *old = pinned.entries;
    size_t old_cap = old ? pinned.mask + 1 : 0;
    PinnedEntry *fresh = mem_calloc(cap, sizeof(PinnedEntry));
    if (!fresh) return false;
    pinned.entries = fresh;
    pinned.mask = cap - 1;
    for (size_t i = 0; i < old_cap; i++)
        if (old[i].obj) pinned.entries[pin_slot(old[i].obj)] = old[i];
    mem_free(old);
    return true;
}

/* The list head slot of obj, or NULL when obj cannot be weakly referenced. With create,
 * a pinned object gets its entry (NULL + MemoryError if that fails). */
static Value *list_slot(Value obj, bool create) {
    size_t off = type_of(obj)->weaklistoffset;
    if (off) return (Value *)((char *)obj + off);
    if (!pinnable(obj)) return NULL;
    if (pinned.entries) {
        size_t i = pin_slot(obj);
        if (pinned.entries[i].obj) return &pinned.entries[i].head;
    }
    if (!create) return NULL;
    if ((pinned.used + 1) * 2 > (pinned.entries ? pinned.mask + 1 : 0) && !pinned_grow()) {
        err_no_memory();
        return NULL;
    }
    size_t i = pin_slot(obj);
    pinned.entries[i].obj = incref(obj);
    pinned.used++;
    return &pinned.entries[i].head;
}

static void unlink_ref(WeakRef *r) {
    if (!r->referent) return;
    Value *head = list_slot(r->referent, false);
    if (head && *head == (Value)r) *head = (Value)r->next;
    if (r->prev) r->prev->next = r->next;
    if (r->next) r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->referent = NULL;
}

static void link_ref(WeakRef *r, Value obj, Value *head) {
    r->referent = obj;
    r->next = (WeakRef *)*head;
    r->prev = NULL;
    if (r->next) r->next->prev = r;
    *head = (Value)r;
}

void weakref_clear_all(Value obj) {
    Value *head = list_slot(obj, false);
    if (!head || !*head) return;
    Value saved = err_fetch();
    Value pending = list_new(0); /* refs whose callbacks are due, kept alive meanwhile */
    while (*head) {
        WeakRef *r = (WeakRef *)*head;
        Value cb = r->callback;
        r->callback = NULL;
        unlink_ref(r);
        if (cb && r->ob.refcount > 0) {
            if (pending && list_append(pending, (Value)r) == 0 && list_append(pending, cb) == 0) {
                decref(cb);
                continue;
            }
            err_clear();
        }
        xdecref(cb);
    }
    for (intptr_t i = 0; pending && i + 1 < list_size(pending); i += 2) {
        Value ref = list_get(pending, i);
        Value r = object_call(list_get(pending, i + 1), &ref, 1, NULL);
        if (r)
            decref(r);
        else
            err_write_unraisable(list_get(pending, i + 1));
    }
    xdecref(pending);
    err_restore(saved);
}

Value weakref_target(Value ref) { return ((WeakRef *)ref)->referent; }

/* ---- creating references ---- */

static Value cannot_reference(Value obj) {
    return err_format(&exc_TypeError, "cannot create weak reference to '%T' object", obj);
}

/* A reference of `type` to obj; one without a callback of an exact type is shared. */
static Value ref_make(Type *type, Value obj, Value callback) {
    if (callback == NONE) callback = NULL;
    Value *head = list_slot(obj, true);
    if (!head) return err_occurred() ? NULL : cannot_reference(obj);
    bool shareable = !callback && (type == &type_weakref || type == &type_weakproxy ||
                                   type == &type_weakcallableproxy);
    if (shareable) {
        for (WeakRef *r = (WeakRef *)*head; r; r = r->next)
            if (r->ob.type == type && !r->callback) return incref((Value)r);
    }
    WeakRef *r = (WeakRef *)object_new(type, 0);
    if (!r) return NULL;
    r->hash = -1;
    r->callback = xincref(callback);
    link_ref(r, obj, head);
    gc_track((Value)r);
    return (Value)r;
}

Value weakref_new(Value obj, Value callback) { return ref_make(&type_weakref, obj, callback); }

static void ref_dealloc(Value self) {
    WeakRef *r = (WeakRef *)self;
    gc_untrack(self);
    unlink_ref(r);
    CLEAR(r->callback);
    object_free(self);
}

static int ref_traverse(Value self, visitproc visit, void *arg) {
    WeakRef *r = (WeakRef *)self;
    return r->callback ? visit(r->callback, arg) : 0;
}

static int ref_clear(Value self) {
    WeakRef *r = (WeakRef *)self;
    unlink_ref(r);
    CLEAR(r->callback);
    return 0;
}

/* ---- weakref.ref ---- */

static Value ref_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("ref", kwnames) < 0 || args_count("__new__", nargs, 1, 2) < 0) return NULL;
    return ref_make(type, args[0], nargs == 2 ? args[1] : NULL);
}

static int ref_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("ref", kwnames) < 0 || args_count("__init__", nargs, 1, 2) < 0) return -1;
    return 0;
}

static Value ref_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("weakref", kwnames) < 0 || args_count("weakref", nargs, 0, 0) < 0)
        return NULL;
    Value obj = ((WeakRef *)self)->referent;
    return incref(obj ? obj : NONE);
}

static hash_t ref_hash(Value self) {
    WeakRef *r = (WeakRef *)self;
    if (r->hash != -1) return r->hash;
    if (!r->referent) {
        err_format(&exc_TypeError, "weak object has gone away");
        return -1;
    }
    r->hash = object_hash(r->referent);
    return r->hash;
}

static Value ref_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_instance_of(b, &type_weakref)) return NOT_IMPLEMENTED;
    Value x = ((WeakRef *)a)->referent, y = ((WeakRef *)b)->referent;
    if (!x || !y) return bool_value((a == b) == (op == CMP_EQ));
    incref(x);
    incref(y);
    Value r = object_richcompare(x, y, op);
    decref(x);
    decref(y);
    return r;
}

static Value ref_repr(Value self) {
    Value obj = ((WeakRef *)self)->referent;
    if (!obj) return str_from_format("<weakref at %p; dead>", self);
    incref(obj);
    Value name = object_getattr(obj, NAME(__name__));
    Value r;
    if (name && is_str(name)) {
        r = str_from_format("<weakref at %p; to '%s' at %p (%U)>", self,
                            type_short_name(type_of(obj)), obj, name);
    } else {
        err_clear();
        r = str_from_format("<weakref at %p; to '%s' at %p>", self, type_short_name(type_of(obj)),
                            obj);
    }
    xdecref(name);
    decref(obj);
    return r;
}

static Value ref_get_callback(Value self, void *c) {
    Value cb = ((WeakRef *)self)->callback;
    return incref(cb ? cb : NONE);
}

static GetSetDef ref_getsets[] = {
    {"__callback__", ref_get_callback, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MethodDef ref_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_weakref = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakRef),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dealloc = ref_dealloc,
    .traverse = ref_traverse,
    .clear = ref_clear,
    .repr = ref_repr,
    .hash = ref_hash,
    .richcompare = ref_richcompare,
    .call = ref_call,
    .new_ = ref_type_new,
    .init = ref_init,
    .getsets = ref_getsets,
    .methods = ref_methods,
};

/* ---- proxies: every operation goes to the live referent ---- */

static Value live_referent(Value proxy) {
    Value obj = ((WeakRef *)proxy)->referent;
    if (!obj) return err_format(&exc_ReferenceError, "weakly-referenced object no longer exists");
    return incref(obj);
}

static bool is_proxy(Value v) {
    return !is_small_int(v) && (v->type == &type_weakproxy || v->type == &type_weakcallableproxy);
}

/* v itself, or the referent when v is a proxy (new reference; NULL if dead). */
static Value unwrap(Value v) { return is_proxy(v) ? live_referent(v) : incref(v); }

static Value proxy_getattr(Value self, Value name) {
    Value obj = live_referent(self);
    if (!obj) return NULL;
    Value r = object_getattr(obj, name);
    decref(obj);
    return r;
}

static int proxy_setattr(Value self, Value name, Value v) {
    Value obj = live_referent(self);
    if (!obj) return -1;
    int r = object_setattr(obj, name, v);
    decref(obj);
    return r;
}

static Value proxy_repr(Value self) {
    Value obj = ((WeakRef *)self)->referent;
    if (!obj) return str_from_format("<weakproxy at %p; dead>", self);
    return str_from_format("<weakproxy at %p; to '%s' at %p>", self, type_short_name(type_of(obj)),
                           obj);
}

#define PROXY_UNARY(name, expr)                                                                    \
    static Value proxy_##name(Value self) {                                                        \
        Value obj = live_referent(self);                                                           \
        if (!obj) return NULL;                                                                     \
        Value r = expr;                                                                            \
        decref(obj);                                                                               \
        return r;                                                                                  \
    }
PROXY_UNARY(str, object_str(obj))
PROXY_UNARY(iter, object_getiter(obj))
PROXY_UNARY(negative, unary_negative(obj))
PROXY_UNARY(positive, unary_positive(obj))
PROXY_UNARY(invert, unary_invert(obj))
PROXY_UNARY(index, object_index(obj))

static Value proxy_iternext(Value self) {
    Value obj = live_referent(self);
    if (!obj) return NULL;
    Value r = type_of(obj)->iternext
                  ? object_iternext(obj)
                  : err_format(&exc_TypeError,
                               "Weakref proxy referenced a non-iterator '%T' object", obj);
    decref(obj);
    return r;
}

static int proxy_bool(Value self) {
    Value obj = live_referent(self);
    if (!obj) return -1;
    int r = object_is_true(obj);
    decref(obj);
    return r;
}

static intptr_t proxy_len(Value self) {
    Value obj = live_referent(self);
    if (!obj) return -1;
    intptr_t r = object_len(obj);
    decref(obj);
    return r;
}

static Value proxy_getitem(Value self, Value key) {
    Value obj = live_referent(self);
    if (!obj) return NULL;
    Value r = object_getitem(obj, key);
    decref(obj);
    return r;
}

static int proxy_setitem(Value self, Value key, Value v) {
    Value obj = live_referent(self);
    if (!obj) return -1;
    int r = v ? object_setitem(obj, key, v) : object_delitem(obj, key);
    decref(obj);
    return r;
}

static int proxy_contains(Value self, Value item) {
    Value obj = live_referent(self);
    if (!obj) return -1;
    int r = object_contains(obj, item);
    decref(obj);
    return r;
}

static Value proxy_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value obj = live_referent(self);
    if (!obj) return NULL;
    Value r = object_call(obj, args, nargs, kwnames);
    decref(obj);
    return r;
}

/* Binary operators and comparisons see through proxies on either side. */
static Value proxy_pair(Value a, Value b, int op, bool compare) {
    Value x = unwrap(a);
    Value y = x ? unwrap(b) : NULL;
    Value r = y ? (compare ? object_richcompare(x, y, op) : binary_op(x, y, op)) : NULL;
    xdecref(x);
    xdecref(y);
    return r;
}

static Value proxy_richcompare(Value a, Value b, int op) { return proxy_pair(a, b, op, true); }

#define PROXY_BINARY(op)                                                                           \
    static Value proxy_binary_##op(Value a, Value b) { return proxy_pair(a, b, op, false); }       \
    static Value proxy_inplace_##op(Value a, Value b) {                                            \
        return proxy_pair(a, b, op + BINOP_INPLACE, false);                                        \
    }
PROXY_BINARY(0)
PROXY_BINARY(1)
PROXY_BINARY(2)
PROXY_BINARY(3)
PROXY_BINARY(4)
PROXY_BINARY(5)
PROXY_BINARY(6)
PROXY_BINARY(7)
PROXY_BINARY(8)
PROXY_BINARY(9)
PROXY_BINARY(10)
PROXY_BINARY(11)
PROXY_BINARY(12)

static NumberSlots proxy_number = {
    .binary = {proxy_binary_0, proxy_binary_1, proxy_binary_2, proxy_binary_3, proxy_binary_4,
               proxy_binary_5, proxy_binary_6, proxy_binary_7, proxy_binary_8, proxy_binary_9,
               proxy_binary_10, proxy_binary_11, proxy_binary_12},
    .inplace = {proxy_inplace_0, proxy_inplace_1, proxy_inplace_2, proxy_inplace_3, proxy_inplace_4,
                proxy_inplace_5, proxy_inplace_6, proxy_inplace_7, proxy_inplace_8, proxy_inplace_9,
                proxy_inplace_10, proxy_inplace_11, proxy_inplace_12},
    .negative = proxy_negative,
    .positive = proxy_positive,
    .invert = proxy_invert,
    .as_bool = proxy_bool,
    .index = proxy_index,
};

static hash_t proxy_hash(Value self) {
    err_format(&exc_TypeError, "unhashable type: '%s'", self->type->name);
    return -1;
}

static Value proxy_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return err_format(&exc_TypeError, "cannot create '%s' instances", type->name);
}

#define PROXY_TYPE(pyname, call_slot)                                                              \
    {                                                                                              \
        .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = pyname, .basicsize = sizeof(WeakRef),       \
        .flags = TPFLAG_GC, .dealloc = ref_dealloc, .traverse = ref_traverse, .clear = ref_clear,  \
        .repr = proxy_repr, .str = proxy_str, .hash = proxy_hash,                                  \
        .richcompare = proxy_richcompare, .getattr = proxy_getattr, .setattr = proxy_setattr,      \
        .call = call_slot, .new_ = proxy_type_new, .iter = proxy_iter, .iternext = proxy_iternext, \
        .len = proxy_len, .getitem = proxy_getitem, .setitem = proxy_setitem,                      \
        .contains = proxy_contains, .number = &proxy_number,                                       \
    }
Type type_weakproxy = PROXY_TYPE("weakref.ProxyType", NULL);
Type type_weakcallableproxy = PROXY_TYPE("weakref.CallableProxyType", proxy_call);

/* ---- the _weakref module ---- */

static Value wr_proxy(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("proxy", nargs, 1, 2) < 0) return NULL;
    Type *type = object_is_callable(args[0]) ? &type_weakcallableproxy : &type_weakproxy;
    return ref_make(type, args[0], nargs == 2 ? args[1] : NULL);
}

static Value wr_getweakrefcount(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("getweakrefcount", nargs) < 0) return NULL;
    Value *head = list_slot(args[0], false);
    intptr_t n = 0;
    for (WeakRef *r = head ? (WeakRef *)*head : NULL; r; r = r->next) n++;
    return small_int(n);
}

static Value wr_getweakrefs(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("getweakrefs", nargs) < 0) return NULL;
    Value *head = list_slot(args[0], false);
    Value list = list_new(0);
    for (WeakRef *r = head ? (WeakRef *)*head : NULL; list && r; r = r->next)
        if (list_append(list, (Value)r) < 0) CLEAR(list);
    return list;
}

static Value wr_remove_dead_weakref(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("_remove_dead_weakref", nargs, 2, 2) < 0) return NULL;
    if (!is_dict(args[0]))
        return err_format(&exc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %T",
                          args[0]);
    Value v = dict_get(args[0], args[1]);
    if (!v) return err_occurred() ? NULL : NONE;
    if (is_instance_of(v, &type_weakref) && !((WeakRef *)v)->referent &&
        dict_del(args[0], args[1]) < 0)
        return NULL;
    return NONE;
}

static MethodDef weakref_methods[] = {
    {"proxy", wr_proxy, 0, NULL},
    {"getweakrefcount", wr_getweakrefcount, 0, NULL},
    {"getweakrefs", wr_getweakrefs, 0, NULL},
    {"_remove_dead_weakref", wr_remove_dead_weakref, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value weakref_module_new(void) {
    Value m = module_new("_weakref");
    if (!m || module_add_functions(m, weakref_methods) < 0 ||
        module_add_object(m, "ref", (Value)&type_weakref) < 0 ||
        module_add_object(m, "ReferenceType", (Value)&type_weakref) < 0 ||
        module_add_object(m, "ProxyType", (Value)&type_weakproxy) < 0 ||
        module_add_object(m, "CallableProxyType", (Value)&type_weakcallableproxy) < 0)
        CLEAR(m);
    return m;
}
