/* type.c: the `type` type: readying static types (inherited slots, MRO, dict of
 * descriptors), version tags and the global method cache behind type_lookup, attribute
 * access on classes, calling a class, isinstance/issubclass. Class creation is in
 * type_new.c, the dunder <-> slot machinery in type_slots.c. */
#include "type.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "descr.h"
#include "dict.h"
#include "exceptions.h"
#include "function.h"
#include "generic_alias.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type_slots.h"

/* ---- version tags: a fresh tag whenever a type or one of its bases changes ---- */

static uint32_t next_version = 1;

static void assign_version(Type *t) {
    t->version = next_version;
    if (next_version) next_version++; /* after wrap-around tags stay 0: no caching */
}

void type_modified(Type *t) {
    assign_version(t);
    if (!t->subclasses) return;
    for (intptr_t i = 0; i < list_size(t->subclasses); i++) {
        type_modified((Type *)small_int_value(list_get(t->subclasses, i)));
    }
}

/* ---- subclass registry: a list of tagged pointers (weak references in effect) ---- */

void type_add_subclass(Type *base, Type *sub) {
    if (!base->subclasses) base->subclasses = list_new(0);
    if (!base->subclasses || list_append(base->subclasses, small_int((intptr_t)sub)) < 0)
        err_clear(); /* out of memory: the subclass only misses cache invalidations */
}

void type_remove_subclass(Type *base, Type *sub) {
    Value subs = base->subclasses;
    if (!subs) return;
    for (intptr_t i = 0; i < list_size(subs); i++) {
        if (small_int_value(list_get(subs, i)) == (intptr_t)sub) {
            if (object_delitem(subs, small_int(i)) < 0) err_clear();
            return;
        }
    }
}

/* ---- lookup through the MRO, with a global cache keyed by (version, interned name) ---- */

#define METHOD_CACHE_SIZE 4096

typedef struct CacheEntry {
    uint32_t version;
    Value name;
    Value value; /* borrowed; NULL caches a miss */
} CacheEntry;

static CacheEntry method_cache[METHOD_CACHE_SIZE];

static Value dict_lookup_name(Value dict, Value name) {
    if (is_str_exact(name)) return dict_get_str(dict, name);
    Value v = dict_get(dict, name);
    if (!v && err_occurred()) err_clear();
    return v;
}

static Value lookup_uncached(Type *t, Value name) {
    Value mro = t->mro;
    if (!mro) { /* during type_ready: the base chain */
        for (; t; t = t->base) {
            Value v = t->dict ? dict_lookup_name(t->dict, name) : NULL;
            if (v) return v;
        }
        return NULL;
    }
    intptr_t n = tuple_size(mro);
    for (intptr_t i = 0; i < n; i++) {
        Value dict = ((Type *)tuple_get(mro, i))->dict;
        Value v = dict ? dict_lookup_name(dict, name) : NULL;
        if (v) return v;
    }
    return NULL;
}

Value type_lookup(Type *t, Value name) {
    if (t->version == 0 || !is_str_exact(name) || !((Str *)name)->interned)
        return lookup_uncached(t, name);
    size_t h = (((uintptr_t)name >> 4) ^ (t->version * 2654435761u)) & (METHOD_CACHE_SIZE - 1);
    CacheEntry *e = &method_cache[h];
    if (e->version == t->version && e->name == name) return e->value;
    Value v = lookup_uncached(t, name);
    e->version = t->version;
    e->name = name;
    e->value = v;
    return v;
}

bool type_is_subtype(Type *t, Type *base) {
    if (t == base) return true;
    Value mro = t->mro;
    if (mro) {
        intptr_t n = tuple_size(mro);
        for (intptr_t i = 0; i < n; i++)
            if (tuple_get(mro, i) == (Value)base) return true;
        return false;
    }
    for (t = t->base; t; t = t->base)
        if (t == base) return true;
    return base == &type_object;
}

/* ---- names ---- */

const char *type_short_name(Type *t) {
    if (type_has_flag(t, TPFLAG_HEAPTYPE)) return t->name;
    const char *dot = strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

Value type_name(Type *t) { return incref(t->name_obj); }
Value type_qualname(Type *t) { return incref(t->qualname ? t->qualname : t->name_obj); }

/* __module__: the dict entry of a class, the dotted prefix of a static type's name. */
static Value type_module(Type *t) {
    if (type_has_flag(t, TPFLAG_HEAPTYPE)) {
        Value m = dict_get_str(t->dict, NAME(__module__));
        if (!m) return err_format(&exc_AttributeError, "__module__");
        return incref(m);
    }
    const char *dot = strrchr(t->name, '.');
    if (!dot) return str_intern_cstr("builtins");
    return str_from_utf8(t->name, (size_t)(dot - t->name));
}

Value type_repr(Value self) {
    Type *t = (Type *)self;
    Value module = type_module(t);
    if (!module) err_clear();
    Value r;
    if (module && is_str(module) && !str_equal_cstr(module, "builtins")) {
        r = str_from_format("<class '%U.%U'>", module, t->qualname ? t->qualname : t->name_obj);
    } else {
        r = str_from_format("<class '%s'>", t->name);
    }
    xdecref(module);
    return r;
}

/* ---- readying static types ---- */

static int dict_add_absent(Value dict, const char *name, Value v /* stolen */) {
    if (!v) return -1;
    Value key = str_intern_cstr(name);
    int r = key ? 0 : -1;
    if (key && !dict_get_str(dict, key)) r = dict_set(dict, key, v);
    decref(v);
    return r;
}

static int add_descriptors(Type *t) {
    for (const MethodDef *m = t->methods; m && m->name; m++)
        if (dict_add_absent(t->dict, m->name, descr_new_method(t, m)) < 0) return -1;
    for (const GetSetDef *g = t->getsets; g && g->name; g++)
        if (dict_add_absent(t->dict, g->name, descr_new_getset(t, g)) < 0) return -1;
    for (const MemberDef *m = t->members; m && m->name; m++)
        if (dict_add_absent(t->dict, m->name, descr_new_member(t, m)) < 0) return -1;
    return 0;
}

#define INHERIT(field)                                                                             \
    if (!t->field) t->field = base->field

static void inherit_number(Type *t, Type *base) {
    if (!base->number) return;
    if (!t->number) {
        t->number = base->number;
        return;
    }
    NumberSlots *n = t->number, *b = base->number;
    for (int k = 0; k < BINOP__COUNT; k++) {
        if (!n->binary[k]) n->binary[k] = b->binary[k];
        if (!n->inplace[k]) n->inplace[k] = b->inplace[k];
    }
    anyfunc *mine = (anyfunc *)&n->power_mod, *theirs = (anyfunc *)&b->power_mod;
    size_t count = (sizeof(NumberSlots) - offsetof(NumberSlots, power_mod)) / sizeof(anyfunc);
    for (size_t i = 0; i < count; i++) {
        anyfunc f;
        memcpy(&f, mine + i, sizeof f);
        if (!f) memcpy(mine + i, theirs + i, sizeof f);
    }
}

enum { SUBCLASS_FLAGS = 0xff00u };

static void inherit_slots(Type *t, Type *base) {
    t->flags |= base->flags & SUBCLASS_FLAGS;
    if (!t->basicsize) {
        t->basicsize = base->basicsize;
        INHERIT(itemsize);
    }
    INHERIT(dictoffset);
    INHERIT(weaklistoffset);
    INHERIT(dealloc);
    if (type_has_flag(t, TPFLAG_GC) && type_has_flag(base, TPFLAG_GC)) {
        INHERIT(traverse);
        INHERIT(clear);
    }
    INHERIT(finalize);
    INHERIT(repr);
    INHERIT(str);
    if (!t->richcompare && !t->hash) {
        t->richcompare = base->richcompare;
        t->hash = base->hash;
    }
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    /* a static type directly under object without a constructor cannot be instantiated */
    if (base != &type_object || type_has_flag(t, TPFLAG_HEAPTYPE)) INHERIT(new_);
    INHERIT(init);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    inherit_number(t, base);
}

static int ready_names(Type *t) {
    if (!t->name_obj) t->name_obj = str_intern_cstr(type_short_name(t));
    if (!t->name_obj) return -1;
    if (!t->qualname) t->qualname = incref(t->name_obj);
    return 0;
}

static int ready_dict(Type *t) {
    if (!t->dict && !(t->dict = dict_new())) return -1;
    if (add_descriptors(t) < 0 || slots_add_wrappers(t) < 0) return -1;
    Value doc = t->doc ? str_from_cstr(t->doc) : new_none();
    return dict_add_absent(t->dict, "__doc__", doc);
}

/* The MRO of a static type with one base: its base chain. */
static Value static_mro(Type *t) {
    intptr_t n = 0;
    for (Type *k = t; k; k = k->base) n++;
    Value mro = tuple_new(n);
    if (!mro) return NULL;
    n = 0;
    for (Type *k = t; k; k = k->base) tuple_items(mro)[n++] = incref((Value)k);
    return mro;
}

static int ready_fields(Type *t, Type *base) {
    if (!t->ob.type) t->ob.type = &type_type;
    if (!t->bases) t->bases = base ? tuple_pack(1, (Value)base) : tuple_empty();
    if (!t->bases || ready_names(t) < 0 || ready_dict(t) < 0) return -1;
    if (base) inherit_slots(t, base);
    if (!t->mro && !(t->mro = tuple_size(t->bases) > 1 ? type_compute_mro(t) : static_mro(t)))
        return -1;
    if (!t->hash && dict_add_absent(t->dict, "__hash__", new_none()) < 0) return -1;
    for (intptr_t i = 0; i < tuple_size(t->bases); i++)
        type_add_subclass((Type *)tuple_get(t->bases, i), t);
    assign_version(t);
    return 0;
}

int type_ready(Type *t) {
    if (type_has_flag(t, TPFLAG_READY)) return 0;
    /* Marked first: readying object, type, tuple, dict and str allocates objects of types
     * that are still being readied (their static fields are enough for that). */
    t->flags |= TPFLAG_READY;
    Type *base = t->base;
    if (!base && t != &type_object) base = t->base = &type_object;
    if ((base && type_ready(base) < 0) || ready_fields(t, base) < 0) {
        t->flags &= ~(uint32_t)TPFLAG_READY;
        return -1;
    }
    return 0;
}

/* ---- attribute access on classes ---- */

static Value type_getattro(Value self, Value name) {
    Type *t = (Type *)self, *meta = type_of(self);
    Value meta_attr = type_lookup(meta, name);
    descrgetfunc meta_get = NULL;
    if (meta_attr) {
        Type *mt = type_of(meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set) return meta_get(meta_attr, self, (Value)meta);
    }
    Value attr = type_lookup(t, name);
    if (attr) {
        descrgetfunc get = type_of(attr)->descr_get;
        return get ? get(attr, NULL, self) : incref(attr);
    }
    if (meta_get) return meta_get(meta_attr, self, (Value)meta);
    if (meta_attr) return incref(meta_attr);
    err_format(&exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
    err_set_attribute_context(self, name);
    return NULL;
}

static bool is_dunder(Value name) {
    intptr_t n = str_length(name);
    return n > 4 && str_char(name, 0) == '_' && str_char(name, 1) == '_' &&
           str_char(name, n - 1) == '_' && str_char(name, n - 2) == '_';
}

static void update_slot_recursive(Type *t, Value name) {
    slots_update_name(t, name);
    if (!t->subclasses) return;
    for (intptr_t i = 0; i < list_size(t->subclasses); i++)
        update_slot_recursive((Type *)small_int_value(list_get(t->subclasses, i)), name);
}

static int type_setattro(Value self, Value name, Value value) {
    Type *t = (Type *)self;
    if (!type_has_flag(t, TPFLAG_HEAPTYPE) || type_has_flag(t, TPFLAG_IMMUTABLE)) {
        err_format(&exc_TypeError, "cannot set %R attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    Value meta_attr = type_lookup(type_of(self), name);
    if (meta_attr && type_of(meta_attr)->descr_set) {
        int r = type_of(meta_attr)->descr_set(meta_attr, self, value);
        type_modified(t);
        return r;
    }
    Value key = is_str_exact(name) ? str_intern(incref(name)) : incref(name);
    if (!key) return -1;
    int r;
    if (value) {
        r = dict_set(t->dict, key, value);
    } else if ((r = dict_del(t->dict, key)) < 0 && err_matches(&exc_KeyError)) {
        err_clear();
        err_format(&exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, key);
    }
    if (r == 0) {
        type_modified(t);
        if (is_str(key) && is_dunder(key)) update_slot_recursive(t, key);
    }
    decref(key);
    return r;
}

/* ---- calling a class ---- */

Value type_call(Value callable, Value const *args, size_t nargs, Value kwnames) {
    Type *t = (Type *)callable;
    bool no_kw = !kwnames || tuple_size(kwnames) == 0;
    if (t == &type_type && nargs == 1 && no_kw) return incref((Value)type_of(args[0]));
    if (!t->new_) return err_format(&exc_TypeError, "cannot create '%s' instances", t->name);
    Value obj = t->new_(t, args, nargs, kwnames);
    if (!obj) return NULL;
    Type *ot = type_of(obj);
    if (ot != t && !type_is_subtype(ot, t)) return obj;
    if (ot->init && ot->init(obj, args, nargs, kwnames) < 0) {
        decref(obj);
        return NULL;
    }
    return obj;
}

static int type_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1 && nargs != 3) {
        err_set_str(&exc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    if (nargs == 1 && kwnames && tuple_size(kwnames) > 0) {
        err_set_str(&exc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    return 0;
}

/* ---- heap type objects: deallocation and the collector's hooks ---- */

static void type_dealloc(Value self) {
    HeapType *ht = (HeapType *)self;
    Type *t = &ht->type;
    if (type_has_flag(self->type, TPFLAG_GC)) gc_untrack(self);
    if (t->bases) {
        for (intptr_t i = 0; i < tuple_size(t->bases); i++)
            type_remove_subclass((Type *)tuple_get(t->bases, i), t);
    }
    xdecref((Value)t->base);
    xdecref(t->bases);
    xdecref(t->mro);
    xdecref(t->dict);
    xdecref(t->name_obj);
    xdecref(t->qualname);
    xdecref(t->subclasses);
    xdecref(ht->slots);
    xdecref(ht->module_name);
    mem_free(ht->slot_members);
    mem_free(ht->name_buf);
    object_free(self);
}

static int type_traverse(Value self, visitproc visit, void *arg) {
    Type *t = (Type *)self;
    Value fields[] = {t->dict, t->mro, t->bases, (Value)t->base, ((HeapType *)t)->slots};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        int r = fields[i] ? visit(fields[i], arg) : 0;
        if (r) return r;
    }
    return 0;
}

static int type_clear(Value self) {
    Type *t = (Type *)self;
    CLEAR(t->dict);
    CLEAR(t->mro);
    return 0;
}

/* ---- getsets and methods of type ---- */

static Type *heap_type_for_set(Value self, Value v, const char *what) {
    Type *t = (Type *)self;
    if (!type_has_flag(t, TPFLAG_HEAPTYPE)) {
        err_format(&exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what,
                   t->name);
        return NULL;
    }
    if (!v) {
        err_format(&exc_TypeError, "cannot delete '%s' attribute of type '%s'", what, t->name);
        return NULL;
    }
    return t;
}

static Value type_get_name(Value self, void *c) { return type_name((Type *)self); }

static int type_set_name(Value self, Value v, void *c) {
    Type *t = heap_type_for_set(self, v, "__name__");
    if (!t) return -1;
    if (!is_str(v)) {
        err_format(&exc_TypeError, "can only assign string to %s.__name__, not '%T'", t->name, v);
        return -1;
    }
    intptr_t len;
    const char *utf8 = str_utf8_len(v, &len);
    if (!utf8) return -1;
    if (strlen(utf8) != (size_t)len) {
        err_set_str(&exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    char *buf = mem_strndup(utf8, (size_t)len);
    if (!buf) {
        err_no_memory();
        return -1;
    }
    HeapType *ht = (HeapType *)t;
    mem_free(ht->name_buf);
    ht->name_buf = buf;
    t->name = buf;
    setref(&t->name_obj, incref(v));
    return 0;
}

static Value type_get_qualname(Value self, void *c) { return type_qualname((Type *)self); }

static int type_set_qualname(Value self, Value v, void *c) {
    Type *t = heap_type_for_set(self, v, "__qualname__");
    if (!t) return -1;
    if (!is_str(v)) {
        err_format(&exc_TypeError, "can only assign string to %s.__qualname__, not '%T'", t->name,
                   v);
        return -1;
    }
    setref(&t->qualname, incref(v));
    return 0;
}

static Value type_get_dict(Value self, void *c) { return mappingproxy_new(((Type *)self)->dict); }

static Value type_get_module(Value self, void *c) { return type_module((Type *)self); }

static int type_set_in_dict(Value self, Value v, const char *what) {
    Type *t = heap_type_for_set(self, v, what);
    if (!t) return -1;
    type_modified(t);
    return dict_set_cstr(t->dict, what, v);
}

static int type_set_module(Value self, Value v, void *c) {
    return type_set_in_dict(self, v, "__module__");
}

static Value type_get_doc(Value self, void *c) {
    Type *t = (Type *)self;
    if (!type_has_flag(t, TPFLAG_HEAPTYPE)) return t->doc ? str_from_cstr(t->doc) : new_none();
    Value doc = dict_get_str(t->dict, NAME(__doc__));
    if (!doc) return new_none();
    descrgetfunc get = type_of(doc)->descr_get;
    return get ? get(doc, NULL, self) : incref(doc);
}

static int type_set_doc(Value self, Value v, void *c) {
    return type_set_in_dict(self, v, "__doc__");
}

static Value type_get_abstractmethods(Value self, void *c) {
    Type *t = (Type *)self;
    Value v = t != &type_type ? dict_get_cstr(t->dict, "__abstractmethods__") : NULL;
    if (!v) return err_format(&exc_AttributeError, "__abstractmethods__");
    return incref(v);
}

static int type_set_abstractmethods(Value self, Value v, void *c) {
    Type *t = (Type *)self;
    int abstract = 0;
    if (v) {
        abstract = object_is_true(v);
        if (abstract < 0 || dict_set_cstr(t->dict, "__abstractmethods__", v) < 0) return -1;
    } else {
        Value key = str_intern_cstr("__abstractmethods__");
        if (!key) return -1;
        if (dict_del(t->dict, key) < 0) {
            err_clear();
            err_format(&exc_AttributeError, "__abstractmethods__");
            return -1;
        }
    }
    type_modified(t);
    if (abstract)
        t->flags |= TPFLAG_ABSTRACT;
    else
        t->flags &= ~(uint32_t)TPFLAG_ABSTRACT;
    return 0;
}

static Value type_get_annotations(Value self, void *c) {
    Type *t = (Type *)self;
    if (!type_has_flag(t, TPFLAG_HEAPTYPE)) {
        return err_format(&exc_AttributeError,
                          "type object '%s' has no attribute '__annotations__'", t->name);
    }
    Value ann = dict_get_str(t->dict, NAME(__annotations__));
    if (ann) {
        descrgetfunc get = type_of(ann)->descr_get;
        return get ? get(ann, NULL, self) : incref(ann);
    }
    ann = dict_new();
    if (ann && dict_set(t->dict, NAME(__annotations__), ann) < 0) CLEAR(ann);
    type_modified(t);
    return ann;
}

static int type_set_annotations(Value self, Value v, void *c) {
    Type *t = (Type *)self;
    if (!type_has_flag(t, TPFLAG_HEAPTYPE)) {
        err_format(&exc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                   t->name);
        return -1;
    }
    type_modified(t);
    if (v) return dict_set(t->dict, NAME(__annotations__), v);
    if (dict_del(t->dict, NAME(__annotations__)) == 0) return 0;
    err_clear();
    err_format(&exc_AttributeError, "__annotations__");
    return -1;
}

static Value type_get_bases(Value self, void *c) { return incref(((Type *)self)->bases); }

/* __flags__ with CPython's bit values for the flags pvm has. */
static Value type_get_flags(Value self, void *c) {
    static const struct {
        uint32_t ours;
        unsigned long long cpython;
    } bits[] = {
        {TPFLAG_HEAPTYPE, 1u << 9},
        {TPFLAG_BASETYPE, 1u << 10},
        {TPFLAG_READY, 1u << 12},
        {TPFLAG_GC, 1u << 14},
        {TPFLAG_METHOD_DESCRIPTOR, 1u << 17},
        {TPFLAG_ABSTRACT, 1u << 20},
        {TPFLAG_INT_SUBCLASS, 1u << 24},
        {TPFLAG_LIST_SUBCLASS, 1u << 25},
        {TPFLAG_TUPLE_SUBCLASS, 1u << 26},
        {TPFLAG_BYTES_SUBCLASS, 1u << 27},
        {TPFLAG_STR_SUBCLASS, 1u << 28},
        {TPFLAG_DICT_SUBCLASS, 1u << 29},
        {TPFLAG_EXC_SUBCLASS, 1u << 30},
        {TPFLAG_TYPE_SUBCLASS, 1u << 31},
    };
    Type *t = (Type *)self;
    unsigned long long flags = type_has_flag(t, TPFLAG_HEAPTYPE) ? 0 : 1u << 8; /* immutable */
    for (size_t i = 0; i < sizeof bits / sizeof bits[0]; i++)
        if (type_has_flag(t, bits[i].ours)) flags |= bits[i].cpython;
    return int_from_ulong(flags);
}

static Value type_get_basicsize(Value self, void *c) {
    return int_from_ulong(((Type *)self)->basicsize);
}
static Value type_get_itemsize(Value self, void *c) {
    return int_from_ulong(((Type *)self)->itemsize);
}
static Value type_get_dictoffset(Value self, void *c) {
    size_t off = ((Type *)self)->dictoffset;
    return int_from_long(off == DICTOFFSET_TAIL ? -1 : (long long)off);
}
static Value type_get_weakrefoffset(Value self, void *c) {
    return int_from_ulong(((Type *)self)->weaklistoffset);
}
static Value type_get_text_signature(Value self, void *c) { return new_none(); }

/* The layout numbers are read-only members in CPython (their message differs from a
 * getset's). */
static int type_set_readonly(Value self, Value v, void *c) {
    err_set_str(&exc_AttributeError, "readonly attribute");
    return -1;
}

static GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {"__flags__", type_get_flags, type_set_readonly, NULL, NULL},
    {"__basicsize__", type_get_basicsize, type_set_readonly, NULL, NULL},
    {"__itemsize__", type_get_itemsize, type_set_readonly, NULL, NULL},
    {"__dictoffset__", type_get_dictoffset, type_set_readonly, NULL, NULL},
    {"__weakrefoffset__", type_get_weakrefoffset, type_set_readonly, NULL, NULL},
    {"__text_signature__", type_get_text_signature, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MemberDef type_members[] = {
    {"__mro__", MEMBER_OBJECT, offsetof(Type, mro), true, NULL},
    {"__base__", MEMBER_OBJECT, offsetof(Type, base), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static Value type_mro_method(Value self, Value const *args, size_t nargs, Value kw) {
    if (nargs)
        return err_format(&exc_TypeError, "type.mro() takes no arguments (%zu given)", nargs);
    Value mro = type_mro_c3((Type *)self);
    if (!mro) return NULL;
    Value list = list_from_iterable(mro);
    decref(mro);
    return list;
}

static Value type_subclasses_method(Value self, Value const *args, size_t nargs, Value kw) {
    Type *t = (Type *)self;
    Value result = list_new(0);
    if (!result || !t->subclasses) return result;
    for (intptr_t i = 0; i < list_size(t->subclasses); i++) {
        Value sub = (Value)small_int_value(list_get(t->subclasses, i));
        if (list_append(result, sub) < 0) {
            decref(result);
            return NULL;
        }
    }
    return result;
}

/* isinstance()/issubclass() without the __instancecheck__ hooks. */
static int recursive_isinstance(Value inst, Value cls) {
    if (is_instance_of(inst, (Type *)cls)) return 1;
    Value c = object_getattr(inst, NAME(__class__));
    if (!c) {
        if (!err_matches(&exc_AttributeError)) return -1;
        err_clear();
        return 0;
    }
    int r = c != (Value)type_of(inst) && is_instance_of(c, &type_type) &&
            type_is_subtype((Type *)c, (Type *)cls);
    decref(c);
    return r;
}

static Value type_instancecheck(Value self, Value const *args, size_t nargs, Value kw) {
    if (nargs != 1)
        return err_format(&exc_TypeError,
                          "__instancecheck__() takes exactly one argument (%zu given)", nargs);
    int r = recursive_isinstance(args[0], self);
    return r < 0 ? NULL : bool_value(r);
}

static Value type_subclasscheck(Value self, Value const *args, size_t nargs, Value kw) {
    if (nargs != 1)
        return err_format(&exc_TypeError,
                          "__subclasscheck__() takes exactly one argument (%zu given)", nargs);
    if (!is_instance_of(args[0], &type_type))
        return err_format(&exc_TypeError, "issubclass() arg 1 must be a class");
    return bool_value(type_is_subtype((Type *)args[0], (Type *)self));
}

static Value type_prepare(Value self, Value const *args, size_t nargs, Value kw) {
    return dict_new();
}

Value type_attribute_names(Type *t) {
    Value names = dict_new();
    if (!names) return NULL;
    for (intptr_t i = tuple_size(t->mro); i-- > 0;) {
        if (dict_update(names, ((Type *)tuple_get(t->mro, i))->dict) < 0) {
            decref(names);
            return NULL;
        }
    }
    return names;
}

static Value type_dir(Value self, Value const *args, size_t nargs, Value kw) {
    Value names = type_attribute_names((Type *)self);
    if (!names) return NULL;
    Value keys = dict_keys_list(names);
    decref(names);
    return keys;
}

static MethodDef type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses_method, 0, "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, 0, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, 0, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, METH_CLASS | METH_KEYWORDS, NULL},
    {"__dir__", type_dir, 0, "Specialized __dir__ implementation for types."},
    {NULL, NULL, 0, NULL},
};

static NumberSlots type_number = {.binary = {[BINOP_OR] = union_or}};

Type type_type = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "type",
    .basicsize = sizeof(HeapType),
    /* Classes are collectable (a class refers to itself through its MRO); static types
     * are instances too but have no GC header, which memory/gc.c knows. */
    .flags = TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_TYPE_SUBCLASS,
    .dictoffset = offsetof(Type, dict),
    .doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
    .dealloc = type_dealloc,
    .traverse = type_traverse,
    .clear = type_clear,
    .repr = type_repr,
    .getattr = type_getattro,
    .setattr = type_setattro,
    .call = type_call,
    .new_ = type_tp_new,
    .init = type_init,
    .number = &type_number,
    .methods = type_methods,
    .getsets = type_getsets,
    .members = type_members,
};

/* ---- isinstance / issubclass ---- */

static int check_with_hook(Value obj, Value cls, Value hook_name, int (*direct)(Value, Value),
                           const char *arg2_error) {
    if (is_tuple(cls)) {
        if (recursion_enter(" in __instancecheck__") < 0) return -1;
        int r = 0;
        for (intptr_t i = 0; i < tuple_size(cls) && r == 0; i++)
            r = check_with_hook(obj, tuple_get(cls, i), hook_name, direct, arg2_error);
        recursion_leave();
        return r;
    }
    if (!is_small_int(cls) && cls->type == &type_type) return direct(obj, cls);
    Value hook = object_lookup_special(cls, hook_name);
    if (hook) {
        if (recursion_enter(" in __instancecheck__") < 0) {
            decref(hook);
            return -1;
        }
        Value r = object_call(hook, &obj, 1, NULL);
        recursion_leave();
        decref(hook);
        if (!r) return -1;
        int truth = object_is_true(r);
        decref(r);
        return truth;
    }
    if (err_occurred()) return -1;
    if (!is_instance_of(cls, &type_type)) {
        err_set_str(&exc_TypeError, arg2_error);
        return -1;
    }
    return direct(obj, cls);
}

int object_isinstance(Value inst, Value cls) {
    if ((Value)type_of(inst) == cls) return 1;
    return check_with_hook(inst, cls, NAME(__instancecheck__), recursive_isinstance,
                           "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static int direct_issubclass(Value derived, Value cls) {
    if (!is_instance_of(derived, &type_type)) {
        err_set_str(&exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    return type_is_subtype((Type *)derived, (Type *)cls);
}

int object_issubclass(Value derived, Value cls) {
    if (!is_small_int(cls) && cls->type == &type_type && is_instance_of(derived, &type_type))
        return type_is_subtype((Type *)derived, (Type *)cls);
    return check_with_hook(derived, cls, NAME(__subclasscheck__), direct_issubclass,
                           "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}
