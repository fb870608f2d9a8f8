/* embed_internal.h: what the files of the embedding API (include/pvm.h) share: the state
 * behind pvm_state and the conversions between handles and Values. */
#ifndef PVM_EMBED_INTERNAL_H
#define PVM_EMBED_INTERNAL_H

#include <stdint.h>

#include "../object/object.h"
#include "pvm.h"

struct pvm_state {
    Value globals;        /* __main__'s namespace (dict) */
    Value error;          /* the last exception recorded, or NULL */
    char *error_text;     /* its traceback text, formatted on demand (mem_alloc'd) */
    uint64_t error_count; /* how many errors were recorded: tells a new one from an old */
};

/* A handle is the Value itself (a tagged small int or an object pointer), never
 * dereferenced by the embedder. */
static inline Value embed_value(pvm_value *h) { return (Value)h; }
static inline pvm_value *embed_handle(Value v) { return (pvm_value *)v; }

/* Moves the pending exception into P->error (replacing the previous one). Returns -1. */
int embed_store_error(pvm_state *P);

/* A built-in function object calling fn (embed_function.c). New reference or NULL. */
Value embed_function_new(pvm_state *P, const char *name, pvm_cfunction fn, void *userdata);

/* The exception printed as an uncaught one, as a mem_alloc'd UTF-8 text (NULL when out
 * of memory) (embed_output.c). */
char *embed_format_exception(Value exc);

#endif
