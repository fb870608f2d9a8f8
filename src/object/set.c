/* set.c: CPython's set table algorithm (9 linear probes, then perturbed probing; dummies
 * for deleted keys; resize at 3/5 fill) and the set algebra on it behind set.h (the
 * Python-level set and frozenset types are in set_type.c). */
#include "set.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "dict.h"
#include "dict_internal.h"
#include "set_internal.h"
#include "str.h"

enum { LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

Object set_dummy_object = {IMMORTAL_REFCOUNT, &type_object};
#define DUMMY ((Value)&set_dummy_object)

/* ---- the table ---- */

void set_init_empty(Set *s) {
    s->fill = s->used = 0;
    s->mask = SET_SMALL_TABLE - 1;
    s->table = s->smalltable;
    s->hash = -1;
    s->finger = 0;
    memset(s->smalltable, 0, sizeof(s->smalltable));
}

/* Stores key in the first never-used slot of its probe sequence (no dummies, no equal key). */
static void insert_clean(SetEntry *table, size_t mask, Value key, hash_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &table[i];
        if (entry->key == NULL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/* Rebuilds the table with more than minused slots (at least 8), dropping dummies. */
static int table_resize(Set *s, intptr_t minused) {
    size_t newsize = SET_SMALL_TABLE;
    while (newsize <= (size_t)minused) newsize <<= 1;
    SetEntry *old = s->table;
    size_t oldsize = (size_t)s->mask + 1;
    bool old_allocated = old != s->smalltable;
    SetEntry small_copy[SET_SMALL_TABLE];
    SetEntry *table;
    if (newsize == SET_SMALL_TABLE) {
        table = s->smalltable;
        if (table == old) {
            if (s->fill == s->used) return 0; /* no dummies to drop */
            memcpy(small_copy, old, sizeof(small_copy));
            old = small_copy;
        }
        memset(table, 0, sizeof(s->smalltable));
    } else {
        if (newsize > SIZE_MAX / sizeof(SetEntry) / 2) {
            err_no_memory();
            return -1;
        }
        table = mem_calloc(newsize, sizeof(SetEntry));
        if (table == NULL) {
            err_no_memory();
            return -1;
        }
    }
    s->mask = (intptr_t)newsize - 1;
    s->table = table;
    s->fill = s->used;
    for (size_t i = 0; i < oldsize; i++)
        if (set_is_live_key(old[i].key)) insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    if (old_allocated) mem_free(old);
    return 0;
}

static int resize_after_growth(Set *s) {
    return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

/* The entry holding key, or a never-used entry when absent; NULL on error. */
static SetEntry *lookup(Set *s, Value key, hash_t hash) {
restart:;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        SetEntry *entry = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) return entry;
            if (entry->hash == hash) {
                Value start_key = entry->key;
                if (start_key == key) return entry;
                if (is_str_exact(start_key) && is_str_exact(key) && str_equal(start_key, key))
                    return entry;
                SetEntry *table = s->table;
                incref(start_key);
                int equal = object_richcompare_bool(start_key, key, CMP_EQ);
                decref(start_key);
                if (equal < 0) return NULL;
                if (table != s->table || entry->key != start_key) goto restart;
                if (equal) return entry;
                mask = (size_t)s->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int set_add_hashed(Value set, Value key, hash_t hash) {
    Set *s = (Set *)set;
    incref(key); /* keeps key alive through __eq__ calls */
restart:;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) goto found_unused;
            if (entry->hash == hash) {
                Value start_key = entry->key;
                if (start_key == key) goto found_active;
                if (is_str_exact(start_key) && is_str_exact(key) && str_equal(start_key, key))
                    goto found_active;
                SetEntry *table = s->table;
                incref(start_key);
                int equal = object_richcompare_bool(start_key, key, CMP_EQ);
                decref(start_key);
                if (equal > 0) goto found_active;
                if (equal < 0) {
                    decref(key);
                    return -1;
                }
                if (table != s->table || entry->key != start_key) goto restart;
                mask = (size_t)s->mask;
            } else if (entry->hash == -1) {
                freeslot = entry; /* the last dummy on the way is reused */
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    s->used++;
    if (freeslot != NULL) {
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    s->fill++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)s->fill * 5 < mask * 3) return 0;
    return resize_after_growth(s);
found_active:
    decref(key);
    return 0;
}

int set_contains_hashed(Value set, Value key, hash_t hash) {
    SetEntry *entry = lookup((Set *)set, key, hash);
    if (entry == NULL) return -1;
    return entry->key != NULL;
}

int set_discard_hashed(Value set, Value key, hash_t hash) {
    Set *s = (Set *)set;
    SetEntry *entry = lookup(s, key, hash);
    if (entry == NULL) return -1;
    if (entry->key == NULL) return 0;
    Value old = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    s->used--;
    decref(old);
    return 1;
}

/* ---- the C API ---- */

Value set_new_from(Type *type, Value iterable) {
    Set *s = (Set *)object_new(type, 0);
    if (s == NULL) return NULL;
    set_init_empty(s);
    gc_track((Value)s);
    if (iterable != NULL && set_update((Value)s, iterable) < 0) {
        decref((Value)s);
        return NULL;
    }
    return (Value)s;
}

int set_add(Value s, Value key) {
    hash_t hash = value_hash(key);
    return hash == -1 ? -1 : set_add_hashed(s, key, hash);
}

int set_contains(Value s, Value key) {
    hash_t hash = value_hash(key);
    return hash == -1 ? -1 : set_contains_hashed(s, key, hash);
}

int set_discard(Value s, Value key) {
    hash_t hash = value_hash(key);
    return hash == -1 ? -1 : set_discard_hashed(s, key, hash);
}

bool set_next(Value set, intptr_t *pos, Value *key, hash_t *hash) {
    Set *s = (Set *)set;
    for (intptr_t i = *pos; i <= s->mask; i++) {
        if (set_is_live_key(s->table[i].key)) {
            *pos = i + 1;
            *key = s->table[i].key;
            if (hash) *hash = s->table[i].hash;
            return true;
        }
    }
    *pos = s->mask + 1;
    return false;
}

void set_clear(Value set) {
    Set *s = (Set *)set;
    SetEntry *table = s->table;
    intptr_t size = s->mask + 1, fill = s->fill;
    bool allocated = table != s->smalltable;
    SetEntry small_copy[SET_SMALL_TABLE];
    if (!allocated) {
        if (fill == 0) return;
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    set_init_empty(s); /* empty before any key is released */
    for (intptr_t i = 0; i < size; i++)
        if (set_is_live_key(table[i].key)) decref(table[i].key);
    if (allocated) mem_free(table);
}

Value set_pop(Value set) {
    Set *s = (Set *)set;
    if (s->used == 0) return err_format(&exc_KeyError, "pop from an empty set");
    SetEntry *entry = s->table + (s->finger & s->mask);
    while (!set_is_live_key(entry->key)) {
        entry++;
        if (entry > s->table + s->mask) entry = s->table;
    }
    Value key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    s->used--;
    s->finger = entry - s->table + 1;
    return key;
}

/* ---- algebra ---- */

/* Adds every key of the set other (which may be s itself). */
static int merge_set(Set *s, Set *other) {
    if ((Value)s == (Value)other || other->used == 0) return 0;
    if ((s->fill + other->used) * 5 >= s->mask * 3 &&
        table_resize(s, (s->used + other->used) * 2) < 0)
        return -1;
    /* an empty table of the same size, without dummies on either side: copy slot by slot */
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++) {
            Value key = other->table[i].key;
            if (key != NULL) {
                s->table[i].key = incref(key);
                s->table[i].hash = other->table[i].hash;
            }
        }
        s->fill = s->used = other->used;
        return 0;
    }
    if (s->fill == 0) { /* no duplicates possible: clean inserts */
        s->fill = s->used = other->used;
        for (intptr_t i = 0; i <= other->mask; i++) {
            Value key = other->table[i].key;
            if (set_is_live_key(key))
                insert_clean(s->table, (size_t)s->mask, incref(key), other->table[i].hash);
        }
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        SetEntry *entry = &other->table[i];
        if (set_is_live_key(entry->key) && set_add_hashed((Value)s, entry->key, entry->hash) < 0)
            return -1;
    }
    return 0;
}

int set_update(Value set, Value iterable) {
    Set *s = (Set *)set;
    if (is_any_set(iterable)) return merge_set(s, (Set *)iterable);
    if (is_dict_exact(iterable)) {
        intptr_t n = dict_size(iterable);
        if ((s->fill + n) * 5 >= s->mask * 3 && table_resize(s, (s->used + n) * 2) < 0) return -1;
        intptr_t pos = 0;
        Value key;
        hash_t hash;
        while (dict_next_hashed(iterable, &pos, &key, NULL, &hash))
            if (set_add_hashed(set, key, hash) < 0) return -1;
        return 0;
    }
    Value it = object_getiter(iterable);
    if (it == NULL) return -1;
    int status = 0;
    for (Value key; status == 0 && (key = object_iternext(it)) != NULL; decref(key))
        status = set_add(set, key);
    decref(it);
    return status < 0 || err_occurred() ? -1 : 0;
}

/* The set or frozenset base of type: results of set operations have it. */
Type *set_base_type(Type *type) {
    return type == &type_set || type_is_subtype(type, &type_set) ? &type_set : &type_frozenset;
}

Value set_copy_as_base(Value s) { return set_new_from(set_base_type(s->type), s); }

Value set_intersection(Value set, Value other) {
    if (set == other) return set_copy_as_base(set);
    Value result = set_new_from(set_base_type(set->type), NULL);
    if (result == NULL) return NULL;
    if (is_any_set(other)) {
        Value small = other, large = set; /* iterate over the smaller one */
        if (set_size(other) > set_size(set)) {
            small = set;
            large = other;
        }
        intptr_t pos = 0;
        Value key;
        hash_t hash;
        while (set_next(small, &pos, &key, &hash)) {
            incref(key);
            int found = set_contains_hashed(large, key, hash);
            int status = found > 0 ? set_add_hashed(result, key, hash) : found;
            decref(key);
            if (status < 0) {
                decref(result);
                return NULL;
            }
        }
        return result;
    }
    Value it = object_getiter(other);
    if (it == NULL) {
        decref(result);
        return NULL;
    }
    int status = 0;
    for (Value key; status == 0 && (key = object_iternext(it)) != NULL; decref(key)) {
        hash_t hash = value_hash(key);
        status = hash == -1 ? -1 : set_contains_hashed(set, key, hash);
        if (status > 0) status = set_add_hashed(result, key, hash);
    }
    decref(it);
    if (status < 0 || err_occurred()) CLEAR(result);
    return result;
}

int set_difference_update(Value set, Value other) {
    Set *s = (Set *)set;
    if (set == other) {
        set_clear(set);
        return 0;
    }
    if (is_any_set(other)) {
        /* a much larger other: only the common keys matter */
        Value keys =
            (set_size(other) >> 3) > set_size(set) ? set_intersection(set, other) : incref(other);
        if (keys == NULL) return -1;
        intptr_t pos = 0;
        Value key;
        hash_t hash;
        while (set_next(keys, &pos, &key, &hash)) {
            if (set_discard_hashed(set, key, hash) < 0) {
                decref(keys);
                return -1;
            }
        }
        decref(keys);
    } else {
        Value it = object_getiter(other);
        if (it == NULL) return -1;
        int status = 0;
        for (Value key; status >= 0 && (key = object_iternext(it)) != NULL; decref(key))
            status = set_discard(set, key);
        decref(it);
        if (status < 0 || err_occurred()) return -1;
    }
    /* more than a quarter dummies: rebuild */
    if ((size_t)(s->fill - s->used) <= (size_t)s->mask / 4) return 0;
    return resize_after_growth(s);
}

Value set_difference(Value set, Value other) {
    intptr_t other_size;
    if (is_any_set(other))
        other_size = set_size(other);
    else if (is_dict_exact(other))
        other_size = dict_size(other);
    else
        other_size = -1;
    if (other_size < 0 || (set_size(set) >> 2) > other_size) { /* copy, then remove */
        Value result = set_copy_as_base(set);
        if (result != NULL && set_difference_update(result, other) < 0) CLEAR(result);
        return result;
    }
    Value result = set_new_from(set_base_type(set->type), NULL);
    if (result == NULL) return NULL;
    bool other_is_dict = is_dict_exact(other);
    intptr_t pos = 0;
    Value key;
    hash_t hash;
    while (set_next(set, &pos, &key, &hash)) {
        incref(key);
        int found;
        if (other_is_dict) {
            intptr_t ix = dict_lookup(other, key, hash);
            found = ix == DICT_ERROR ? -1 : ix >= 0;
        } else {
            found = set_contains_hashed(other, key, hash);
        }
        int status = found == 0 ? set_add_hashed(result, key, hash) : found;
        decref(key);
        if (status < 0) {
            decref(result);
            return NULL;
        }
    }
    return result;
}

int set_symmetric_difference_update(Value set, Value other) {
    if (set == other) {
        set_clear(set);
        return 0;
    }
    if (is_dict_exact(other)) {
        intptr_t pos = 0;
        Value key;
        hash_t hash;
        while (dict_next_hashed(other, &pos, &key, NULL, &hash)) {
            incref(key);
            int removed = set_discard_hashed(set, key, hash);
            int status = removed == 0 ? set_add_hashed(set, key, hash) : removed;
            decref(key);
            if (status < 0) return -1;
        }
        return 0;
    }
    Value keys = is_any_set(other) ? incref(other) : set_new_from(set_base_type(set->type), other);
    if (keys == NULL) return -1;
    intptr_t pos = 0;
    Value key;
    hash_t hash;
    int status = 0;
    while (status >= 0 && set_next(keys, &pos, &key, &hash)) {
        int removed = set_discard_hashed(set, key, hash);
        status = removed == 0 ? set_add_hashed(set, key, hash) : removed;
    }
    decref(keys);
    return status < 0 ? -1 : 0;
}

Value set_symmetric_difference(Value set, Value other) {
    Value result = set_new_from(set_base_type(set->type), other);
    if (result != NULL && set_symmetric_difference_update(result, set) < 0) CLEAR(result);
    return result;
}

/* set <= other: every key of set is in other (other: any iterable; a set is built from a
 * non-set). 1, 0 or -1. */
int set_issubset(Value set, Value other) {
    if (!is_any_set(other)) {
        Value tmp = set_new_from(&type_set, other);
        if (tmp == NULL) return -1;
        int result = set_issubset(set, tmp);
        decref(tmp);
        return result;
    }
    if (set_size(set) > set_size(other)) return 0;
    intptr_t pos = 0;
    Value key;
    hash_t hash;
    while (set_next(set, &pos, &key, &hash)) {
        incref(key);
        int found = set_contains_hashed(other, key, hash);
        decref(key);
        if (found <= 0) return found;
    }
    return 1;
}

int set_issuperset(Value set, Value other) {
    if (is_any_set(other)) return set_issubset(other, set);
    Value it = object_getiter(other);
    if (it == NULL) return -1;
    int found = 1;
    for (Value key; found == 1 && (key = object_iternext(it)) != NULL; decref(key))
        found = set_contains(set, key);
    decref(it);
    return found == 1 && err_occurred() ? -1 : found;
}

int set_isdisjoint(Value set, Value other) {
    if (set == other) return set_size(set) == 0;
    if (is_any_set(other)) {
        Value small = set, large = other;
        if (set_size(other) < set_size(set)) {
            small = other;
            large = set;
        }
        intptr_t pos = 0;
        Value key;
        hash_t hash;
        while (set_next(small, &pos, &key, &hash)) {
            incref(key);
            int found = set_contains_hashed(large, key, hash);
            decref(key);
            if (found != 0) return found < 0 ? -1 : 0;
        }
        return 1;
    }
    Value it = object_getiter(other);
    if (it == NULL) return -1;
    int found = 0;
    for (Value key; found == 0 && (key = object_iternext(it)) != NULL; decref(key))
        found = set_contains(set, key);
    decref(it);
    if (found < 0 || err_occurred()) return -1;
    return !found;
}

void set_swap_bodies(Set *a, Set *b) {
    bool a_small = a->table == a->smalltable, b_small = b->table == b->smalltable;
    SetEntry *ta = a->table, *tb = b->table;
    SetEntry small[SET_SMALL_TABLE];
    memcpy(small, a->smalltable, sizeof(small));
    memcpy(a->smalltable, b->smalltable, sizeof(small));
    memcpy(b->smalltable, small, sizeof(small));
    a->table = b_small ? a->smalltable : tb;
    b->table = a_small ? b->smalltable : ta;
    intptr_t t;
    t = a->fill, a->fill = b->fill, b->fill = t;
    t = a->used, a->used = b->used, b->used = t;
    t = a->mask, a->mask = b->mask, b->mask = t;
    a->hash = b->hash = -1;
}
