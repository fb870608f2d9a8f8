/* traceback.h: traceback objects, one entry per frame an exception passed through. They
 * are printed by err_print_exception (errors.h, vm/exc_print.c). */
#ifndef PVM_TRACEBACK_H
#define PVM_TRACEBACK_H

#include "frame.h"

typedef struct Traceback {
    Object ob;
    Value next;  /* Traceback or NULL */
    Value frame; /* FrameObject */
    int lasti;   /* code unit index of the instruction */
    int lineno;
} Traceback;

extern Type type_traceback;

static inline bool is_traceback(Value v) { return !is_small_int(v) && v->type == &type_traceback; }

Value traceback_new(Value next, Value frame, int lasti, int lineno);
/* Prepends an entry for f (at its current instruction) to the pending exception's
 * __traceback__. Errors while doing so are ignored (the exception stays pending). */
void traceback_here(Frame *f);

#endif
