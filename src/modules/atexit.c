/* atexit.c: the `atexit` module: functions registered to run at interpreter exit, last
 * registered first; the runtime calls atexit_run_all() when the main program ends. */
#include "../object/dict.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/tuple.h"
#include "../vm/call.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

/* The callbacks: a list of (func, args tuple, kwargs dict or None) tuples. */
static Value callbacks;

static Value atexit_register(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs == 0)
        return err_format(&exc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!object_is_callable(args[0]))
        return err_format(&exc_TypeError, "the first argument must be callable");
    if (!callbacks && !(callbacks = list_new(0))) return NULL;
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    Value pos = tuple_from_array(args + 1, (intptr_t)nargs - 1);
    Value kw = nkw ? dict_new() : incref(NONE);
    for (intptr_t i = 0; kw && i < nkw; i++)
        if (dict_set(kw, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) CLEAR(kw);
    Value entry = pos && kw ? tuple_pack(3, args[0], pos, kw) : NULL;
    int r = entry ? list_append(callbacks, entry) : -1;
    xdecref(pos);
    xdecref(kw);
    xdecref(entry);
    return r < 0 ? NULL : incref(args[0]);
}

static Value atexit_unregister(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("atexit.unregister", nargs) < 0) return NULL;
    Value kept = list_new(0);
    for (intptr_t i = 0; kept && callbacks && i < list_size(callbacks); i++) {
        Value entry = list_get(callbacks, i);
        int eq = object_richcompare_bool(tuple_get(entry, 0), args[0], CMP_EQ);
        if (eq < 0 || (eq == 0 && list_append(kept, entry) < 0)) CLEAR(kept);
    }
    if (!kept) return NULL;
    setref(&callbacks, kept);
    return NONE;
}

void atexit_run_all(void) {
    while (callbacks && list_size(callbacks) > 0) {
        intptr_t last = list_size(callbacks) - 1;
        Value entry = incref(list_get(callbacks, last));
        Value tail = list_slice(callbacks, 0, last);
        if (!tail) {
            decref(entry);
            err_clear();
            return;
        }
        setref(&callbacks, tail);
        Value func = tuple_get(entry, 0), pos = tuple_get(entry, 1), kw = tuple_get(entry, 2);
        Value r = call_with_tuple_dict(func, pos, kw == NONE ? NULL : kw);
        if (r)
            decref(r);
        else if (err_matches(&exc_SystemExit))
            err_clear();
        else
            err_write_unraisable(func);
        decref(entry);
    }
}

static Value atexit_run_exitfuncs(Value self, Value const *args, size_t nargs, Value kwnames) {
    atexit_run_all();
    return NONE;
}

static Value atexit_clear(Value self, Value const *args, size_t nargs, Value kwnames) {
    CLEAR(callbacks);
    return NONE;
}

static Value atexit_ncallbacks(Value self, Value const *args, size_t nargs, Value kwnames) {
    return small_int(callbacks ? list_size(callbacks) : 0);
}

static MethodDef atexit_methods[] = {
    {"register", atexit_register, METH_KEYWORDS, NULL}, {"unregister", atexit_unregister, 0, NULL},
    {"_run_exitfuncs", atexit_run_exitfuncs, 0, NULL},  {"_clear", atexit_clear, 0, NULL},
    {"_ncallbacks", atexit_ncallbacks, 0, NULL},        {NULL, NULL, 0, NULL},
};

Value atexit_module_new(void) {
    Value m = module_new("atexit");
    if (m && module_add_functions(m, atexit_methods) < 0) CLEAR(m);
    return m;
}
