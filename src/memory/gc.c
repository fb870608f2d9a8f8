/* gc.c: object allocation (with the GC header for container types) and the
 * generational cycle collector. Collection uses trial deletion: copy each object's
 * refcount into gc_refs, subtract the references held by objects of the collected
 * generations, and whatever stays unreachable from an object with outside references
 * is garbage: finalized once (PEP 442), then broken up with the type's clear slot. */
#include "gc.h"

#include <string.h>

#include "../object/object.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "alloc.h"

typedef struct Generation {
    GCHead head; /* circular list sentinel */
    intptr_t threshold;
    intptr_t count; /* gen 0: allocations since the last collection; others: collections of the
                       younger one */
} Generation;

static Generation generations[GC_GENERATIONS] = {
    {{&generations[0].head, &generations[0].head, 0}, 700, 0},
    {{&generations[1].head, &generations[1].head, 0}, 10, 0},
    {{&generations[2].head, &generations[2].head, 0}, 10, 0},
};
static bool gc_enabled = true;
static bool gc_collecting = false;

/* gc_refs flags during a collection */
#define GC_REFS_SHIFT 2
#define GC_COLLECTING 1 /* in the set being collected */
#define GC_FINALIZED  2 /* finalizer already called (persists across collections) */

/* Whether v has a GC header. Static type objects are instances of `type` (a GC type)
 * but are statically allocated without one. */
static inline bool is_gc(Value v) {
    return !is_small_int(v) && type_has_flag(v->type, TPFLAG_GC) &&
           (!type_has_flag(v->type, TPFLAG_TYPE_SUBCLASS) ||
            type_has_flag((Type *)v, TPFLAG_HEAPTYPE));
}
static inline Value head_object(GCHead *h) { return (Value)(h + 1); }
static inline intptr_t refs_of(GCHead *h) { return h->gc_refs >> GC_REFS_SHIFT; }
static inline void refs_set(GCHead *h, intptr_t n) {
    h->gc_refs =
        (intptr_t)((uintptr_t)n << GC_REFS_SHIFT) | (h->gc_refs & (GC_COLLECTING | GC_FINALIZED));
}

static void list_init(GCHead *l) { l->next = l->prev = l; }
static bool list_empty(GCHead *l) { return l->next == l; }
static void list_remove(GCHead *h) {
    h->prev->next = h->next;
    h->next->prev = h->prev;
}
static void list_append(GCHead *l, GCHead *h) {
    h->prev = l->prev;
    h->next = l;
    l->prev->next = h;
    l->prev = h;
}
static void list_merge(GCHead *from, GCHead *to) {
    if (list_empty(from)) return;
    GCHead *first = from->next, *last = from->prev;
    first->prev = to->prev;
    to->prev->next = first;
    last->next = to;
    to->prev = last;
    list_init(from);
}

Value object_new(Type *type, size_t nitems) {
    if (!type_has_flag(type, TPFLAG_READY) && type_ready(type) < 0) return NULL;
    size_t size = type->basicsize + nitems * type->itemsize;
    Value v;
    if (type_has_flag(type, TPFLAG_GC)) {
        Generation *g0 = &generations[0];
        if (gc_enabled && !gc_collecting && ++g0->count > g0->threshold) {
            gc_collect(-1); /* picks the oldest generation due */
        }
        GCHead *h = mem_calloc(1, sizeof(GCHead) + size);
        if (!h) return err_no_memory();
        v = head_object(h);
    } else {
        v = mem_calloc(1, size);
        if (!v) return err_no_memory();
    }
    v->refcount = 1;
    v->type = type;
    if (type_has_flag(type, TPFLAG_HEAPTYPE)) incref((Value)type);
    return v;
}

void object_free(Value v) {
    if (type_has_flag(v->type, TPFLAG_GC)) {
        GCHead *h = gc_head(v);
        if (h->next) list_remove(h);
        mem_free(h);
    } else {
        mem_free(v);
    }
}

void gc_track(Value v) {
    GCHead *h = gc_head(v);
    if (h->next) return;
    list_append(&generations[0].head, h);
}

void gc_untrack(Value v) {
    GCHead *h = gc_head(v);
    if (!h->next) return;
    list_remove(h);
    h->next = h->prev = NULL;
}

static int visit_decref(Value v, void *arg) {
    (void)arg;
    if (v && is_gc(v)) {
        GCHead *h = gc_head(v);
        if (h->next && (h->gc_refs & GC_COLLECTING)) refs_set(h, refs_of(h) - 1);
    }
    return 0;
}

/* Marks v (reached from a live object) reachable: moves it back to the live list. */
static int visit_reachable(Value v, void *arg) {
    GCHead *live = arg;
    if (v && is_gc(v)) {
        GCHead *h = gc_head(v);
        if (h->next && (h->gc_refs & GC_COLLECTING) && refs_of(h) == 0) {
            refs_set(h, 1);
            list_remove(h);
            list_append(live, h); /* appended: the scan of `live` will traverse it */
        }
    }
    return 0;
}

/* Splits `young` into reachable objects (left in young) and unreachable ones. */
static void find_unreachable(GCHead *young, GCHead *unreachable) {
    for (GCHead *h = young->next; h != young; h = h->next) {
        h->gc_refs = (head_object(h)->refcount << GC_REFS_SHIFT) | GC_COLLECTING |
                     (h->gc_refs & GC_FINALIZED);
    }
    for (GCHead *h = young->next; h != young; h = h->next) {
        Value v = head_object(h);
        if (v->type->traverse) v->type->traverse(v, visit_decref, NULL);
    }
    /* Objects still referenced from outside seed the live set; everything they reach
     * is live too. Zero-count objects move to `unreachable` and come back if reached. */
    GCHead *h = young->next;
    while (h != young) {
        GCHead *next = h->next;
        if (refs_of(h) == 0) {
            list_remove(h);
            list_append(unreachable, h);
        }
        h = next;
    }
    for (h = young->next; h != young; h = h->next) {
        Value v = head_object(h);
        if (v->type->traverse) v->type->traverse(v, visit_reachable, young);
    }
}

static void clear_collecting(GCHead *l) {
    for (GCHead *h = l->next; h != l; h = h->next) h->gc_refs &= GC_FINALIZED;
}

/* PEP 442: call each finalizer once. Returns true when any ran (objects may have
 * been resurrected, so reachability must be recomputed). */
static bool run_finalizers(GCHead *unreachable) {
    bool ran = false;
    for (GCHead *h = unreachable->next; h != unreachable; h = h->next) {
        Value v = head_object(h);
        if (v->type->finalize && !(h->gc_refs & GC_FINALIZED)) {
            h->gc_refs |= GC_FINALIZED;
            incref(v);
            v->type->finalize(v);
            if (err_occurred()) err_clear();
            /* the decref cannot free v: the unreachable cycle still holds it */
            v->refcount--;
            ran = true;
        }
    }
    return ran;
}

/* Breaks every garbage cycle with the types' clear slots; objects freed as a result
 * unlink themselves from the list. */
static void delete_garbage(GCHead *unreachable, GCHead *old) {
    while (!list_empty(unreachable)) {
        GCHead *h = unreachable->next;
        Value v = head_object(h);
        h->gc_refs &= GC_FINALIZED;
        list_remove(h);
        list_append(old, h); /* if clearing doesn't free it, it survives into `old` */
        if (v->type->clear) {
            incref(v);
            v->type->clear(v);
            decref(v);
        }
    }
}

static intptr_t list_length(GCHead *l) {
    intptr_t n = 0;
    for (GCHead *h = l->next; h != l; h = h->next) n++;
    return n;
}

static intptr_t collect_generations(int oldest) {
    GCHead young, unreachable;
    list_init(&young);
    list_init(&unreachable);
    for (int g = 0; g <= oldest; g++) {
        list_merge(&generations[g].head, &young);
        generations[g].count = 0;
    }
    if (oldest + 1 < GC_GENERATIONS) generations[oldest + 1].count++;
    Generation *older = &generations[oldest + 1 < GC_GENERATIONS ? oldest + 1 : oldest];

    find_unreachable(&young, &unreachable);
    clear_collecting(&young);
    if (run_finalizers(&unreachable)) {
        /* Finalizers may have resurrected objects: recompute over the unreachable set
         * alone (references from everything else now count as outside ones). */
        GCHead again;
        list_init(&again);
        clear_collecting(&unreachable);
        find_unreachable(&unreachable, &again);
        clear_collecting(&unreachable);
        list_merge(&unreachable, &young); /* resurrected: survive */
        list_merge(&again, &unreachable);
    }
    list_merge(&young, &older->head);
    intptr_t found = list_length(&unreachable);
    delete_garbage(&unreachable, &older->head);
    return found;
}

intptr_t gc_collect(int generation) {
    if (gc_collecting) return 0;
    if (generation < 0) { /* automatic: the oldest generation whose count is over threshold */
        generation = 0;
        for (int g = GC_GENERATIONS - 1; g > 0; g--) {
            if (generations[g].count > generations[g].threshold) {
                generation = g;
                break;
            }
        }
    }
    if (generation >= GC_GENERATIONS) generation = GC_GENERATIONS - 1;
    gc_collecting = true;
    Value pending = err_fetch(); /* collection must not disturb a pending exception */
    intptr_t freed = collect_generations(generation);
    if (pending) err_restore(pending);
    gc_collecting = false;
    return freed;
}

bool gc_is_finalized(Value v) { return (gc_head(v)->gc_refs & GC_FINALIZED) != 0; }
void gc_set_finalized(Value v) { gc_head(v)->gc_refs |= GC_FINALIZED; }

bool gc_is_enabled(void) { return gc_enabled; }
void gc_set_enabled(bool on) { gc_enabled = on; }
void gc_set_threshold(int gen, intptr_t threshold) { generations[gen].threshold = threshold; }
intptr_t gc_get_threshold(int gen) { return generations[gen].threshold; }
intptr_t gc_get_count(int gen) { return generations[gen].count; }
