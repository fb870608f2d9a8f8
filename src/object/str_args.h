/* str_args.h: argument helpers of the str, bytes and bytearray methods: the old-style
 * count messages ("find() takes at least 1 argument (0 given)") and the optional
 * [start[, end]] bounds with slice semantics. */
#ifndef PVM_STR_ARGS_H
#define PVM_STR_ARGS_H

#include "object.h"

/* "NAME() takes at least|at most|exactly N argument(s) (M given)"; 0 ok, -1 TypeError. */
int args_check_count(const char *name, size_t nargs, size_t min, size_t max);

/* args[first], args[first + 1] (when present, None allowed) as start/end: negative ones
 * count from the end (clamped at 0), end is capped at len; start may exceed len (nothing
 * is found there) and end may come out below start. */
int args_bounds(Value const *args, size_t nargs, size_t first, intptr_t len, intptr_t *start,
                intptr_t *end);

#endif
