/* specialize.h: the adaptive specialisation of hot instructions (vm/specialize.c). A base
 * instruction counts down in its first inline cache unit; at zero it tries to rewrite
 * itself in place into a specialised form (the SPECIALIZED entries of opcodes.def) that
 * keeps what it learnt in the remaining cache units. A specialised form that keeps
 * missing reverts to its base form. */
#ifndef PVM_SPECIALIZE_H
#define PVM_SPECIALIZE_H

#include "../object/dict_internal.h"
#include "frame.h"

static inline uint64_t dict_version_of(Value d) { return ((Dict *)d)->version; }

#define SPECIALIZE_BACKOFF 53 /* executions before retrying after a failed attempt */
#define SPECIALIZE_MISSES  53 /* misses a specialised form tolerates before reverting */

/* cache points at the first inline cache unit (the adaptive counter). True when the
 * instruction should try to specialise now; otherwise counts down. */
static inline bool specialize_due(CodeUnit *cache) {
    if (cache[0] == 0) return true;
    cache[0]--;
    return false;
}

/* A specialised instruction whose guard failed: counts the miss, and after
 * SPECIALIZE_MISSES of them rewrites instr back to base. */
static inline void specialize_miss(CodeUnit *instr, int base) {
    if (instr[1] > 0) {
        instr[1]--;
        return;
    }
    *instr = make_unit(base, unit_arg(*instr));
    instr[1] = SPECIALIZE_BACKOFF;
}

/* Attempts; instr points at the instruction's own code unit. */
void specialize_binary_op(CodeUnit *instr, Value a, Value b, int oparg);
void specialize_compare_op(CodeUnit *instr, Value a, Value b, int oparg);
void specialize_load_attr(CodeUnit *instr, Value owner, Value name);
void specialize_store_attr(CodeUnit *instr, Value owner, Value name);
void specialize_load_method(CodeUnit *instr, Value owner, Value name);

/* LOAD_GLOBAL: the lookup itself (new ref, NULL + NameError), specialising on the way. */
Value specialize_load_global(Frame *f, CodeUnit *instr, Value name);
/* The side table of a code object (Code.extra, one block without references): a cache
 * entry per LOAD_GLOBAL site, valid while both namespaces keep their identity and version
 * (dict versions come from one global counter, so they never repeat). */
typedef struct GlobalCacheEntry {
    Value globals, builtins;
    uint64_t globals_version, builtins_version; /* builtins_version 0: found in globals */
    Value value; /* borrowed: kept alive by the dict while its version is unchanged */
} GlobalCacheEntry;

typedef struct CodeExtra {
    int nglobals, used;
    GlobalCacheEntry globals[];
} CodeExtra;

/* LOAD_GLOBAL_CACHED's miss: refreshes the entry (or reverts the instruction when the
 * code has no such entry, e.g. units copied into a new code object); borrowed value, or
 * NULL when not found. */
Value specialize_load_global_refresh(Frame *f, CodeUnit *instr, Value name);

/* LOAD_GLOBAL_CACHED: the borrowed value (NULL: not found, no error). */
static inline Value specialize_load_global_cached(Frame *f, CodeUnit *instr, Value name) {
    CodeExtra *x = f->code->extra;
    if (!x || instr[2] >= x->used) return specialize_load_global_refresh(f, instr, name);
    GlobalCacheEntry *e = &x->globals[instr[2]];
    if (e->globals == f->globals && e->builtins == f->builtins &&
        e->globals_version == dict_version_of(f->globals) &&
        (e->builtins_version == 0 || e->builtins_version == dict_version_of(f->builtins)))
        return e->value;
    return specialize_load_global_refresh(f, instr, name);
}

/* The guards and fast paths of the specialised attribute forms: a borrowed result, or
 * NULL (no error) to take the generic path. */
Value specialize_load_attr_instance(CodeUnit *instr, Value owner, Value name);
Value specialize_load_method_cached(CodeUnit *instr, Value owner, Value name);
/* 1 stored, 0 take the generic path, -1 error. */
int specialize_store_attr_instance(CodeUnit *instr, Value owner, Value name, Value v);

#endif
