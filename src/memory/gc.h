/* gc.h: the cycle collector's public interface (object allocation and tracking are
 * declared in object/object.h). Generational, trial deletion over the GC headers. */
#ifndef PVM_GC_H
#define PVM_GC_H

#include <stdbool.h>
#include <stdint.h>

#include "../object/object.h"

#define GC_GENERATIONS 3

intptr_t
gc_collect(int generation); /* collects generations 0..generation; returns the count freed */
/* PEP 442: an object's finalizer (__del__) runs at most once; the mark lives in its
 * GC header and survives collections. */
bool gc_is_finalized(Value v);
void gc_set_finalized(Value v);

bool gc_is_enabled(void);
void gc_set_enabled(bool on);
void gc_set_threshold(int gen, intptr_t threshold);
intptr_t gc_get_threshold(int gen);
intptr_t gc_get_count(int gen);

#endif
