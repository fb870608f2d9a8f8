/* exceptions_internal.h: what the exception implementation files share: the common
 * type definition of an exception class and BaseException's construction helpers. */
#ifndef PVM_EXCEPTIONS_INTERNAL_H
#define PVM_EXCEPTIONS_INTERNAL_H

#include "exceptions.h"

void exc_dealloc(Value self);
int exc_traverse(Value self, visitproc visit, void *arg);
int exc_clear(Value self);
Value exc_str(Value self);
/* Replaces self.args with the tuple of the positional arguments. */
int exc_set_args(Value self, Value const *args, size_t nargs);

#define EXC_FLAGS (TPFLAG_GC | TPFLAG_BASETYPE | TPFLAG_EXC_SUBCLASS)

/* The fields of an exception type with the given layout struct. */
#define EXC_TYPE(NAME, BASE, LAYOUT, DOC)                                                          \
    .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = #NAME, .base = &exc_##BASE,                     \
    .basicsize = sizeof(LAYOUT), .flags = EXC_FLAGS, .doc = DOC, .dealloc = exc_dealloc,           \
    .traverse = exc_traverse, .clear = exc_clear

#define SIMPLE_EXC(NAME, BASE, DOC) EXC_TYPE(NAME, BASE, BaseExceptionObject, DOC)

#endif
