/* sys.c: the sys module: argv, path, modules, the standard streams, version
 * information, exit, recursion limit and other interpreter settings. */
#include "sys.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "io_stream.h"

#define PVM_STDLIB_DEFAULT "/usr/lib/python3.11"

Value sys_get(const char *name) {
    return interp.sysdict ? dict_get_cstr(interp.sysdict, name) : NULL;
}

int sys_flush_stdout(void) {
    Value out = sys_get("stdout");
    if (!out || out == NONE) return 0;
    Value r = object_call_method(out, str_intern_cstr("flush"), NULL, 0);
    if (!r) {
        err_clear();
        return -1;
    }
    decref(r);
    return 0;
}

int sys_exit_status(Value exc) {
    Value code = ((SystemExitObject *)exc)->code;
    if (!code || code == NONE) return 0;
    if (is_int(code)) {
        long long n;
        if (int_as_long(code, &n) < 0) {
            err_clear();
            return -1;
        }
        return (int)n;
    }
    sys_flush_stdout();
    Value s = object_str(code);
    const char *text = s ? str_utf8(s) : NULL;
    if (text) fprintf(stderr, "%s\n", text);
    if (!text) err_clear();
    xdecref(s);
    return 1;
}

static Value sys_exit(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs > 1)
        return err_format(&exc_TypeError, "exit expected at most 1 argument, got %zu", nargs);
    Value exc = exception_new(&exc_SystemExit, args, nargs);
    if (exc) err_set_exception(exc);
    return NULL;
}

static Value sys_getrecursionlimit(Value self, Value const *args, size_t nargs, Value kwnames) {
    return small_int(current_thread()->recursion_limit);
}

static Value sys_setrecursionlimit(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || !is_int(args[0])) {
        return err_format(&exc_TypeError, "setrecursionlimit() takes exactly one integer argument");
    }
    long long n;
    if (int_as_long(args[0], &n) < 0) return NULL;
    if (n < 1)
        return err_format(&exc_ValueError, "recursion limit must be greater or equal than 1");
    ThreadState *ts = current_thread();
    if (n <= ts->recursion_depth) {
        return err_format(&exc_RecursionError,
                          "cannot set the recursion limit to %lld at the recursion depth %d: "
                          "the limit is too low",
                          n, ts->recursion_depth);
    }
    ts->recursion_limit = n > INT_MAX ? INT_MAX : (int)n;
    return NONE;
}

static Value sys_intern(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || !is_str_exact(args[0])) {
        return err_format(&exc_TypeError, "intern() argument must be str");
    }
    return str_intern(incref(args[0]));
}

static Value sys_getrefcount(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1) return err_format(&exc_TypeError, "getrefcount() takes exactly one argument");
    return int_from_long(is_small_int(args[0]) ? IMMORTAL_REFCOUNT : args[0]->refcount);
}

static Value sys_exc_info(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value exc = current_thread()->handled_exception;
    if (!exc || exc == NONE) return tuple_pack(3, NONE, NONE, NONE);
    Value tb = exception_get_traceback(exc);
    return tuple_pack(3, (Value)type_of(exc), exc, tb ? tb : NONE);
}

static Value sys_exception(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value exc = current_thread()->handled_exception;
    return exc ? incref(exc) : NONE;
}

static MethodDef sys_methods[] = {
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value str_list(int n, char **items) {
    Value list = list_new(0);
    for (int i = 0; list && i < n; i++) {
        Value s = str_from_cstr(items[i]);
        if (!s || list_append(list, s) < 0) {
            xdecref(s);
            CLEAR(list);
            break;
        }
        decref(s);
    }
    return list;
}

/* sys.path: the script's directory (or '' for -c/-m/stdin), then the standard library. */
static Value initial_path(int argc, char **argv) {
    const char *stdlib = getenv("PVM_STDLIB");
    if (!stdlib || !*stdlib) stdlib = PVM_STDLIB_DEFAULT;
    interp.stdlib_path = stdlib;
    char *dir = NULL;
    if (argc > 0 && argv[0][0] && strcmp(argv[0], "-c") != 0 && strcmp(argv[0], "-m") != 0) {
        const char *slash = strrchr(argv[0], '/');
        dir = slash ? strndup(argv[0], (size_t)(slash - argv[0])) : strdup("");
    }
    char *entries[2] = {dir ? dir : "", (char *)stdlib};
    Value path = str_list(2, entries);
    free(dir);
    return path;
}

static int add(Value m, const char *name, Value v) {
    if (!v) return -1;
    int r = module_add_object(m, name, v);
    decref(v);
    return r;
}

Value sys_module_new(int argc, char **argv) {
    Value m = module_new("sys");
    if (!m) return NULL;
    Value out = text_stream_new(stdout, "<stdout>", "w");
    Value err = text_stream_new(stderr, "<stderr>", "w");
    Value in = text_stream_new(stdin, "<stdin>", "r");
    if (!out || !err || !in || module_add_functions(m, sys_methods) < 0 ||
        module_add_object(m, "stdout", out) < 0 || module_add_object(m, "__stdout__", out) < 0 ||
        module_add_object(m, "stderr", err) < 0 || module_add_object(m, "__stderr__", err) < 0 ||
        module_add_object(m, "stdin", in) < 0 || module_add_object(m, "__stdin__", in) < 0 ||
        module_add_object(m, "modules", interp.modules) < 0 ||
        add(m, "argv",
            interp.argv = str_list(argc > 0 ? argc : 1, argc > 0 ? argv : (char *[]){""})) < 0 ||
        add(m, "path", initial_path(argc, argv)) < 0 ||
        add(m, "version", str_from_cstr("3.11.7 (pvm)")) < 0 ||
        add(m, "version_info",
            tuple_pack(5, small_int(3), small_int(11), small_int(7), str_intern_cstr("final"),
                       small_int(0))) < 0 ||
        add(m, "hexversion", small_int(0x030B07F0)) < 0 ||
        add(m, "maxsize", int_from_long(INTPTR_MAX)) < 0 ||
        add(m, "maxunicode", small_int(0x10FFFF)) < 0 ||
        add(m, "byteorder", str_from_cstr("little")) < 0 ||
        add(m, "platform", str_from_cstr("linux")) < 0 ||
        add(m, "executable", str_from_cstr("/proc/self/exe")) < 0 ||
        add(m, "dont_write_bytecode", incref(FALSE_VALUE)) < 0) {
        xdecref(out);
        xdecref(err);
        xdecref(in);
        decref(m);
        return NULL;
    }
    incref(interp.argv);
    decref(out);
    decref(err);
    decref(in);
    return m;
}
