/* frame.h: execution frames. A frame's header, locals (localsplus) and value stack are one
 * block on the thread's contiguous frame stack (or inside a generator object), pushed by
 * bumping a pointer. Frame objects (sys._getframe, tracebacks) are made only on demand and
 * take over the frame's data if they outlive it. */
#ifndef PVM_FRAME_H
#define PVM_FRAME_H

#include "../object/code.h"
#include "state.h"

typedef enum FrameOwner {
    FRAME_OWNED_BY_THREAD,       /* on the thread's frame stack */
    FRAME_OWNED_BY_GENERATOR,    /* inside a generator / coroutine object */
    FRAME_OWNED_BY_FRAME_OBJECT, /* finished; its locals kept alive by a frame object */
} FrameOwner;

struct Frame {
    Frame *previous;    /* the caller while executing; NULL at the bottom or when suspended */
    Code *code;         /* strong */
    Value func;         /* the Function (strong), or NULL for module / class bodies and exec */
    Value globals;      /* borrowed from func; strong when func is NULL */
    Value builtins;     /* borrowed from func; strong when func is NULL */
    Value locals;       /* strong or NULL: the namespace mapping of unoptimised code */
    CodeUnit *instr;    /* the next instruction to execute */
    Value *sp;          /* value stack top while the frame is not running */
    Value frame_obj;    /* the FrameObject (strong) or NULL */
    uint8_t owner;      /* FrameOwner */
    bool is_entry;      /* returning from this frame leaves the C evaluation loop */
    Value localsplus[]; /* nlocalsplus fast slots, then the value stack (stacksize) */
};

#define FRAME_HEADER_VALUES ((sizeof(Frame) + sizeof(Value) - 1) / sizeof(Value))

static inline size_t frame_size_values(const Code *code) {
    return FRAME_HEADER_VALUES + (size_t)code->nlocalsplus + (size_t)code->stacksize;
}
static inline Value *frame_stack_bottom(Frame *f) { return f->localsplus + f->code->nlocalsplus; }
/* Index of the instruction being executed (or last executed) in code units. */
static inline int frame_lasti(const Frame *f) { return (int)(f->instr - f->code->units) - 1; }

/* ---- the thread's frame stack (chunks of Values) ---- */
int frame_stack_init(ThreadState *ts);
Frame *frame_stack_grow(ThreadState *ts, size_t nvalues); /* a new chunk; NULL + MemoryError */
void frame_stack_shrink(ThreadState *ts);                 /* the top chunk became empty */

/* Reserves an uninitialised frame of nvalues Values on the thread stack. */
static inline Frame *frame_alloc(ThreadState *ts, size_t nvalues) {
    Value *top = ts->stack_top;
    if ((size_t)(ts->stack_limit - top) < nvalues) return frame_stack_grow(ts, nvalues);
    ts->stack_top = top + nvalues;
    return (Frame *)top;
}
/* Releases the topmost frame's memory (after frame_clear). */
static inline void frame_free(ThreadState *ts, Frame *f) {
    ts->stack_top = (Value *)f;
    if (ts->stack_top == ts->stack_base) frame_stack_shrink(ts);
}

/* Fills the header of a frame for `code`; the fast slots are set to NULL. func is stolen
 * (may be NULL: then globals/builtins are increfed); locals is increfed (may be NULL). */
void frame_init(Frame *f, Code *code, Value func, Value globals, Value builtins, Value locals);
/* Releases everything the frame holds (fast slots, stack values up to f->sp, func, code).
 * A frame object that outlives the frame takes a copy of the locals. */
void frame_clear(Frame *f);

/* frame_clear with the common case (a function's frame without a frame object) inline. */
static inline void frame_clear_fast(Frame *f) {
    if (f->frame_obj || !f->func) {
        frame_clear(f);
        return;
    }
    for (Value *p = f->localsplus, *end = f->sp; p < end; p++) xdecref(*p);
    decref(f->func);
    decref((Value)f->code);
}

/* ---- frame objects ---- */
typedef struct FrameObject {
    Object ob;
    Frame *frame;      /* live frame, or the owned copy in `owned` */
    Value back;        /* f_back fixed when the frame finished, or NULL */
    Value locals_dict; /* the f_locals snapshot of optimised frames, or NULL */
    Value trace;       /* f_trace */
    bool owned;        /* frame points to our own heap copy */
} FrameObject;

extern Type type_frame;

Value frame_get_object(Frame *f); /* borrowed FrameObject of f, created on demand; NULL + error */
Value frame_get_locals(Frame *f); /* new ref: the locals mapping (a synced dict if optimised) */
int frame_line(Frame *f);         /* current line number of f */

#endif
