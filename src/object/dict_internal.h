/* dict_internal.h: the dict layout shared by dict.c, dict_type.c and dict_view.c: an index
 * table of 1/2/4/8-byte slots then a dense entry array in insertion order (a deleted entry
 * keeps its place with key == value == NULL). */
#ifndef PVM_DICT_INTERNAL_H
#define PVM_DICT_INTERNAL_H

#include "dict.h"
#include "int.h"
#include "str.h"

typedef struct DictEntry {
    hash_t hash;
    Value key;
    Value value; /* NULL for a deleted entry */
} DictEntry;

typedef struct DictKeys {
    uint8_t log2_size;   /* the index table has 1 << log2_size slots */
    uint8_t index_bytes; /* 1, 2, 4 or 8 */
    intptr_t usable;     /* entries that can still be appended before a resize */
    intptr_t nentries;   /* entries appended so far (deleted ones included) */
    _Alignas(8) uint8_t indices[];
} DictKeys;

typedef struct Dict {
    Object ob;
    intptr_t used; /* live entries */
    uint64_t version;
    DictKeys *keys; /* NULL while the dict has never held anything (or was cleared) */
} Dict;

static inline DictEntry *dict_entries(DictKeys *k) {
    return (DictEntry *)(k->indices + ((size_t)1 << k->log2_size) * k->index_bytes);
}
static inline intptr_t dict_nentries(Value d) {
    DictKeys *k = ((Dict *)d)->keys;
    return k ? k->nentries : 0;
}
/* The entry at position i (i < dict_nentries), whose value may be NULL (deleted). */
static inline DictEntry *dict_entry_at(Value d, intptr_t i) {
    return &dict_entries(((Dict *)d)->keys)[i];
}

/* hash(key) with the common cases inline: exact str (cached) and small ints. */
static inline hash_t value_hash(Value key) {
    if (is_small_int(key)) {
        intptr_t n = small_int_value(key);
        const intptr_t modulus = ((intptr_t)1 << 61) - 1;
        if (n > -modulus && n < modulus) return n == -1 ? -2 : n;
        return int_hash(key);
    }
    if (key->type == &type_str) {
        hash_t h = ((Str *)key)->hash;
        return h != -1 ? h : str_hash(key);
    }
    return object_hash(key);
}

/* Lookup with a known hash: the entry index, -1 when absent, -3 on error. */
enum { DICT_ABSENT = -1, DICT_ERROR = -3 };
intptr_t dict_lookup(Value d, Value key, hash_t hash);
int dict_insert(Value d, Value key, hash_t hash, Value value); /* increfs; replaces */
/* Removes the live entry ix (hash is its hash): the key and value are returned, owned. */
void dict_remove_entry(Value d, intptr_t ix, Value *key, Value *value);
void dict_bump_version(Value d);
void dict_keys_free(DictKeys *k); /* releases a key table (to a free list when small) */
void dict_free_object(Value d);   /* releases a dict's memory after dealloc (free list) */

#endif
