/* traceback.h: traceback objects (one entry per frame an exception passed through) and
 * the printing of uncaught exceptions byte for byte as CPython 3.11 (err_print_exception
 * in errors.h), including 3.11's ^^^^ / ~~~^~~~ position markers and SyntaxErrors. */
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

/* Writes the lines of the traceback tb (without the header) and of the exception to a
 * UTF-8 text: the building blocks the `traceback` module may reuse. new str or NULL. */
Value traceback_format_exception(Value exc);

#endif
