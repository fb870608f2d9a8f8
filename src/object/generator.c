/* generator.c: generator and coroutine objects: resuming their frame with send / next /
 * throw / close (delegating to a sub-iterator inside `yield from` / `await`), PEP 479's
 * StopIteration conversion, the exception state they keep while suspended, closing on
 * collection, and the iterator returned by coroutine.__await__(). */
#include "generator.h"

#include <string.h>

#include "../vm/errors.h"
#include "../vm/eval.h"
#include "../vm/traceback.h"
#include "code.h"
#include "exceptions.h"
#include "function.h"
#include "iter.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- kinds ---- */

static const char *gen_kind_name(Generator *g) {
    Type *t = g->ob.type;
    return t == &type_coroutine         ? "coroutine"
           : t == &type_async_generator ? "async generator"
                                        : "generator";
}

static Type *gen_type_for(Code *co) {
    if (co->flags & CO_COROUTINE) return &type_coroutine;
    if (co->flags & CO_ASYNC_GENERATOR) return &type_async_generator;
    return &type_generator;
}

Value gen_new_from_frame(Frame *f) {
    Code *co = f->code;
    size_t nvalues = frame_size_values(co);
    Generator *g = (Generator *)object_new(gen_type_for(co), nvalues);
    if (!g) return NULL;
    Frame *gf = gen_frame(g);
    size_t used = (size_t)(f->sp - (Value *)f);
    memcpy(gf, f, used * sizeof(Value));
    gf->sp = (Value *)gf + used;
    gf->owner = FRAME_OWNED_BY_GENERATOR;
    gf->previous = NULL;
    gf->is_entry = false;
    if (gf->frame_obj) ((FrameObject *)gf->frame_obj)->frame = gf;
    Function *fn = (Function *)f->func;
    g->name = incref(fn ? fn->name : co->name);
    g->qualname = incref(fn ? fn->qualname : co->qualname);
    g->code = incref((Value)co);
    g->state = GEN_CREATED;
    gc_track((Value)g);
    return (Value)g;
}

/* ---- resuming ---- */

/* PEP 479: a StopIteration escaping the frame becomes RuntimeError. */
static void convert_stop_iteration(Generator *g) {
    bool async = g->ob.type == &type_async_generator;
    const char *msg = NULL;
    if (err_matches(&exc_StopIteration)) {
        msg = g->ob.type == &type_coroutine ? "coroutine raised StopIteration"
              : async                       ? "async generator raised StopIteration"
                                            : "generator raised StopIteration";
    } else if (async && err_matches(&exc_StopAsyncIteration)) {
        msg = "async generator raised StopAsyncIteration";
    }
    if (!msg) return;
    Value cause = err_fetch();
    err_set_str(&exc_RuntimeError, msg);
    Value exc = err_occurred();
    if (exc) {
        exception_set_context(exc, incref(cause));
        exception_set_cause(exc, incref(cause));
        ((BaseExceptionObject *)exc)->suppress_context = true;
    }
    decref(cause);
}

static void gen_finish(Generator *g) {
    if (g->state == GEN_FINISHED) return;
    g->state = GEN_FINISHED;
    frame_clear(gen_frame(g));
}

/* Resumes the generator: 1 yielded (*result), 0 returned (*result), -1 error. With
 * `throwing`, the pending exception is raised at the suspension point. */
static int gen_resume(Generator *g, Value arg, bool throwing, bool closing, Value *result) {
    *result = NULL;
    if (g->state == GEN_RUNNING) {
        err_format(&exc_ValueError, "%s already executing", gen_kind_name(g));
        return -1;
    }
    if (g->state == GEN_FINISHED) {
        if (g->ob.type == &type_coroutine && !closing) {
            err_set_str(&exc_RuntimeError, "cannot reuse already awaited coroutine");
            return -1;
        }
        if (arg && !throwing) {
            *result = incref(NONE);
            return 0;
        }
        return -1;
    }
    if (g->state == GEN_CREATED && !throwing && arg && arg != NONE) {
        err_format(&exc_TypeError, "can't send non-None value to a just-started %s",
                   gen_kind_name(g));
        return -1;
    }
    Frame *f = gen_frame(g);
    *f->sp++ = incref(arg ? arg : NONE);
    ThreadState *ts = current_thread();
    Value outer = ts->handled_exception;
    ts->handled_exception = g->exc_state ? g->exc_state : xincref(outer);
    g->exc_state = NULL;
    g->state = GEN_RUNNING;
    Value r = eval_frame(ts, f, throwing);
    Value inner = ts->handled_exception;
    ts->handled_exception = outer;
    if (inner == outer)
        xdecref(inner);
    else
        g->exc_state = inner;
    if (g->state == GEN_SUSPENDED) {
        *result = r;
        return 1;
    }
    gen_finish(g);
    CLEAR(g->exc_state);
    if (r) {
        *result = r;
        return 0;
    }
    convert_stop_iteration(g);
    return -1;
}

/* send()/next() as a Python-level call: a return becomes StopIteration. */
Value gen_send_ex(Generator *g, Value arg, bool throwing, bool closing) {
    Value r;
    int status = gen_resume(g, arg, throwing, closing, &r);
    if (status != 0) return status > 0 ? r : NULL;
    if (g->ob.type == &type_async_generator)
        err_set(&exc_StopAsyncIteration, NULL);
    else if (r == NONE)
        err_set(&exc_StopIteration, NULL);
    else
        err_set(&exc_StopIteration, r);
    decref(r);
    return NULL;
}

int gen_fetch_stop_iteration_value(Value *out) {
    Value exc = err_occurred();
    if (!exc) {
        *out = incref(NONE);
        return 0;
    }
    if (!is_instance_of(exc, &exc_StopIteration)) return -1;
    exc = err_fetch();
    Value v = ((StopIterationObject *)exc)->value;
    *out = incref(v ? v : NONE);
    decref(exc);
    return 0;
}

int gen_send(Value receiver, Value arg, Value *result) {
    if (is_generator(receiver) || is_coroutine(receiver))
        return gen_resume((Generator *)receiver, arg, false, false, result);
    Value r;
    if (arg == NONE && type_of(receiver)->iternext) {
        r = type_of(receiver)->iternext(receiver);
    } else {
        r = object_call_method(receiver, NAME(send), &arg, 1);
    }
    if (r) {
        *result = r;
        return 1;
    }
    if (gen_fetch_stop_iteration_value(result) < 0) return -1;
    return 0;
}

/* ---- the delegate of `yield from` / `await` ---- */

/* The sub-iterator the suspended frame delegates to (borrowed), or NULL. */
static Value gen_yield_from(Generator *g) {
    if (g->state != GEN_SUSPENDED) return NULL;
    Frame *f = gen_frame(g);
    CodeUnit next = *f->instr;
    if (opcode_info[unit_opcode(next)].base != RESUME || unit_arg(next) < 2) return NULL;
    return f->sp[-1];
}

static Value gen_close(Generator *g);

/* Closes a sub-iterator: 0, or -1 with its error. */
static int close_delegate(Value yf) {
    Value r;
    if (is_generator(yf) || is_coroutine(yf)) {
        r = gen_close((Generator *)yf);
    } else {
        Value meth = object_getattr(yf, NAME(close));
        if (!meth) {
            if (!err_matches(&exc_AttributeError)) return -1;
            err_clear();
            return 0;
        }
        r = object_call(meth, NULL, 0, NULL);
        decref(meth);
    }
    if (!r) return -1;
    decref(r);
    return 0;
}

/* After the sub-iterator of a `yield from` ended inside throw(): drop it from the frame,
 * continue after the SEND loop with its return value (or with the error). */
static Value finish_delegation(Generator *g) {
    Frame *f = gen_frame(g);
    Value yf = *--f->sp;
    decref(yf);
    /* f->instr is the RESUME after YIELD_VALUE, which follows SEND */
    CodeUnit *send = f->instr - 2;
    f->instr = send + 1 + unit_arg(*send);
    Value val;
    if (gen_fetch_stop_iteration_value(&val) == 0) {
        Value r = gen_send_ex(g, val, false, false);
        decref(val);
        return r;
    }
    return gen_send_ex(g, NONE, true, false);
}

/* Instantiates the exception for throw(type, value, tb) and makes it pending. */
static int set_thrown_exception(Value type, Value value, Value tb) {
    if (tb == NONE) tb = NULL;
    Value exc;
    if (is_exception_type(type)) {
        if (value && value != NONE && is_instance_of(value, (Type *)type)) {
            exc = incref(value);
        } else if (value && is_tuple(value)) {
            exc = object_call(type, tuple_items(value), (size_t)tuple_size(value), NULL);
        } else if (value && value != NONE) {
            exc = object_call(type, &value, 1, NULL);
        } else {
            exc = object_call(type, NULL, 0, NULL);
        }
        if (!exc) return -1;
        if (!is_exception(exc)) {
            err_format(&exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T", type,
                       exc);
            decref(exc);
            return -1;
        }
    } else if (is_exception(type)) {
        if (value && value != NONE) {
            err_set_str(&exc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = incref(type);
    } else {
        err_format(&exc_TypeError,
                   "exceptions must be classes or instances deriving from BaseException, not %s",
                   type_of(type)->name);
        return -1;
    }
    if (tb) exception_set_traceback(exc, tb);
    err_restore(exc);
    return 0;
}

Value gen_throw(Generator *g, bool close_on_genexit, Value type, Value value, Value tb) {
    Value yf = gen_yield_from(g);
    if (yf) {
        incref(yf);
        Value ret;
        if (close_on_genexit && type == (Value)&exc_GeneratorExit) {
            g->state = GEN_RUNNING;
            int rc = close_delegate(yf);
            g->state = GEN_SUSPENDED;
            decref(yf);
            if (rc < 0) return gen_send_ex(g, NONE, true, false);
            goto throw_here;
        }
        if (is_generator(yf) || is_coroutine(yf)) {
            g->state = GEN_RUNNING;
            ret = gen_throw((Generator *)yf, close_on_genexit, type, value, tb);
            g->state = GEN_SUSPENDED;
        } else {
            Value meth = object_getattr(yf, NAME(throw));
            if (!meth) {
                decref(yf);
                if (!err_matches(&exc_AttributeError)) return gen_send_ex(g, NONE, true, false);
                err_clear();
                goto throw_here;
            }
            Value args[3] = {type, value ? value : NONE, tb ? tb : NONE};
            size_t n = tb ? 3 : value ? 2 : 1;
            g->state = GEN_RUNNING;
            ret = object_call(meth, args, n, NULL);
            g->state = GEN_SUSPENDED;
            decref(meth);
        }
        decref(yf);
        return ret ? ret : finish_delegation(g);
    }
throw_here:
    if (tb && tb != NONE && !is_traceback(tb)) {
        err_set_str(&exc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    if (set_thrown_exception(type, value, tb) < 0) return NULL;
    return gen_send_ex(g, NONE, true, false);
}

static Value gen_close(Generator *g) {
    if (g->state == GEN_CREATED) {
        g->state = GEN_FINISHED;
        frame_clear(gen_frame(g));
        return incref(NONE);
    }
    if (g->state == GEN_FINISHED) return incref(NONE);
    int rc = 0;
    Value yf = gen_yield_from(g);
    if (yf) {
        incref(yf);
        g->state = GEN_RUNNING;
        rc = close_delegate(yf);
        g->state = GEN_SUSPENDED;
        decref(yf);
    }
    if (rc == 0) err_set(&exc_GeneratorExit, NULL);
    Value r = gen_send_ex(g, NONE, true, true);
    if (r) {
        decref(r);
        err_format(&exc_RuntimeError, "%s ignored GeneratorExit", gen_kind_name(g));
        return NULL;
    }
    if (err_matches(&exc_StopIteration) || err_matches(&exc_GeneratorExit)) {
        err_clear();
        return incref(NONE);
    }
    return NULL;
}

/* ---- Python-level methods ---- */

static Value gen_iternext(Value self) {
    Value r;
    int status = gen_resume((Generator *)self, NULL, false, false, &r);
    if (status > 0) return r;
    if (status == 0) {
        if (r != NONE) err_set(&exc_StopIteration, r);
        decref(r);
    }
    return NULL;
}

static Value gen_m_send(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (nargs != 1) {
        err_format(&exc_TypeError, "send() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    return gen_send_ex((Generator *)self, args[0], false, false);
}

static Value gen_m_throw(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (nargs < 1 || nargs > 3) {
        err_format(&exc_TypeError, "throw expected at least 1 argument, got %zu", nargs);
        if (nargs > 3)
            err_format(&exc_TypeError, "throw expected at most 3 arguments, got %zu", nargs);
        return NULL;
    }
    return gen_throw((Generator *)self, true, args[0], nargs > 1 ? args[1] : NULL,
                     nargs > 2 ? args[2] : NULL);
}

static Value gen_m_close(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)kwnames;
    if (nargs) {
        err_format(&exc_TypeError, "close() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    return gen_close((Generator *)self);
}

static MethodDef gen_methods[] = {
    {"send", gen_m_send, 0, NULL},
    {"throw", gen_m_throw, 0, NULL},
    {"close", gen_m_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value gen_repr(Value self) {
    Generator *g = (Generator *)self;
    const char *kind = g->ob.type == &type_async_generator ? "async_generator" : g->ob.type->name;
    return str_from_format("<%s object %U at %p>", kind, g->qualname, (void *)self);
}

static Value gen_get_frame(Value self, void *c) {
    (void)c;
    Generator *g = (Generator *)self;
    if (g->state == GEN_FINISHED) return incref(NONE);
    Value fo = frame_get_object(gen_frame(g));
    return xincref(fo);
}
static Value gen_get_running(Value self, void *c) {
    (void)c;
    return bool_value(((Generator *)self)->state == GEN_RUNNING);
}
static Value gen_get_suspended(Value self, void *c) {
    (void)c;
    return bool_value(((Generator *)self)->state == GEN_SUSPENDED);
}
static Value gen_get_code(Value self, void *c) {
    (void)c;
    return incref(((Generator *)self)->code);
}
static Value gen_get_yieldfrom(Value self, void *c) {
    (void)c;
    Value yf = gen_yield_from((Generator *)self);
    return incref(yf ? yf : NONE);
}
static Value gen_get_name(Value self, void *c) {
    (void)c;
    return incref(((Generator *)self)->name);
}
static int gen_set_name(Value self, Value v, void *c) {
    (void)c;
    if (!v || !is_str(v)) {
        err_set_str(&exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    setref(&((Generator *)self)->name, incref(v));
    return 0;
}
static Value gen_get_qualname(Value self, void *c) {
    (void)c;
    return incref(((Generator *)self)->qualname);
}
static int gen_set_qualname(Value self, Value v, void *c) {
    (void)c;
    if (!v || !is_str(v)) {
        err_set_str(&exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    setref(&((Generator *)self)->qualname, incref(v));
    return 0;
}
static Value gen_get_none(Value self, void *c) {
    (void)self;
    (void)c;
    return incref(NONE);
}

#define GEN_GETSETS(prefix)                                                                        \
    {prefix "_frame", gen_get_frame, NULL, NULL, NULL},                                            \
        {prefix "_running", gen_get_running, NULL, NULL, NULL},                                    \
        {prefix "_suspended", gen_get_suspended, NULL, NULL, NULL},                                \
        {prefix "_code", gen_get_code, NULL, NULL, NULL},                                          \
        {"__name__", gen_get_name, gen_set_name, NULL, NULL}, {                                    \
        "__qualname__", gen_get_qualname, gen_set_qualname, NULL, NULL                             \
    }

static GetSetDef gen_getsets[] = {
    GEN_GETSETS("gi"),
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- life cycle ---- */

void generator_finalize(Value self) {
    Generator *g = (Generator *)self;
    if (g->state == GEN_FINISHED || g->finalized) return;
    g->finalized = true;
    if (g->state == GEN_CREATED) {
        gen_finish(g);
        return;
    }
    Value pending = err_fetch();
    Value r = gen_close(g);
    if (r)
        decref(r);
    else
        err_write_unraisable(self);
    err_restore(pending);
}

static void gen_release(Generator *g) {
    if (g->state != GEN_FINISHED) {
        g->state = GEN_FINISHED;
        frame_clear(gen_frame(g));
    }
    CLEAR(g->exc_state);
}

void generator_dealloc(Value self) {
    Generator *g = (Generator *)self;
    gc_untrack(self);
    if (g->state == GEN_SUSPENDED && !g->finalized) {
        self->refcount = 1; /* resurrect while closing */
        generator_finalize(self);
        if (--self->refcount > 0) {
            gc_track(self);
            return;
        }
    }
    gen_release(g);
    decref(g->name);
    decref(g->qualname);
    decref(g->code);
    object_free(self);
}

int generator_traverse(Value self, visitproc visit, void *arg) {
    Generator *g = (Generator *)self;
    if (g->exc_state && visit(g->exc_state, arg)) return -1;
    if (g->state == GEN_FINISHED) return 0;
    Frame *f = gen_frame(g);
    if (f->func && visit(f->func, arg)) return -1;
    if (f->frame_obj && visit(f->frame_obj, arg)) return -1;
    for (Value *p = f->localsplus; p < f->sp; p++) {
        if (*p && visit(*p, arg)) return -1;
    }
    return 0;
}

int generator_clear(Value self) {
    gen_release((Generator *)self);
    return 0;
}

Type type_generator = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "generator",
    .basicsize = sizeof(Generator),
    .itemsize = sizeof(Value),
    .flags = TPFLAG_GC,
    .dealloc = generator_dealloc,
    .traverse = generator_traverse,
    .clear = generator_clear,
    .finalize = generator_finalize,
    .repr = gen_repr,
    .getattr = object_generic_getattr,
    .iter = iter_return_self,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* ---- coroutines ---- */

static Value coro_get_await(Value self, void *c) {
    (void)c;
    Value yf = gen_yield_from((Generator *)self);
    return incref(yf ? yf : NONE);
}

typedef struct CoroWrapper { /* the iterator of coroutine.__await__() */
    Object ob;
    Value coro;
} CoroWrapper;

static Value coro_m_await(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    CoroWrapper *w = (CoroWrapper *)object_new(&type_coroutine_wrapper, 0);
    if (!w) return NULL;
    w->coro = incref(self);
    gc_track((Value)w);
    return (Value)w;
}

static MethodDef coro_methods[] = {
    {"send", gen_m_send, 0, NULL},   {"throw", gen_m_throw, 0, NULL},
    {"close", gen_m_close, 0, NULL}, {"__await__", coro_m_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef coro_getsets[] = {
    GEN_GETSETS("cr"),
    {"cr_await", coro_get_await, NULL, NULL, NULL},
    {"cr_origin", gen_get_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_coroutine = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "coroutine",
    .basicsize = sizeof(Generator),
    .itemsize = sizeof(Value),
    .flags = TPFLAG_GC,
    .dealloc = generator_dealloc,
    .traverse = generator_traverse,
    .clear = generator_clear,
    .finalize = generator_finalize,
    .repr = gen_repr,
    .getattr = object_generic_getattr,
    .methods = coro_methods,
    .getsets = coro_getsets,
};

static Value wrapper_iternext(Value self) { return gen_iternext(((CoroWrapper *)self)->coro); }
static Value wrapper_send(Value self, Value const *args, size_t nargs, Value kwnames) {
    return gen_m_send(((CoroWrapper *)self)->coro, args, nargs, kwnames);
}
static Value wrapper_throw(Value self, Value const *args, size_t nargs, Value kwnames) {
    return gen_m_throw(((CoroWrapper *)self)->coro, args, nargs, kwnames);
}
static Value wrapper_close(Value self, Value const *args, size_t nargs, Value kwnames) {
    return gen_m_close(((CoroWrapper *)self)->coro, args, nargs, kwnames);
}
static void wrapper_dealloc(Value self) {
    gc_untrack(self);
    decref(((CoroWrapper *)self)->coro);
    object_free(self);
}
static int wrapper_traverse(Value self, visitproc visit, void *arg) {
    return visit(((CoroWrapper *)self)->coro, arg);
}

static MethodDef wrapper_methods[] = {
    {"send", wrapper_send, 0, NULL},
    {"throw", wrapper_throw, 0, NULL},
    {"close", wrapper_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_coroutine_wrapper = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .flags = TPFLAG_GC,
    .dealloc = wrapper_dealloc,
    .traverse = wrapper_traverse,
    .getattr = object_generic_getattr,
    .iter = iter_return_self,
    .iternext = wrapper_iternext,
    .methods = wrapper_methods,
};

/* ---- instruction helpers ---- */

Value gen_yield_from_iter(Value iterable, bool in_coroutine) {
    if (is_coroutine(iterable)) {
        if (!in_coroutine) {
            err_set_str(&exc_TypeError,
                        "cannot 'yield from' a coroutine object in a non-coroutine generator");
            return NULL;
        }
        return incref(iterable);
    }
    if (is_generator(iterable)) return incref(iterable);
    return object_getiter(iterable);
}

Value coro_get_awaitable(Value obj) {
    if (is_coroutine(obj)) {
        if (gen_yield_from((Generator *)obj)) {
            err_set_str(&exc_RuntimeError, "coroutine is being awaited already");
            return NULL;
        }
        return incref(obj);
    }
    if (is_generator(obj) && (((Code *)((Generator *)obj)->code)->flags & CO_ITERABLE_COROUTINE))
        return incref(obj);
    Value meth = object_lookup_special(obj, NAME(__await__));
    if (!meth) {
        if (!err_occurred())
            err_format(&exc_TypeError, "object %.100s can't be used in 'await' expression",
                       type_of(obj)->name);
        return NULL;
    }
    Value it = object_call(meth, NULL, 0, NULL);
    decref(meth);
    if (!it) return NULL;
    if (is_coroutine(it)) {
        err_set_str(&exc_TypeError, "__await__() returned a coroutine");
        decref(it);
        return NULL;
    }
    if (!type_of(it)->iternext) {
        err_format(&exc_TypeError, "__await__() returned non-iterator of type '%.100s'",
                   type_of(it)->name);
        decref(it);
        return NULL;
    }
    return it;
}
