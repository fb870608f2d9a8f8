/* numeric_args.c: binding of the arguments of the numeric types' constructors and
 * methods, with the messages of CPython's argument clinic. */
#include "numeric_args.h"

#include "../vm/errors.h"
#include "str.h"
#include "tuple.h"

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

int args_bind_spec(const ArgSpec *spec, Value const *args, size_t nargs, Value kwnames,
                   Value *out) {
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0, np = (size_t)spec->nparams;
    if (nargs + nkw > np) {
        err_format(&exc_TypeError, "%s() takes at most %zd argument%s (%zd given)", spec->fname,
                   (intptr_t)np, plural(np), (intptr_t)(nargs + nkw));
        return -1;
    }
    size_t maxpos = (size_t)spec->maxpos;
    if (nargs > maxpos) {
        err_format(&exc_TypeError, "%s() takes %s %zd %sargument%s (%zd given)", spec->fname,
                   spec->required == spec->maxpos ? "exactly" : "at most", (intptr_t)maxpos,
                   maxpos < np ? "positional " : "", plural(maxpos), (intptr_t)nargs);
        return -1;
    }
    for (size_t i = 0; i < np; i++) out[i] = i < nargs ? args[i] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        Value name = tuple_get(kwnames, (intptr_t)k);
        size_t i = (size_t)spec->npos_only;
        while (i < np && !str_equal_cstr(name, spec->names[i])) i++;
        if (i == np) {
            err_format(&exc_TypeError, "'%U' is an invalid keyword argument for %s()", name,
                       spec->fname);
            return -1;
        }
        if (out[i]) {
            err_format(&exc_TypeError, "argument for %s() given by name ('%s') and position (%zd)",
                       spec->fname, spec->names[i], (intptr_t)i + 1);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (int i = 0; i < spec->required; i++) {
        if (!out[i]) {
            err_format(&exc_TypeError, "%s() missing required argument '%s' (pos %d)", spec->fname,
                       spec->names[i], i + 1);
            return -1;
        }
    }
    return 0;
}
