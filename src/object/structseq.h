/* structseq.h: struct sequences: tuple subclasses whose items are also named fields,
 * like sys.version_info, sys.flags and os.stat_result. A struct sequence type is a
 * static Type with base tuple whose getsets (built with STRUCTSEQ_FIELD) name the
 * items in order; repr is "sys.version_info(major=3, minor=11, ...)". */
#ifndef PVM_STRUCTSEQ_H
#define PVM_STRUCTSEQ_H

#include "object.h"

Value structseq_get_field(Value self, void *index);
Value structseq_repr(Value self);
Value structseq_type_new(Type *type, Value const *args, size_t nargs, Value kwnames);

/* An instance of `type` holding n items (increfs them). */
Value structseq_new(Type *type, Value const *items, intptr_t n);

#define STRUCTSEQ_FIELD(name, index)                                                               \
    { name, structseq_get_field, NULL, NULL, (void *)(intptr_t)(index) }

#define STRUCTSEQ_TYPE(qualname, getsets_array)                                                    \
    {                                                                                              \
        .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = qualname, .base = &type_tuple,              \
        .basicsize = sizeof(Tuple), .itemsize = sizeof(Value),                                     \
        .flags = TPFLAG_GC | TPFLAG_TUPLE_SUBCLASS, .repr = structseq_repr,                        \
        .new_ = structseq_type_new, .getsets = getsets_array,                                      \
    }

#endif
