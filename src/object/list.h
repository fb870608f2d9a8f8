/* list.h: the list type: a growable array of Values (over-allocated like CPython,
 * so append is amortised O(1)). */
#ifndef PVM_LIST_H
#define PVM_LIST_H

#include "object.h"

typedef struct List {
    Object ob;
    intptr_t size;
    intptr_t allocated;
    Value *items;
} List;

extern Type type_list;

static inline bool is_list(Value v) {
    return !is_small_int(v) && type_has_flag(v->type, TPFLAG_LIST_SUBCLASS);
}
static inline bool is_list_exact(Value v) { return !is_small_int(v) && v->type == &type_list; }
static inline intptr_t list_size(Value l) { return ((List *)l)->size; }
static inline Value list_get(Value l, intptr_t i) { return ((List *)l)->items[i]; } /* borrowed */

Value list_new(intptr_t size); /* items NULL (size > 0) to be filled with list_set_steal */
void list_set_steal(Value l, intptr_t i, Value v);
int list_append(Value l, Value v); /* increfs v; -1 on MemoryError */
int list_extend(Value l, Value iterable);
Value list_from_iterable(Value iterable);
Value list_as_tuple(Value l);
int list_sort(Value l);                              /* in place, default ordering */
int list_sort_ex(Value l, Value key, bool reverse);  /* key may be NULL or None */
Value list_slice(Value l, intptr_t lo, intptr_t hi); /* l[lo:hi]; 0 <= lo, hi <= size */

/* Shared by list.c and list_sort.c. */
Value list_sort_method(Value self, Value const *args, size_t nargs, Value kwnames);
void list_reverse_items(Value *items, intptr_t n);

#endif
