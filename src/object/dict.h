/* dict.h: the dict type: compact and ordered (an index table of the size CPython uses
 * plus a dense entry array, CPython's probing order), so iteration order and growth
 * match CPython. Also the set type's table algorithm lives in set.c. */
#ifndef PVM_DICT_H
#define PVM_DICT_H

#include "object.h"

extern Type type_dict;

static inline bool is_dict(Value v) {
    return !is_small_int(v) && type_has_flag(v->type, TPFLAG_DICT_SUBCLASS);
}
static inline bool is_dict_exact(Value v) { return !is_small_int(v) && v->type == &type_dict; }

Value dict_new(void);
intptr_t dict_size(Value d);
/* Lookups return a BORROWED reference, or NULL when absent. The plain forms may raise
 * (the key's __hash__/__eq__): check err_occurred() after a NULL. */
Value dict_get(Value d, Value key);
Value dict_get_str(Value d, Value key); /* key: an exact str; never raises */
Value dict_get_cstr(Value d, const char *key);
/* For the VM's attribute caches: key an exact str (normally interned), *hint an entry
 * index kept in the instruction's cache. When entry *hint holds this very key object, a
 * single comparison answers; otherwise a full lookup runs and updates *hint. Instances of
 * a class usually store their attributes in the same order, so one hint fits them all. */
Value dict_get_str_hint(Value d, Value key, uint16_t *hint);            /* borrowed; NULL absent */
int dict_set_str_hint(Value d, Value key, Value value, uint16_t *hint); /* increfs */
int dict_set(Value d, Value key, Value value); /* increfs both; -1 on error */
int dict_set_cstr(Value d, const char *key, Value value);
int dict_del(Value d, Value key);             /* -1 with KeyError if absent */
int dict_pop(Value d, Value key, Value *out); /* 1 found (out: new ref), 0 absent, -1 error */
void dict_clear(Value d);
/* Iteration: *pos starts at 0; returns false at the end. key/value borrowed. */
bool dict_next(Value d, intptr_t *pos, Value *key, Value *value);
Value dict_copy(Value d);
int dict_update(Value d, Value other); /* other: dict or mapping or iterable of pairs */
Value dict_keys_list(Value d);
int dict_contains(Value d, Value key);                  /* 1, 0, -1 */
int dict_merge(Value d, Value other, bool override);    /* other: a dict or a mapping (keys()) */
int dict_merge_pairs(Value d, Value iterable);          /* d.update(iterable of pairs) */
Value dict_setdefault(Value d, Value key, Value deflt); /* borrowed result; NULL on error */
bool dict_next_hashed(Value d, intptr_t *pos, Value *key, Value *value, hash_t *hash);
uint64_t dict_version(Value d); /* changes on every mutation: for the VM's global caches */

#endif
