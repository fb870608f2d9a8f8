/* state.h: the interpreter and thread state: everything global about a running pvm.
 * One interpreter, one thread for now; all access goes through these accessors so a
 * thread-local state can come later without touching callers. */
#ifndef PVM_STATE_H
#define PVM_STATE_H

#include "../object/object.h"

typedef struct Frame Frame;

typedef struct ThreadState {
    Frame *frame;      /* the executing frame (top of the frame chain) */
    Value *stack_base; /* the contiguous frame stack */
    Value *stack_top;  /* first free slot */
    Value *stack_limit;
    Value current_exception; /* pending (being raised) exception or NULL */
    Value handled_exception; /* the exception being handled (sys.exc_info), or NULL */
    int recursion_depth;     /* C-level and Python-level call depth */
    int recursion_limit;     /* sys.getrecursionlimit() */
} ThreadState;

typedef struct Interp {
    Value modules;  /* sys.modules (dict) */
    Value builtins; /* the builtins module's dict */
    Value sysdict;  /* the sys module's dict */
    Value argv;     /* list of str */
    const char *stdlib_path;
} Interp;

extern ThreadState thread_state;
extern Interp interp;

static inline ThreadState *current_thread(void) { return &thread_state; }

/* Recursion guard for C code that recurses on user data (repr, compare, ...). */
int recursion_enter(const char *where); /* -1 with RecursionError set when too deep */
void recursion_leave(void);
bool recursion_c_stack_exhausted(void); /* the C stack is nearly used up (vm/recursion.c) */

#endif
