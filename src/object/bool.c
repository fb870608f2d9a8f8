/* bool.c: the bool type (an int subclass whose only instances are True and False) and
 * the types and immortal singletons of None, NotImplemented and Ellipsis. */
#include <string.h>

#include "../vm/errors.h"
#include "int.h"
#include "method_args.h"
#include "numeric_args.h"
#include "str.h"
#include "tuple.h"

Object none_object = {IMMORTAL_REFCOUNT, &type_none};
Object true_object = {IMMORTAL_REFCOUNT, &type_bool};
Object false_object = {IMMORTAL_REFCOUNT, &type_bool};
Object not_implemented_object = {IMMORTAL_REFCOUNT, &type_not_implemented};
Object ellipsis_object = {IMMORTAL_REFCOUNT, &type_ellipsis};

/* The hash of the singletons: their address, as CPython's default hash. */
static hash_t identity_hash(Value v) {
    uintptr_t p = (uintptr_t)v;
    hash_t h = (hash_t)((p >> 4) | (p << (8 * sizeof p - 4)));
    return h == -1 ? -2 : h;
}

static bool has_keywords(Value kwnames) { return kwnames && tuple_size(kwnames) > 0; }

/* ---- bool ---- */

static Value bool_repr(Value v) { return str_intern_cstr(v == TRUE_VALUE ? "True" : "False"); }

static Value bool_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    (void)type;
    if (has_keywords(kwnames))
        return err_format(&exc_TypeError, "bool() takes no keyword arguments");
    if (args_count("bool", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return FALSE_VALUE;
    int t = object_is_true(args[0]);
    return t < 0 ? NULL : bool_value(t);
}

/* & | ^ give a bool when both operands are bools, else the int result. */
static Value bool_bitwise(Value a, Value b, BinaryOp op) {
    if (type_of(a) == &type_bool && type_of(b) == &type_bool) {
        bool x = a == TRUE_VALUE, y = b == TRUE_VALUE;
        return bool_value(op == BINOP_AND ? (x && y) : op == BINOP_OR ? (x || y) : (x != y));
    }
    return type_int.number->binary[op](a, b);
}

static Value bool_and(Value a, Value b) { return bool_bitwise(a, b, BINOP_AND); }
static Value bool_or(Value a, Value b) { return bool_bitwise(a, b, BINOP_OR); }
static Value bool_xor(Value a, Value b) { return bool_bitwise(a, b, BINOP_XOR); }

/* & | ^ overridden; type_ready() fills in int's other slots (and richcompare/hash). */
static NumberSlots bool_number = {
    .binary = {[BINOP_AND] = bool_and, [BINOP_OR] = bool_or, [BINOP_XOR] = bool_xor},
};

Type type_bool = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "bool",
    .basicsize = sizeof(Object),
    .flags = TPFLAG_INT_SUBCLASS,
    .base = &type_int,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.",
    .repr = bool_repr,
    .getattr = object_generic_getattr,
    .new_ = bool_type_new,
    .number = &bool_number,
};

/* ---- None, NotImplemented, Ellipsis ---- */

/* type() of a singleton: no arguments, returns the singleton. */
static Value singleton_new(Type *type, Value const *args, size_t nargs, Value kwnames,
                           const char *name, Value instance) {
    (void)type;
    (void)args;
    if (nargs || has_keywords(kwnames))
        return err_format(&exc_TypeError, "%s takes no arguments", name);
    return instance;
}

static Value none_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return singleton_new(type, args, nargs, kwnames, "NoneType", NONE);
}
static Value not_implemented_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return singleton_new(type, args, nargs, kwnames, "NotImplementedType", NOT_IMPLEMENTED);
}
static Value ellipsis_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return singleton_new(type, args, nargs, kwnames, "EllipsisType", ELLIPSIS);
}

static Value none_repr(Value v) {
    (void)v;
    return str_intern_cstr("None");
}
static Value not_implemented_repr(Value v) {
    (void)v;
    return str_intern_cstr("NotImplemented");
}
static Value ellipsis_repr(Value v) {
    (void)v;
    return str_intern_cstr("Ellipsis");
}

/* __reduce__ of NotImplemented and Ellipsis: their name (pickled as a global). */
static Value singleton_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (args_none("__reduce__", nargs) < 0) return NULL;
    return type_of(self)->repr(self);
}

static MethodDef singleton_methods[] = {
    {"__reduce__", singleton_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int none_as_bool(Value v) {
    (void)v;
    return 0;
}
static NumberSlots none_number = {.as_bool = none_as_bool};

Type type_none = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .base = &type_object,
    .repr = none_repr,
    .hash = identity_hash,
    .getattr = object_generic_getattr,
    .new_ = none_new,
    .number = &none_number,
};

Type type_not_implemented = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .base = &type_object,
    .repr = not_implemented_repr,
    .hash = identity_hash,
    .getattr = object_generic_getattr,
    .new_ = not_implemented_new,
    .methods = singleton_methods,
};

Type type_ellipsis = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .base = &type_object,
    .repr = ellipsis_repr,
    .hash = identity_hash,
    .getattr = object_generic_getattr,
    .new_ = ellipsis_new,
    .methods = singleton_methods,
};
