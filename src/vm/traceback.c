/* traceback.c: traceback objects (tb_next, tb_frame, tb_lasti, tb_lineno): one entry is
 * prepended for every frame an exception passes through. Printing them is exc_print.c. */
#include "traceback.h"

#include "../object/exceptions.h"
#include "../object/tuple.h"
#include "errors.h"

/* ---- traceback objects ---- */

Value traceback_new(Value next, Value frame, int lasti, int lineno) {
    Traceback *tb = (Traceback *)object_new(&type_traceback, 0);
    if (!tb) return NULL;
    tb->next = xincref(next);
    tb->frame = incref(frame);
    tb->lasti = lasti;
    tb->lineno = lineno;
    gc_track((Value)tb);
    return (Value)tb;
}

void traceback_here(Frame *f) {
    Value exc = err_fetch();
    if (!exc) return;
    Value fo = frame_get_object(f);
    if (!fo) {
        err_clear();
        err_restore(exc);
        return;
    }
    int lasti = frame_lasti(f);
    Value tb = traceback_new(exception_get_traceback(exc), fo, lasti, frame_line(f));
    if (tb) {
        exception_set_traceback(exc, tb);
        decref(tb);
    } else {
        err_clear();
    }
    err_restore(exc);
}

static void traceback_dealloc(Value self) {
    /* tb_next chains are as long as the stack: free them iteratively */
    while (self) {
        Traceback *tb = (Traceback *)self;
        gc_untrack(self);
        Value next = tb->next;
        decref(tb->frame);
        object_free(self);
        self = NULL;
        if (next && next->refcount == 1)
            self = next;
        else
            xdecref(next);
    }
}

static int traceback_traverse(Value self, visitproc visit, void *arg) {
    Traceback *tb = (Traceback *)self;
    if (tb->next && visit(tb->next, arg)) return -1;
    return visit(tb->frame, arg);
}

static int traceback_clear(Value self) {
    CLEAR(((Traceback *)self)->next);
    return 0;
}

static Value tb_get_next(Value self, void *c) {
    (void)c;
    Value n = ((Traceback *)self)->next;
    return incref(n ? n : NONE);
}

static int tb_set_next(Value self, Value v, void *c) {
    (void)c;
    if (!v) {
        err_set_str(&exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == NONE) v = NULL;
    if (v && !is_traceback(v)) {
        err_format(&exc_TypeError, "expected traceback object or None, got '%s'", type_of(v)->name);
        return -1;
    }
    for (Value c2 = v; c2; c2 = ((Traceback *)c2)->next) {
        if (c2 == self) {
            err_set_str(&exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    setref(&((Traceback *)self)->next, xincref(v));
    return 0;
}

static Value tb_get_frame(Value self, void *c) {
    (void)c;
    return incref(((Traceback *)self)->frame);
}
static Value tb_get_lasti(Value self, void *c) {
    (void)c;
    return small_int(((Traceback *)self)->lasti * 2);
}
static Value tb_get_lineno(Value self, void *c) {
    (void)c;
    return small_int(((Traceback *)self)->lineno);
}

static GetSetDef traceback_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) */
static Value traceback_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    (void)type;
    if (nargs != 4 || (kwnames && tuple_size(kwnames))) {
        err_format(&exc_TypeError, "TracebackType() takes exactly 4 arguments (%zu given)", nargs);
        return NULL;
    }
    Value next = args[0] == NONE ? NULL : args[0];
    if (next && !is_traceback(next)) {
        err_format(&exc_TypeError, "expected traceback object or None, got '%s'",
                   type_of(next)->name);
        return NULL;
    }
    if (is_small_int(args[1]) || args[1]->type != &type_frame) {
        err_format(&exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                   type_of(args[1])->name);
        return NULL;
    }
    if (!is_small_int(args[2]) || !is_small_int(args[3])) {
        err_set_str(&exc_TypeError, "tb_lasti and tb_lineno must be integers");
        return NULL;
    }
    return traceback_new(next, args[1], (int)(small_int_value(args[2]) / 2),
                         (int)small_int_value(args[3]));
}

Type type_traceback = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "traceback",
    .basicsize = sizeof(Traceback),
    .flags = TPFLAG_GC,
    .dealloc = traceback_dealloc,
    .traverse = traceback_traverse,
    .clear = traceback_clear,
    .getattr = object_generic_getattr,
    .setattr = object_generic_setattr,
    .new_ = traceback_type_new,
    .getsets = traceback_getsets,
};
