/* tuple.h: the tuple type: an immutable, fixed-size array of Values. The empty tuple
 * is an immortal singleton. Hash is CPython's xxHash-based tuple hash. */
#ifndef PVM_TUPLE_H
#define PVM_TUPLE_H

#include "object.h"

typedef struct Tuple {
    Object ob;
    intptr_t size;
    Value items[];
} Tuple;

extern Type type_tuple;

static inline bool is_tuple(Value v) {
    return !is_small_int(v) && type_has_flag(v->type, TPFLAG_TUPLE_SUBCLASS);
}
static inline bool is_tuple_exact(Value v) { return !is_small_int(v) && v->type == &type_tuple; }
static inline intptr_t tuple_size(Value t) { return ((Tuple *)t)->size; }
static inline Value tuple_get(Value t, intptr_t i) { return ((Tuple *)t)->items[i]; } /* borrowed */
static inline Value *tuple_items(Value t) { return ((Tuple *)t)->items; }

Value tuple_new(intptr_t size);                         /* items NULL; fill with tuple_items() */
Value tuple_from_array(Value const *items, intptr_t n); /* increfs the items */
Value tuple_pack(intptr_t n, ...);                      /* increfs the items */
Value tuple_empty(void);                                /* new ref to the singleton */
Value tuple_slice(Value t, intptr_t start, intptr_t end);
Value sequence_to_tuple(Value iterable); /* tuple(iterable) */

#endif
