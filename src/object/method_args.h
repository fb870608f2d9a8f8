/* method_args.h: argument checks for the built-in methods of the container types, raising
 * CPython's exact TypeError messages ("pop expected at most 1 argument, got 2",
 * "list.append() takes exactly one argument (0 given)", invalid keyword names ...). */
#ifndef PVM_METHOD_ARGS_H
#define PVM_METHOD_ARGS_H

#include "object.h"

/* All return 0 when the arguments fit, -1 with TypeError set otherwise. */
int args_exactly_one(const char *qualname, size_t nargs); /* "list.append() takes exactly one" */
int args_none(const char *qualname, size_t nargs);        /* "list.copy() takes no arguments" */
int args_count(const char *name, size_t nargs, size_t min, size_t max); /* "pop expected ..." */
int args_no_keywords(const char *name, Value kwnames);                  /* "list() takes no ..." */

/* Binds positional and keyword arguments to the parameters names[0..nparams) (the first
 * npositional may be given by position, the rest are keyword-only): out[i] is the borrowed
 * argument or NULL when absent. Raises CPython's messages for unknown, duplicate or surplus
 * arguments. fname is the function name without "()". */
int args_bind(const char *fname, Value const *args, size_t nargs, Value kwnames,
              const char *const *names, size_t nparams, size_t npositional, Value *out);

#endif
