/* warnings.c: the `_warnings` module behind warnings.py: the filter list with CPython's
 * default filters, warn() (which finds the caller's file, line and module through
 * sys._getframe) and warn_explicit() with the per-module registries and the actions
 * error / ignore / always / default / module / once. Showing a warning goes through
 * warnings._showwarnmsg when warnings.py is loaded, else straight to stderr. */
#include <stdio.h>

#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "stdlib_modules.h"

static Value filters, onceregistry, defaultaction;
static long filters_version = 1;

static int init_state(void) {
    if (filters) return 0;
    static const struct {
        const char *action;
        Type *category;
        const char *module;
    } defaults[] = {
        {"default", &exc_DeprecationWarning, "__main__"}, {"ignore", &exc_DeprecationWarning, NULL},
        {"ignore", &exc_PendingDeprecationWarning, NULL}, {"ignore", &exc_ImportWarning, NULL},
        {"ignore", &exc_ResourceWarning, NULL},
    };
    Value list = list_new(0);
    for (size_t i = 0; list && i < sizeof defaults / sizeof defaults[0]; i++) {
        Value action = str_intern_cstr(defaults[i].action);
        Value module = defaults[i].module ? str_intern_cstr(defaults[i].module) : NONE;
        Value item = tuple_pack(5, action, NONE, (Value)defaults[i].category, module, small_int(0));
        if (!item || list_append(list, item) < 0) CLEAR(list);
        xdecref(item);
    }
    onceregistry = dict_new();
    defaultaction = str_intern_cstr("default");
    if (!list || !onceregistry || !defaultaction) {
        xdecref(list);
        return -1;
    }
    filters = list;
    return 0;
}

/* A filter's message or module pattern: None matches all, a str must be equal, anything
 * else (a compiled regex) is asked pattern.match(text). */
static int matches(Value pattern, Value text) {
    if (pattern == NONE) return 1;
    if (is_str_exact(pattern)) return object_richcompare_bool(pattern, text, CMP_EQ);
    Value r = object_call_method(pattern, str_intern_cstr("match"), &text, 1);
    if (!r) return -1;
    int t = object_is_true(r);
    decref(r);
    return t;
}

/* The action of the first filter matching, borrowed (or the default action). */
static Value find_action(Value text, Value category, Value module, Value lineno) {
    Value wmod = dict_get_cstr(interp.modules, "warnings");
    if (wmod) { /* warnings.py may have replaced the list */
        Value f = object_getattr_cstr(wmod, "filters");
        if (f && is_list(f))
            setref(&filters, f);
        else {
            xdecref(f);
            err_clear();
        }
        Value d = object_getattr_cstr(wmod, "defaultaction");
        if (d && is_str(d))
            setref(&defaultaction, d);
        else {
            xdecref(d);
            err_clear();
        }
    }
    for (intptr_t i = 0; i < list_size(filters); i++) {
        Value item = list_get(filters, i);
        if (!is_tuple(item) || tuple_size(item) != 5) {
            err_format(&exc_ValueError, "_warnings.filters item %zd isn't a 5-tuple", i);
            return NULL;
        }
        incref(item);
        int m = matches(tuple_get(item, 1), text);
        if (m > 0) m = object_issubclass(category, tuple_get(item, 2));
        if (m > 0) m = matches(tuple_get(item, 3), module);
        if (m > 0) {
            Value ln = tuple_get(item, 4);
            m = (is_int(ln) && int_sign(ln) == 0) || object_richcompare_bool(ln, lineno, CMP_EQ);
        }
        decref(item);
        if (m < 0) return NULL;
        if (m > 0) return tuple_get(item, 0);
    }
    return defaultaction;
}

/* Records key in registry; 1 if it was already there, 0 if new, -1 error. */
static int already_warned(Value registry, Value key) {
    if (registry == NONE || !registry) return 0;
    Value v = dict_get(registry, key);
    if (v && object_is_true(v) > 0) return 1;
    if (err_occurred()) return -1;
    return dict_set(registry, key, TRUE_VALUE) < 0 ? -1 : 0;
}

static int show_warning(Value message, Value category, Value filename, Value lineno, Value text,
                        Value source) {
    Value wmod = dict_get_cstr(interp.modules, "warnings");
    Value show = wmod ? object_getattr_cstr(wmod, "_showwarnmsg") : NULL;
    Value wm_type = show ? object_getattr_cstr(wmod, "WarningMessage") : NULL;
    if (show && wm_type) {
        Value args[7] = {message, category, filename, lineno, NONE, NONE, source ? source : NONE};
        Value msg = object_call(wm_type, args, 7, NULL);
        Value r = msg ? object_call(show, &msg, 1, NULL) : NULL;
        xdecref(msg);
        xdecref(show);
        xdecref(wm_type);
        if (!r) return -1;
        decref(r);
        return 0;
    }
    xdecref(show);
    err_clear();
    Value line = str_from_format("%S:%S: %s: %S\n", filename, lineno,
                                 type_short_name((Type *)category), text);
    if (!line) return -1;
    Value err = dict_get_cstr(interp.sysdict, "stderr");
    Value r = err ? object_call_method(err, NAME(write), &line, 1) : NULL;
    decref(line);
    if (!r) err_clear();
    xdecref(r);
    return 0;
}

static int warn_explicit(Value message, Value category, Value filename, Value lineno, Value module,
                         Value registry, Value source) {
    if (init_state() < 0) return -1;
    if (registry && registry != NONE) {
        if (!is_dict(registry)) {
            err_format(&exc_TypeError, "'registry' must be a dict or None");
            return -1;
        }
        Value version = dict_get_cstr(registry, "version");
        long long v = 0;
        if (!version || !is_int(version) || int_as_long(version, &v) < 0 || v != filters_version) {
            err_clear();
            dict_clear(registry);
            Value nv = int_from_long(filters_version);
            if (!nv || dict_set_cstr(registry, "version", nv) < 0) {
                xdecref(nv);
                return -1;
            }
            decref(nv);
        }
    }
    Value text, instance;
    if (is_instance_of(message, &exc_Warning)) {
        text = object_str(message);
        category = (Value)type_of(message);
        instance = incref(message);
    } else {
        text = incref(message);
        instance = object_call(category, &message, 1, NULL);
    }
    Value key = text && instance ? tuple_pack(3, text, category, lineno) : NULL;
    int status = -1;
    if (!key) goto done;
    Value v = registry && registry != NONE ? dict_get(registry, key) : NULL;
    if (v && object_is_true(v) > 0) {
        status = 0;
        goto done;
    }
    Value action = find_action(text, category, module, lineno);
    if (!action) goto done;
    if (str_equal_cstr(action, "error")) {
        err_set_exception(incref(instance));
        goto done;
    }
    status = 0;
    if (str_equal_cstr(action, "ignore")) goto done;
    int seen = 0;
    if (str_equal_cstr(action, "once")) {
        Value oncekey = tuple_pack(2, text, category);
        seen = !oncekey                            ? -1
               : already_warned(registry, key) < 0 ? -1
                                                   : already_warned(onceregistry, oncekey);
        xdecref(oncekey);
    } else if (str_equal_cstr(action, "module")) {
        Value altkey = tuple_pack(3, text, category, small_int(0));
        seen = !altkey                             ? -1
               : already_warned(registry, key) < 0 ? -1
                                                   : already_warned(registry, altkey);
        xdecref(altkey);
    } else if (str_equal_cstr(action, "default")) {
        seen = already_warned(registry, key);
    } else if (!str_equal_cstr(action, "always")) {
        err_format(&exc_RuntimeError, "Unrecognized action (%R) in warnings.filters:\n %R", action,
                   action);
        seen = -1;
    }
    if (seen == 0) seen = show_warning(instance, category, filename, lineno, text, source);
    status = seen < 0 ? -1 : 0;
done:
    xdecref(text);
    xdecref(instance);
    xdecref(key);
    return status;
}

/* The caller's (filename, lineno, module name, registry) `stacklevel` frames up: level 1
 * is the Python code calling warn(), sys._getframe(0) seen from here. */
static int caller_context(intptr_t stacklevel, Value *filename, Value *lineno, Value *module,
                          Value *registry) {
    Value getframe = dict_get_cstr(interp.sysdict, "_getframe");
    Value depth = small_int(stacklevel - 1);
    Value frame = getframe ? object_call(getframe, &depth, 1, NULL) : NULL;
    Value globals;
    if (!frame) { /* too deep: attribute it to sys, as CPython does */
        err_clear();
        globals = incref(interp.sysdict);
        *filename = str_from_cstr("sys");
        *lineno = small_int(1);
    } else {
        Value code = object_getattr_cstr(frame, "f_code");
        *filename = code ? object_getattr_cstr(code, "co_filename") : NULL;
        *lineno = object_getattr_cstr(frame, "f_lineno");
        Value g = object_getattr_cstr(frame, "f_globals");
        xdecref(code);
        decref(frame);
        if (!*filename || !*lineno || !g) {
            xdecref(*filename);
            xdecref(*lineno);
            xdecref(g);
            return -1;
        }
        globals = g;
    }
    Value name = dict_get_cstr(globals, "__name__");
    *module = name ? incref(name) : str_from_cstr("<string>");
    Value reg = dict_get_cstr(globals, "__warningregistry__");
    if (!reg) {
        reg = dict_new();
        if (reg && dict_set_cstr(globals, "__warningregistry__", reg) < 0) CLEAR(reg);
        *registry = reg;
    } else {
        *registry = incref(reg);
    }
    decref(globals);
    if (*module && *registry) return 0;
    xdecref(*module);
    xdecref(*registry);
    decref(*filename);
    decref(*lineno);
    return -1;
}

static Value warnings_warn(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"message", "category", "stacklevel", "source"};
    static const ArgSpec spec = {"warn", names, 4, 0, 4, 1};
    Value v[4];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Value message = v[0], category = v[1] && v[1] != NONE ? v[1] : (Value)&exc_UserWarning;
    if (is_instance_of(message, &exc_Warning)) category = (Value)type_of(message);
    if (!is_instance_of(category, &type_type) || !type_is_subtype((Type *)category, &exc_Warning))
        return err_format(&exc_TypeError, "category must be a Warning subclass, not '%T'",
                          category);
    long long level = 1;
    if (v[2] && int_as_long(v[2], &level) < 0) return NULL;
    Value filename, lineno, module, registry;
    if (caller_context(level < 1 ? 1 : (intptr_t)level, &filename, &lineno, &module, &registry) < 0)
        return NULL;
    int r = warn_explicit(message, category, filename, lineno, module, registry, v[3]);
    decref(filename);
    decref(lineno);
    decref(module);
    decref(registry);
    return r < 0 ? NULL : NONE;
}

static Value warnings_warn_explicit(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"message", "category", "filename",       "lineno",
                                        "module",  "registry", "module_globals", "source"};
    static const ArgSpec spec = {"warn_explicit", names, 8, 0, 8, 4};
    Value v[8];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Value module = v[4];
    Value derived = NULL;
    if (!module || module == NONE) { /* the file name without ".py" */
        intptr_t n = is_str(v[2]) ? str_length(v[2]) : 0;
        bool py = n >= 3 && str_char(v[2], n - 3) == '.' && str_char(v[2], n - 2) == 'p' &&
                  str_char(v[2], n - 1) == 'y';
        derived =
            is_str(v[2]) ? str_substring(v[2], 0, py ? n - 3 : n) : str_from_cstr("<unknown>");
        if (!derived) return NULL;
        module = derived;
    }
    int r = warn_explicit(v[0], v[1], v[2], v[3], module, v[5] ? v[5] : NONE, v[7]);
    xdecref(derived);
    return r < 0 ? NULL : NONE;
}

static Value warnings_filters_mutated(Value self, Value const *args, size_t nargs, Value kwnames) {
    filters_version++;
    return NONE;
}

static MethodDef warnings_methods[] = {
    {"warn", warnings_warn, METH_KEYWORDS, NULL},
    {"warn_explicit", warnings_warn_explicit, METH_KEYWORDS, NULL},
    {"_filters_mutated", warnings_filters_mutated, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value warnings_module_new(void) {
    if (init_state() < 0) return NULL;
    Value m = module_new("_warnings");
    if (!m || module_add_functions(m, warnings_methods) < 0 ||
        module_add_object(m, "filters", filters) < 0 ||
        module_add_object(m, "_onceregistry", onceregistry) < 0 ||
        module_add_object(m, "_defaultaction", defaultaction) < 0)
        CLEAR(m);
    return m;
}
