/* generic_alias.c: types.GenericAlias, what `list[int]` returns: an object that shows
 * the parameterized class, creates instances of its origin and otherwise behaves like
 * the origin for attribute access. */
#include "generic_alias.h"

#include "../vm/errors.h"
#include "dict.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* An alias of type `type` (GenericAlias or a subclass). */
static Value ga_alloc(Type *type, Value origin, Value args) {
    Value tuple = is_tuple(args) ? incref(args) : tuple_pack(1, args);
    if (!tuple) return NULL;
    GenericAlias *g = (GenericAlias *)object_new(type, 0);
    if (!g) {
        decref(tuple);
        return NULL;
    }
    g->origin = incref(origin);
    g->args = tuple;
    gc_track((Value)g);
    return (Value)g;
}

Value generic_alias_new(Value origin, Value args) {
    return ga_alloc(&type_generic_alias, origin, args);
}

Value generic_alias_class_getitem(Value cls, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1) {
        return err_format(&exc_TypeError,
                          "__class_getitem__() takes exactly one argument (%zu given)", nargs);
    }
    return generic_alias_new(cls, args[0]);
}

Value typing_repr(Value v) {
    if (v == ELLIPSIS) return str_from_cstr("...");
    if (v == NONE || v == (Value)&type_none) return str_from_cstr("None");
    if (!is_instance_of(v, &type_type)) return object_repr(v);
    Type *t = (Type *)v;
    Value module = object_getattr(v, NAME(__module__));
    if (!module) {
        err_clear();
        return object_repr(v);
    }
    Value r = is_str(module) && str_equal_cstr(module, "builtins")
                  ? type_qualname(t)
                  : str_from_format("%S.%U", module, t->qualname ? t->qualname : t->name_obj);
    decref(module);
    return r;
}

/* "int, str" from the items; a list item (Callable[[int], str]) shows as "[int]". */
static Value join_reprs(Value items) {
    Value parts = list_new(0);
    for (intptr_t i = 0; parts && i < tuple_size(items); i++) {
        Value item = tuple_get(items, i), r;
        if (is_list(item)) {
            Value inner = list_as_tuple(item);
            Value joined = inner ? join_reprs(inner) : NULL;
            xdecref(inner);
            r = joined ? str_from_format("[%U]", joined) : NULL;
            xdecref(joined);
        } else {
            r = typing_repr(item);
        }
        if (!r || list_append(parts, r) < 0) CLEAR(parts);
        xdecref(r);
    }
    Value sep = parts ? str_from_cstr(", ") : NULL;
    Value joined = sep ? str_join(sep, parts) : NULL;
    xdecref(sep);
    xdecref(parts);
    return joined;
}

static Value ga_repr(Value self) {
    GenericAlias *g = (GenericAlias *)self;
    Value origin = typing_repr(g->origin);
    Value args = origin ? (tuple_size(g->args) ? join_reprs(g->args) : str_from_cstr("()")) : NULL;
    Value r = args ? str_from_format("%U[%U]", origin, args) : NULL;
    xdecref(origin);
    xdecref(args);
    return r;
}

static Value ga_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value r = object_call(((GenericAlias *)self)->origin, args, nargs, kwnames);
    if (r && object_setattr(r, str_intern_cstr("__orig_class__"), self) < 0) {
        if (!err_matches(&exc_AttributeError) && !err_matches(&exc_TypeError))
            CLEAR(r);
        else
            err_clear();
    }
    return r;
}

/* Attributes the alias answers itself; everything else comes from the origin. The first
 * OWN_NAMES_IN_DIR are added to dir(origin) by __dir__. */
static const char *const own_names[] = {
    "__class__",        "__origin__",     "__args__",
    "__unpacked__",     "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__",  "__reduce_ex__",  "__reduce__",
    "__copy__",         "__deepcopy__",   "__instancecheck__",
    "__subclasscheck__"};
enum { OWN_NAMES_IN_DIR = 11 };

static bool own_attribute(Value name) {
    for (size_t i = 0; i < sizeof own_names / sizeof own_names[0]; i++)
        if (str_equal_cstr(name, own_names[i])) return true;
    return false;
}

static Value ga_dir(Value self, Value const *args, size_t nargs, Value kw) {
    Value dir = object_lookup_special(((GenericAlias *)self)->origin, str_intern_cstr("__dir__"));
    if (!dir) {
        if (!err_occurred()) err_format(&exc_TypeError, "object does not provide __dir__");
        return NULL;
    }
    Value origin_dir = object_call(dir, NULL, 0, NULL);
    decref(dir);
    Value names = origin_dir ? list_from_iterable(origin_dir) : NULL;
    xdecref(origin_dir);
    for (size_t i = 0; names && i < OWN_NAMES_IN_DIR; i++) {
        Value name = str_from_cstr(own_names[i]);
        int found = name ? object_contains(names, name) : -1;
        if (found < 0 || (found == 0 && list_append(names, name) < 0)) CLEAR(names);
        xdecref(name);
    }
    return names;
}

static Value ga_getattro(Value self, Value name) {
    if (is_str(name) && !own_attribute(name))
        return object_getattr(((GenericAlias *)self)->origin, name);
    return object_generic_getattr(self, name);
}

static Value ga_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || type_of(b) != &type_generic_alias) return NOT_IMPLEMENTED;
    GenericAlias *x = (GenericAlias *)a, *y = (GenericAlias *)b;
    int eq = object_richcompare_bool(x->origin, y->origin, CMP_EQ);
    if (eq > 0) eq = object_richcompare_bool(x->args, y->args, CMP_EQ);
    return eq < 0 ? NULL : bool_value((op == CMP_EQ) == (eq > 0));
}

static hash_t ga_hash(Value self) {
    GenericAlias *g = (GenericAlias *)self;
    hash_t a = object_hash(g->origin), b = a == -1 ? -1 : object_hash(g->args);
    if (b == -1) return -1;
    hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Value ga_getitem(Value self, Value key) {
    return err_format(&exc_TypeError, "%R is not a generic class", self);
}

static void ga_dealloc(Value self) {
    GenericAlias *g = (GenericAlias *)self;
    gc_untrack(self);
    decref(g->origin);
    decref(g->args);
    object_free(self);
}

static int ga_traverse(Value self, visitproc visit, void *arg) {
    GenericAlias *g = (GenericAlias *)self;
    int r = visit(g->origin, arg);
    return r ? r : visit(g->args, arg);
}

static Value ga_mro_entries(Value self, Value const *args, size_t nargs, Value kw) {
    return tuple_pack(1, ((GenericAlias *)self)->origin);
}

static Value ga_instancecheck(Value self, Value const *args, size_t nargs, Value kw) {
    return err_format(&exc_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static Value ga_subclasscheck(Value self, Value const *args, size_t nargs, Value kw) {
    return err_format(&exc_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static Value ga_reduce(Value self, Value const *args, size_t nargs, Value kw) {
    GenericAlias *g = (GenericAlias *)self;
    Value pair = tuple_pack(2, g->origin, g->args);
    Value r = pair ? tuple_pack(2, (Value)&type_generic_alias, pair) : NULL;
    xdecref(pair);
    return r;
}

static Value ga_get_parameters(Value self, void *c) { return tuple_empty(); }

static MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0, NULL},
    {"__instancecheck__", ga_instancecheck, 0, NULL},
    {"__subclasscheck__", ga_subclasscheck, 0, NULL},
    {"__reduce__", ga_reduce, 0, NULL},
    {"__dir__", ga_dir, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef ga_members[] = {
    {"__origin__", MEMBER_OBJECT, offsetof(GenericAlias, origin), true, NULL},
    {"__args__", MEMBER_OBJECT, offsetof(GenericAlias, args), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static GetSetDef ga_getsets[] = {
    {"__parameters__", ga_get_parameters, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static Value ga_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (kwnames && tuple_size(kwnames))
        return err_format(&exc_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2)
        return err_format(&exc_TypeError, "GenericAlias expected 2 arguments, got %zu", nargs);
    return ga_alloc(type, args[0], args[1]);
}

static NumberSlots ga_number = {.binary = {[BINOP_OR] = union_or}};

Type type_generic_alias = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAlias),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list "
           "and t.__args__ is (int,).",
    .dealloc = ga_dealloc,
    .traverse = ga_traverse,
    .repr = ga_repr,
    .hash = ga_hash,
    .richcompare = ga_richcompare,
    .getattr = ga_getattro,
    .call = ga_call,
    .new_ = ga_tp_new,
    .getitem = ga_getitem,
    .number = &ga_number,
    .methods = ga_methods,
    .members = ga_members,
    .getsets = ga_getsets,
};
