/* union.c: types.UnionType, what `int | None` returns: the flattened, de-duplicated
 * members, usable with isinstance() and issubclass(). */
#include "../vm/errors.h"
#include "generic_alias.h"
#include "list.h"
#include "set.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

static bool is_union(Value v) { return type_of(v) == &type_union; }

static bool unionable(Value v) {
    return v == NONE || is_instance_of(v, &type_type) || type_of(v) == &type_generic_alias ||
           is_union(v);
}

/* Appends v (or a union's members) to list unless already present. */
static int add_member(Value list, Value v) {
    if (is_union(v)) {
        Value args = ((UnionObject *)v)->args;
        for (intptr_t i = 0; i < tuple_size(args); i++)
            if (add_member(list, tuple_get(args, i)) < 0) return -1;
        return 0;
    }
    if (v == NONE) v = (Value)&type_none;
    for (intptr_t i = 0; i < list_size(list); i++) {
        int eq = object_richcompare_bool(list_get(list, i), v, CMP_EQ);
        if (eq != 0) return eq < 0 ? -1 : 0;
    }
    return list_append(list, v);
}

Value union_or(Value a, Value b) {
    if (!unionable(a) || !unionable(b)) return NOT_IMPLEMENTED;
    Value members = list_new(0);
    if (!members || add_member(members, a) < 0 || add_member(members, b) < 0) {
        xdecref(members);
        return NULL;
    }
    if (list_size(members) == 1) {
        Value only = incref(list_get(members, 0));
        decref(members);
        return only;
    }
    Value args = list_as_tuple(members);
    decref(members);
    if (!args) return NULL;
    UnionObject *u = (UnionObject *)object_new(&type_union, 0);
    if (!u) {
        decref(args);
        return NULL;
    }
    u->args = args;
    gc_track((Value)u);
    return (Value)u;
}

static Value union_repr(Value self) {
    Value args = ((UnionObject *)self)->args;
    Value parts = list_new(0);
    for (intptr_t i = 0; parts && i < tuple_size(args); i++) {
        Value r = typing_repr(tuple_get(args, i));
        if (!r || list_append(parts, r) < 0) CLEAR(parts);
        xdecref(r);
    }
    Value sep = parts ? str_from_cstr(" | ") : NULL;
    Value joined = sep ? str_join(sep, parts) : NULL;
    xdecref(sep);
    xdecref(parts);
    return joined;
}

static Value members_set(Value self) {
    Value args = ((UnionObject *)self)->args;
    return object_call((Value)&type_frozenset, &args, 1, NULL);
}

static Value union_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_union(b)) return NOT_IMPLEMENTED;
    Value x = members_set(a), y = x ? members_set(b) : NULL;
    Value r = y ? object_richcompare(x, y, op) : NULL;
    xdecref(x);
    xdecref(y);
    return r;
}

static hash_t union_hash(Value self) {
    Value s = members_set(self);
    if (!s) return -1;
    hash_t h = object_hash(s);
    decref(s);
    return h;
}

/* isinstance()/issubclass() against each member; parameterized generics are refused. */
static Value union_check(Value self, Value const *args, size_t nargs, const char *fname,
                         int (*check)(Value, Value)) {
    if (nargs != 1)
        return err_format(&exc_TypeError, "%s() takes exactly one argument (%zu given)", fname,
                          nargs);
    Value members = ((UnionObject *)self)->args;
    for (intptr_t i = 0; i < tuple_size(members); i++) {
        if (type_of(tuple_get(members, i)) == &type_generic_alias) {
            return err_format(&exc_TypeError, "%s() argument 2 cannot be a parameterized generic",
                              fname);
        }
    }
    for (intptr_t i = 0; i < tuple_size(members); i++) {
        int r = check(args[0], tuple_get(members, i));
        if (r != 0) return r < 0 ? NULL : TRUE_VALUE;
    }
    return FALSE_VALUE;
}

static Value union_instancecheck(Value self, Value const *args, size_t nargs, Value kw) {
    return union_check(self, args, nargs, "isinstance", object_isinstance);
}

static Value union_subclasscheck(Value self, Value const *args, size_t nargs, Value kw) {
    return union_check(self, args, nargs, "issubclass", object_issubclass);
}

static Value union_get_parameters(Value self, void *c) { return tuple_empty(); }

static Value union_getitem(Value self, Value key) {
    return err_format(&exc_TypeError, "%R is not a generic class", self);
}

static void union_dealloc(Value self) {
    gc_untrack(self);
    decref(((UnionObject *)self)->args);
    object_free(self);
}

static int union_traverse(Value self, visitproc visit, void *arg) {
    return visit(((UnionObject *)self)->args, arg);
}

static MethodDef union_methods[] = {
    {"__instancecheck__", union_instancecheck, 0, NULL},
    {"__subclasscheck__", union_subclasscheck, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef union_members[] = {
    {"__args__", MEMBER_OBJECT, offsetof(UnionObject, args), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static GetSetDef union_getsets[] = {
    {"__parameters__", union_get_parameters, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static NumberSlots union_number = {.binary = {[BINOP_OR] = union_or}};

Type type_union = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "types.UnionType",
    .basicsize = sizeof(UnionObject),
    .flags = TPFLAG_GC,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .dealloc = union_dealloc,
    .traverse = union_traverse,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .getattr = object_generic_getattr,
    .getitem = union_getitem,
    .number = &union_number,
    .methods = union_methods,
    .members = union_members,
    .getsets = union_getsets,
};
