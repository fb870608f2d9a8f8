/* type_slots.h: the table connecting dunder names to type slots. Static types get a
 * wrapper descriptor (`int.__add__`) for every slot they fill; classes get their slots
 * pointed at generic functions that look up and call the dunder method. */
#ifndef PVM_TYPE_SLOTS_H
#define PVM_TYPE_SLOTS_H

#include "object.h"

typedef void (*anyfunc)(void); /* any slot function; cast back to the slot's type */

struct WrapperDescr;
/* Calls the C slot a wrapper descriptor wraps, with Python arguments after self. */
typedef Value (*wrapperfunc)(Value self, Value const *args, size_t nargs, Value kwnames,
                             const struct WrapperDescr *d);

typedef struct SlotDef {
    const char *name;
    size_t offset; /* of the slot in Type, or in NumberSlots when `number` */
    bool number;
    anyfunc generic;     /* for classes: looks up and calls the dunder */
    wrapperfunc wrapper; /* NULL: no wrapper descriptor for this name */
    int arg;             /* wrapper parameter (comparison operator, binary op index) */
    bool keywords;       /* the wrapper accepts keyword arguments */
} SlotDef;

/* Adds a wrapper descriptor for each slot a static type fills itself (before inheriting). */
int slots_add_wrappers(Type *t);
/* Recomputes the slots of a class from its MRO: all of them, or those named `name`. */
void slots_update_all(Type *t);
void slots_update_name(Type *t, Value name);

/* Calls type(self).<name>(self, *args) with the special-method lookup rules; sets
 * AttributeError when the type has no such attribute. */
Value slots_call_special(Value self, Value name, Value const *args, size_t nargs);

#endif
