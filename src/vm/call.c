/* call.c: binding call arguments to a Python frame's fast slots with CPython 3.11's
 * TypeError messages, the C entry points of a Python call (call_function), and the
 * helpers for calls with an explicit self or with *args / **kwargs. */
#include "call.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../object/dict.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "errors.h"
#include "eval.h"

/* ---- argument binding ---- */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Value quoted_name_list(Value *names, intptr_t n) {
    Value acc = str_from_format("'%U'", names[0]);
    for (intptr_t i = 1; acc && i < n; i++) {
        const char *sep = i < n - 1 ? ", " : n == 2 ? " and " : ", and ";
        Value next = str_from_format("%U%s'%U'", acc, sep, names[i]);
        decref(acc);
        acc = next;
    }
    return acc;
}

/* TypeError for the missing parameters among slots [start, end) of f. */
static void missing_arguments(Frame *f, Function *func, int start, int end, const char *kind) {
    Value names[256] = {NULL};
    intptr_t n = 0;
    for (int i = start; i < end; i++) {
        if (f->localsplus[i]) continue;
        if (n < 256) names[n] = tuple_get(f->code->localsplusnames, i);
        n++;
    }
    if (n > 256) n = 256;
    Value list = quoted_name_list(names, n);
    if (!list) return;
    err_format(&exc_TypeError, "%U() missing %zd required %s argument%s: %U", func->qualname, n,
               kind, n == 1 ? "" : "s", list);
    decref(list);
}

static void too_many_positional(Frame *f, Function *func, size_t given) {
    Code *co = f->code;
    intptr_t ndefaults = func->defaults ? tuple_size(func->defaults) : 0;
    intptr_t kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        if (f->localsplus[i]) kwonly_given++;
    }
    Value sig = ndefaults
                    ? str_from_format("from %d to %d", co->argcount - (int)ndefaults, co->argcount)
                    : str_from_format("%d", co->argcount);
    bool plural = ndefaults ? true : co->argcount != 1;
    Value kwonly_sig =
        kwonly_given
            ? str_from_format(" positional argument%s (and %zd keyword-only argument%s)",
                              given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "")
            : str_from_cstr("");
    if (sig && kwonly_sig) {
        err_format(&exc_TypeError, "%U() takes %U positional argument%s but %zu%U %s given",
                   func->qualname, sig, plural ? "s" : "", given, kwonly_sig,
                   given == 1 && !kwonly_given ? "was" : "were");
    }
    xdecref(sig);
    xdecref(kwonly_sig);
}

/* Raises the "positional-only arguments passed as keyword arguments" error if any keyword
 * names a positional-only parameter; returns whether it did. */
static bool positional_only_as_keyword(Function *func, Value kwnames) {
    Code *co = (Code *)func->code;
    Value names[256];
    intptr_t n = 0;
    for (int i = 0; i < co->posonlyargcount; i++) {
        Value pname = tuple_get(co->localsplusnames, i);
        for (intptr_t k = 0; k < tuple_size(kwnames); k++) {
            Value kw = tuple_get(kwnames, k);
            if (kw == pname || (is_str(kw) && str_equal(kw, pname))) {
                if (n < 256) names[n++] = pname;
                break;
            }
        }
    }
    if (n == 0) return false;
    Value acc = incref(names[0]);
    for (intptr_t i = 1; acc && i < n; i++) {
        Value next = str_from_format("%U, %U", acc, names[i]);
        decref(acc);
        acc = next;
    }
    if (acc) {
        err_format(&exc_TypeError,
                   "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                   func->qualname, acc);
        decref(acc);
    }
    return true;
}

/* Index of the parameter (positional-or-keyword or keyword-only) named kw, or -1. */
static int find_keyword_slot(Code *co, Value kw) {
    int total = co->argcount + co->kwonlyargcount;
    Value *names = tuple_items(co->localsplusnames);
    for (int j = co->posonlyargcount; j < total; j++) {
        if (names[j] == kw) return j;
    }
    for (int j = co->posonlyargcount; j < total; j++) {
        if (str_equal(names[j], kw)) return j;
    }
    return -1;
}

static int bind_keywords(Frame *f, Function *func, Value const *values, Value kwnames,
                         Value kwdict) {
    Code *co = f->code;
    for (intptr_t i = 0; i < tuple_size(kwnames); i++) {
        Value kw = tuple_get(kwnames, i), value = values[i];
        if (!is_str(kw)) {
            err_format(&exc_TypeError, "%U() keywords must be strings", func->qualname);
            return -1;
        }
        int j = find_keyword_slot(co, kw);
        if (j < 0) {
            if (kwdict) {
                if (dict_set(kwdict, kw, value) < 0) return -1;
                continue;
            }
            if (co->posonlyargcount && positional_only_as_keyword(func, kwnames)) return -1;
            err_format(&exc_TypeError, "%U() got an unexpected keyword argument '%S'",
                       func->qualname, kw);
            return -1;
        }
        if (f->localsplus[j]) {
            err_format(&exc_TypeError, "%U() got multiple values for argument '%S'", func->qualname,
                       kw);
            return -1;
        }
        f->localsplus[j] = incref(value);
    }
    return 0;
}

/* Fills absent positional parameters from __defaults__ and keyword-only ones from
 * __kwdefaults__, raising for those still missing. */
static int bind_defaults(Frame *f, Function *func, size_t nargs) {
    Code *co = f->code;
    int argcount = co->argcount;
    if ((int)nargs < argcount) {
        intptr_t ndefaults = func->defaults ? tuple_size(func->defaults) : 0;
        int first_default = argcount - (int)ndefaults;
        for (int i = (int)nargs; i < first_default; i++) {
            if (!f->localsplus[i]) {
                missing_arguments(f, func, (int)nargs, first_default, "positional");
                return -1;
            }
        }
        for (int i = first_default > (int)nargs ? first_default : (int)nargs; i < argcount; i++) {
            if (!f->localsplus[i])
                f->localsplus[i] = incref(tuple_get(func->defaults, i - first_default));
        }
    }
    int end = argcount + co->kwonlyargcount;
    bool missing = false;
    for (int i = argcount; i < end; i++) {
        if (f->localsplus[i]) continue;
        Value name = tuple_get(co->localsplusnames, i);
        Value def = func->kwdefaults ? dict_get(func->kwdefaults, name) : NULL;
        if (def) {
            f->localsplus[i] = incref(def);
        } else {
            if (err_occurred()) return -1;
            missing = true;
        }
    }
    if (missing) {
        missing_arguments(f, func, argcount, end, "keyword-only");
        return -1;
    }
    return 0;
}

int bind_arguments(Frame *f, Function *func, Value const *args, size_t nargs, Value kwnames) {
    Code *co = f->code;
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    Value kwdict = NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        if (!kwdict) return -1;
        f->localsplus[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++) f->localsplus[i] = incref(args[i]);
    if (co->flags & CO_VARARGS) {
        Value rest = nargs > n ? tuple_from_array(args + n, (intptr_t)(nargs - n)) : tuple_empty();
        if (!rest) return -1;
        f->localsplus[total] = rest;
    }
    if (kwnames && tuple_size(kwnames) > 0 &&
        bind_keywords(f, func, args + nargs, kwnames, kwdict) < 0)
        return -1;
    if (nargs > (size_t)argcount && !(co->flags & CO_VARARGS)) {
        too_many_positional(f, func, nargs);
        return -1;
    }
    if ((int)nargs < argcount || co->kwonlyargcount > 0) return bind_defaults(f, func, nargs);
    return 0;
}

Frame *function_frame_new(ThreadState *ts, Value func, Value const *args, size_t nargs,
                          Value kwnames) {
    Function *fn = (Function *)func;
    Code *co = (Code *)fn->code;
    Frame *f = frame_alloc(ts, frame_size_values(co));
    if (!f) return NULL;
    frame_init(f, co, incref(func), fn->globals, fn->builtins, NULL);
    if (bind_arguments(f, fn, args, nargs, kwnames) < 0) {
        frame_clear(f);
        frame_free(ts, f);
        return NULL;
    }
    return f;
}

Value call_function(Value func, Value const *args, size_t nargs, Value kwnames) {
    ThreadState *ts = current_thread();
    Frame *f = function_frame_new(ts, func, args, nargs, kwnames);
    if (!f) return NULL;
    return eval_frame(ts, f, false);
}

Value call_with_self(Value callable, Value self, Value const *args, size_t nargs, Value kwnames) {
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    size_t total = 1 + nargs + nkw;
    Value small[8];
    Value *buf = total <= 8 ? small : mem_alloc(total * sizeof(Value));
    if (!buf) return err_no_memory();
    buf[0] = self;
    if (nargs + nkw) memcpy(buf + 1, args, (nargs + nkw) * sizeof(Value));
    Value r = object_call(callable, buf, nargs + 1, kwnames);
    if (buf != small) mem_free(buf);
    return r;
}

/* ---- *args / **kwargs ---- */

Value callable_function_str(Value func) {
    Value qualname = object_getattr(func, NAME(__qualname__));
    if (!qualname) {
        err_clear();
        Value s = object_str(func);
        if (!s) return NULL;
        Value r = str_from_format("%U()", s);
        decref(s);
        return r;
    }
    Value module = object_getattr(func, NAME(__module__));
    if (!module) err_clear();
    Value r;
    if (module && module != NONE && is_str(module) && !str_equal_cstr(module, "builtins")) {
        r = str_from_format("%U.%S()", module, qualname);
    } else {
        r = str_from_format("%S()", qualname);
    }
    xdecref(module);
    decref(qualname);
    return r;
}

int call_unpack_kwargs(Value const *args, size_t nargs, Value kwargs, Value **out_args,
                       Value *out_kwnames) {
    intptr_t nkw = dict_size(kwargs);
    Value *buf = mem_alloc((nargs + (size_t)nkw + 1) * sizeof(Value));
    Value names = tuple_new(nkw);
    if (!buf || !names) {
        mem_free(buf);
        xdecref(names);
        err_no_memory();
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) buf[i] = incref(args[i]);
    intptr_t pos = 0, i = 0;
    Value key, value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        if (!is_str(key)) {
            err_set_str(&exc_TypeError, "keywords must be strings");
            for (size_t k = 0; k < nargs + (size_t)i; k++) decref(buf[k]);
            mem_free(buf);
            decref(names);
            return -1;
        }
        tuple_items(names)[i] = incref(key);
        buf[nargs + (size_t)i] = incref(value);
        i++;
    }
    *out_args = buf;
    *out_kwnames = names;
    return 0;
}

Value call_with_tuple_dict(Value func, Value callargs, Value kwargs) {
    size_t nargs = (size_t)tuple_size(callargs);
    if (!kwargs || dict_size(kwargs) == 0)
        return object_call(func, tuple_items(callargs), nargs, NULL);
    Value *buf, kwnames;
    if (call_unpack_kwargs(tuple_items(callargs), nargs, kwargs, &buf, &kwnames) < 0) return NULL;
    Value r = object_call(func, buf, nargs, kwnames);
    size_t total = nargs + (size_t)tuple_size(kwnames);
    for (size_t i = 0; i < total; i++) decref(buf[i]);
    mem_free(buf);
    decref(kwnames);
    return r;
}
