/* generator.h: generators, coroutines and async generators. Each keeps its frame inside
 * the object; send/next/throw resume it with the evaluation loop (vm/eval.c). */
#ifndef PVM_GENERATOR_H
#define PVM_GENERATOR_H

#include "../vm/frame.h"
#include "object.h"

typedef enum GenState {
    GEN_CREATED,   /* not started */
    GEN_SUSPENDED, /* stopped at a yield */
    GEN_RUNNING,
    GEN_FINISHED, /* returned or raised; the frame is cleared */
} GenState;

typedef struct Generator {
    Object ob;
    Value name, qualname;
    Value code;         /* the code object (kept after the frame is cleared) */
    Value exc_state;    /* the exception being handled inside, saved while suspended */
    Value weakrefs;     /* weak reference list (unused until weakrefs exist) */
    uint8_t state;      /* GenState */
    bool finalized;     /* close() already ran on collection (PEP 442: only once) */
    bool hooks_done;    /* async generators: firstiter hook called */
    bool closed;        /* async generators: aclose() ran */
    bool running_async; /* async generators: an asend/athrow is in progress */
    Value frame_data[]; /* the Frame (header, fast slots, value stack) */
} Generator;

extern Type type_generator, type_coroutine, type_async_generator, type_coroutine_wrapper,
    type_async_gen_asend, type_async_gen_athrow, type_async_gen_wrapped_value;

static inline Frame *gen_frame(Generator *g) { return (Frame *)g->frame_data; }
static inline Generator *gen_of_frame(Frame *f) {
    return (Generator *)((char *)f - offsetof(Generator, frame_data));
}
static inline bool is_generator(Value v) { return !is_small_int(v) && v->type == &type_generator; }
static inline bool is_coroutine(Value v) { return !is_small_int(v) && v->type == &type_coroutine; }

/* RETURN_GENERATOR: moves the thread frame f (which has just started) into a new
 * generator, coroutine or async generator according to its code's flags. f's memory is
 * left for the caller to free without clearing. */
Value gen_new_from_frame(Frame *f);

/* PyIter_Send: resumes receiver with arg (generators and coroutines directly, other
 * iterators through __next__ / send). Returns 1 with the yielded value in *result, 0
 * when it returned (*result: the return value), -1 on error. */
int gen_send(Value receiver, Value arg, Value *result);

/* GET_YIELD_FROM_ITER / GET_AWAITABLE helpers. */
Value gen_yield_from_iter(Value iterable, bool in_coroutine);
Value coro_get_awaitable(Value obj); /* iter for `await obj`; TypeError when not awaitable */
Value async_gen_wrap_value(Value v); /* ASYNC_GEN_WRAP */

/* The generator protocol for generator.c's siblings (async generators): send() (a return
 * becomes StopIteration / StopAsyncIteration), throw() (close_on_genexit: a GeneratorExit
 * closes a delegate first), and the life-cycle slots the async generator type shares. */
Value gen_send_ex(Generator *g, Value arg, bool throwing, bool closing);
Value gen_throw(Generator *g, bool close_on_genexit, Value type, Value value, Value tb);
void generator_dealloc(Value self);
int generator_traverse(Value self, visitproc visit, void *arg);
int generator_clear(Value self);
void generator_finalize(Value self);

/* The StopIteration value of the pending exception (None if none), clearing it;
 * -1 when the pending exception is not a StopIteration. */
int gen_fetch_stop_iteration_value(Value *out);

#endif
