/* type_new.c: creating classes: type.__new__ (metaclass selection, C3 MRO, solid base,
 * __slots__ and the instance layout with __dict__ / __weakref__ slots, __classcell__,
 * __set_name__, __init_subclass__) and the deallocation / GC hooks of class instances. */
#include <string.h>

#include "../memory/alloc.h"
#include "../parse/identifier.h"
#include "../vm/call.h"
#include "../vm/errors.h"
#include "../vm/eval.h"
#include "bytes.h"
#include "descr.h"
#include "dict.h"
#include "exceptions.h"
#include "function.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../modules/weakref.h"
#include "../memory/gc.h"
#include "type_slots.h"

enum { SUBCLASS_FLAGS = 0xff00u };

static size_t round_up8(size_t n) { return (n + 7) & ~(size_t)7; }

/* ---- instance layout of classes ---- */

/* The nearest non-class (built-in) type in t's base chain: it owns the memory layout. */
static Type *static_base(Type *t) {
    while (type_has_flag(t, TPFLAG_HEAPTYPE)) t = t->base;
    return t;
}

/* Items of a variable-size instance, for the types whose instances may carry a __dict__
 * after their items. */
static size_t var_item_count(Value v) {
    if (is_tuple(v)) return (size_t)tuple_size(v);
    if (is_bytes(v)) return (size_t)bytes_size(v) + 1;
    if (is_str(v)) return (size_t)(str_length(v) + 1) * ((Str *)v)->kind;
    return 0;
}

static bool var_size_dict_supported(Type *base) {
    return type_has_flag(base, TPFLAG_TUPLE_SUBCLASS | TPFLAG_BYTES_SUBCLASS | TPFLAG_STR_SUBCLASS);
}

Value *object_dict_slot(Value v) {
    if (is_small_int(v)) return NULL;
    size_t offset = v->type->dictoffset;
    if (offset == 0) return NULL;
    if (offset == DICTOFFSET_TAIL) {
        Type *sb = static_base(v->type);
        offset = round_up8(sb->basicsize + var_item_count(v) * sb->itemsize);
    }
    return (Value *)((char *)v + offset);
}

/* The instance __dict__ is the class's own when the built-in base has none. */
static Value *owned_dict_slot(Value self) {
    return static_base(self->type)->dictoffset ? NULL : object_dict_slot(self);
}

static void clear_class_fields(Value self) {
    for (Type *k = self->type; type_has_flag(k, TPFLAG_HEAPTYPE); k = k->base) {
        for (MemberDef *m = ((HeapType *)k)->slot_members; m && m->name; m++)
            CLEAR(*(Value *)((char *)self + m->offset));
    }
    Value *dict = owned_dict_slot(self);
    if (dict) CLEAR(*dict);
}

/* PEP 442: __del__ runs once per object, whether the collector or the last decref gets
 * there first. */
static void subtype_dealloc(Value self) {
    Type *t = self->type;
    if (t->finalize && !gc_is_finalized(self)) {
        gc_set_finalized(self);
        self->refcount = 1; /* alive while __del__ runs */
        t->finalize(self);
        if (--self->refcount > 0) return; /* resurrected */
    }
    gc_untrack(self);
    if (weakref_has_refs(self)) weakref_clear_all(self);
    clear_class_fields(self);
    static_base(t)->dealloc(self);
    decref((Value)t);
}

static int subtype_traverse(Value self, visitproc visit, void *arg) {
    int r = visit((Value)self->type, arg);
    for (Type *k = self->type; !r && type_has_flag(k, TPFLAG_HEAPTYPE); k = k->base) {
        for (MemberDef *m = ((HeapType *)k)->slot_members; !r && m && m->name; m++) {
            Value v = *(Value *)((char *)self + m->offset);
            if (v) r = visit(v, arg);
        }
    }
    Value *dict = owned_dict_slot(self);
    if (!r && dict && *dict) r = visit(*dict, arg);
    traverseproc base_traverse = static_base(self->type)->traverse;
    return r ? r : base_traverse ? base_traverse(self, visit, arg) : 0;
}

static int subtype_clear(Value self) {
    clear_class_fields(self);
    clearfunc base_clear = static_base(self->type)->clear;
    return base_clear ? base_clear(self) : 0;
}

/* ---- the __dict__ and __weakref__ attributes of instances ---- */

static Value subtype_get_dict(Value self, void *c) {
    Value *slot = object_dict_slot(self);
    if (!slot) return err_format(&exc_AttributeError, "This object has no __dict__");
    if (!*slot && !(*slot = dict_new())) return NULL;
    return incref(*slot);
}

static int subtype_set_dict(Value self, Value v, void *c) {
    Value *slot = object_dict_slot(self);
    if (!slot) {
        err_set_str(&exc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (v && !is_dict(v)) {
        err_format(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    setref(slot, xincref(v));
    return 0;
}

static Value subtype_get_weakref(Value self, void *c) {
    size_t offset = self->type->weaklistoffset;
    Value v = offset ? *(Value *)((char *)self + offset) : NULL;
    return v ? incref(v) : new_none();
}

static GetSetDef subtype_dict_getset[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
static GetSetDef subtype_weakref_getset[] = {
    {"__weakref__", subtype_get_weakref, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- metaclass, bases, MRO ---- */

Type *type_calculate_metaclass(Type *meta, Value bases) {
    Type *winner = meta;
    for (intptr_t i = 0; i < tuple_size(bases); i++) {
        Type *bt = type_of(tuple_get(bases, i));
        if (type_is_subtype(winner, bt)) continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        err_set_str(&exc_TypeError,
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* The type whose layout t's instances extend: t itself if it adds fields to its base's. */
Type *type_solid_base(Type *t) {
    Type *base = t->base ? type_solid_base(t->base) : &type_object;
    bool adds;
    if (type_has_flag(t, TPFLAG_HEAPTYPE)) {
        MemberDef *m = ((HeapType *)t)->slot_members;
        adds = m && m->name;
    } else {
        adds = t->basicsize != base->basicsize || t->itemsize != base->itemsize;
    }
    return adds ? t : base;
}

Type *type_best_base(Value bases) {
    Type *winner = NULL, *best = NULL;
    for (intptr_t i = 0; i < tuple_size(bases); i++) {
        Value b = tuple_get(bases, i);
        if (!is_instance_of(b, &type_type)) {
            err_set_str(&exc_TypeError, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)b;
        if (!type_has_flag(bt, TPFLAG_BASETYPE)) {
            err_format(&exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        Type *candidate = type_solid_base(bt);
        if (winner && type_is_subtype(winner, candidate)) continue; /* ties keep the first */
        if (!winner || type_is_subtype(candidate, winner)) {
            winner = candidate;
            best = bt;
        } else {
            err_set_str(&exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

/* "Cannot create a consistent method resolution order (MRO) for bases A, B": the classes
 * at the heads of the sequences that could not be merged. */
static void mro_error(Value *seqs, intptr_t nseqs, const intptr_t *cursor) {
    Value seen = dict_new();
    if (!seen) return;
    for (intptr_t i = 0; i < nseqs; i++) {
        if (cursor[i] < tuple_size(seqs[i]) &&
            dict_set(seen, tuple_get(seqs[i], cursor[i]), NONE) < 0) {
            decref(seen);
            return;
        }
    }
    Value names = list_new(0);
    intptr_t pos = 0;
    Value k, v;
    while (names && dict_next(seen, &pos, &k, &v)) {
        if (list_append(names, ((Type *)k)->name_obj) < 0) CLEAR(names);
    }
    decref(seen);
    if (!names) return;
    Value sep = str_from_cstr(", ");
    Value joined = sep ? str_join(sep, names) : NULL;
    if (joined) {
        err_format(&exc_TypeError,
                   "Cannot create a consistent method resolution\norder (MRO) for bases %U",
                   joined);
    }
    xdecref(sep);
    xdecref(joined);
    decref(names);
}

static bool in_tail(Value cand, Value *seqs, intptr_t nseqs, const intptr_t *cursor) {
    for (intptr_t j = 0; j < nseqs; j++) {
        for (intptr_t k = cursor[j] + 1; k < tuple_size(seqs[j]); k++)
            if (tuple_get(seqs[j], k) == cand) return true;
    }
    return false;
}

/* C3 merge of the bases' MROs and the bases list. */
static Value mro_merge(Type *t, Value bases) {
    intptr_t n = tuple_size(bases), nseqs = n + 1;
    Value *seqs = mem_alloc((size_t)nseqs * sizeof(Value));
    intptr_t *cursor = mem_calloc((size_t)nseqs, sizeof(intptr_t));
    Value result = list_new(0);
    if (!seqs || !cursor || !result || list_append(result, (Value)t) < 0) {
        if (!err_occurred()) err_no_memory();
        goto fail;
    }
    for (intptr_t i = 0; i < n; i++) seqs[i] = ((Type *)tuple_get(bases, i))->mro;
    seqs[n] = bases;
    for (;;) {
        Value found = NULL;
        bool empty = true;
        for (intptr_t i = 0; i < nseqs && !found; i++) {
            if (cursor[i] >= tuple_size(seqs[i])) continue;
            empty = false;
            Value cand = tuple_get(seqs[i], cursor[i]);
            if (!in_tail(cand, seqs, nseqs, cursor)) found = cand;
        }
        if (empty) break;
        if (!found) {
            mro_error(seqs, nseqs, cursor);
            goto fail;
        }
        if (list_append(result, found) < 0) goto fail;
        for (intptr_t i = 0; i < nseqs; i++) {
            if (cursor[i] < tuple_size(seqs[i]) && tuple_get(seqs[i], cursor[i]) == found)
                cursor[i]++;
        }
    }
    mem_free(seqs);
    mem_free(cursor);
    Value tuple = list_as_tuple(result);
    decref(result);
    return tuple;
fail:
    mem_free(seqs);
    mem_free(cursor);
    xdecref(result);
    return NULL;
}

Value type_mro_c3(Type *t) {
    Value bases = t->bases;
    intptr_t n = tuple_size(bases);
    if (n == 0) return tuple_pack(1, (Value)t);
    for (intptr_t i = 0; i < n; i++) {
        Type *b = (Type *)tuple_get(bases, i);
        if (!b->mro) return err_format(&exc_TypeError, "base '%s' is not ready", b->name);
        for (intptr_t j = i + 1; j < n; j++) {
            if (tuple_get(bases, j) == (Value)b)
                return err_format(&exc_TypeError, "duplicate base class %U", b->name_obj);
        }
    }
    if (n > 1) return mro_merge(t, bases);
    Value base_mro = ((Type *)tuple_get(bases, 0))->mro;
    intptr_t m = tuple_size(base_mro);
    Value mro = tuple_new(m + 1);
    if (!mro) return NULL;
    tuple_items(mro)[0] = incref((Value)t);
    for (intptr_t i = 0; i < m; i++) tuple_items(mro)[i + 1] = incref(tuple_get(base_mro, i));
    return mro;
}

/* A metaclass overriding mro(): its result, checked to hold classes only. */
static Value mro_custom(Type *t) {
    Value list = object_call_method((Value)t, NAME(mro), NULL, 0);
    if (!list) return NULL;
    Value mro = sequence_to_tuple(list);
    decref(list);
    if (!mro) return NULL;
    for (intptr_t i = 0; i < tuple_size(mro); i++) {
        if (!is_instance_of(tuple_get(mro, i), &type_type)) {
            err_format(&exc_TypeError, "mro() returned a non-class ('%T')", tuple_get(mro, i));
            decref(mro);
            return NULL;
        }
    }
    return mro;
}

Value type_compute_mro(Type *t) {
    Type *meta = type_of((Value)t);
    if (meta != &type_type &&
        type_lookup(meta, NAME(mro)) != dict_get_str(type_type.dict, NAME(mro)))
        return mro_custom(t);
    return type_mro_c3(t);
}

/* ---- __slots__ ---- */

static bool is_identifier(Value s) {
    intptr_t n = str_length(s);
    if (n == 0) return false;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char(s, i);
        bool ok = c < 128  ? (c == '_' || (c | 32) - 'a' < 26u || (i > 0 && c - '0' < 10u))
                  : i == 0 ? identifier_is_xid_start(c)
                           : identifier_is_xid_continue(c);
        if (!ok) return false;
    }
    return true;
}

/* Private name mangling as the compiler does: __x in class _C becomes _C__x. */
static Value mangle(Value class_name, Value name) {
    intptr_t n = str_length(name);
    if (n < 3 || str_char(name, 0) != '_' || str_char(name, 1) != '_' ||
        (str_char(name, n - 1) == '_' && str_char(name, n - 2) == '_'))
        return incref(name);
    intptr_t skip = 0, cn = str_length(class_name);
    while (skip < cn && str_char(class_name, skip) == '_') skip++;
    if (skip == cn) return incref(name);
    Value stripped = str_substring(class_name, skip, cn);
    if (!stripped) return NULL;
    Value r = str_from_format("_%U%U", stripped, name);
    decref(stripped);
    return r;
}

/* int, bytes and tuple instances are variable-size in CPython: their subclasses get no
 * __weakref__ and no __slots__ at all (pvm's str is variable-size, CPython's is not). */
static bool cpython_var_size(Type *base) {
    return type_has_flag(base, TPFLAG_INT_SUBCLASS) ||
           (base->itemsize && !type_has_flag(base, TPFLAG_STR_SUBCLASS));
}

typedef struct Layout {
    Value slot_names; /* sorted list of (mangled, interned) slot names, or NULL */
    bool add_dict, add_weak;
} Layout;

static int slot_name_check(Value name, Layout *lay, Type *base, bool *special) {
    if (!is_str(name)) {
        err_format(&exc_TypeError, "__slots__ items must be strings, not '%T'", name);
        return -1;
    }
    if (!is_identifier(name)) {
        err_set_str(&exc_TypeError, "__slots__ must be identifiers");
        return -1;
    }
    *special = true;
    if (str_equal(name, NAME(__dict__))) {
        if (base->dictoffset || lay->add_dict ||
            (base->itemsize && !var_size_dict_supported(base))) {
            err_set_str(&exc_TypeError, "__dict__ slot disallowed: we already got one");
            return -1;
        }
        lay->add_dict = true;
        return 0;
    }
    if (str_equal(name, NAME(__weakref__))) {
        if (base->weaklistoffset || base->itemsize || lay->add_weak) {
            err_set_str(&exc_TypeError, "__weakref__ slot disallowed: we already got one");
            return -1;
        }
        lay->add_weak = true;
        return 0;
    }
    *special = false;
    return 0;
}

static int compute_slots(Value slots, Value class_name, Type *base, Value dict, Layout *lay) {
    Value items = is_str(slots) ? tuple_pack(1, slots) : sequence_to_tuple(slots);
    if (!items) return -1;
    if (tuple_size(items) && cpython_var_size(base)) {
        err_format(&exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                   base->name);
        goto fail;
    }
    lay->slot_names = list_new(0);
    if (!lay->slot_names) goto fail;
    for (intptr_t i = 0; i < tuple_size(items); i++) {
        Value name = tuple_get(items, i);
        bool special;
        if (slot_name_check(name, lay, base, &special) < 0) goto fail;
        if (special) continue;
        Value mangled = mangle(class_name, name);
        if (mangled) mangled = str_intern(mangled);
        if (!mangled) goto fail;
        if (dict_get(dict, mangled)) {
            err_format(&exc_ValueError, "%R in __slots__ conflicts with class variable", name);
            decref(mangled);
            goto fail;
        }
        int r = list_append(lay->slot_names, mangled);
        decref(mangled);
        if (r < 0) goto fail;
    }
    decref(items);
    if (list_size(lay->slot_names) && base->itemsize) {
        err_format(&exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                   base->name);
        return -1;
    }
    return list_sort(lay->slot_names);
fail:
    decref(items);
    return -1;
}

static int compute_layout(HeapType *ht, Type *base, Value dict, Layout *lay) {
    Value slots = dict_get_str(dict, NAME(__slots__));
    if (!slots) {
        lay->add_dict = !base->dictoffset && (!base->itemsize || var_size_dict_supported(base));
        lay->add_weak = !base->weaklistoffset && !base->itemsize && !cpython_var_size(base);
        return 0;
    }
    return compute_slots(slots, ht->type.name_obj, base, dict, lay);
}

/* Places slots, __dict__ and __weakref__ after the base's fields and adds their
 * descriptors to the class dict. */
static int apply_layout(HeapType *ht, Type *base, Layout *lay) {
    Type *t = &ht->type;
    size_t size = round_up8(base->basicsize);
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    intptr_t nslots = lay->slot_names ? list_size(lay->slot_names) : 0;
    if (nslots) {
        ht->slots = list_as_tuple(lay->slot_names);
        ht->slot_members = mem_calloc((size_t)nslots + 1, sizeof(MemberDef));
        if (!ht->slots || !ht->slot_members) {
            if (!err_occurred()) err_no_memory();
            return -1;
        }
        for (intptr_t i = 0; i < nslots; i++) {
            const char *name = str_utf8(tuple_get(ht->slots, i));
            if (!name) return -1;
            ht->slot_members[i] = (MemberDef){name, MEMBER_OBJECT_EX, size, false, NULL};
            size += sizeof(Value);
            Value d = descr_new_member(t, &ht->slot_members[i]);
            if (!d || dict_set(t->dict, tuple_get(ht->slots, i), d) < 0) {
                xdecref(d);
                return -1;
            }
            decref(d);
        }
    }
    if (lay->add_dict) { /* after the items for variable-size instances (rounding slack) */
        t->dictoffset = base->itemsize ? DICTOFFSET_TAIL : size;
        size += base->itemsize ? 2 * sizeof(Value) : sizeof(Value);
    }
    if (lay->add_weak) {
        t->weaklistoffset = size;
        size += sizeof(Value);
    }
    t->basicsize = size;
    GetSetDef *getsets[] = {lay->add_dict ? subtype_dict_getset : NULL,
                            lay->add_weak ? subtype_weakref_getset : NULL};
    for (size_t i = 0; i < 2; i++) {
        if (!getsets[i] || dict_get_cstr(t->dict, getsets[i]->name)) continue;
        Value d = descr_new_getset(t, getsets[i]);
        if (!d || dict_set_cstr(t->dict, getsets[i]->name, d) < 0) {
            xdecref(d);
            return -1;
        }
        decref(d);
    }
    return 0;
}

/* ---- the class namespace ---- */

/* __new__ becomes a staticmethod, __init_subclass__ and __class_getitem__ classmethods. */
static int wrap_special_function(Value dict, Value name, Value (*wrap)(Value)) {
    Value f = dict_get_str(dict, name);
    if (!f || !is_function(f)) return 0;
    Value w = wrap(f);
    if (!w) return -1;
    int r = dict_set(dict, name, w);
    decref(w);
    return r;
}

static int prepare_namespace(Type *t, Value dict) {
    Value qualname = dict_get_str(dict, NAME(__qualname__));
    if (qualname) {
        if (!is_str(qualname)) {
            err_format(&exc_TypeError, "type __qualname__ must be a str, not %T", qualname);
            return -1;
        }
        t->qualname = incref(qualname);
        if (dict_del(dict, NAME(__qualname__)) < 0) return -1;
    } else {
        t->qualname = incref(t->name_obj);
    }
    if (!dict_get_str(dict, NAME(__module__))) {
        Value globals = eval_get_globals();
        Value modname = globals ? dict_get_str(globals, NAME(__name__)) : NULL;
        if (modname && dict_set(dict, NAME(__module__), modname) < 0) return -1;
    }
    if (dict_get_str(dict, NAME(__eq__)) && !dict_get_str(dict, NAME(__hash__)) &&
        dict_set(dict, NAME(__hash__), NONE) < 0)
        return -1;
    if (wrap_special_function(dict, NAME(__new__), staticmethod_new) < 0 ||
        wrap_special_function(dict, NAME(__init_subclass__), classmethod_new) < 0 ||
        wrap_special_function(dict, NAME(__class_getitem__), classmethod_new) < 0)
        return -1;
    return 0;
}

static int set_names(Type *t) {
    Value snapshot = dict_copy(t->dict);
    if (!snapshot) return -1;
    intptr_t pos = 0;
    Value key, value;
    int r = 0;
    while (r == 0 && dict_next(snapshot, &pos, &key, &value)) {
        Value hook = object_lookup_special(value, NAME(__set_name__));
        if (!hook) {
            if (err_occurred()) r = -1;
            continue;
        }
        Value args[2] = {(Value)t, key};
        Value res = object_call(hook, args, 2, NULL);
        decref(hook);
        if (res) {
            decref(res);
            continue;
        }
        r = -1;
        Value cause = err_fetch();
        err_format(&exc_RuntimeError, "Error calling __set_name__ on '%T' instance %R in '%U'",
                   value, key, t->name_obj);
        Value exc = err_occurred();
        if (exc) {
            exception_set_context(exc, incref(cause));
            exception_set_cause(exc, cause);
        } else {
            decref(cause);
        }
    }
    decref(snapshot);
    return r;
}

static int init_subclass(Type *t, Value kwargs) {
    Value func = super_lookup(t, (Value)t, NAME(__init_subclass__));
    if (!func) return -1;
    Value empty = tuple_empty();
    Value r = call_with_tuple_dict(func, empty, kwargs);
    decref(empty);
    decref(func);
    if (!r) return -1;
    decref(r);
    return 0;
}

static int set_class_cell(Type *t) {
    Value cell = dict_get_str(t->dict, NAME(__classcell__));
    if (!cell) return 0;
    if (is_small_int(cell) || cell->type != &type_cell) {
        err_format(&exc_TypeError, "__classcell__ must be a nonlocal cell, not %R",
                   (Value)type_of(cell));
        return -1;
    }
    setref(&((Cell *)cell)->contents, incref((Value)t));
    return dict_del(t->dict, NAME(__classcell__));
}

/* ---- type.__new__ ---- */

static int init_heap_type(HeapType *ht, Value name, Value bases, Type *base, Value ns) {
    Type *t = &ht->type;
    intptr_t len;
    const char *utf8 = str_utf8_len(name, &len);
    if (!utf8) return -1;
    if (strlen(utf8) != (size_t)len) {
        err_set_str(&exc_ValueError, "type name must not contain null characters");
        return -1;
    }
    if (!(ht->name_buf = mem_strndup(utf8, (size_t)len))) {
        err_no_memory();
        return -1;
    }
    t->name = ht->name_buf;
    t->name_obj = str_intern(incref(name));
    t->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | TPFLAG_GC | TPFLAG_READY |
               (base->flags & SUBCLASS_FLAGS);
    t->base = (Type *)incref((Value)base);
    t->bases = incref(bases);
    t->number = &ht->number;
    t->dealloc = subtype_dealloc;
    t->traverse = subtype_traverse;
    t->clear = subtype_clear;
    if (!t->name_obj || !(t->dict = dict_copy(ns)) || prepare_namespace(t, t->dict) < 0) return -1;
    Layout lay = {NULL, false, false};
    int r = compute_layout(ht, base, t->dict, &lay);
    if (r == 0) r = apply_layout(ht, base, &lay);
    xdecref(lay.slot_names);
    if (r == 0 && !dict_get_str(t->dict, NAME(__doc__))) r = dict_set(t->dict, NAME(__doc__), NONE);
    if (r < 0 || !(t->mro = type_compute_mro(t))) return -1;
    for (intptr_t i = 0; i < tuple_size(bases); i++)
        type_add_subclass((Type *)tuple_get(bases, i), t);
    type_modified(t);
    slots_update_all(t);
    return 0;
}

Value type_new_class(Type *metatype, Value name, Value bases, Value ns, Value kwargs) {
    Value object_bases = NULL;
    if (tuple_size(bases) == 0) {
        bases = object_bases = tuple_pack(1, (Value)&type_object);
        if (!bases) return NULL;
    }
    Type *base = type_best_base(bases);
    HeapType *ht = base ? (HeapType *)object_new(metatype, 0) : NULL;
    if (!ht) {
        xdecref(object_bases);
        return NULL;
    }
    Type *t = &ht->type;
    int r = init_heap_type(ht, name, bases, base, ns);
    xdecref(object_bases);
    if (r < 0) {
        decref((Value)t);
        return NULL;
    }
    if (type_has_flag(metatype, TPFLAG_GC)) gc_track((Value)t);
    if (set_class_cell(t) < 0 || set_names(t) < 0 || init_subclass(t, kwargs) < 0) {
        decref((Value)t);
        return NULL;
    }
    return (Value)t;
}

static Value kwargs_dict(Value const *args, size_t nargs, Value kwnames) {
    Value kwargs = dict_new();
    if (!kwargs || !kwnames) return kwargs;
    for (intptr_t i = 0; i < tuple_size(kwnames); i++) {
        if (dict_set(kwargs, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) {
            decref(kwargs);
            return NULL;
        }
    }
    return kwargs;
}

Value type_tp_new(Type *metatype, Value const *args, size_t nargs, Value kwnames) {
    bool no_kw = !kwnames || tuple_size(kwnames) == 0;
    if (metatype == &type_type && nargs == 1 && no_kw) return incref((Value)type_of(args[0]));
    if (nargs != 3) {
        if (metatype == &type_type)
            return err_format(&exc_TypeError, "type() takes 1 or 3 arguments");
        return err_format(&exc_TypeError, "type.__new__() takes exactly 3 arguments (%zu given)",
                          nargs);
    }
    Value name = args[0], bases = args[1], ns = args[2];
    if (!is_str(name))
        return err_format(&exc_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!is_tuple(bases))
        return err_format(&exc_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!is_dict(ns))
        return err_format(&exc_TypeError, "type.__new__() argument 3 must be dict, not %T", ns);
    Type *winner = type_calculate_metaclass(metatype, bases);
    if (!winner) return NULL;
    if (winner != metatype && winner->new_ != type_tp_new)
        return winner->new_(winner, args, nargs, kwnames);
    Value kwargs = kwargs_dict(args, nargs, kwnames);
    if (!kwargs) return NULL;
    Value t = type_new_class(winner, name, bases, ns, kwargs);
    decref(kwargs);
    return t;
}
