/* type.h: type objects: static built-in types, heap types made by class statements,
 * C3 MRO, attribute lookup through the MRO, and the slot wrappers that connect a
 * class's dunder methods to the type slots (and built-in slots to dunder methods). */
#ifndef PVM_TYPE_H
#define PVM_TYPE_H

#include "object.h"

/* A class created at run time: the Type plus storage its slots point into. */
typedef struct HeapType {
    Type type;
    NumberSlots number;
    Value slots; /* __slots__ tuple or NULL */
    Value module_name;
    MemberDef *slot_members; /* descriptors' storage for __slots__ (NULL-terminated) or NULL */
    char *name_buf;          /* storage of type.name */
} HeapType;

/* Type.dictoffset of variable-size instances (subclasses of tuple, str, bytes): the
 * __dict__ slot follows the items. Read instance dicts through object_dict_slot(). */
#define DICTOFFSET_TAIL SIZE_MAX
Value *object_dict_slot(Value v); /* address of v's __dict__ slot, or NULL when it has none */

int type_ready(Type *t); /* fills inherited slots, mro, dict of a static type */
Value type_new_class(Type *metatype, Value name, Value bases, Value ns, Value kwnames_kwargs);
Value type_call(Value type, Value const *args, size_t nargs, Value kwnames);
void type_modified(Type *t); /* invalidates version tags of t and its subclasses */
Value type_name(Type *t);    /* __name__ (new ref) */
Value type_qualname(Type *t);
const char *type_short_name(Type *t); /* for error messages: "int", "MyClass" */
Value type_repr(Value t);             /* "<class 'int'>" */
Value object_new_instance(Type *t, Value const *args, size_t nargs,
                          Value kwnames);                     /* object.__new__ */
Value super_lookup(Type *start_after, Value obj, Value name); /* bound; AttributeError if absent */
extern Type type_super;                                       /* super.c */

/* object.__init__; the slot value classes inherit from object. */
int object_tp_init(Value self, Value const *args, size_t nargs, Value kwnames);
Value type_tp_new(Type *metatype, Value const *args, size_t nargs,
                  Value kwnames); /* type.__new__ */
/* The most derived metaclass of meta and the types of bases; NULL + TypeError on conflict. */
Type *type_calculate_metaclass(Type *meta, Value bases);
/* isinstance() and issubclass() with tuples, __instancecheck__ and __subclasscheck__:
 * 1, 0, or -1 with an exception set. */
int object_isinstance(Value inst, Value cls);
int object_issubclass(Value derived, Value cls);
/* Looks up a special method on type(v) and binds it to v: new reference, or NULL with
 * no exception when the type has no such attribute (or an exception from binding). */
Value object_lookup_special(Value v, Value name);
/* Instance layout helpers of classes (type_new.c). */
void type_add_subclass(Type *base, Type *sub);
void type_remove_subclass(Type *base, Type *sub);
Value type_compute_mro(Type *t); /* C3 (or the metaclass's mro()) as a tuple */
Value type_mro_c3(Type *t);      /* C3 only: type.mro() */
/* The base whose layout a class with these bases extends (TypeError on a conflict), and
 * the type whose layout t's instances have (t, or the nearest base adding fields). */
Type *type_best_base(Value bases);
Type *type_solid_base(Type *t);
int type_set_bases(Value self, Value bases, void *closure); /* the __bases__ setter */
Value type_attribute_names(Type *t); /* dict whose keys are all attribute names along the MRO */

#endif
