/* str_args.c: argument checks shared by the str, bytes and bytearray methods. */
#include "str_args.h"

#include "../vm/errors.h"
#include "slice.h"

int args_check_count(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    size_t bound = nargs < min ? min : max;
    const char *how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
    err_format(&exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name, how, bound,
               bound == 1 ? "" : "s", nargs);
    return -1;
}

/* A bound as CPython adjusts it: negative counts from the end (at least 0), and it is
 * capped at len only when cap_at_len (an end; a start past the end finds nothing). */
static int bound_arg(Value v, intptr_t len, bool cap_at_len, intptr_t *out) {
    if (v == NONE) return 0;
    if (!is_index_like(v)) {
        err_set_str(&exc_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    intptr_t i = index_as_ssize(v, NULL);
    if (i == -1 && err_occurred()) return -1;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (cap_at_len && i > len)
        i = len;
    *out = i;
    return 0;
}

int args_bounds(Value const *args, size_t nargs, size_t first, intptr_t len, intptr_t *start,
                intptr_t *end) {
    *start = 0;
    *end = len;
    if (nargs > first && bound_arg(args[first], len, false, start) < 0) return -1;
    if (nargs > first + 1 && bound_arg(args[first + 1], len, true, end) < 0) return -1;
    return 0;
}
