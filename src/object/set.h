/* set.h: the set and frozenset types, with CPython's table algorithm (linear probing of 9
 * slots, then perturbed probing; the same fill and resize rules) so that iteration order
 * matches CPython, and CPython's frozenset hash. */
#ifndef PVM_SET_H
#define PVM_SET_H

#include "object.h"

enum { SET_SMALL_TABLE = 8 };

typedef struct SetEntry {
    Value key; /* NULL: never used; the dummy marker: deleted */
    hash_t hash;
} SetEntry;

typedef struct Set {
    Object ob;
    intptr_t fill; /* live + deleted entries */
    intptr_t used; /* live entries */
    intptr_t mask; /* table size - 1 */
    SetEntry *table;
    hash_t hash;     /* frozenset hash cache, -1 until computed */
    intptr_t finger; /* where pop() resumes */
    SetEntry smalltable[SET_SMALL_TABLE];
} Set;

extern Type type_set, type_frozenset, type_set_iterator;

static inline bool is_set_exact(Value v) { return !is_small_int(v) && v->type == &type_set; }
static inline bool is_frozenset_exact(Value v) {
    return !is_small_int(v) && v->type == &type_frozenset;
}
static inline bool is_any_set(Value v) {
    return !is_small_int(v) &&
           (v->type == &type_set || v->type == &type_frozenset ||
            type_is_subtype(v->type, &type_set) || type_is_subtype(v->type, &type_frozenset));
}
static inline intptr_t set_size(Value s) { return ((Set *)s)->used; }

Value set_new_from(Type *type,
                   Value iterable); /* type: set/frozenset (or subtype); iterable may be NULL */
int set_add(Value s, Value key);
int set_discard(Value s, Value key);  /* 1 removed, 0 absent, -1 error */
int set_contains(Value s, Value key); /* 1, 0, -1 */
int set_update(Value s, Value iterable);
int set_difference_update(Value s, Value other);
int set_symmetric_difference_update(Value s, Value other);
Value set_intersection(Value s, Value other); /* a new set of s's base type */
void set_clear(Value s);
Value set_pop(Value s); /* KeyError "pop from an empty set" */
/* Iteration: *pos starts at 0; key borrowed. */
bool set_next(Value s, intptr_t *pos, Value *key, hash_t *hash);

#endif
