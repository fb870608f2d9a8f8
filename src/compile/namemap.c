/* namemap.c: the insertion-ordered identity map of namemap.h (open addressing over an
 * entry array, tombstones on deletion, rebuilt on growth). */
#include "namemap.h"

#include "../memory/alloc.h"
#include "../vm/errors.h"

static unsigned hash_ptr(Value key) {
    uintptr_t h = (uintptr_t)key >> 4;
    h *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (unsigned)(h >> 20);
}

/* Slot index holding key, or -1. */
static int find_slot(const NameMap *m, Value key) {
    if (!m->nslots) return -1;
    unsigned mask = (unsigned)m->nslots - 1;
    for (unsigned i = hash_ptr(key) & mask;; i = (i + 1) & mask) {
        int s = m->slots[i];
        if (s == 0) return -1;
        if (s > 0 && m->keys[s - 1] == key) return (int)i;
    }
}

bool namemap_get(const NameMap *m, Value key, int *val) {
    int slot = find_slot(m, key);
    if (slot < 0) return false;
    if (val) *val = m->vals[m->slots[slot] - 1];
    return true;
}

static void insert_slot(NameMap *m, Value key, int entry) {
    unsigned mask = (unsigned)m->nslots - 1;
    unsigned i = hash_ptr(key) & mask;
    while (m->slots[i] > 0) i = (i + 1) & mask;
    m->slots[i] = entry + 1;
}

/* Makes room for one more entry: compacts deleted entries and grows the tables. */
static int reserve(NameMap *m) {
    if (m->len < m->cap && (m->len + 1) * 2 <= m->nslots) return 0;
    int live = 0;
    for (int i = 0; i < m->len; i++) {
        if (!m->keys[i]) continue;
        m->keys[live] = m->keys[i];
        m->vals[live++] = m->vals[i];
    }
    m->len = live;
    if (m->len + 1 > m->cap) {
        int cap = m->cap ? m->cap * 2 : 8;
        Value *keys = mem_realloc(m->keys, sizeof(Value) * (size_t)cap);
        if (!keys) return err_no_memory(), -1;
        m->keys = keys;
        int *vals = mem_realloc(m->vals, sizeof(int) * (size_t)cap);
        if (!vals) return err_no_memory(), -1;
        m->vals = vals;
        m->cap = cap;
    }
    int nslots = 16;
    while (nslots < (m->len + 1) * 3) nslots *= 2;
    int *slots = mem_calloc((size_t)nslots, sizeof(int));
    if (!slots) return err_no_memory(), -1;
    mem_free(m->slots);
    m->slots = slots;
    m->nslots = nslots;
    for (int i = 0; i < m->len; i++) insert_slot(m, m->keys[i], i);
    return 0;
}

int namemap_set(NameMap *m, Value key, int val) {
    int slot = find_slot(m, key);
    if (slot >= 0) {
        m->vals[m->slots[slot] - 1] = val;
        return 0;
    }
    if (reserve(m) < 0) return -1;
    m->keys[m->len] = key;
    m->vals[m->len] = val;
    insert_slot(m, key, m->len);
    m->len++;
    m->count++;
    return 0;
}

int namemap_index(NameMap *m, Value key) {
    int val;
    if (namemap_get(m, key, &val)) return val;
    val = m->count;
    return namemap_set(m, key, val) < 0 ? -1 : val;
}

void namemap_del(NameMap *m, Value key) {
    int slot = find_slot(m, key);
    if (slot < 0) return;
    m->keys[m->slots[slot] - 1] = NULL;
    m->slots[slot] = -1;
    m->count--;
}

int namemap_update(NameMap *dst, const NameMap *src) {
    Value key;
    int val;
    for (int i = 0; namemap_next(src, &i, &key, &val);)
        if (namemap_set(dst, key, val) < 0) return -1;
    return 0;
}

void namemap_clear(NameMap *m) {
    mem_free(m->keys);
    mem_free(m->vals);
    mem_free(m->slots);
    *m = (NameMap){0};
}

bool namemap_next(const NameMap *m, int *pos, Value *key, int *val) {
    while (*pos < m->len) {
        int i = (*pos)++;
        if (!m->keys[i]) continue;
        if (key) *key = m->keys[i];
        if (val) *val = m->vals[i];
        return true;
    }
    return false;
}
