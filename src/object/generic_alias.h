/* generic_alias.h: the typing helpers of the core: types.GenericAlias (`list[int]`) and
 * types.UnionType (`int | None`). */
#ifndef PVM_GENERIC_ALIAS_H
#define PVM_GENERIC_ALIAS_H

#include "object.h"

typedef struct GenericAlias {
    Object ob;
    Value origin; /* the class subscripted */
    Value args;   /* tuple */
} GenericAlias;

typedef struct UnionObject {
    Object ob;
    Value args; /* tuple of the members, flattened and without duplicates */
} UnionObject;

extern Type type_generic_alias, type_union;

Value generic_alias_new(Value origin, Value args); /* args: a tuple or a single item */
/* The __class_getitem__ of built-in generic classes (a METH_CLASS MethodDef function):
 * {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL}. */
Value generic_alias_class_getitem(Value cls, Value const *args, size_t nargs, Value kwnames);
/* a | b for classes, None, aliases and unions; NotImplemented for anything else. */
Value union_or(Value a, Value b);
/* Class names as typing shows them: "int", "__main__.C", "None", or repr(). */
Value typing_repr(Value v);

#endif
