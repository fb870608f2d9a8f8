/* repr_guard.h: the recursion guard of container reprs (and the "name(k=v, ...)" repr shape): a
 * container already being repr'd further up the C stack prints as "[...]", "{...}" and so on (as
 * CPython's Py_ReprEnter / Py_ReprLeave). */
#ifndef PVM_REPR_GUARD_H
#define PVM_REPR_GUARD_H

#include "object.h"

int repr_enter(Value v); /* 0 entered, 1 already being repr'd, -1 error (MemoryError) */
void repr_leave(Value v);

/* "name(p1, p2, ...)" from a list of str parts, the repr shape of keyword-built objects
 * (SimpleNamespace, struct sequences). Consumes parts, which may be NULL (error pending). */
Value repr_call_form(const char *name, Value parts);

#endif
