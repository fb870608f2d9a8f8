/* method_args.c: argument-count and keyword checks for built-in container methods,
 * with CPython's messages (see method_args.h). */
#include "method_args.h"

#include "../vm/errors.h"
#include "str.h"
#include "tuple.h"

int args_exactly_one(const char *qualname, size_t nargs) {
    if (nargs == 1) return 0;
    err_format(&exc_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return -1;
}

int args_none(const char *qualname, size_t nargs) {
    if (nargs == 0) return 0;
    err_format(&exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return -1;
}

int args_count(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs >= min && nargs <= max) return 0;
    bool too_few = nargs < min;
    size_t bound = too_few ? min : max;
    const char *qualifier = min == max ? "" : too_few ? "at least " : "at most ";
    err_format(&exc_TypeError, "%s expected %s%zu argument%s, got %zu", name, qualifier, bound,
               bound == 1 ? "" : "s", nargs);
    return -1;
}

int args_no_keywords(const char *name, Value kwnames) {
    if (kwnames == NULL || tuple_size(kwnames) == 0) return 0;
    err_format(&exc_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

static intptr_t param_index(Value kwname, const char *const *names, size_t nparams) {
    for (size_t i = 0; i < nparams; i++)
        if (str_equal_cstr(kwname, names[i])) return (intptr_t)i;
    return -1;
}

int args_bind(const char *fname, Value const *args, size_t nargs, Value kwnames,
              const char *const *names, size_t nparams, size_t npositional, Value *out) {
    if (nargs > npositional) {
        if (npositional == 0)
            err_format(&exc_TypeError, "%s() takes no positional arguments", fname);
        else
            err_format(&exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname,
                       npositional, npositional == 1 ? "" : "s", nargs);
        return -1;
    }
    for (size_t i = 0; i < nparams; i++) out[i] = i < nargs ? args[i] : NULL;
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    for (intptr_t k = 0; k < nkw; k++) {
        Value kwname = tuple_get(kwnames, k);
        intptr_t i = param_index(kwname, names, nparams);
        if (i < 0) {
            err_format(&exc_TypeError, "'%S' is an invalid keyword argument for %s()", kwname,
                       fname);
            return -1;
        }
        if (out[i] != NULL) {
            err_format(&exc_TypeError, "argument for %s() given by name ('%s') and position (%zd)",
                       fname, names[i], i + 1);
            return -1;
        }
        out[i] = args[nargs + (size_t)k];
    }
    return 0;
}
