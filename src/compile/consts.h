/* consts.h: the constants of one code unit (co_consts), deduplicated by CPython's
 * constant key: equal values of the same type share one entry, but 1, 1.0 and True,
 * or 0.0 and -0.0, stay distinct; tuples compare item by item with the same rule. */
#ifndef PVM_CONSTS_H
#define PVM_CONSTS_H

#include "../object/object.h"

typedef struct ConstTable {
    Value *items; /* owned references */
    int n, cap;
    int *slots; /* open addressing: index + 1, 0 empty */
    int nslots;
    struct ConstPool *pool; /* the compilation's constant values (fold.h), or NULL */
} ConstTable;

/* Index of v's entry, adding it (a new reference) if absent; -1 with an exception set. */
int consts_add(ConstTable *t, Value v);
int consts_add_steal(ConstTable *t, Value v);   /* same, releasing v; v may be NULL (error) */
Value consts_tuple(const ConstTable *t, int n); /* the first n entries as a tuple */
void consts_truncate(ConstTable *t, int n);     /* drops entries n.. */
void consts_clear(ConstTable *t);
bool const_key_equal(Value a, Value b);

#endif
