/* namespace.c: types.SimpleNamespace: attributes in an instance dict, keyword-only
 * construction, repr "namespace(a=1, b='x')" and equality by attributes. */
#include "namespace.h"

#include "dict.h"
#include "list.h"
#include "repr_guard.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../vm/errors.h"

typedef struct Namespace {
    Object ob;
    Value dict;
} Namespace;

static Value namespace_alloc(Type *type) {
    Namespace *ns = (Namespace *)object_new(type, 0);
    if (!ns) return NULL;
    ns->dict = dict_new();
    if (!ns->dict) {
        decref((Value)ns);
        return NULL;
    }
    gc_track((Value)ns);
    return (Value)ns;
}

Value namespace_new(Value dict) {
    Value ns = namespace_alloc(&type_namespace);
    if (ns && dict && dict_update(((Namespace *)ns)->dict, dict) < 0) CLEAR(ns);
    return ns;
}

static Value ns_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return namespace_alloc(type);
}

static int ns_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs) {
        err_format(&exc_TypeError, "no positional arguments expected");
        return -1;
    }
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (intptr_t i = 0; i < nkw; i++) {
        if (dict_set(((Namespace *)self)->dict, tuple_get(kwnames, i), args[i]) < 0) return -1;
    }
    return 0;
}

static Value ns_repr(Value self) {
    const char *name = self->type == &type_namespace ? "namespace" : type_short_name(self->type);
    int entered = repr_enter(self);
    if (entered < 0) return NULL;
    if (entered > 0) return str_from_format("%s(...)", name);
    Value parts = list_new(0);
    intptr_t pos = 0;
    Value key, value;
    while (parts && dict_next(((Namespace *)self)->dict, &pos, &key, &value)) {
        if (!is_str(key)) continue;
        Value part = str_from_format("%U=%R", key, value);
        if (!part || list_append(parts, part) < 0) CLEAR(parts);
        xdecref(part);
    }
    repr_leave(self);
    return repr_call_form(name, parts);
}

static Value ns_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || !is_instance_of(a, &type_namespace) ||
        !is_instance_of(b, &type_namespace)) {
        return NOT_IMPLEMENTED;
    }
    return object_richcompare(((Namespace *)a)->dict, ((Namespace *)b)->dict, op);
}

static int ns_traverse(Value self, visitproc visit, void *arg) {
    Value d = ((Namespace *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int ns_clear(Value self) {
    CLEAR(((Namespace *)self)->dict);
    return 0;
}

static void ns_dealloc(Value self) {
    gc_untrack(self);
    ns_clear(self);
    object_free(self);
}

Type type_namespace = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(Namespace),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dictoffset = offsetof(Namespace, dict),
    .dealloc = ns_dealloc,
    .traverse = ns_traverse,
    .clear = ns_clear,
    .repr = ns_repr,
    .richcompare = ns_richcompare,
    .getattr = object_generic_getattr,
    .setattr = object_generic_setattr,
    .new_ = ns_new,
    .init = ns_init,
};
