/* numeric_args.h: binding of the arguments of the numeric types' constructors and
 * methods with positional-only and required parameters, with the messages of CPython's
 * argument clinic (the simple checks are in method_args.h). */
#ifndef PVM_NUMERIC_ARGS_H
#define PVM_NUMERIC_ARGS_H

#include "object.h"

typedef struct ArgSpec {
    const char *fname;        /* "to_bytes": messages say "to_bytes()" */
    const char *const *names; /* all parameter names, in order */
    int nparams;
    int npos_only; /* the first npos_only cannot be passed by keyword */
    int maxpos;    /* how many may be passed positionally (the rest are keyword-only) */
    int required;  /* the first `required` must be given */
} ArgSpec;

/* Binds args (nargs positional, then the values of kwnames) to out[0..nparams-1]
 * (borrowed; NULL for absent ones). Returns -1 with TypeError on a mismatch. */
int args_bind_spec(const ArgSpec *spec, Value const *args, size_t nargs, Value kwnames, Value *out);

#endif
