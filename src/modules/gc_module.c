/* gc_module.c: the `gc` module: collect, enable/disable, thresholds and counts. */
#include "gc_module.h"

#include "../memory/gc.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/tuple.h"
#include "../vm/errors.h"

static Value gc_collect_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long gen = GC_GENERATIONS - 1;
    if (nargs > 1)
        return err_format(&exc_TypeError, "collect() takes at most 1 argument (%zu given)", nargs);
    if (nargs == 1 && int_as_long(args[0], &gen) < 0) return NULL;
    if (gen < 0 || gen >= GC_GENERATIONS) return err_format(&exc_ValueError, "invalid generation");
    return int_from_long(gc_collect((int)gen));
}

static Value gc_enable_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    gc_set_enabled(true);
    return NONE;
}

static Value gc_disable_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    gc_set_enabled(false);
    return NONE;
}

static Value gc_isenabled_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    return bool_value(gc_is_enabled());
}

static Value gc_get_threshold_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    return tuple_pack(3, small_int(gc_get_threshold(0)), small_int(gc_get_threshold(1)),
                      small_int(gc_get_threshold(2)));
}

static Value gc_set_threshold_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs < 1 || nargs > GC_GENERATIONS) {
        return err_format(&exc_TypeError, "set_threshold() takes 1 to 3 arguments (%zu given)",
                          nargs);
    }
    for (size_t i = 0; i < nargs; i++) {
        long long t;
        if (int_as_long(args[i], &t) < 0) return NULL;
        gc_set_threshold((int)i, (intptr_t)t);
    }
    return NONE;
}

static Value gc_get_count_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    return tuple_pack(3, small_int(gc_get_count(0)), small_int(gc_get_count(1)),
                      small_int(gc_get_count(2)));
}

static MethodDef gc_methods[] = {
    {"collect", gc_collect_fn, 0, NULL},
    {"enable", gc_enable_fn, 0, NULL},
    {"disable", gc_disable_fn, 0, NULL},
    {"isenabled", gc_isenabled_fn, 0, NULL},
    {"get_threshold", gc_get_threshold_fn, 0, NULL},
    {"set_threshold", gc_set_threshold_fn, 0, NULL},
    {"get_count", gc_get_count_fn, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value gc_module_new(void) {
    Value m = module_new("gc");
    if (m && module_add_functions(m, gc_methods) < 0) CLEAR(m);
    return m;
}
