/* weakref.h: weak references (the `_weakref` module): ref, proxy and the hook that
 * object deallocation calls to clear an object's weak references. */
#ifndef PVM_WEAKREF_H
#define PVM_WEAKREF_H

#include "../object/object.h"

/* Clears every weak reference to obj and calls their callbacks: deallocators of types
 * with a weaklistoffset call it (after __del__, before clearing their fields). Cheap
 * when obj has no weak references. Preserves a pending exception. */
void weakref_clear_all(Value obj);

static inline bool weakref_has_refs(Value obj) {
    size_t off = type_of(obj)->weaklistoffset;
    return off && *(Value *)((char *)obj + off) != NULL;
}

/* weakref.ref(obj, callback) (callback may be NULL). */
Value weakref_new(Value obj, Value callback);
/* The referent of a weakref.ref (borrowed), or NULL when it is dead. */
Value weakref_target(Value ref);

extern Type type_weakref, type_weakproxy, type_weakcallableproxy;

Value weakref_module_new(void);

#endif
