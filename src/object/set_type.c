/* set_type.c: the Python-level set and frozenset types (construction, repr, comparisons,
 * the frozenset hash of CPython, operators and methods) and set_iterator. */
#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "dict_internal.h"
#include "generic_alias.h"
#include "iter.h"
#include "list.h"
#include "method_args.h"
#include "repr_guard.h"
#include "seq_common.h"
#include "set_internal.h"
#include "str.h"
#include "tuple.h"

static inline bool is_mutable_set(Value v) {
    return !is_small_int(v) && (v->type == &type_set || type_is_subtype(v->type, &type_set));
}

/* ---- lifetime ---- */

static void set_dealloc(Value self) {
    Set *s = (Set *)self;
    gc_untrack(self);
    for (intptr_t i = 0; i <= s->mask; i++)
        if (set_is_live_key(s->table[i].key)) decref(s->table[i].key);
    if (s->table != s->smalltable) mem_free(s->table);
    object_free(self);
}

static int set_traverse(Value self, visitproc visit, void *arg) {
    intptr_t pos = 0;
    Value key;
    while (set_next(self, &pos, &key, NULL)) {
        int status = visit_value(key, visit, arg);
        if (status) return status;
    }
    return 0;
}

static int set_clear_slot(Value self) {
    set_clear(self);
    return 0;
}

static Value set_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (type == &type_set && args_no_keywords("set", kwnames) < 0) return NULL;
    return set_new_from(type, NULL);
}

static int set_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("set", kwnames) < 0 || args_count("set", nargs, 0, 1) < 0) return -1;
    set_clear(self);
    ((Set *)self)->hash = -1;
    return nargs ? set_update(self, args[0]) : 0;
}

static Value frozenset_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if ((type == &type_frozenset && args_no_keywords("frozenset", kwnames) < 0) ||
        args_count("frozenset", nargs, 0, 1) < 0)
        return NULL;
    if (type == &type_frozenset && nargs == 1 && is_frozenset_exact(args[0]))
        return incref(args[0]);
    return set_new_from(type, nargs ? args[0] : NULL);
}

/* ---- slots ---- */

static Value set_repr(Value self) {
    const char *name = self->type->name;
    if (set_size(self) == 0) return str_from_format("%s()", name);
    int entered = repr_enter(self);
    if (entered != 0) return entered < 0 ? NULL : str_from_format("%s(...)", name);
    Value keys = list_from_iterable(self);
    Value inner = keys ? seq_repr(keys, "{", "}") : NULL;
    Value result = inner == NULL || is_set_exact(self) ? xincref(inner)
                                                       : str_from_format("%s(%U)", name, inner);
    xdecref(keys);
    xdecref(inner);
    repr_leave(self);
    return result;
}

static Value set_richcompare(Value a, Value b, int op) {
    if (!is_any_set(b)) return NOT_IMPLEMENTED;
    Set *x = (Set *)a, *y = (Set *)b;
    int result;
    switch (op) {
        case CMP_EQ:
        case CMP_NE:
            if (x->used != y->used || (x->hash != -1 && y->hash != -1 && x->hash != y->hash))
                result = 0;
            else
                result = set_issubset(a, b);
            if (result >= 0 && op == CMP_NE) result = !result;
            break;
        case CMP_LE: result = set_issubset(a, b); break;
        case CMP_GE: result = set_issuperset(a, b); break;
        case CMP_LT: result = x->used < y->used ? set_issubset(a, b) : 0; break;
        default: result = x->used > y->used ? set_issuperset(a, b) : 0; break;
    }
    return result < 0 ? NULL : bool_value(result);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

/* CPython's frozenset hash: an order-independent xor of shuffled entry hashes. */
static hash_t frozenset_hash(Value self) {
    Set *s = (Set *)self;
    if (s->hash != -1) return s->hash;
    uint64_t hash = 0;
    for (intptr_t i = 0; i <= s->mask; i++) hash ^= shuffle_bits((uint64_t)s->table[i].hash);
    /* undo the never-used (hash 0) and deleted (hash -1) entries */
    if ((s->mask + 1 - s->fill) & 1) hash ^= shuffle_bits(0);
    if ((s->fill - s->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    s->hash = (hash_t)hash;
    return s->hash;
}

static intptr_t set_len(Value self) { return set_size(self); }

/* Membership where an unhashable set key is looked up as the equal frozenset. The
 * operation op is contains or discard. */
static int with_frozen_key(Value self, Value key, int (*op)(Value, Value)) {
    int result = op(self, key);
    if (result >= 0 || !is_mutable_set(key) || !err_matches(&exc_TypeError)) return result;
    err_clear();
    Value frozen = set_new_from(&type_frozenset, key);
    if (frozen == NULL) return -1;
    result = op(self, frozen);
    decref(frozen);
    return result;
}

static int set_contains_slot(Value self, Value key) {
    return with_frozen_key(self, key, set_contains);
}

static Value set_iter(Value self);

/* ---- operators ---- */

static Value set_or(Value a, Value b) {
    if (!is_any_set(a) || !is_any_set(b)) return NOT_IMPLEMENTED;
    Value result = set_copy_as_base(a);
    if (result != NULL && a != b && set_update(result, b) < 0) CLEAR(result);
    return result;
}

static Value set_and(Value a, Value b) {
    if (!is_any_set(a) || !is_any_set(b)) return NOT_IMPLEMENTED;
    return set_intersection(a, b);
}

static Value set_sub(Value a, Value b) {
    if (!is_any_set(a) || !is_any_set(b)) return NOT_IMPLEMENTED;
    return set_difference(a, b);
}

static Value set_xor(Value a, Value b) {
    if (!is_any_set(a) || !is_any_set(b)) return NOT_IMPLEMENTED;
    return set_symmetric_difference(a, b);
}

/* a op= b for a mutable set a and any set b */
static Value inplace_result(Value a, int status) { return status < 0 ? NULL : incref(a); }

static Value set_ior(Value a, Value b) {
    if (!is_mutable_set(a) || !is_any_set(b)) return NOT_IMPLEMENTED;
    return inplace_result(a, set_update(a, b));
}

static Value set_isub(Value a, Value b) {
    if (!is_mutable_set(a) || !is_any_set(b)) return NOT_IMPLEMENTED;
    return inplace_result(a, set_difference_update(a, b));
}

static Value set_ixor(Value a, Value b) {
    if (!is_mutable_set(a) || !is_any_set(b)) return NOT_IMPLEMENTED;
    return inplace_result(a, set_symmetric_difference_update(a, b));
}

/* a = a & b, keeping a's identity */
static int intersection_update(Value a, Value b) {
    Value tmp = set_intersection(a, b);
    if (tmp == NULL) return -1;
    set_swap_bodies((Set *)a, (Set *)tmp);
    decref(tmp);
    return 0;
}

static Value set_iand(Value a, Value b) {
    if (!is_mutable_set(a) || !is_any_set(b)) return NOT_IMPLEMENTED;
    return inplace_result(a, intersection_update(a, b));
}

/* ---- methods ---- */

static Value set_add_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("set.add", nargs) < 0 || set_add(self, args[0]) < 0) return NULL;
    return NONE;
}

static Value set_clear_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("set.clear", nargs) < 0) return NULL;
    set_clear(self);
    return NONE;
}

static Value set_copy_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none(is_mutable_set(self) ? "set.copy" : "frozenset.copy", nargs) < 0) return NULL;
    if (is_frozenset_exact(self)) return incref(self);
    return set_copy_as_base(self);
}

static Value set_discard_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("set.discard", nargs) < 0) return NULL;
    if (with_frozen_key(self, args[0], set_discard) < 0) return NULL;
    return NONE;
}

static Value set_remove_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("set.remove", nargs) < 0) return NULL;
    int removed = with_frozen_key(self, args[0], set_discard);
    if (removed < 0) return NULL;
    if (removed == 0) {
        err_set(&exc_KeyError, args[0]);
        return NULL;
    }
    return NONE;
}

static Value set_pop_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("set.pop", nargs) < 0) return NULL;
    return set_pop(self);
}

static Value set_union_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value result = set_copy_as_base(self);
    for (size_t i = 0; result != NULL && i < nargs; i++)
        if (set_update(result, args[i]) < 0) CLEAR(result);
    return result;
}

static Value set_intersection_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs == 0) return set_copy_as_base(self);
    Value result = incref(self);
    for (size_t i = 0; result != NULL && i < nargs; i++) {
        Value next = set_intersection(result, args[i]);
        decref(result);
        result = next;
    }
    return result;
}

static Value set_difference_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs == 0) return set_copy_as_base(self);
    Value result = set_difference(self, args[0]);
    for (size_t i = 1; result != NULL && i < nargs; i++)
        if (set_difference_update(result, args[i]) < 0) CLEAR(result);
    return result;
}

static Value set_symmetric_difference_method(Value self, Value const *args, size_t nargs,
                                             Value kwnames) {
    const char *name =
        is_mutable_set(self) ? "set.symmetric_difference" : "frozenset.symmetric_difference";
    if (args_exactly_one(name, nargs) < 0) return NULL;
    return set_symmetric_difference(self, args[0]);
}

static Value set_update_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    for (size_t i = 0; i < nargs; i++)
        if (set_update(self, args[i]) < 0) return NULL;
    return NONE;
}

static Value set_intersection_update_method(Value self, Value const *args, size_t nargs,
                                            Value kwnames) {
    Value tmp = set_intersection_method(self, args, nargs, kwnames);
    if (tmp == NULL) return NULL;
    set_swap_bodies((Set *)self, (Set *)tmp);
    decref(tmp);
    return NONE;
}

static Value set_difference_update_method(Value self, Value const *args, size_t nargs,
                                          Value kwnames) {
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update(self, args[i]) < 0) return NULL;
    return NONE;
}

static Value set_symmetric_difference_update_method(Value self, Value const *args, size_t nargs,
                                                    Value kwnames) {
    if (args_exactly_one("set.symmetric_difference_update", nargs) < 0) return NULL;
    if (set_symmetric_difference_update(self, args[0]) < 0) return NULL;
    return NONE;
}

static Value predicate_result(int r) { return r < 0 ? NULL : bool_value(r); }

static const char *set_kind_name(Value self, const char *set_name, const char *frozen_name) {
    return is_mutable_set(self) ? set_name : frozen_name;
}

static Value set_issubset_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one(set_kind_name(self, "set.issubset", "frozenset.issubset"), nargs) < 0)
        return NULL;
    return predicate_result(set_issubset(self, args[0]));
}

static Value set_issuperset_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one(set_kind_name(self, "set.issuperset", "frozenset.issuperset"), nargs) < 0)
        return NULL;
    return predicate_result(set_issuperset(self, args[0]));
}

static Value set_isdisjoint_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one(set_kind_name(self, "set.isdisjoint", "frozenset.isdisjoint"), nargs) < 0)
        return NULL;
    return predicate_result(set_isdisjoint(self, args[0]));
}

/* (type(s), (list(s),), s.__dict__ or None): how pickle and copy rebuild a set */
static Value set_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("__reduce__", nargs) < 0) return NULL;
    Value keys = list_from_iterable(self);
    Value ctor_args = keys ? tuple_pack(1, keys) : NULL;
    xdecref(keys);
    if (ctor_args == NULL) return NULL;
    Value state = object_getattr(self, NAME(__dict__));
    if (state == NULL) {
        if (!err_matches(&exc_AttributeError)) {
            decref(ctor_args);
            return NULL;
        }
        err_clear();
        state = NONE;
    }
    Value result = tuple_pack(3, (Value)self->type, ctor_args, state);
    decref(ctor_args);
    decref(state);
    return result;
}

static MethodDef set_methods[] = {
    {"add", set_add_method, 0, NULL},
    {"clear", set_clear_method, 0, NULL},
    {"copy", set_copy_method, 0, NULL},
    {"discard", set_discard_method, 0, NULL},
    {"difference", set_difference_method, 0, NULL},
    {"difference_update", set_difference_update_method, 0, NULL},
    {"intersection", set_intersection_method, 0, NULL},
    {"intersection_update", set_intersection_update_method, 0, NULL},
    {"isdisjoint", set_isdisjoint_method, 0, NULL},
    {"issubset", set_issubset_method, 0, NULL},
    {"issuperset", set_issuperset_method, 0, NULL},
    {"pop", set_pop_method, 0, NULL},
    {"remove", set_remove_method, 0, NULL},
    {"symmetric_difference", set_symmetric_difference_method, 0, NULL},
    {"symmetric_difference_update", set_symmetric_difference_update_method, 0, NULL},
    {"union", set_union_method, 0, NULL},
    {"update", set_update_method, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {"__reduce__", set_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MethodDef frozenset_methods[] = {
    {"copy", set_copy_method, 0, NULL},
    {"difference", set_difference_method, 0, NULL},
    {"intersection", set_intersection_method, 0, NULL},
    {"isdisjoint", set_isdisjoint_method, 0, NULL},
    {"issubset", set_issubset_method, 0, NULL},
    {"issuperset", set_issuperset_method, 0, NULL},
    {"symmetric_difference", set_symmetric_difference_method, 0, NULL},
    {"union", set_union_method, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {"__reduce__", set_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots set_number = {
    .binary = {[BINOP_OR] = set_or,
               [BINOP_AND] = set_and,
               [BINOP_SUBTRACT] = set_sub,
               [BINOP_XOR] = set_xor},
    .inplace = {[BINOP_OR] = set_ior,
                [BINOP_AND] = set_iand,
                [BINOP_SUBTRACT] = set_isub,
                [BINOP_XOR] = set_ixor},
};

static NumberSlots frozenset_number = {
    .binary = {[BINOP_OR] = set_or,
               [BINOP_AND] = set_and,
               [BINOP_SUBTRACT] = set_sub,
               [BINOP_XOR] = set_xor},
};

#define SET_TYPE_COMMON                                                                            \
    .ob = {IMMORTAL_REFCOUNT, &type_type}, .basicsize = sizeof(Set),                               \
    .flags = TPFLAG_GC | TPFLAG_BASETYPE, .dealloc = set_dealloc, .traverse = set_traverse,        \
    .clear = set_clear_slot, .repr = set_repr, .richcompare = set_richcompare, .iter = set_iter,   \
    .len = set_len, .contains = set_contains_slot

Type type_set = {
    SET_TYPE_COMMON,
    .name = "set",
    .doc = "set() -> new empty set object\n"
           "set(iterable) -> new set object\n"
           "\n"
           "Build an unordered collection of unique elements.",
    .new_ = set_type_new,
    .init = set_init,
    .number = &set_number,
    .methods = set_methods,
};

Type type_frozenset = {
    SET_TYPE_COMMON,
    .name = "frozenset",
    .doc = "frozenset() -> empty frozenset object\n"
           "frozenset(iterable) -> frozenset object\n"
           "\n"
           "Build an immutable unordered collection of unique elements.",
    .hash = frozenset_hash,
    .new_ = frozenset_type_new,
    .number = &frozenset_number,
    .methods = frozenset_methods,
};

/* ---- set_iterator ---- */

typedef struct SetIter {
    Object ob;
    Value set;     /* NULL once exhausted */
    intptr_t used; /* the set's size at the start; -1 after a size change */
    intptr_t pos;
    intptr_t remaining;
} SetIter;

static Value set_iter(Value self) {
    SetIter *it = (SetIter *)object_new(&type_set_iterator, 0);
    if (it == NULL) return NULL;
    it->set = incref(self);
    it->used = it->remaining = set_size(self);
    gc_track((Value)it);
    return (Value)it;
}

static void set_iter_dealloc(Value self) {
    gc_untrack(self);
    xdecref(((SetIter *)self)->set);
    object_free(self);
}

static int set_iter_traverse(Value self, visitproc visit, void *arg) {
    Value s = ((SetIter *)self)->set;
    return s ? visit(s, arg) : 0;
}

static int set_iter_clear(Value self) {
    CLEAR(((SetIter *)self)->set);
    return 0;
}

static Value set_iter_next(Value self) {
    SetIter *it = (SetIter *)self;
    if (it->set == NULL) return NULL;
    if (it->used != set_size(it->set)) {
        it->used = -1;
        return err_format(&exc_RuntimeError, "Set changed size during iteration");
    }
    Value key;
    if (!set_next(it->set, &it->pos, &key, NULL)) {
        CLEAR(it->set);
        return NULL;
    }
    it->remaining--;
    return incref(key);
}

static Value set_iter_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    SetIter *it = (SetIter *)self;
    bool live = it->set != NULL && it->used == set_size(it->set);
    return small_int(live ? it->remaining : 0);
}

static MethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_set_iterator = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "set_iterator",
    .basicsize = sizeof(SetIter),
    .flags = TPFLAG_GC,
    .dealloc = set_iter_dealloc,
    .traverse = set_iter_traverse,
    .clear = set_iter_clear,
    .iter = iter_return_self,
    .iternext = set_iter_next,
    .methods = set_iter_methods,
};
