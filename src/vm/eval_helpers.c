/* eval_helpers.c: the out-of-line parts of instructions, kept apart from the hot loop:
 * name errors, raise, unpacking, with-statements, f-string pieces, building collections,
 * *args / **kwargs calls, function creation, imports, class bodies, pattern matching
 * and except*. */
#include "eval_helpers.h"

#include <string.h>

#include "../import/import.h"
#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/dict.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/exceptions.h"
#include "../object/function.h"
#include "../object/list.h"
#include "../object/module.h"
#include "../object/set.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "call.h"
#include "errors.h"

/* ---- names ---- */

Value eval_load_global(Frame *f, Value name) {
    if (is_dict_exact(f->globals) && is_dict_exact(f->builtins)) {
        Value v = dict_get_str(f->globals, name);
        if (!v) v = dict_get_str(f->builtins, name);
        if (v) return incref(v);
        eval_name_error(name);
        return NULL;
    }
    Value v = dict_get(f->globals, name);
    if (v) return incref(v);
    if (err_occurred()) return NULL;
    v = object_getitem(f->builtins, name);
    if (!v && err_matches(&exc_KeyError)) {
        err_clear();
        eval_name_error(name);
    }
    return v;
}

/* Sets the `name` attribute of the pending NameError (for "Did you mean" suggestions). */
static void set_name_error_name(Value name) {
    Value exc = err_occurred();
    if (exc && is_instance_of(exc, &exc_NameError))
        setref(&((NameErrorObject *)exc)->name, incref(name));
}

void eval_name_error(Value name) {
    err_format(&exc_NameError, "name '%U' is not defined", name);
    set_name_error_name(name);
}

void eval_unbound_local_error(Frame *f, int i) {
    Value name = tuple_get(f->code->localsplusnames, i);
    uint8_t kind = (uint8_t)bytes_data(f->code->localspluskinds)[i];
    if (kind & CO_FAST_FREE) {
        err_format(&exc_NameError,
                   "cannot access free variable '%U' where it is not associated with a value in "
                   "enclosing scope",
                   name);
        set_name_error_name(name);
        return;
    }
    err_format(&exc_UnboundLocalError,
               "cannot access local variable '%U' where it is not associated with a value", name);
    set_name_error_name(name);
}

/* ---- raise ---- */

/* An exception instance from a `raise` operand (class or instance); new ref or NULL. */
static Value exception_instance_from(Value v, const char *not_exception_msg) {
    if (is_exception_type(v)) {
        Value inst = object_call(v, NULL, 0, NULL);
        if (!inst) return NULL;
        if (!is_exception(inst)) {
            err_format(&exc_TypeError,
                       "calling %R should have returned an instance of BaseException, not %T", v,
                       inst);
            decref(inst);
            return NULL;
        }
        return inst;
    }
    if (is_exception(v)) return incref(v);
    err_set_str(&exc_TypeError, not_exception_msg);
    return NULL;
}

int eval_do_raise(Value exc, Value cause) {
    if (!exc) {
        Value handled = current_thread()->handled_exception;
        if (!handled || handled == NONE) {
            err_set_str(&exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        err_restore(incref(handled));
        return 1;
    }
    Value value = exception_instance_from(exc, "exceptions must derive from BaseException");
    decref(exc);
    if (!value) {
        xdecref(cause);
        return -1;
    }
    if (cause) {
        Value c = NULL;
        if (cause != NONE) {
            c = exception_instance_from(cause, "exception causes must derive from BaseException");
            if (!c) {
                decref(cause);
                decref(value);
                return -1;
            }
        }
        decref(cause);
        exception_set_cause(value, c);
        ((BaseExceptionObject *)value)->suppress_context = true;
    }
    err_set_exception(value);
    return 0;
}

/* ---- unpacking ---- */

int eval_unpack_iterable(Value v, int before, int after, Value *out) {
    int total = after < 0 ? before : before + 1 + after;
    Value it = object_getiter(v);
    if (!it) {
        if (err_matches(&exc_TypeError) && !type_of(v)->iter && !type_of(v)->getitem) {
            err_clear();
            err_format(&exc_TypeError, "cannot unpack non-iterable %.200s object",
                       type_of(v)->name);
        }
        return -1;
    }
    int got = 0;
    for (; got < before; got++) {
        Value item = object_iternext(it);
        if (!item) {
            if (!err_occurred()) {
                if (after < 0)
                    err_format(&exc_ValueError, "not enough values to unpack (expected %d, got %d)",
                               before, got);
                else
                    err_format(&exc_ValueError,
                               "not enough values to unpack (expected at least %d, got %d)",
                               before + after, got);
            }
            goto fail;
        }
        out[total - 1 - got] = item;
    }
    if (after < 0) {
        Value extra = object_iternext(it);
        if (extra) {
            decref(extra);
            err_format(&exc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (err_occurred()) goto fail;
        decref(it);
        return 0;
    }
    Value rest = list_from_iterable(it);
    if (!rest) goto fail;
    intptr_t nrest = list_size(rest);
    if (nrest < after) {
        err_format(&exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                   before + after, before + nrest);
        decref(rest);
        goto fail;
    }
    /* the last `after` items move out of the list into their own slots */
    List *l = (List *)rest;
    for (int k = 0; k < after; k++) out[after - 1 - k] = l->items[nrest - after + k];
    l->size = nrest - after;
    out[after] = rest;
    decref(it);
    return 0;
fail:
    for (int k = 0; k < got; k++) decref(out[total - 1 - k]);
    decref(it);
    return -1;
}

/* ---- with ---- */

int eval_before_with(Value mgr, Value *exit_out, Value *enter_result) {
    Value enter = object_lookup_special(mgr, NAME(__enter__));
    if (!enter) {
        if (!err_occurred())
            err_format(&exc_TypeError,
                       "'%.200s' object does not support the context manager protocol",
                       type_of(mgr)->name);
        return -1;
    }
    Value exit = object_lookup_special(mgr, NAME(__exit__));
    if (!exit) {
        if (!err_occurred())
            err_format(&exc_TypeError,
                       "'%.200s' object does not support the context manager protocol (missed "
                       "__exit__ method)",
                       type_of(mgr)->name);
        decref(enter);
        return -1;
    }
    *exit_out = exit;
    *enter_result = object_call(enter, NULL, 0, NULL);
    decref(enter);
    return 0;
}

Value eval_with_except_start(Value exit_func, Value exc) {
    Value tb = exception_get_traceback(exc);
    Value args[3] = {(Value)type_of(exc), exc, tb ? tb : NONE};
    return object_call(exit_func, args, 3, NULL);
}

/* ---- f-strings ---- */

Value eval_format_value(Value v, int conversion, Value spec) {
    Value conv = v;
    switch (conversion) {
        case 1: conv = object_str(v); break;
        case 2: conv = object_repr(v); break;
        case 3: conv = object_ascii(v); break;
        default: incref(v); break;
    }
    decref(v);
    if (!conv) return NULL;
    if (!spec && is_str_exact(conv)) return conv;
    Value r = object_format(conv, spec ? spec : str_empty());
    decref(conv);
    return r;
}

Value eval_build_string(Value *items, intptr_t n) {
    if (n == 1) return incref(items[0]);
    if (n == 2) return str_concat(items[0], items[1]);
    Value t = tuple_from_array(items, n);
    Value r = t ? str_join(str_empty(), t) : NULL;
    xdecref(t);
    return r;
}

/* ---- collections ---- */

Value eval_build_set(Value *items, intptr_t n) {
    Value s = set_new_from(&type_set, NULL);
    for (intptr_t i = 0; s && i < n; i++) {
        if (set_add(s, items[i]) < 0) CLEAR(s);
    }
    return s;
}

Value eval_build_map(Value *items, intptr_t n) {
    Value d = dict_new();
    for (intptr_t i = 0; d && i < n; i++) {
        if (dict_set(d, items[2 * i], items[2 * i + 1]) < 0) CLEAR(d);
    }
    return d;
}

Value eval_build_const_key_map(Value *values, Value keys, intptr_t n) {
    if (!is_tuple(keys) || tuple_size(keys) != n) {
        err_set_str(&exc_SystemError, "bad BUILD_CONST_KEY_MAP keys argument");
        return NULL;
    }
    Value d = dict_new();
    for (intptr_t i = 0; d && i < n; i++) {
        if (dict_set(d, tuple_get(keys, i), values[i]) < 0) CLEAR(d);
    }
    return d;
}

int eval_list_extend(Value list, Value iterable) {
    if (list_extend(list, iterable) == 0) return 0;
    Type *t = type_of(iterable);
    if (err_matches(&exc_TypeError) && !t->iter && !t->getitem) {
        err_clear();
        err_format(&exc_TypeError, "Value after * must be an iterable, not %.200s", t->name);
    }
    return -1;
}

int eval_dict_update(Value dict, Value update) {
    if (dict_update(dict, update) == 0) return 0;
    if (err_matches(&exc_AttributeError)) {
        err_clear();
        err_format(&exc_TypeError, "'%.200s' object is not a mapping", type_of(update)->name);
    }
    return -1;
}

/* The error of **kwargs that is not a mapping, or has a key given twice. */
static void kwargs_error(Value func, Value update, Value dup_key) {
    Value fstr = callable_function_str(func);
    if (!fstr) return;
    if (dup_key)
        err_format(&exc_TypeError, "%U got multiple values for keyword argument '%S'", fstr,
                   dup_key);
    else
        err_format(&exc_TypeError, "%U argument after ** must be a mapping, not %.200s", fstr,
                   type_of(update)->name);
    decref(fstr);
}

int eval_dict_merge(Value func, Value dict, Value update) {
    if (is_dict(update)) {
        intptr_t pos = 0;
        Value key, value;
        while (dict_next(update, &pos, &key, &value)) {
            if (dict_get(dict, key)) {
                kwargs_error(func, update, key);
                return -1;
            }
            if (err_occurred() || dict_set(dict, key, value) < 0) return -1;
        }
        return 0;
    }
    Value keys = object_call_method(update, NAME(keys), NULL, 0);
    if (!keys) {
        if (err_matches(&exc_AttributeError)) {
            err_clear();
            kwargs_error(func, update, NULL);
        }
        return -1;
    }
    Value it = object_getiter(keys);
    decref(keys);
    if (!it) return -1;
    Value key;
    int rc = 0;
    while (rc == 0 && (key = object_iternext(it))) {
        if (dict_get(dict, key)) {
            kwargs_error(func, update, key);
            rc = -1;
        } else if (err_occurred()) {
            rc = -1;
        } else {
            Value value = object_getitem(update, key);
            rc = value ? dict_set(dict, key, value) : -1;
            xdecref(value);
        }
        decref(key);
    }
    decref(it);
    return rc == 0 && err_occurred() ? -1 : rc;
}

Value eval_call_function_ex(Value func, Value callargs, Value kwargs) {
    Value args = callargs;
    if (!is_tuple_exact(callargs)) {
        Type *t = type_of(callargs);
        if (!t->iter && !t->getitem) {
            Value fstr = callable_function_str(func);
            if (fstr) {
                err_format(&exc_TypeError, "%U argument after * must be an iterable, not %.200s",
                           fstr, t->name);
                decref(fstr);
            }
            return NULL;
        }
        args = sequence_to_tuple(callargs);
        if (!args) return NULL;
    } else {
        incref(args);
    }
    Value kw = kwargs;
    if (kwargs && !is_dict_exact(kwargs)) {
        kw = dict_new();
        if (kw && eval_dict_merge(func, kw, kwargs) < 0) CLEAR(kw);
        if (!kw) {
            decref(args);
            return NULL;
        }
    } else {
        xincref(kw);
    }
    Value r = call_with_tuple_dict(func, args, kw);
    decref(args);
    xdecref(kw);
    return r;
}

/* ---- functions ---- */

/* MAKE_FUNCTION's annotations: a flat tuple of name/value pairs (or a dict) -> dict. */
static Value annotations_dict(Value ann) {
    if (is_dict(ann)) return incref(ann);
    Value d = dict_new();
    if (!d || !is_tuple(ann)) return d;
    for (intptr_t i = 0; i + 1 < tuple_size(ann); i += 2) {
        if (dict_set(d, tuple_get(ann, i), tuple_get(ann, i + 1)) < 0) {
            decref(d);
            return NULL;
        }
    }
    return d;
}

Value eval_make_function(Value code, Value globals, int flags, Value *extras) {
    Value f = function_new(code, globals, NULL);
    if (!f) return NULL;
    Function *fn = (Function *)f;
    if (flags & 8) fn->closure = incref(extras[0]);
    if (flags & 4 && !(fn->annotations = annotations_dict(extras[1]))) {
        decref(f);
        return NULL;
    }
    if (flags & 2) fn->kwdefaults = incref(extras[2]);
    if (flags & 1) fn->defaults = incref(extras[3]);
    return f;
}

/* ---- imports, class bodies, the REPL ---- */

/* builtins.__import__ is still the built-in one (not replaced by the program). */
static bool is_builtin_import(Value import_func) {
    return !is_small_int(import_func) && import_func->type == &type_builtin_function &&
           strcmp(((BuiltinFunction *)import_func)->def->name, "__import__") == 0;
}

Value eval_import_name(Frame *f, Value name, Value fromlist, Value level) {
    Value import_func = is_dict(f->builtins) ? dict_get_str(f->builtins, NAME(__import__)) : NULL;
    if (!import_func) {
        if (!err_occurred()) err_set_str(&exc_ImportError, "__import__ not found");
        return NULL;
    }
    if (is_builtin_import(import_func)) {
        int lvl = is_small_int(level) ? (int)small_int_value(level) : 0;
        return import_module_level(name, f->globals, fromlist, lvl);
    }
    Value args[5] = {name, f->globals, f->locals ? f->locals : NONE, fromlist, level};
    incref(import_func);
    Value r = object_call(import_func, args, 5, NULL);
    decref(import_func);
    return r;
}

int eval_import_star(Frame *f, Value module) {
    if (!f->locals) {
        err_set_str(&exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    return import_star(module, f->locals);
}

Value eval_load_build_class(Frame *f) {
    Value bc = is_dict(f->builtins) ? dict_get_str(f->builtins, NAME(__build_class__)) : NULL;
    if (!bc) {
        if (!err_occurred()) err_set_str(&exc_NameError, "__build_class__ not found");
        return NULL;
    }
    return incref(bc);
}

int eval_setup_annotations(Frame *f) {
    if (!f->locals) {
        err_set_str(&exc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    Value name = NAME(__annotations__);
    if (is_dict_exact(f->locals)) {
        if (dict_get_str(f->locals, name)) return 0;
        Value d = dict_new();
        if (!d) return -1;
        int rc = dict_set(f->locals, name, d);
        decref(d);
        return rc;
    }
    Value v = object_getitem(f->locals, name);
    if (v) {
        decref(v);
        return 0;
    }
    if (!err_matches(&exc_KeyError)) return -1;
    err_clear();
    Value d = dict_new();
    if (!d) return -1;
    int rc = object_setitem(f->locals, name, d);
    decref(d);
    return rc;
}

int eval_print_expr(Value v) {
    Value hook = interp.sysdict ? dict_get_cstr(interp.sysdict, "displayhook") : NULL;
    if (!hook) {
        err_set_str(&exc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    Value r = object_call(hook, &v, 1, NULL);
    if (!r) return -1;
    decref(r);
    return 0;
}

/* ---- except ---- */

int eval_check_except_type(Value type) {
    if (is_tuple(type)) {
        for (intptr_t i = 0; i < tuple_size(type); i++) {
            if (eval_check_except_type(tuple_get(type, i)) < 0) return -1;
        }
        return 0;
    }
    if (is_exception_type(type)) return 0;
    err_set_str(&exc_TypeError,
                "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

/* ---- pattern matching ---- */

/* isinstance(v, collections.abc.<abc_name>) */
static int is_abc_instance(Value v, const char *abc_name) {
    Value abc = import_module("collections.abc");
    if (!abc) return -1;
    Value cls = object_getattr_cstr(abc, abc_name);
    decref(abc);
    if (!cls) return -1;
    int r = object_isinstance(v, cls);
    decref(cls);
    return r;
}

static bool is_plain_scalar(Value v) {
    return is_small_int(v) || is_int(v) || is_str(v) || v == NONE || is_bytes(v) || is_float(v) ||
           v->type == &type_bool;
}

int eval_match_mapping(Value v) {
    if (is_dict(v)) return 1;
    if (is_plain_scalar(v) || is_list(v) || is_tuple(v)) return 0;
    return is_abc_instance(v, "Mapping");
}

int eval_match_sequence(Value v) {
    if (is_list(v) || is_tuple(v)) return 1;
    if (is_plain_scalar(v) || is_dict(v)) return 0;
    const char *n = type_of(v)->name;
    if (strcmp(n, "bytearray") == 0) return 0;
    return is_abc_instance(v, "Sequence");
}

Value eval_match_keys(Value subject, Value keys) {
    intptr_t n = tuple_size(keys);
    if (n == 0) return tuple_empty();
    Value get = object_getattr_cstr(subject, "get");
    if (!get) return NULL;
    Value dummy = (Value)&type_object; /* a sentinel no mapping holds by accident */
    Value seen = dict_new();
    Value values = tuple_new(n);
    Value result = NULL;
    if (!seen || !values) goto done;
    for (intptr_t i = 0; i < n; i++) {
        Value key = tuple_get(keys, i);
        if (dict_get(seen, key)) {
            err_format(&exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        if (err_occurred() || dict_set(seen, key, NONE) < 0) goto done;
        Value args[2] = {key, dummy};
        Value v = object_call(get, args, 2, NULL);
        if (!v) goto done;
        if (v == dummy) {
            decref(v);
            result = incref(NONE);
            goto done;
        }
        tuple_items(values)[i] = v;
    }
    result = incref(values);
done:
    decref(get);
    xdecref(seen);
    xdecref(values);
    return result;
}

/* Classes whose single positional sub-pattern matches the subject itself. */
static bool matches_self(Type *t) {
    static const char *const names[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset",
                                        "int",  "list",      "set",   "str",  "tuple"};
    for (Type *b = t; b; b = b->base) {
        if (type_has_flag(b, TPFLAG_HEAPTYPE)) continue;
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            if (strcmp(b->name, names[i]) == 0) return true;
        }
        return false;
    }
    return false;
}

/* getattr for a sub-pattern: new ref, NULL without error when absent. */
static Value match_attr(Value subject, Value name, Value seen, Type *t) {
    if (dict_get(seen, name)) {
        err_format(&exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                   type_short_name(t), name);
        return NULL;
    }
    if (err_occurred() || dict_set(seen, name, NONE) < 0) return NULL;
    Value v = object_getattr(subject, name);
    if (!v && err_matches(&exc_AttributeError)) err_clear();
    return v;
}

Value eval_match_class(Value subject, Value type, intptr_t nargs, Value names) {
    if (!is_instance_of(type, &type_type)) {
        err_format(&exc_TypeError, "called match pattern must be a class");
        return NULL;
    }
    int isinst = object_isinstance(subject, type);
    if (isinst <= 0) return NULL;
    Type *t = (Type *)type;
    intptr_t nkw = tuple_size(names);
    Value attrs = tuple_new(nargs + nkw);
    Value seen = dict_new();
    Value match_args = NULL;
    if (!attrs || !seen) goto fail;
    bool self_match = false;
    if (nargs) {
        match_args = object_getattr_cstr(type, "__match_args__");
        if (!match_args) {
            if (!err_matches(&exc_AttributeError)) goto fail;
            err_clear();
            self_match = matches_self(t);
            match_args = tuple_empty();
        } else if (!is_tuple(match_args)) {
            err_format(&exc_TypeError, "%s.__match_args__ must be a tuple (got %T)",
                       type_short_name(t), match_args);
            goto fail;
        }
        intptr_t allowed = self_match ? 1 : tuple_size(match_args);
        if (nargs > allowed) {
            err_format(&exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)",
                       type_short_name(t), allowed, allowed == 1 ? "" : "s", nargs);
            goto fail;
        }
    }
    for (intptr_t i = 0; i < nargs; i++) {
        Value v;
        if (self_match) {
            v = incref(subject);
        } else {
            Value name = tuple_get(match_args, i);
            if (!is_str(name)) {
                err_format(&exc_TypeError, "__match_args__ elements must be strings (got %T)",
                           name);
                goto fail;
            }
            v = match_attr(subject, name, seen, t);
        }
        if (!v) goto fail;
        tuple_items(attrs)[i] = v;
    }
    for (intptr_t i = 0; i < nkw; i++) {
        Value v = match_attr(subject, tuple_get(names, i), seen, t);
        if (!v) goto fail;
        tuple_items(attrs)[nargs + i] = v;
    }
    xdecref(match_args);
    decref(seen);
    return attrs;
fail:
    xdecref(match_args);
    xdecref(seen);
    xdecref(attrs);
    return NULL;
}

/* ---- except* ---- */

static bool is_exception_group(Value v) {
    return is_exception(v) && is_instance_of(v, &exc_BaseExceptionGroup);
}

int eval_exception_group_match(Value exc, Value type, Value *match, Value *rest) {
    if (is_tuple(type)) {
        for (intptr_t i = 0; i < tuple_size(type); i++) {
            if (eval_check_except_type(tuple_get(type, i)) < 0) return -1;
        }
    } else if (eval_check_except_type(type) < 0) {
        return -1;
    }
    if (exception_matches((Value)&exc_BaseExceptionGroup, type)) {
        err_set_str(&exc_TypeError,
                    "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    if (exc == NONE) {
        *match = incref(NONE);
        *rest = incref(NONE);
        return 0;
    }
    if (exception_matches(exc, type)) {
        if (is_exception_group(exc)) {
            *match = incref(exc);
        } else {
            Value excs = tuple_pack(1, exc);
            Value msg = str_from_cstr("");
            Value args[2] = {msg, excs};
            Value eg =
                excs && msg ? object_call((Value)&exc_BaseExceptionGroup, args, 2, NULL) : NULL;
            xdecref(excs);
            xdecref(msg);
            if (!eg) return -1;
            Value tb = exception_get_traceback(exc);
            if (tb) exception_set_traceback(eg, tb);
            *match = eg;
        }
        *rest = incref(NONE);
        return 0;
    }
    if (is_exception_group(exc)) {
        Value name = str_intern_cstr("split");
        Value pair = name ? object_call_method(exc, name, &type, 1) : NULL;
        if (!pair) return -1;
        if (!is_tuple(pair) || tuple_size(pair) != 2) {
            err_format(&exc_TypeError, "%T.split must return a 2-tuple, got %T", exc, pair);
            decref(pair);
            return -1;
        }
        *match = incref(tuple_get(pair, 0));
        *rest = incref(tuple_get(pair, 1));
        decref(pair);
        return 0;
    }
    *match = incref(NONE);
    *rest = incref(exc);
    return 0;
}

/* A re-raised part of the original keeps its traceback, cause and context. */
static bool same_exception_metadata(Value a, Value b) {
    BaseExceptionObject *x = (BaseExceptionObject *)a, *y = (BaseExceptionObject *)b;
    return x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

Value eval_prep_reraise_star(Value orig, Value excs) {
    Value raised = list_new(0), reraised = list_new(0);
    Value result = NULL;
    if (!raised || !reraised) goto done;
    for (intptr_t i = 0; i < list_size(excs); i++) {
        Value e = list_get(excs, i);
        if (e == NONE) continue;
        bool re = is_exception(orig) && (e == orig || same_exception_metadata(e, orig));
        if (list_append(re ? reraised : raised, e) < 0) goto done;
    }
    if (list_size(reraised) > 1) {
        /* keep the original group's shape: the original itself stands for its parts */
        Value single = list_new(0);
        if (!single || list_append(single, orig) < 0) {
            xdecref(single);
            goto done;
        }
        setref(&reraised, single);
    }
    if (list_size(reraised) == 1 && list_extend(raised, reraised) < 0) goto done;
    intptr_t n = list_size(raised);
    if (n == 0) {
        result = incref(NONE);
    } else if (n == 1) {
        result = incref(list_get(raised, 0));
    } else {
        Value msg = str_from_cstr("");
        Value args[2] = {msg, raised};
        result = msg ? object_call((Value)&exc_BaseExceptionGroup, args, 2, NULL) : NULL;
        xdecref(msg);
    }
done:
    xdecref(raised);
    xdecref(reraised);
    return result;
}
