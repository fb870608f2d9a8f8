/* consts.c: the deduplicated constant table of consts.h (a value array plus an open
 * addressing index keyed by a type-aware hash). */
#include "consts.h"

#include <math.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/code.h"
#include "../object/complex.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/set.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "fold.h"

static bool same_double(double a, double b) { return a == b && signbit(a) == signbit(b); }

/* Same size and every key of a has a key-equal match in b. */
static bool frozenset_key_equal(Value a, Value b) {
    if (set_size(a) != set_size(b)) return false;
    Value ka, kb;
    hash_t h;
    for (intptr_t pa = 0; set_next(a, &pa, &ka, &h);) {
        bool found = false;
        for (intptr_t pb = 0; !found && set_next(b, &pb, &kb, &h);) found = const_key_equal(ka, kb);
        if (!found) return false;
    }
    return true;
}

static bool tuple_key_equal(Value a, Value b) {
    if (tuple_size(a) != tuple_size(b)) return false;
    for (intptr_t i = 0; i < tuple_size(a); i++)
        if (!const_key_equal(tuple_get(a, i), tuple_get(b, i))) return false;
    return true;
}

static bool bytes_equal(Value a, Value b) {
    return bytes_size(a) == bytes_size(b) &&
           memcmp(bytes_data(a), bytes_data(b), (size_t)bytes_size(a)) == 0;
}

/* Code objects are equal constants when they compile to the same thing (a body compiled
 * twice, as a finally block is, gives one constant). */
static bool code_key_equal(const Code *a, const Code *b) {
    if (a->argcount != b->argcount || a->posonlyargcount != b->posonlyargcount ||
        a->kwonlyargcount != b->kwonlyargcount || a->flags != b->flags ||
        a->firstlineno != b->firstlineno || a->ncodeunits != b->ncodeunits ||
        !str_equal(a->name, b->name))
        return false;
    for (intptr_t i = 0; i < a->ncodeunits;) {
        int op = code_base_opcode(a->units[i]);
        if (op != code_base_opcode(b->units[i]) || unit_arg(a->units[i]) != unit_arg(b->units[i]))
            return false;
        i += 1 + opcode_info[op].caches;
    }
    return tuple_key_equal(a->consts, b->consts) && tuple_key_equal(a->names, b->names) &&
           tuple_key_equal(a->localsplusnames, b->localsplusnames) &&
           bytes_equal(a->linetable, b->linetable) &&
           bytes_equal(a->exceptiontable, b->exceptiontable);
}

bool const_key_equal(Value a, Value b) {
    if (a == b) return true;
    Type *t = type_of(a);
    if (t != type_of(b)) return false;
    if (t == &type_int) return int_compare(a, b) == 0;
    if (t == &type_float) return same_double(float_value(a), float_value(b));
    if (t == &type_complex)
        return same_double(((Complex *)a)->real, ((Complex *)b)->real) &&
               same_double(((Complex *)a)->imag, ((Complex *)b)->imag);
    if (t == &type_str) return str_equal(a, b);
    if (t == &type_bytes) return bytes_equal(a, b);
    if (t == &type_tuple) return tuple_key_equal(a, b);
    if (t == &type_frozenset) return frozenset_key_equal(a, b);
    if (t == &type_code) return code_key_equal((const Code *)a, (const Code *)b);
    return false; /* singletons: identity */
}

static uint64_t mix(uint64_t h, uint64_t v) {
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h;
}

static uint64_t const_hash(Value v) {
    Type *t = type_of(v);
    uint64_t h = (uint64_t)(uintptr_t)t;
    if (t == &type_int) return mix(h, (uint64_t)int_hash(v));
    if (t == &type_float) return mix(h, (uint64_t)float_hash_double(float_value(v)));
    if (t == &type_complex)
        return mix(mix(h, (uint64_t)float_hash_double(((Complex *)v)->real)),
                   (uint64_t)float_hash_double(((Complex *)v)->imag));
    if (t == &type_str) return mix(h, (uint64_t)str_hash(v));
    if (t == &type_bytes) {
        for (intptr_t i = 0; i < bytes_size(v); i++)
            h = (h ^ (uint8_t)bytes_data(v)[i]) * 1099511628211ull;
        return h;
    }
    if (t == &type_tuple) {
        for (intptr_t i = 0; i < tuple_size(v); i++) h = mix(h, const_hash(tuple_get(v, i)));
        return h;
    }
    if (t == &type_code) {
        const Code *co = (const Code *)v;
        return mix(mix(mix(h, (uint64_t)str_hash(co->name)), (uint64_t)co->ncodeunits),
                   (uint64_t)co->firstlineno);
    }
    if (t == &type_frozenset) {
        uint64_t x = 0; /* order-independent */
        Value key;
        hash_t kh;
        for (intptr_t pos = 0; set_next(v, &pos, &key, &kh);) x ^= const_hash(key);
        return mix(h, x);
    }
    return mix(h, (uint64_t)(uintptr_t)v);
}

static int rebuild_index(ConstTable *t) {
    int nslots = 16;
    while (nslots < (t->n + 1) * 4) nslots *= 2;
    int *slots = mem_calloc((size_t)nslots, sizeof(int));
    if (!slots) return err_no_memory(), -1;
    mem_free(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    for (int i = 0; i < t->n; i++) {
        unsigned mask = (unsigned)nslots - 1, j = (unsigned)const_hash(t->items[i]) & mask;
        while (slots[j]) j = (j + 1) & mask;
        slots[j] = i + 1;
    }
    return 0;
}

static Value rebuild_frozensets(Value v, ConstPool *pool);

/* frozenset(tuple(s)) with the items' frozensets rebuilt too */
static Value frozenset_rebuilt(Value s, ConstPool *pool) {
    Value items = tuple_new(set_size(s));
    if (!items) return NULL;
    Value key;
    hash_t h;
    intptr_t i = 0;
    for (intptr_t pos = 0; set_next(s, &pos, &key, &h);) {
        Value k = rebuild_frozensets(key, pool);
        if (!k) {
            decref(items);
            return NULL;
        }
        tuple_items(items)[i++] = k;
    }
    Value r = set_new_from(&type_frozenset, items);
    decref(items);
    return r;
}

/* CPython interns identifier-like strings of a new code object's frozenset constants and
 * rebuilds the set when that replaced a string: the case of a string longer than one
 * character (shorter ones are singletons) equal to one interned before this compilation
 * made its constants (see const_pool_interned_before). */
static bool reinterned(Value s, ConstPool *pool) {
    Value key;
    hash_t h;
    for (intptr_t pos = 0; set_next(s, &pos, &key, &h);) {
        intptr_t n;
        const char *u = is_str_exact(key) ? str_utf8_len(key, &n) : NULL;
        if (!u || n < 2) continue;
        bool name = true;
        for (intptr_t i = 0; i < n && name; i++)
            name = (u[i] >= 'a' && u[i] <= 'z') || (u[i] >= 'A' && u[i] <= 'Z') ||
                   (u[i] >= '0' && u[i] <= '9') || u[i] == '_';
        if (name && const_pool_interned_before(pool, key)) return true;
    }
    return false;
}

/* A new reference to v with each non-empty frozenset inside rebuilt from its own iteration
 * order, as CPython's constant merging does (it decides the order the set shows). */
static Value rebuild_frozensets(Value v, ConstPool *pool) {
    if (is_frozenset_exact(v) && set_size(v)) {
        Value r = frozenset_rebuilt(v, pool);
        if (r && reinterned(r, pool)) setref(&r, frozenset_rebuilt(r, pool));
        return r;
    }
    if (is_tuple_exact(v)) {
        Value t = tuple_new(tuple_size(v));
        for (intptr_t i = 0; t && i < tuple_size(v); i++)
            if (!(tuple_items(t)[i] = rebuild_frozensets(tuple_get(v, i), pool))) setref(&t, NULL);
        return t;
    }
    return incref(v);
}

int consts_add(ConstTable *t, Value v) {
    uint64_t h = const_hash(v);
    if (t->n && !t->nslots && rebuild_index(t) < 0) return -1;
    if (t->nslots) {
        unsigned mask = (unsigned)t->nslots - 1;
        for (unsigned j = (unsigned)h & mask; t->slots[j]; j = (j + 1) & mask)
            if (const_key_equal(t->items[t->slots[j] - 1], v)) return t->slots[j] - 1;
    }
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        Value *items = mem_realloc(t->items, sizeof(Value) * (size_t)cap);
        if (!items) return err_no_memory(), -1;
        t->items = items;
        t->cap = cap;
    }
    if (!(v = rebuild_frozensets(v, t->pool))) return -1;
    t->items[t->n++] = v;
    if ((t->n + 1) * 2 > t->nslots) return rebuild_index(t) < 0 ? -1 : t->n - 1;
    unsigned mask = (unsigned)t->nslots - 1, j = (unsigned)h & mask;
    while (t->slots[j]) j = (j + 1) & mask;
    t->slots[j] = t->n;
    return t->n - 1;
}

int consts_add_steal(ConstTable *t, Value v) {
    if (!v) return -1;
    int i = consts_add(t, v);
    decref(v);
    return i;
}

Value consts_tuple(const ConstTable *t, int n) { return tuple_from_array(t->items, n); }

void consts_truncate(ConstTable *t, int n) {
    if (n >= t->n) return;
    while (t->n > n) decref(t->items[--t->n]);
    mem_free(t->slots); /* rebuilt by the next consts_add */
    t->slots = NULL;
    t->nslots = 0;
}

void consts_clear(ConstTable *t) {
    for (int i = 0; i < t->n; i++) decref(t->items[i]);
    mem_free(t->items);
    mem_free(t->slots);
    *t = (ConstTable){0};
}
