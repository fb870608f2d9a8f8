/* builtins_iter.c: the built-in functions that consume iterables: min, max, sum,
 * sorted, any, all, and iter / next. */
#include "../object/bytearray.h"
#include "../object/bytes.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/iter.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "builtins_internal.h"

/* ---- min / max ---- */

static Value min_max(Value const *args, size_t nargs, Value kwnames, int op, const char *name) {
    static const char *const params[] = {"key", "default"};
    Value kw[2];
    if (nargs == 0)
        return err_format(&exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (args_bind(name, args + nargs, 0, kwnames, params, 2, 0, kw) < 0) return NULL;
    Value key = kw[0] == NONE ? NULL : kw[0], dflt = kw[1];
    if (nargs > 1 && dflt) {
        return err_format(&exc_TypeError,
                          "Cannot specify a default for %s() with multiple positional arguments",
                          name);
    }
    Value seq = nargs == 1 ? incref(args[0]) : tuple_from_array(args, (intptr_t)nargs);
    Value it = seq ? object_getiter(seq) : NULL;
    xdecref(seq);
    if (!it) return NULL;
    Value best = NULL, best_key = NULL, item;
    while ((item = object_iternext(it))) {
        Value k = key ? object_call(key, &item, 1, NULL) : incref(item);
        int better = !k ? -1 : best ? object_richcompare_bool(k, best_key, op) : 1;
        if (better < 0) {
            xdecref(k);
            decref(item);
            goto fail;
        }
        if (better) {
            setref(&best, item);
            setref(&best_key, k);
        } else {
            decref(item);
            decref(k);
        }
    }
    if (err_occurred()) goto fail;
    decref(it);
    xdecref(best_key);
    if (best) return best;
    if (dflt) return incref(dflt);
    return err_format(&exc_ValueError, "%s() arg is an empty sequence", name);
fail:
    decref(it);
    xdecref(best);
    xdecref(best_key);
    return NULL;
}

BUILTIN(builtin_min) { return min_max(args, nargs, kwnames, CMP_LT, "min"); }
BUILTIN(builtin_max) { return min_max(args, nargs, kwnames, CMP_GT, "max"); }

/* ---- sum ---- */

/* Adds the items of it to total (stolen); machine integers and floats are summed in C
 * while the items allow it. */
static Value sum_items(Value it, Value total) {
    Value item;
    while ((item = object_iternext(it))) {
        if (is_small_int(total) && is_small_int(item)) {
            intptr_t r;
            if (!__builtin_add_overflow(small_int_value(total), small_int_value(item), &r) &&
                fits_small_int(r)) {
                total = small_int(r);
                continue;
            }
        }
        if (is_float_exact(total) && (is_float_exact(item) || is_small_int(item))) {
            double x = is_small_int(item) ? (double)small_int_value(item) : float_value(item);
            Value f = float_new(float_value(total) + x);
            decref(total);
            decref(item);
            if (!f) return NULL;
            total = f;
            continue;
        }
        Value r = binary_op(total, item, BINOP_ADD);
        decref(total);
        decref(item);
        if (!r) return NULL;
        total = r;
    }
    if (err_occurred()) {
        decref(total);
        return NULL;
    }
    return total;
}

BUILTIN(builtin_sum) {
    static const char *const params[] = {"iterable", "start"};
    Value a[2];
    if (args_bind("sum", args, nargs, kwnames, params, 2, 2, a) < 0) return NULL;
    if (!a[0])
        return err_format(&exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    Value start = a[1] ? a[1] : small_int(0);
    if (is_str(start))
        return err_format(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_bytes(start))
        return err_format(&exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (is_instance_of(start, &type_bytearray))
        return err_format(&exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = object_getiter(a[0]);
    if (!it) return NULL;
    Value total = sum_items(it, incref(start));
    decref(it);
    return total;
}

/* ---- sorted, any, all ---- */

BUILTIN(builtin_sorted) {
    if (nargs != 1) return err_format(&exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    Value list = list_from_iterable(args[0]);
    if (!list) return NULL;
    if (!kwnames || tuple_size(kwnames) == 0) {
        if (list_sort(list) < 0) CLEAR(list);
        return list;
    }
    Value sort = object_getattr_cstr(list, "sort");
    Value r = sort ? object_call(sort, args + 1, 0, kwnames) : NULL;
    xdecref(sort);
    if (!r) CLEAR(list);
    xdecref(r);
    return list;
}

/* any()/all(): stops at the first item whose truth equals `stop_at`. */
static Value any_all(Value const *args, size_t nargs, Value kwnames, const char *name,
                     int stop_at) {
    if (args_no_keywords(name, kwnames) < 0 || args_exactly_one(name, nargs) < 0) return NULL;
    Value it = object_getiter(args[0]);
    if (!it) return NULL;
    Value item;
    int found = 0;
    while (!found && (item = object_iternext(it))) {
        int truth = object_is_true(item);
        decref(item);
        if (truth < 0) {
            decref(it);
            return NULL;
        }
        found = truth == stop_at;
    }
    decref(it);
    if (!found && err_occurred()) return NULL;
    return bool_value(found ? stop_at : !stop_at);
}

BUILTIN(builtin_any) { return any_all(args, nargs, kwnames, "any", 1); }
BUILTIN(builtin_all) { return any_all(args, nargs, kwnames, "all", 0); }

/* ---- iter, next ---- */

BUILTIN(builtin_iter) {
    if (args_no_keywords("iter", kwnames) < 0 || args_count("iter", nargs, 1, 2) < 0) return NULL;
    if (nargs == 1) return object_getiter(args[0]);
    if (!object_is_callable(args[0]))
        return err_format(&exc_TypeError, "iter(v, w): v must be callable");
    return callable_iter_new(args[0], args[1]);
}

BUILTIN(builtin_next) {
    if (args_no_keywords("next", kwnames) < 0 || args_count("next", nargs, 1, 2) < 0) return NULL;
    Value it = args[0];
    if (!type_of(it)->iternext)
        return err_format(&exc_TypeError, "'%T' object is not an iterator", it);
    Value r = type_of(it)->iternext(it);
    if (r) return r;
    if (err_occurred()) {
        if (nargs == 1 || !err_matches(&exc_StopIteration)) return NULL;
        err_clear();
    }
    if (nargs == 2) return incref(args[1]);
    err_set(&exc_StopIteration, NULL);
    return NULL;
}

/* ---- aiter, anext ---- */

BUILTIN(builtin_aiter) {
    if (args_no_keywords("aiter", kwnames) < 0 || args_exactly_one("aiter", nargs) < 0) return NULL;
    Value meth = object_lookup_special(args[0], NAME(__aiter__));
    if (!meth) {
        if (err_occurred()) return NULL;
        return err_format(&exc_TypeError, "'%T' object is not an async iterable", args[0]);
    }
    Value it = object_call(meth, NULL, 0, NULL);
    decref(meth);
    if (it && !type_lookup(type_of(it), NAME(__anext__))) {
        err_format(&exc_TypeError, "aiter() returned not an async iterator of type '%T'", it);
        CLEAR(it);
    }
    return it;
}

BUILTIN(builtin_anext) {
    if (args_no_keywords("anext", kwnames) < 0 || args_count("anext", nargs, 1, 1) < 0) return NULL;
    Value meth = object_lookup_special(args[0], NAME(__anext__));
    if (!meth) {
        if (err_occurred()) return NULL;
        return err_format(&exc_TypeError, "'%T' object is not an async iterator", args[0]);
    }
    Value r = object_call(meth, NULL, 0, NULL);
    decref(meth);
    return r;
}
