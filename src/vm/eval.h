/* eval.h: the bytecode evaluation loop and its entry points: running module and class
 * bodies (eval_code), calling Python functions (call.h) and resuming generator frames, and
 * what built-ins need from the executing frame (globals(), locals(), sys._getframe). */
#ifndef PVM_EVAL_H
#define PVM_EVAL_H

#include "frame.h"

/* Runs a code object with the given namespaces (locals may be NULL: then globals). Used
 * for the main module, imports, class bodies (through __build_class__), exec and eval. */
Value eval_code(Value code, Value globals, Value locals);
/* Like eval_code, with a closure (a tuple of cells, for class bodies) or NULL. */
Value eval_code_closure(Value code, Value globals, Value locals, Value closure);

/* Runs the frame f (already initialised, not yet linked) until it returns or yields.
 * A thread-owned frame is cleared and freed when it finishes. With `throwing`, the pending
 * exception is raised inside the frame at its current instruction (generator.throw). */
Value eval_frame(ThreadState *ts, Frame *f, bool throwing);

/* The executing Python frame (NULL when none). */
static inline Frame *eval_current_frame(void) { return current_thread()->frame; }
Value eval_get_globals(void); /* borrowed, or NULL when no Python frame runs */
Value eval_get_locals(void);  /* new ref: locals() of the current frame; NULL + error */

#endif
