/* set_internal.h: the set table operations shared by set.c (the table and algebra) and
 * set_type.c (the Python-level set and frozenset types). */
#ifndef PVM_SET_INTERNAL_H
#define PVM_SET_INTERNAL_H

#include "set.h"

void set_init_empty(Set *s);
extern Object set_dummy_object; /* the key of deleted entries */
static inline bool set_is_live_key(Value key) {
    return key != NULL && key != (Value)&set_dummy_object;
}
int set_add_hashed(Value s, Value key, hash_t hash);
int set_contains_hashed(Value s, Value key, hash_t hash);
int set_discard_hashed(Value s, Value key, hash_t hash);
Type *set_base_type(Type *type); /* set or frozenset */
Value set_copy_as_base(Value s); /* a copy with the base type */
Value set_difference(Value s, Value other);
Value set_symmetric_difference(Value s, Value other);
int set_issubset(Value s, Value other);
int set_issuperset(Value s, Value other);
int set_isdisjoint(Value s, Value other);
void set_swap_bodies(Set *a, Set *b);

#endif
