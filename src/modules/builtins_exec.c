/* builtins_exec.c: the built-in functions that reach into the interpreter: print and
 * input (through sys.stdout / sys.stdin), __build_class__ (the class statement),
 * __import__, exec / eval / compile, globals / locals / vars / dir. */
#include <string.h>

#include "../compile/compile.h"
#include "../import/import.h"
#include "../object/bytes.h"
#include "../object/code.h"
#include "../object/dict.h"
#include "../object/function.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/call.h"
#include "../vm/errors.h"
#include "../vm/eval.h"
#include "../vm/state.h"
#include "builtins_internal.h"
#include "sys.h"

/* ---- print, input ---- */

static int write_str(Value file, Value s) {
    Value r = object_call_method(file, NAME(write), &s, 1);
    if (!r) return -1;
    decref(r);
    return 0;
}

/* sep / end: None or a str; NULL (absent) and None select the default. */
static int check_separator(Value v, const char *what) {
    if (!v || v == NONE || is_str(v)) return 0;
    err_format(&exc_TypeError, "%s must be None or a string, not %T", what, v);
    return -1;
}

BUILTIN(builtin_print) {
    static const char *const params[] = {"sep", "end", "file", "flush"};
    Value kw[4];
    if (args_bind("print", args + nargs, 0, kwnames, params, 4, 0, kw) < 0) return NULL;
    if (check_separator(kw[0], "sep") < 0 || check_separator(kw[1], "end") < 0) return NULL;
    Value file = kw[2] && kw[2] != NONE ? kw[2] : sys_get("stdout");
    if (!file) return err_format(&exc_RuntimeError, "lost sys.stdout");
    if (file == NONE) return new_none();
    static Value space, newline;
    if (!space && (!(space = str_intern_cstr(" ")) || !(newline = str_intern_cstr("\n"))))
        return NULL;
    Value sep = kw[0] && kw[0] != NONE ? kw[0] : space;
    Value end = kw[1] && kw[1] != NONE ? kw[1] : newline;
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && write_str(file, sep) < 0) return NULL;
        Value s = object_str(args[i]);
        if (!s) return NULL;
        int r = write_str(file, s);
        decref(s);
        if (r < 0) return NULL;
    }
    if (write_str(file, end) < 0) return NULL;
    if (kw[3]) {
        int flush = object_is_true(kw[3]);
        if (flush < 0) return NULL;
        if (flush) {
            Value r = object_call_method(file, NAME(flush), NULL, 0);
            if (!r) return NULL;
            decref(r);
        }
    }
    return new_none();
}

BUILTIN(builtin_input) {
    if (args_no_keywords("input", kwnames) < 0 || args_count("input", nargs, 0, 1) < 0) return NULL;
    Value out = sys_get("stdout"), in = sys_get("stdin");
    if (!in || in == NONE) return err_format(&exc_RuntimeError, "input(): lost sys.stdin");
    if (out && out != NONE) {
        if (nargs == 1) {
            Value prompt = object_str(args[0]);
            int r = prompt ? write_str(out, prompt) : -1;
            xdecref(prompt);
            if (r < 0) return NULL;
        }
        Value r = object_call_method(out, NAME(flush), NULL, 0);
        if (!r) return NULL;
        decref(r);
    }
    Value line = object_call_method(in, str_intern_cstr("readline"), NULL, 0);
    if (!line) return NULL;
    if (!is_str(line)) {
        decref(line);
        return err_format(&exc_TypeError, "object.readline() returned non-string");
    }
    intptr_t n = str_length(line);
    if (n == 0) {
        decref(line);
        return err_format(&exc_EOFError, "EOF when reading a line");
    }
    if (str_char(line, n - 1) != '\n') return line;
    Value stripped = str_substring(line, 0, n - 1);
    decref(line);
    return stripped;
}

/* ---- __build_class__ ---- */

/* PEP 560: bases that are not classes may substitute themselves via __mro_entries__. */
static Value update_bases(Value orig_bases) {
    Value bases = list_new(0);
    bool changed = false;
    if (!bases) return NULL;
    for (intptr_t i = 0; i < tuple_size(orig_bases); i++) {
        Value base = tuple_get(orig_bases, i);
        Value entries = NULL;
        if (!is_instance_of(base, &type_type)) {
            Value meth = object_getattr(base, NAME(__mro_entries__));
            if (!meth) {
                if (!err_matches(&exc_AttributeError)) goto fail;
                err_clear();
            } else {
                entries = object_call(meth, &orig_bases, 1, NULL);
                decref(meth);
                if (!entries) goto fail;
                if (!is_tuple(entries)) {
                    decref(entries);
                    err_set_str(&exc_TypeError, "__mro_entries__ must return a tuple");
                    goto fail;
                }
            }
        }
        int r = entries ? list_extend(bases, entries) : list_append(bases, base);
        changed |= entries != NULL;
        xdecref(entries);
        if (r < 0) goto fail;
    }
    Value t = changed ? list_as_tuple(bases) : incref(orig_bases);
    decref(bases);
    return t;
fail:
    decref(bases);
    return NULL;
}

/* metaclass= and the other keywords of a class statement. */
static int split_class_keywords(Value const *kwvalues, Value kwnames, Value *meta, Value *kwargs) {
    *meta = NULL;
    *kwargs = dict_new();
    if (!*kwargs) return -1;
    for (intptr_t i = 0; kwnames && i < tuple_size(kwnames); i++) {
        Value name = tuple_get(kwnames, i);
        if (str_equal(name, NAME(metaclass)))
            *meta = kwvalues[i];
        else if (dict_set(*kwargs, name, kwvalues[i]) < 0)
            return -1;
    }
    return 0;
}

static Value call_with_dict(Value callable, Value const *args, intptr_t nargs, Value kwargs) {
    Value tuple = tuple_from_array(args, nargs);
    if (!tuple) return NULL;
    Value r = call_with_tuple_dict(callable, tuple, kwargs);
    decref(tuple);
    return r;
}

static Value prepare_namespace(Value meta, Value name, Value bases, Value kwargs) {
    Value prepare = object_getattr(meta, NAME(__prepare__));
    if (!prepare) {
        if (!err_matches(&exc_AttributeError)) return NULL;
        err_clear();
        return dict_new();
    }
    Value pargs[2] = {name, bases};
    Value ns = call_with_dict(prepare, pargs, 2, kwargs);
    decref(prepare);
    if (ns && !type_of(ns)->getitem) {
        if (is_instance_of(meta, &type_type)) {
            err_format(&exc_TypeError, "%s.__prepare__() must return a mapping, not %T",
                       ((Type *)meta)->name, ns);
        } else {
            err_format(&exc_TypeError, "<metaclass>.__prepare__() must return a mapping, not %T",
                       ns);
        }
        CLEAR(ns);
    }
    return ns;
}

/* The class body returned its __class__ cell: it must now hold the new class. */
static int check_class_cell(Value cell, Value cls, Value name) {
    if (!cell || type_of(cell) != &type_cell || !is_instance_of(cls, &type_type)) return 0;
    Value contents = ((Cell *)cell)->contents;
    if (contents == cls) return 0;
    if (!contents) {
        err_format(&exc_RuntimeError,
                   "__class__ not set defining %R as %R. Was __classcell__ propagated to "
                   "type.__new__?",
                   name, cls);
    } else {
        err_format(&exc_TypeError, "__class__ set to %R defining %R as %R", contents, name, cls);
    }
    return -1;
}

static Value build_class(Value func, Value name, Value orig_bases, Value bases, Value meta,
                         Value kwargs) {
    bool is_class = true;
    if (!meta)
        meta = tuple_size(bases) ? (Value)type_of(tuple_get(bases, 0)) : (Value)&type_type;
    else
        is_class = is_instance_of(meta, &type_type);
    if (is_class) {
        Type *winner = type_calculate_metaclass((Type *)meta, bases);
        if (!winner) return NULL;
        meta = (Value)winner;
    }
    Value ns = prepare_namespace(meta, name, bases, kwargs);
    if (!ns) return NULL;
    Function *f = (Function *)func;
    Value cell = eval_code_closure(f->code, f->globals, ns, f->closure);
    Value cls = NULL;
    if (cell && bases != orig_bases &&
        object_setitem(ns, str_intern_cstr("__orig_bases__"), orig_bases) < 0)
        CLEAR(cell);
    if (cell) {
        Value margs[3] = {name, bases, ns};
        cls = call_with_dict(meta, margs, 3, kwargs);
        if (cls && check_class_cell(cell, cls, name) < 0) CLEAR(cls);
        decref(cell);
    }
    decref(ns);
    return cls;
}

BUILTIN(builtin_build_class) {
    if (nargs < 2) return err_format(&exc_TypeError, "__build_class__: not enough arguments");
    if (!is_function(args[0]))
        return err_format(&exc_TypeError, "__build_class__: func must be a function");
    if (!is_str(args[1]))
        return err_format(&exc_TypeError, "__build_class__: name is not a string");
    Value orig_bases = tuple_from_array(args + 2, (intptr_t)nargs - 2);
    if (!orig_bases) return NULL;
    Value bases = update_bases(orig_bases);
    Value meta, kwargs = NULL;
    Value cls = NULL;
    if (bases && split_class_keywords(args + nargs, kwnames, &meta, &kwargs) == 0)
        cls = build_class(args[0], args[1], orig_bases, bases, meta, kwargs);
    xdecref(kwargs);
    xdecref(bases);
    decref(orig_bases);
    return cls;
}

/* ---- __import__ ---- */

BUILTIN(builtin_import) {
    static const char *const params[] = {"name", "globals", "locals", "fromlist", "level"};
    Value a[5];
    if (args_bind("__import__", args, nargs, kwnames, params, 5, 5, a) < 0) return NULL;
    if (!a[0])
        return err_format(&exc_TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (!is_str(a[0]))
        return err_format(&exc_TypeError, "__import__() argument 1 must be str, not %T", a[0]);
    long long level = 0;
    if (a[4] && !is_int(a[4]))
        return err_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", a[4]);
    if (a[4] && int_as_long(a[4], &level) < 0) return NULL;
    if (level < 0) return err_format(&exc_ValueError, "level must be >= 0");
    Value globals = a[1] && a[1] != NONE ? a[1] : NULL;
    Value fromlist = a[3] && a[3] != NONE ? a[3] : NULL;
    return import_module_level(a[0], globals, fromlist, (int)level);
}

/* ---- exec, eval, compile ---- */

static const char *const mode_names[] = {"exec", "eval", "single"};

/* The source text of a str / bytes argument and its compile_source from_string (1 / 2);
 * NULL + TypeError for anything else. */
static const char *source_text(Value source, const char *fname, intptr_t *len, int *from_string) {
    if (is_str(source)) {
        *from_string = 1;
        return str_utf8_len(source, len);
    }
    if (is_bytes(source)) {
        *from_string = 2;
        *len = bytes_size(source);
        return bytes_data(source);
    }
    err_format(&exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    return NULL;
}

static Value compile_text(Value source, const char *filename, int mode, const char *fname) {
    intptr_t len;
    int from_string;
    const char *text = source_text(source, fname, &len, &from_string);
    if (!text) return NULL;
    if (strlen(text) != (size_t)len) {
        return err_format(&exc_ValueError, "source code string cannot contain null bytes");
    }
    if (mode == COMPILE_EVAL) { /* eval() ignores leading blanks */
        while (*text == ' ' || *text == '\t') text++, len--;
    }
    return compile_source(text, (size_t)len, filename, mode, from_string);
}

BUILTIN(builtin_compile) {
    static const char *const params[] = {
        "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
    Value a[7];
    if (args_bind("compile", args, nargs, kwnames, params, 7, 6, a) < 0) return NULL;
    if (!a[0] || !a[1] || !a[2]) {
        return err_format(&exc_TypeError, "compile() missing required argument '%s' (pos %d)",
                          !a[0]   ? "source"
                          : !a[1] ? "filename"
                                  : "mode",
                          !a[0]   ? 1
                          : !a[1] ? 2
                                  : 3);
    }
    if (!is_str(a[2]))
        return err_format(&exc_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    int mode = -1;
    for (int i = 0; i < 3; i++)
        if (str_equal_cstr(a[2], mode_names[i])) mode = i;
    if (mode < 0)
        return err_format(&exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (is_code(a[0])) return incref(a[0]);
    Value fname = object_str(a[1]);
    if (!fname) return NULL;
    const char *filename = str_utf8(fname);
    Value code = filename ? compile_text(a[0], filename, mode, "compile") : NULL;
    decref(fname);
    return code;
}

/* exec()/eval(): the namespaces default to the caller's; globals get __builtins__. */
static Value run_source(Value const *args, size_t nargs, Value kwnames, const char *fname,
                        int mode) {
    static const char *const params[] = {"source", "globals", "locals"};
    Value a[3];
    if (args_bind(fname, args, nargs, kwnames, params, 3, 3, a) < 0) return NULL;
    if (!a[0]) return err_format(&exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    Value globals = a[1] && a[1] != NONE ? a[1] : NULL;
    Value locals = a[2] && a[2] != NONE ? a[2] : NULL;
    if (globals && !is_dict(globals)) {
        return err_format(&exc_TypeError, "%s() globals must be a dict, not %T", fname, globals);
    }
    Value own_locals = NULL;
    if (!globals) {
        globals = eval_get_globals();
        if (!globals) return err_format(&exc_SystemError, "%s(): no globals", fname);
        if (!locals && !(locals = own_locals = eval_get_locals())) return NULL;
    }
    if (!dict_get_str(globals, NAME(__builtins__)) &&
        dict_set(globals, NAME(__builtins__), interp.builtins) < 0) {
        xdecref(own_locals);
        return NULL;
    }
    Value code = is_code(args[0]) ? incref(args[0]) : compile_text(a[0], "<string>", mode, fname);
    Value r = code ? eval_code(code, globals, locals ? locals : globals) : NULL;
    xdecref(code);
    xdecref(own_locals);
    if (r && mode == COMPILE_EXEC) {
        decref(r);
        return new_none();
    }
    return r;
}

BUILTIN(builtin_exec) { return run_source(args, nargs, kwnames, "exec", COMPILE_EXEC); }
BUILTIN(builtin_eval) { return run_source(args, nargs, kwnames, "eval", COMPILE_EVAL); }

/* ---- globals, locals, vars, dir ---- */

BUILTIN(builtin_globals) {
    if (args_none("globals", nargs) < 0) return NULL;
    Value g = eval_get_globals();
    return g ? incref(g) : err_format(&exc_SystemError, "globals(): no current frame");
}

BUILTIN(builtin_locals) {
    if (args_none("locals", nargs) < 0) return NULL;
    return eval_get_locals();
}

BUILTIN(builtin_vars) {
    if (args_count("vars", nargs, 0, 1) < 0) return NULL;
    if (nargs == 0) return eval_get_locals();
    Value d = object_getattr(args[0], NAME(__dict__));
    if (d || !err_matches(&exc_AttributeError)) return d;
    err_clear();
    return err_format(&exc_TypeError, "vars() argument must have __dict__ attribute");
}

BUILTIN(builtin_dir) {
    if (args_count("dir", nargs, 0, 1) < 0) return NULL;
    Value names;
    if (nargs == 0) {
        Value locals = eval_get_locals();
        if (!locals) return NULL;
        names = list_from_iterable(locals);
        decref(locals);
    } else {
        Value dir = object_lookup_special(args[0], str_intern_cstr("__dir__"));
        if (!dir) {
            if (!err_occurred()) err_format(&exc_TypeError, "object does not provide __dir__");
            return NULL;
        }
        Value r = object_call(dir, NULL, 0, NULL);
        decref(dir);
        names = r ? list_from_iterable(r) : NULL;
        xdecref(r);
    }
    if (names && list_sort(names) < 0) CLEAR(names);
    return names;
}
