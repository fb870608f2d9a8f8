/* async_gen.c: asynchronous generators: the async_generator type (__anext__, asend,
 * athrow, aclose) and the awaitables those return, which resume the generator and turn
 * its wrapped yields (ASYNC_GEN_WRAP) into StopIteration results for the awaiting code. */
#include "generator.h"

#include "../vm/errors.h"
#include "exceptions.h"
#include "iter.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- values yielded by the async generator itself (not by an inner await) ---- */

typedef struct WrappedValue {
    Object ob;
    Value value;
} WrappedValue;

static void wrapped_dealloc(Value self) {
    decref(((WrappedValue *)self)->value);
    object_free(self);
}

Type type_async_gen_wrapped_value = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedValue),
    .dealloc = wrapped_dealloc,
};

Value async_gen_wrap_value(Value v) {
    WrappedValue *w = (WrappedValue *)object_new(&type_async_gen_wrapped_value, 0);
    if (!w) return NULL;
    w->value = incref(v);
    return (Value)w;
}

static bool is_wrapped(Value v) {
    return !is_small_int(v) && v->type == &type_async_gen_wrapped_value;
}

/* The outcome of resuming the generator for an awaiting caller: a wrapped yield becomes
 * StopIteration(value); the end becomes StopAsyncIteration. */
static Value unwrap_result(Generator *g, Value result) {
    if (!result) {
        if (!err_occurred()) err_set(&exc_StopAsyncIteration, NULL);
        if (err_matches(&exc_StopAsyncIteration) || err_matches(&exc_GeneratorExit))
            g->closed = true;
        g->running_async = false;
        return NULL;
    }
    if (is_wrapped(result)) {
        g->running_async = false;
        Value v = ((WrappedValue *)result)->value;
        if (v == NONE)
            err_set(&exc_StopIteration, NULL);
        else
            err_set(&exc_StopIteration, v);
        decref(result);
        return NULL;
    }
    return result;
}

/* throw(type[, value[, tb]]) into g without closing a delegate first. */
static Value gen_throw_args(Generator *g, Value const *args, size_t nargs) {
    return gen_throw(g, false, args[0], nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL);
}

/* ---- the awaitables of asend() / __anext__() and athrow() / aclose() ---- */

typedef enum AwaitState { AWAIT_INIT, AWAIT_ITER, AWAIT_CLOSED } AwaitState;

typedef struct AsyncGenAwait {
    Object ob;
    Value gen;
    Value value; /* asend: the value to send; athrow: the arguments tuple (NULL: aclose) */
    uint8_t state;
} AsyncGenAwait;

static Value await_new(Type *t, Value gen, Value value) {
    AsyncGenAwait *a = (AsyncGenAwait *)object_new(t, 0);
    if (!a) return NULL;
    a->gen = incref(gen);
    a->value = xincref(value);
    a->state = AWAIT_INIT;
    gc_track((Value)a);
    return (Value)a;
}

static void await_dealloc(Value self) {
    gc_untrack(self);
    decref(((AsyncGenAwait *)self)->gen);
    xdecref(((AsyncGenAwait *)self)->value);
    object_free(self);
}
static int await_traverse(Value self, visitproc visit, void *arg) {
    AsyncGenAwait *a = (AsyncGenAwait *)self;
    if (visit(a->gen, arg)) return -1;
    return a->value ? visit(a->value, arg) : 0;
}

static Value asend_send(Value self, Value arg) {
    AsyncGenAwait *a = (AsyncGenAwait *)self;
    Generator *g = (Generator *)a->gen;
    if (a->state == AWAIT_CLOSED) {
        err_set_str(&exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    if (a->state == AWAIT_INIT) {
        if (g->running_async) {
            err_set_str(&exc_RuntimeError, "anext(): asynchronous generator is already running");
            return NULL;
        }
        if (!arg || arg == NONE) arg = a->value;
        a->state = AWAIT_ITER;
    }
    g->running_async = true;
    Value r = unwrap_result(g, gen_send_ex(g, arg, false, false));
    if (!r) a->state = AWAIT_CLOSED;
    return r;
}

static Value asend_iternext(Value self) { return asend_send(self, NONE); }

static Value asend_m_send(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    return asend_send(self, nargs ? args[0] : NONE);
}

static Value asend_m_throw(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    AsyncGenAwait *a = (AsyncGenAwait *)self;
    if (a->state == AWAIT_CLOSED) {
        err_set_str(&exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return NULL;
    }
    Generator *g = (Generator *)a->gen;
    Value r = unwrap_result(g, gen_throw_args(g, args, nargs));
    if (!r) a->state = AWAIT_CLOSED;
    return r;
}

static Value await_m_close(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    ((AsyncGenAwait *)self)->state = AWAIT_CLOSED;
    return incref(NONE);
}

static Value await_m_self(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return incref(self);
}

static MethodDef asend_methods[] = {
    {"__await__", await_m_self, 0, NULL},
    {"send", asend_m_send, 0, NULL},
    {"throw", asend_m_throw, 0, NULL},
    {"close", await_m_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_async_gen_asend = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "async_generator_asend",
    .basicsize = sizeof(AsyncGenAwait),
    .flags = TPFLAG_GC,
    .dealloc = await_dealloc,
    .traverse = await_traverse,
    .getattr = object_generic_getattr,
    .iter = iter_return_self,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

/* athrow / aclose: the generator ended as expected (aclose), or an error. */
static Value athrow_check_error(AsyncGenAwait *a) {
    Generator *g = (Generator *)a->gen;
    g->running_async = false;
    if (err_matches(&exc_StopAsyncIteration) || err_matches(&exc_GeneratorExit)) {
        a->state = AWAIT_CLOSED;
        if (!a->value) {
            err_clear();
            err_set(&exc_StopIteration, NULL);
        }
    }
    return NULL;
}

static Value athrow_ignored_exit(AsyncGenAwait *a, Value r) {
    ((Generator *)a->gen)->running_async = false;
    decref(r);
    err_set_str(&exc_RuntimeError, "async generator ignored GeneratorExit");
    return NULL;
}

static Value athrow_send(Value self, Value arg) {
    AsyncGenAwait *a = (AsyncGenAwait *)self;
    Generator *g = (Generator *)a->gen;
    if (a->state == AWAIT_CLOSED) {
        err_set_str(&exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    if (g->state == GEN_FINISHED) {
        a->state = AWAIT_CLOSED;
        err_set(&exc_StopIteration, NULL);
        return NULL;
    }
    Value r;
    if (a->state == AWAIT_INIT) {
        if (g->running_async) {
            a->state = AWAIT_CLOSED;
            err_set_str(&exc_RuntimeError,
                        a->value ? "athrow(): asynchronous generator is already running"
                                 : "aclose(): asynchronous generator is already running");
            return NULL;
        }
        if (g->closed) {
            a->state = AWAIT_CLOSED;
            err_set(&exc_StopAsyncIteration, NULL);
            return NULL;
        }
        if (arg && arg != NONE) {
            err_set_str(&exc_RuntimeError, "can't send non-None value to a just-started coroutine");
            return NULL;
        }
        a->state = AWAIT_ITER;
        g->running_async = true;
        if (!a->value) {
            g->closed = true;
            r = gen_throw(g, false, (Value)&exc_GeneratorExit, NULL, NULL);
            if (r && is_wrapped(r)) return athrow_ignored_exit(a, r);
        } else {
            r = unwrap_result(
                g, gen_throw_args(g, tuple_items(a->value), (size_t)tuple_size(a->value)));
        }
        return r ? r : athrow_check_error(a);
    }
    r = gen_send_ex(g, arg, false, false);
    if (a->value) return unwrap_result(g, r) ? r : athrow_check_error(a);
    if (r && is_wrapped(r)) return athrow_ignored_exit(a, r);
    return r ? r : athrow_check_error(a);
}

static Value athrow_iternext(Value self) { return athrow_send(self, NONE); }

static Value athrow_m_send(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    return athrow_send(self, nargs ? args[0] : NONE);
}

static Value athrow_m_throw(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    AsyncGenAwait *a = (AsyncGenAwait *)self;
    if (a->state == AWAIT_CLOSED) {
        err_set_str(&exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        return NULL;
    }
    Generator *g = (Generator *)a->gen;
    Value r = gen_throw_args(g, args, nargs);
    if (a->value) return unwrap_result(g, r);
    if (r && is_wrapped(r)) return athrow_ignored_exit(a, r);
    return r ? r : athrow_check_error(a);
}

static MethodDef athrow_methods[] = {
    {"__await__", await_m_self, 0, NULL},
    {"send", athrow_m_send, 0, NULL},
    {"throw", athrow_m_throw, 0, NULL},
    {"close", await_m_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_async_gen_athrow = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "async_generator_athrow",
    .basicsize = sizeof(AsyncGenAwait),
    .flags = TPFLAG_GC,
    .dealloc = await_dealloc,
    .traverse = await_traverse,
    .getattr = object_generic_getattr,
    .iter = iter_return_self,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
};

/* ---- async_generator methods ---- */

static Value agen_m_anext(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return await_new(&type_async_gen_asend, self, NONE);
}
static Value agen_m_asend(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (nargs != 1) {
        err_format(&exc_TypeError, "asend() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    return await_new(&type_async_gen_asend, self, args[0]);
}
static Value agen_m_athrow(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)kwnames;
    if (nargs < 1 || nargs > 3) {
        err_format(&exc_TypeError, "athrow expected at least 1 argument, got %zu", nargs);
        return NULL;
    }
    Value t = tuple_from_array(args, (intptr_t)nargs);
    if (!t) return NULL;
    Value r = await_new(&type_async_gen_athrow, self, t);
    decref(t);
    return r;
}
static Value agen_m_aclose(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return await_new(&type_async_gen_athrow, self, NULL);
}
static Value agen_m_aiter(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return incref(self);
}

static MethodDef agen_methods[] = {
    {"__aiter__", agen_m_aiter, 0, NULL}, {"__anext__", agen_m_anext, 0, NULL},
    {"asend", agen_m_asend, 0, NULL},     {"athrow", agen_m_athrow, 0, NULL},
    {"aclose", agen_m_aclose, 0, NULL},   {NULL, NULL, 0, NULL},
};

static Value agen_repr(Value self) {
    return str_from_format("<async_generator object %U at %p>", ((Generator *)self)->qualname,
                           (void *)self);
}

static Value agen_get_running(Value self, void *c) {
    (void)c;
    return bool_value(((Generator *)self)->running_async);
}
static Value agen_get_code(Value self, void *c) {
    (void)c;
    return incref(((Generator *)self)->code);
}
static Value agen_get_name(Value self, void *c) {
    (void)c;
    return incref(((Generator *)self)->name);
}
static Value agen_get_qualname(Value self, void *c) {
    (void)c;
    return incref(((Generator *)self)->qualname);
}

static GetSetDef agen_getsets[] = {
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {"ag_code", agen_get_code, NULL, NULL, NULL},
    {"__name__", agen_get_name, NULL, NULL, NULL},
    {"__qualname__", agen_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* The life-cycle slots are the generator's (a shared frame layout). */
Type type_async_generator = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "async_generator",
    .basicsize = sizeof(Generator),
    .itemsize = sizeof(Value),
    .flags = TPFLAG_GC,
    .dealloc = generator_dealloc,
    .traverse = generator_traverse,
    .clear = generator_clear,
    .finalize = generator_finalize,
    .repr = agen_repr,
    .getattr = object_generic_getattr,
    .methods = agen_methods,
    .getsets = agen_getsets,
};
