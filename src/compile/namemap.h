/* namemap.h: an insertion-ordered map from interned str Values (compared by identity) to
 * ints, used by the symbol table (symbol flags, name sets) and the compiler (co_names,
 * co_varnames, cell and free variable indexes). */
#ifndef PVM_NAMEMAP_H
#define PVM_NAMEMAP_H

#include <stdbool.h>

#include "../object/object.h"

typedef struct NameMap {
    Value *keys; /* insertion order; NULL marks a deleted entry */
    int *vals;
    int len, cap; /* entries used in keys/vals (deleted ones included) */
    int count;    /* live entries */
    int *slots;   /* open addressing: entry index + 1, 0 empty, -1 deleted */
    int nslots;   /* power of two */
} NameMap;

/* All functions keep no references: keys must stay alive (interned strings are immortal). */
bool namemap_get(const NameMap *m, Value key, int *val);
static inline bool namemap_has(const NameMap *m, Value key) { return namemap_get(m, key, NULL); }
int namemap_set(NameMap *m, Value key, int val); /* 0, or -1 with MemoryError */
/* The value of key, adding it with value `count` (before insertion) if absent; -1 on OOM. */
int namemap_index(NameMap *m, Value key);
void namemap_del(NameMap *m, Value key);
int namemap_update(NameMap *dst, const NameMap *src); /* adds every entry of src; -1 on OOM */
void namemap_clear(NameMap *m);                       /* frees the storage */
/* Iteration: for (int i = 0; namemap_next(m, &i, &key, &val);) */
bool namemap_next(const NameMap *m, int *pos, Value *key, int *val);

#endif
