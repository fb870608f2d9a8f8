/* frame.c: the thread's chunked frame stack, frame set-up and tear-down, and frame objects
 * (f_code, f_lineno, f_lasti, f_globals, f_builtins, f_locals, f_back), which copy the
 * frame's locals into themselves when they outlive it. */
#include "frame.h"

#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/dict.h"
#include "../object/function.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "errors.h"

/* ---- the chunked frame stack ---- */

typedef struct StackChunk {
    struct StackChunk *prev;
    Value *prev_top; /* top of the previous chunk when this one was entered */
    Value *limit;
} StackChunk;

#define CHUNK_VALUES ((size_t)1 << 16)

static StackChunk *spare_chunk; /* the last chunk left, kept to avoid thrashing at a boundary */

static inline Value *chunk_data(StackChunk *c) { return (Value *)(c + 1); }
static inline StackChunk *current_chunk(ThreadState *ts) {
    return (StackChunk *)ts->stack_base - 1;
}

static StackChunk *chunk_new(size_t nvalues) {
    if (nvalues < CHUNK_VALUES) nvalues = CHUNK_VALUES;
    if (spare_chunk && (size_t)(spare_chunk->limit - chunk_data(spare_chunk)) >= nvalues) {
        StackChunk *c = spare_chunk;
        spare_chunk = NULL;
        return c;
    }
    if (nvalues > ((size_t)1 << 40)) return NULL;
    StackChunk *c = mem_alloc(sizeof(StackChunk) + nvalues * sizeof(Value));
    if (!c) return NULL;
    c->limit = chunk_data(c) + nvalues;
    return c;
}

int frame_stack_init(ThreadState *ts) {
    StackChunk *c = chunk_new(CHUNK_VALUES);
    if (!c) return -1;
    c->prev = NULL;
    c->prev_top = NULL;
    ts->stack_base = ts->stack_top = chunk_data(c);
    ts->stack_limit = c->limit;
    return 0;
}

Frame *frame_stack_grow(ThreadState *ts, size_t nvalues) {
    StackChunk *c = chunk_new(nvalues);
    if (!c) {
        err_no_memory();
        return NULL;
    }
    c->prev = current_chunk(ts);
    c->prev_top = ts->stack_top;
    ts->stack_base = chunk_data(c);
    ts->stack_top = ts->stack_base + nvalues;
    ts->stack_limit = c->limit;
    return (Frame *)ts->stack_base;
}

void frame_stack_shrink(ThreadState *ts) {
    StackChunk *c = current_chunk(ts);
    if (!c->prev) return;
    ts->stack_base = chunk_data(c->prev);
    ts->stack_top = c->prev_top;
    ts->stack_limit = c->prev->limit;
    mem_free(spare_chunk);
    spare_chunk = c;
}

/* ---- frames ---- */

void frame_init(Frame *f, Code *code, Value func, Value globals, Value builtins, Value locals) {
    f->previous = NULL;
    f->code = (Code *)incref((Value)code);
    f->func = func;
    if (!func) {
        incref(globals);
        incref(builtins);
    }
    f->globals = globals;
    f->builtins = builtins;
    f->locals = xincref(locals);
    f->instr = code->units;
    f->frame_obj = NULL;
    f->owner = FRAME_OWNED_BY_THREAD;
    f->is_entry = false;
    for (int i = 0; i < code->nlocalsplus; i++) f->localsplus[i] = NULL;
    f->sp = f->localsplus + code->nlocalsplus;
}

static void frame_release_fields(Frame *f) {
    for (int i = 0; i < f->code->nlocalsplus; i++) xdecref(f->localsplus[i]);
    xdecref(f->locals);
    if (f->func) {
        decref(f->func);
    } else {
        decref(f->globals);
        decref(f->builtins);
    }
    decref((Value)f->code);
}

/* The frame object outlives the frame: give it a heap copy of the header and fast slots. */
static void frame_object_take_ownership(FrameObject *fo, Frame *f) {
    size_t n = FRAME_HEADER_VALUES + (size_t)f->code->nlocalsplus;
    Frame *copy = mem_alloc(n * sizeof(Value));
    if (!copy) {
        frame_release_fields(f);
        fo->frame = NULL;
        return;
    }
    memcpy(copy, f, n * sizeof(Value));
    copy->owner = FRAME_OWNED_BY_FRAME_OBJECT;
    copy->frame_obj = NULL;
    copy->previous = NULL;
    copy->is_entry = false;
    copy->sp = copy->localsplus + f->code->nlocalsplus;
    fo->frame = copy;
    fo->owned = true;
    if (f->previous && !fo->back) {
        Value pending = err_fetch();
        Value back = frame_get_object(f->previous);
        if (back) fo->back = incref(back);
        err_restore(pending);
    }
}

void frame_clear(Frame *f) {
    for (Value *p = frame_stack_bottom(f); p < f->sp; p++) xdecref(*p);
    f->sp = frame_stack_bottom(f);
    if (f->frame_obj) {
        FrameObject *fo = (FrameObject *)f->frame_obj;
        f->frame_obj = NULL;
        if (fo->ob.refcount > 1) {
            frame_object_take_ownership(fo, f);
            decref((Value)fo);
            return;
        }
        fo->frame = NULL;
        decref((Value)fo);
    }
    frame_release_fields(f);
}

int frame_line(Frame *f) {
    int lasti = frame_lasti(f);
    if (lasti < 0) return f->code->firstlineno;
    return code_addr_to_line((Value)f->code, lasti);
}

Value frame_get_object(Frame *f) {
    if (f->frame_obj) return f->frame_obj;
    FrameObject *fo = (FrameObject *)object_new(&type_frame, 0);
    if (!fo) return NULL;
    fo->frame = f;
    f->frame_obj = (Value)fo;
    gc_track((Value)fo);
    return (Value)fo;
}

/* The value a fast slot shows in f_locals: cells show their contents. */
static Value fast_slot_value(Frame *f, int i) {
    Value v = f->localsplus[i];
    if (!v) return NULL;
    uint8_t kind = (uint8_t)bytes_data(f->code->localspluskinds)[i];
    if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && !is_small_int(v) && v->type == &type_cell &&
        (frame_lasti(f) >= 0 || (kind & CO_FAST_FREE))) {
        return ((Cell *)v)->contents;
    }
    return v;
}

/* Brings the f_locals dict of an optimised frame up to date with the fast slots. */
static int sync_locals_dict(Frame *f, Value d) {
    Value names = f->code->localsplusnames;
    for (int i = 0; i < f->code->nlocalsplus; i++) {
        Value name = tuple_get(names, i);
        Value v = fast_slot_value(f, i);
        if (v) {
            if (dict_set(d, name, v) < 0) return -1;
        } else if (dict_get_str(d, name) && dict_del(d, name) < 0) {
            return -1;
        }
    }
    return 0;
}

Value frame_get_locals(Frame *f) {
    if (!(f->code->flags & CO_OPTIMIZED) && f->locals) return incref(f->locals);
    FrameObject *fo = (FrameObject *)frame_get_object(f);
    if (!fo) return NULL;
    if (!fo->locals_dict && !(fo->locals_dict = dict_new())) return NULL;
    if (sync_locals_dict(f, fo->locals_dict) < 0) return NULL;
    return incref(fo->locals_dict);
}

/* ---- the frame type ---- */

static Frame *live_frame(Value self) {
    Frame *f = ((FrameObject *)self)->frame;
    if (!f) err_set_str(&exc_RuntimeError, "frame object has been cleared");
    return f;
}

static Value frame_f_code(Value self, void *c) {
    (void)c;
    Frame *f = live_frame(self);
    return f ? incref((Value)f->code) : NULL;
}
static Value frame_f_globals(Value self, void *c) {
    (void)c;
    Frame *f = live_frame(self);
    return f ? incref(f->globals) : NULL;
}
static Value frame_f_builtins(Value self, void *c) {
    (void)c;
    Frame *f = live_frame(self);
    return f ? incref(f->builtins) : NULL;
}
static Value frame_f_locals(Value self, void *c) {
    (void)c;
    Frame *f = live_frame(self);
    return f ? frame_get_locals(f) : NULL;
}
static Value frame_f_lineno(Value self, void *c) {
    (void)c;
    Frame *f = live_frame(self);
    return f ? small_int(frame_line(f)) : NULL;
}
static Value frame_f_lasti(Value self, void *c) {
    (void)c;
    Frame *f = live_frame(self);
    return f ? small_int(frame_lasti(f) < 0 ? -1 : frame_lasti(f) * 2) : NULL;
}
static Value frame_f_back(Value self, void *c) {
    (void)c;
    FrameObject *fo = (FrameObject *)self;
    if (fo->back) return incref(fo->back);
    if (fo->owned || !fo->frame || !fo->frame->previous) return NONE;
    Value back = frame_get_object(fo->frame->previous);
    return xincref(back);
}
static Value frame_f_trace(Value self, void *c) {
    (void)c;
    Value t = ((FrameObject *)self)->trace;
    return incref(t ? t : NONE);
}
static int frame_set_f_trace(Value self, Value v, void *c) {
    (void)c;
    setref(&((FrameObject *)self)->trace, v && v != NONE ? incref(v) : NULL);
    return 0;
}

static GetSetDef frame_getsets[] = {
    {"f_code", frame_f_code, NULL, NULL, NULL},
    {"f_globals", frame_f_globals, NULL, NULL, NULL},
    {"f_builtins", frame_f_builtins, NULL, NULL, NULL},
    {"f_locals", frame_f_locals, NULL, NULL, NULL},
    {"f_lineno", frame_f_lineno, NULL, NULL, NULL},
    {"f_lasti", frame_f_lasti, NULL, NULL, NULL},
    {"f_back", frame_f_back, NULL, NULL, NULL},
    {"f_trace", frame_f_trace, frame_set_f_trace, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static Value frame_repr(Value self) {
    Frame *f = ((FrameObject *)self)->frame;
    if (!f) return str_from_format("<frame at %p, cleared>", (void *)self);
    return str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)self,
                           f->code->filename, frame_line(f), f->code->name);
}

/* Detaches what the frame object holds; returns its f_back (new ref) for the caller to drop. */
static Value frame_object_release(FrameObject *fo) {
    if (fo->owned && fo->frame) {
        frame_release_fields(fo->frame);
        mem_free(fo->frame);
    }
    fo->frame = NULL;
    fo->owned = false;
    CLEAR(fo->locals_dict);
    CLEAR(fo->trace);
    Value back = fo->back;
    fo->back = NULL;
    return back;
}

static void frame_dealloc(Value self) {
    /* f_back chains can be as long as the recursion: free them iteratively. */
    while (self) {
        gc_untrack(self);
        Value back = frame_object_release((FrameObject *)self);
        object_free(self);
        self = NULL;
        if (back && back->refcount == 1) {
            self = back;
        } else {
            xdecref(back);
        }
    }
}

static int frame_traverse(Value self, visitproc visit, void *arg) {
    FrameObject *fo = (FrameObject *)self;
    if (fo->back && visit(fo->back, arg)) return -1;
    if (fo->locals_dict && visit(fo->locals_dict, arg)) return -1;
    if (fo->trace && visit(fo->trace, arg)) return -1;
    if (fo->owned && fo->frame) {
        Frame *f = fo->frame;
        for (int i = 0; i < f->code->nlocalsplus; i++) {
            if (f->localsplus[i] && visit(f->localsplus[i], arg)) return -1;
        }
        if (f->locals && visit(f->locals, arg)) return -1;
        if (f->func && visit(f->func, arg)) return -1;
    }
    return 0;
}

static int frame_clear_slot(Value self) {
    xdecref(frame_object_release((FrameObject *)self));
    return 0;
}

Type type_frame = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .flags = TPFLAG_GC,
    .dealloc = frame_dealloc,
    .traverse = frame_traverse,
    .clear = frame_clear_slot,
    .repr = frame_repr,
    .getattr = object_generic_getattr,
    .getsets = frame_getsets,
};
