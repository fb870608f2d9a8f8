/* dict.c: the dict hash table with CPython's compact layout, probing and growth, the
 * exact-str lookup fast path, the global mutation version counter and the C API of dict.h
 * (the Python-level type is in dict_type.c, views and iterators in dict_view.c). */
#include "dict_internal.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "list.h"
#include "seq_common.h"
#include "tuple.h"

enum { SLOT_EMPTY = -1, SLOT_DUMMY = -2, PERTURB_SHIFT = 5, LOG2_MINSIZE = 3 };

static uint64_t global_version;

void dict_bump_version(Value d) { ((Dict *)d)->version = ++global_version; }
uint64_t dict_version(Value d) { return ((Dict *)d)->version; }

/* ---- the key table ---- */

static inline intptr_t usable_fraction(size_t size) { return (intptr_t)((size << 1) / 3); }

static inline intptr_t get_index(const DictKeys *k, size_t i) {
    switch (k->index_bytes) {
        case 1: return ((const int8_t *)k->indices)[i];
        case 2: return ((const int16_t *)k->indices)[i];
        case 4: return ((const int32_t *)k->indices)[i];
        default: return (intptr_t)((const int64_t *)k->indices)[i];
    }
}

static inline void set_index(DictKeys *k, size_t i, intptr_t ix) {
    switch (k->index_bytes) {
        case 1: ((int8_t *)k->indices)[i] = (int8_t)ix; break;
        case 2: ((int16_t *)k->indices)[i] = (int16_t)ix; break;
        case 4: ((int32_t *)k->indices)[i] = (int32_t)ix; break;
        default: ((int64_t *)k->indices)[i] = (int64_t)ix; break;
    }
}

#ifndef PVM_SANITIZE
enum { FREE_LIST_MAX = 80 };
static DictKeys *free_keys[FREE_LIST_MAX]; /* minimum-size tables */
static int free_keys_count;
static Dict *free_dicts[FREE_LIST_MAX];
static int free_dicts_count;
#endif

static DictKeys *keys_new(int log2_size) {
    size_t size = (size_t)1 << log2_size;
    int index_bytes = log2_size < 8 ? 1 : log2_size < 16 ? 2 : log2_size < 32 ? 4 : 8;
    intptr_t usable = usable_fraction(size);
    DictKeys *k = NULL;
#ifndef PVM_SANITIZE
    if (log2_size == LOG2_MINSIZE && free_keys_count > 0) k = free_keys[--free_keys_count];
#endif
    if (k == NULL) {
        if (log2_size >= 58) {
            err_no_memory();
            return NULL;
        }
        size_t bytes =
            sizeof(DictKeys) + size * (size_t)index_bytes + (size_t)usable * sizeof(DictEntry);
        k = mem_alloc(bytes);
        if (k == NULL) {
            err_no_memory();
            return NULL;
        }
    }
    k->log2_size = (uint8_t)log2_size;
    k->index_bytes = (uint8_t)index_bytes;
    k->usable = usable;
    k->nentries = 0;
    memset(k->indices, 0xff, size * (size_t)index_bytes); /* all SLOT_EMPTY */
    return k;
}

void dict_keys_free(DictKeys *k) {
#ifndef PVM_SANITIZE
    if (k != NULL && k->log2_size == LOG2_MINSIZE && free_keys_count < FREE_LIST_MAX) {
        free_keys[free_keys_count++] = k;
        return;
    }
#endif
    mem_free(k);
}

/* log2 of the smallest table of at least minsize slots (at least 8) */
static int log2_for(size_t minsize) {
    int log2 = LOG2_MINSIZE;
    while (((size_t)1 << log2) < minsize) log2++;
    return log2;
}

/* The first slot on hash's probe sequence that holds no live entry. */
static size_t find_free_slot(const DictKeys *k, hash_t hash) {
    size_t mask = ((size_t)1 << k->log2_size) - 1, perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    while (get_index(k, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The slot holding entry ix. */
static size_t find_slot_of(const DictKeys *k, hash_t hash, intptr_t ix) {
    size_t mask = ((size_t)1 << k->log2_size) - 1, perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    while (get_index(k, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuilds the table with room for at least minsize slots, compacting the entries. */
static int dict_resize(Dict *d, size_t minsize) {
    DictKeys *old = d->keys;
    DictKeys *k = keys_new(log2_for(minsize));
    if (k == NULL) return -1;
    DictEntry *dst = dict_entries(k);
    intptr_t n = 0;
    if (old != NULL) {
        DictEntry *src = dict_entries(old);
        if (old->nentries == d->used) {
            memcpy(dst, src, (size_t)d->used * sizeof(DictEntry));
            n = d->used;
        } else {
            for (intptr_t i = 0; i < old->nentries; i++)
                if (src[i].value != NULL) dst[n++] = src[i];
        }
    }
    for (intptr_t i = 0; i < n; i++) set_index(k, find_free_slot(k, dst[i].hash), i);
    k->nentries = n;
    k->usable -= n;
    d->keys = k;
    dict_keys_free(old);
    return 0;
}

/* ---- lookup ---- */

static intptr_t lookup_generic(Dict *d, Value key, hash_t hash) {
restart:;
    DictKeys *k = d->keys;
    if (k == NULL) return DICT_ABSENT;
    size_t mask = ((size_t)1 << k->log2_size) - 1, perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        intptr_t ix = get_index(k, i);
        if (ix == SLOT_EMPTY) return DICT_ABSENT;
        if (ix >= 0) {
            DictEntry *e = &dict_entries(k)[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                Value start_key = incref(e->key);
                int equal = object_richcompare_bool(start_key, key, CMP_EQ);
                decref(start_key);
                if (equal < 0) return DICT_ERROR;
                if (d->keys != k || e->key != start_key) goto restart; /* mutated by __eq__ */
                if (equal) return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Exact-str keys: pointer comparison first (interned), then str_equal; any other key
 * with the same hash needs the generic path. */
static intptr_t lookup_str(Dict *d, Value key, hash_t hash) {
    DictKeys *k = d->keys;
    if (k == NULL) return DICT_ABSENT;
    size_t mask = ((size_t)1 << k->log2_size) - 1, perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        intptr_t ix = get_index(k, i);
        if (ix == SLOT_EMPTY) return DICT_ABSENT;
        if (ix >= 0) {
            DictEntry *e = &dict_entries(k)[ix];
            if (e->key == key) return ix;
            if (e->hash == hash) {
                if (!is_str_exact(e->key)) return lookup_generic(d, key, hash);
                if (str_equal(e->key, key)) return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

intptr_t dict_lookup(Value d, Value key, hash_t hash) {
    if (!is_small_int(key) && key->type == &type_str) return lookup_str((Dict *)d, key, hash);
    return lookup_generic((Dict *)d, key, hash);
}

/* ---- mutation ---- */

int dict_insert(Value dict, Value key, hash_t hash, Value value) {
    Dict *d = (Dict *)dict;
    intptr_t ix = dict_lookup(dict, key, hash);
    if (ix == DICT_ERROR) return -1;
    if (ix >= 0) {
        DictEntry *e = &dict_entries(d->keys)[ix];
        Value old = e->value;
        e->value = incref(value);
        dict_bump_version(dict);
        decref(old);
        return 0;
    }
    if ((d->keys == NULL || d->keys->usable <= 0) && dict_resize(d, (size_t)d->used * 3) < 0)
        return -1;
    DictKeys *k = d->keys;
    set_index(k, find_free_slot(k, hash), k->nentries);
    DictEntry *e = &dict_entries(k)[k->nentries++];
    e->hash = hash;
    e->key = incref(key);
    e->value = incref(value);
    k->usable--;
    d->used++;
    dict_bump_version(dict);
    return 0;
}

void dict_remove_entry(Value dict, intptr_t ix, Value *key, Value *value) {
    Dict *d = (Dict *)dict;
    DictEntry *e = &dict_entries(d->keys)[ix];
    set_index(d->keys, find_slot_of(d->keys, e->hash, ix), SLOT_DUMMY);
    *key = e->key;
    *value = e->value;
    e->key = e->value = NULL;
    d->used--;
    dict_bump_version(dict);
}

/* ---- the C API ---- */

Value dict_new(void) {
    Dict *d;
#ifndef PVM_SANITIZE
    if (free_dicts_count > 0) {
        d = free_dicts[--free_dicts_count];
        d->ob.refcount = 1;
        d->used = 0;
        d->keys = NULL;
    } else
#endif
        if ((d = (Dict *)object_new(&type_dict, 0)) == NULL) {
        return NULL;
    }
    dict_bump_version((Value)d);
    gc_track((Value)d);
    return (Value)d;
}

void dict_free_object(Value d) {
#ifndef PVM_SANITIZE
    if (d->type == &type_dict && free_dicts_count < FREE_LIST_MAX) {
        free_dicts[free_dicts_count++] = (Dict *)d;
        return;
    }
#endif
    object_free(d);
}

intptr_t dict_size(Value d) { return ((Dict *)d)->used; }

Value dict_get(Value d, Value key) {
    hash_t hash = value_hash(key);
    if (hash == -1) return NULL;
    intptr_t ix = dict_lookup(d, key, hash);
    return ix >= 0 ? dict_entries(((Dict *)d)->keys)[ix].value : NULL;
}

/* The entry index of the exact-str key, or a negative value when absent (a failing
 * __eq__ of a non-str key with the same hash counts as absent). */
static intptr_t str_key_index(Value d, Value key) {
    hash_t hash = ((Str *)key)->hash;
    if (hash == -1) hash = str_hash(key);
    intptr_t ix = lookup_str((Dict *)d, key, hash);
    if (ix == DICT_ERROR) err_clear();
    return ix;
}

Value dict_get_str(Value d, Value key) {
    intptr_t ix = str_key_index(d, key);
    return ix >= 0 ? dict_entry_at(d, ix)->value : NULL;
}

/* The entry at *hint when it holds this very key object, else NULL. */
static inline DictEntry *hinted_entry(Value d, Value key, const uint16_t *hint) {
    DictKeys *k = ((Dict *)d)->keys;
    if (k == NULL || *hint >= k->nentries) return NULL;
    DictEntry *e = &dict_entries(k)[*hint];
    return e->key == key ? e : NULL; /* deleted entries have no key */
}

static inline void set_hint(uint16_t *hint, intptr_t ix) {
    if (ix >= 0 && ix <= UINT16_MAX) *hint = (uint16_t)ix;
}

Value dict_get_str_hint(Value d, Value key, uint16_t *hint) {
    DictEntry *e = hinted_entry(d, key, hint);
    if (e != NULL) return e->value;
    intptr_t ix = str_key_index(d, key);
    if (ix < 0) return NULL;
    set_hint(hint, ix);
    return dict_entry_at(d, ix)->value;
}

int dict_set_str_hint(Value d, Value key, Value value, uint16_t *hint) {
    DictEntry *e = hinted_entry(d, key, hint);
    if (e != NULL) {
        Value old = e->value;
        e->value = incref(value);
        dict_bump_version(d);
        decref(old);
        return 0;
    }
    if (dict_set(d, key, value) < 0) return -1;
    set_hint(hint, str_key_index(d, key));
    return 0;
}

Value dict_get_cstr(Value d, const char *key) {
    Value k = str_from_cstr(key);
    if (k == NULL) return NULL;
    Value v = dict_get_str(d, k);
    decref(k);
    return v;
}

int dict_contains(Value d, Value key) {
    hash_t hash = value_hash(key);
    if (hash == -1) return -1;
    intptr_t ix = dict_lookup(d, key, hash);
    return ix == DICT_ERROR ? -1 : ix >= 0;
}

int dict_set(Value d, Value key, Value value) {
    hash_t hash = value_hash(key);
    if (hash == -1) return -1;
    return dict_insert(d, key, hash, value);
}

int dict_set_cstr(Value d, const char *key, Value value) {
    Value k = str_intern_cstr(key);
    if (k == NULL) return -1;
    return dict_set(d, k, value);
}

/* Removes key (with the given hash): 1 found (*out: the value, owned), 0 absent, -1 error. */
static int pop_hashed(Value d, Value key, hash_t hash, Value *out) {
    intptr_t ix = dict_lookup(d, key, hash);
    if (ix == DICT_ERROR) return -1;
    if (ix < 0) return 0;
    Value old_key;
    dict_remove_entry(d, ix, &old_key, out);
    decref(old_key);
    return 1;
}

int dict_pop(Value d, Value key, Value *out) {
    *out = NULL;
    if (dict_size(d) == 0) return 0; /* no hashing, as CPython */
    hash_t hash = value_hash(key);
    if (hash == -1) return -1;
    return pop_hashed(d, key, hash, out);
}

int dict_del(Value d, Value key) {
    hash_t hash = value_hash(key);
    if (hash == -1) return -1;
    Value value = NULL;
    int found = pop_hashed(d, key, hash, &value);
    if (found <= 0) {
        if (found == 0) err_set(&exc_KeyError, key);
        return -1;
    }
    decref(value);
    return 0;
}

void dict_clear(Value dict) {
    Dict *d = (Dict *)dict;
    DictKeys *k = d->keys;
    if (k == NULL) return;
    d->keys = NULL;
    d->used = 0;
    dict_bump_version(dict);
    DictEntry *entries = dict_entries(k);
    for (intptr_t i = 0; i < k->nentries; i++) {
        xdecref(entries[i].key);
        xdecref(entries[i].value);
    }
    dict_keys_free(k);
}

bool dict_next(Value d, intptr_t *pos, Value *key, Value *value) {
    intptr_t n = dict_nentries(d);
    for (intptr_t i = *pos; i < n; i++) {
        DictEntry *e = dict_entry_at(d, i);
        if (e->value != NULL) {
            *pos = i + 1;
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    *pos = n;
    return false;
}

bool dict_next_hashed(Value d, intptr_t *pos, Value *key, Value *value, hash_t *hash) {
    if (!dict_next(d, pos, key, value)) return false;
    *hash = dict_entry_at(d, *pos - 1)->hash;
    return true;
}

Value dict_copy(Value d) {
    Value copy = dict_new();
    if (copy == NULL) return NULL;
    if (dict_merge(copy, d, true) < 0) {
        decref(copy);
        return NULL;
    }
    return copy;
}

/* Merges the dict src into d by walking its entries (src may be mutated meanwhile). */
static int merge_from_dict(Value d, Value src, bool override) {
    Dict *s = (Dict *)src;
    if (s->used == 0 || d == src) return 0;
    Dict *t = (Dict *)d;
    /* one resize up front when d is empty and too small */
    if (t->used == 0 && (t->keys == NULL || t->keys->usable < s->used) &&
        dict_resize(t, (size_t)s->used * 3 / 2 + 1) < 0)
        return -1;
    intptr_t expected = s->used;
    for (intptr_t i = 0; i < dict_nentries(src); i++) {
        DictEntry *e = dict_entry_at(src, i);
        if (e->value == NULL) continue;
        Value key = incref(e->key), value = incref(e->value);
        hash_t hash = e->hash;
        int status = 0;
        if (override) {
            status = dict_insert(d, key, hash, value);
        } else {
            intptr_t ix = dict_lookup(d, key, hash);
            status = ix == DICT_ERROR ? -1 : ix >= 0 ? 0 : dict_insert(d, key, hash, value);
        }
        decref(key);
        decref(value);
        if (status < 0) return -1;
        if (s->used != expected) {
            err_set_str(&exc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* Merges a mapping: for key in src.keys(): d[key] = src[key]. */
static int merge_from_mapping(Value d, Value src, bool override) {
    Value keys = object_call_method(src, NAME(keys), NULL, 0);
    Value it = keys ? object_getiter(keys) : NULL;
    xdecref(keys);
    if (it == NULL) return -1;
    int status = 0;
    for (Value key; status == 0 && (key = object_iternext(it)) != NULL; decref(key)) {
        if (!override) {
            status = dict_contains(d, key);
            if (status != 0) {
                status = status < 0 ? -1 : 0;
                continue;
            }
        }
        Value value = object_getitem(src, key);
        status = value ? dict_set(d, key, value) : -1;
        xdecref(value);
    }
    decref(it);
    return status < 0 || err_occurred() ? -1 : 0;
}

int dict_merge(Value d, Value src, bool override) {
    if (is_dict(src) && type_of(src)->iter == type_dict.iter)
        return merge_from_dict(d, src, override);
    return merge_from_mapping(d, src, override);
}

/* d.update(iterable of pairs) */
int dict_merge_pairs(Value d, Value iterable) {
    Value it = object_getiter(iterable);
    if (it == NULL) return -1;
    intptr_t i = 0;
    int status = 0;
    for (Value item; status == 0 && (item = object_iternext(it)) != NULL; i++) {
        Value pair = is_tuple(item) || is_list(item) ? incref(item) : NULL;
        if (pair == NULL) {
            Value pair_it = object_getiter(item);
            if (pair_it == NULL) {
                if (err_matches(&exc_TypeError)) {
                    err_clear();
                    err_format(&exc_TypeError,
                               "cannot convert dictionary update sequence element #%zd to a "
                               "sequence",
                               i);
                }
            } else {
                pair = list_from_iterable(pair_it);
                decref(pair_it);
            }
        }
        decref(item);
        if (pair == NULL) {
            status = -1;
            break;
        }
        if (seq_size(pair) != 2) {
            err_format(&exc_ValueError,
                       "dictionary update sequence element #%zd has length %zd; 2 is required", i,
                       seq_size(pair));
            status = -1;
        } else {
            Value key = incref(seq_items(pair)[0]), value = incref(seq_items(pair)[1]);
            status = dict_set(d, key, value);
            decref(key);
            decref(value);
        }
        decref(pair);
    }
    decref(it);
    return status < 0 || err_occurred() ? -1 : 0;
}

int dict_update(Value d, Value other) {
    if (is_dict(other)) return dict_merge(d, other, true);
    Value keys = object_getattr(other, NAME(keys));
    if (keys != NULL) {
        decref(keys);
        return dict_merge(d, other, true);
    }
    if (!err_matches(&exc_AttributeError)) return -1;
    err_clear();
    return dict_merge_pairs(d, other);
}

Value dict_keys_list(Value d) {
    Value list = list_new(dict_size(d));
    if (list == NULL) return NULL;
    intptr_t pos = 0, i = 0;
    Value key;
    while (dict_next(d, &pos, &key, NULL)) list_set_steal(list, i++, incref(key));
    return list;
}

Value dict_setdefault(Value d, Value key, Value deflt) {
    hash_t hash = value_hash(key);
    if (hash == -1) return NULL;
    intptr_t ix = dict_lookup(d, key, hash);
    if (ix == DICT_ERROR) return NULL;
    if (ix >= 0) return dict_entry_at(d, ix)->value;
    if (dict_insert(d, key, hash, deflt) < 0) return NULL;
    return deflt;
}
