/* descr.h: descriptors of built-in types (method, class-method, getset, member and slot
 * wrapper descriptors, bound method-wrappers), the classmethod, staticmethod and property
 * types, and the read-only mappingproxy a type's __dict__ returns. */
#ifndef PVM_DESCR_H
#define PVM_DESCR_H

#include "object.h"
#include "type_slots.h"

typedef struct Descr { /* common head of the descriptor objects */
    Object ob;
    Type *objclass; /* the type that defines it */
    Value name;     /* interned str */
} Descr;

typedef struct MethodDescr {
    Descr d;
    const MethodDef *def;
} MethodDescr;

typedef struct GetSetDescr {
    Descr d;
    const GetSetDef *def;
} GetSetDescr;

typedef struct MemberDescr {
    Descr d;
    const MemberDef *def;
} MemberDescr;

typedef struct WrapperDescr {
    Descr d;
    const SlotDef *def;
    anyfunc wrapped; /* the C slot function */
} WrapperDescr;

typedef struct MethodWrapper { /* a WrapperDescr bound to an instance */
    Object ob;
    Value descr;
    Value self;
} MethodWrapper;

typedef struct FuncWrapper { /* classmethod and staticmethod */
    Object ob;
    Value callable;
    Value dict;
} FuncWrapper;

typedef struct Property {
    Object ob;
    Value fget, fset, fdel, doc, name;
    bool getter_doc; /* doc was taken from fget */
} Property;

typedef struct MappingProxy {
    Object ob;
    Value mapping;
} MappingProxy;

extern Type type_method_descriptor, type_classmethod_descriptor, type_getset_descriptor,
    type_member_descriptor, type_wrapper_descriptor, type_method_wrapper, type_classmethod,
    type_staticmethod, type_property, type_mappingproxy;

Value descr_new_method(Type *owner, const MethodDef *def); /* by METH_CLASS / METH_STATIC */
Value descr_new_getset(Type *owner, const GetSetDef *def);
Value descr_new_member(Type *owner, const MemberDef *def);
Value descr_new_wrapper(Type *owner, const SlotDef *def, anyfunc wrapped);
Value classmethod_new(Value callable);
Value staticmethod_new(Value callable);
Value mappingproxy_new(Value mapping);

static inline bool is_wrapper_descr(Value v) {
    return !is_small_int(v) && v->type == &type_wrapper_descriptor;
}

#endif
