/* repr_guard.h: the recursion guard of container reprs: a container already being
 * repr'd further up the C stack prints as "[...]", "{...}" and so on (as CPython's
 * Py_ReprEnter / Py_ReprLeave). */
#ifndef PVM_REPR_GUARD_H
#define PVM_REPR_GUARD_H

#include "object.h"

int repr_enter(Value v); /* 0 entered, 1 already being repr'd, -1 error (MemoryError) */
void repr_leave(Value v);

#endif
