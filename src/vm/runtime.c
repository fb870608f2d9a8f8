/* runtime.c: interpreter start-up (static types, interned names, builtins, sys,
 * __main__), running the main program, reporting uncaught exceptions, shut-down. */
#include "runtime.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../compile/compile.h"
#include "../memory/alloc.h"
#include "../memory/gc.h"
#include "../modules/stdlib_modules.h"
#include "../object/list.h"
#include "../modules/builtins.h"
#include "../modules/sys.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../object/type.h"
#include "errors.h"
#include "eval.h"
#include "frame.h"
#include "repl.h"

ThreadState thread_state;
Interp interp;

/* Every statically defined, exported type (`Type type_x = {...}` / `Type exc_x = {...}`
 * anywhere under src/) is listed by the build in static_types.inc. */
#define X(t) extern Type t;
#include "static_types.inc"
#undef X

static Type *const static_types[] = {
#define X(t) &t,
#include "static_types.inc"
#undef X
};

static int init_types(void) {
    for (size_t i = 0; i < sizeof static_types / sizeof static_types[0]; i++) {
        if (type_ready(static_types[i]) < 0) return -1;
    }
    return 0;
}

int runtime_init(int argc, char **argv) {
    if (frame_stack_init(&thread_state) < 0) {
        fprintf(stderr, "Fatal Python error: cannot allocate the frame stack\n");
        return -1;
    }
    thread_state.recursion_limit = 1000;
    if (str_init() < 0 || init_types() < 0 || errors_init() < 0) goto fail;
    interp.modules = dict_new();
    if (!interp.modules) goto fail;
    Value builtins = builtins_module_new();
    if (!builtins) goto fail;
    interp.builtins = incref(module_dict(builtins));
    if (dict_set_cstr(interp.modules, "builtins", builtins) < 0) goto fail;
    decref(builtins);
    Value sys = sys_module_new(argc, argv);
    if (!sys) goto fail;
    interp.sysdict = incref(module_dict(sys));
    if (dict_set_cstr(interp.modules, "sys", sys) < 0) goto fail;
    decref(sys);
    if (repl_install_displayhook() < 0) goto fail;
    return 0;
fail:
    if (err_occurred()) err_print_exception(err_occurred());
    fprintf(stderr, "Fatal Python error: pvm start-up failed\n");
    return -1;
}

int runtime_report_exception(void) {
    Value exc = err_fetch();
    if (!exc) return 0;
    int status = 1;
    if (is_instance_of(exc, &exc_SystemExit)) {
        status = sys_exit_status(exc); /* prints a non-int code to stderr */
    } else {
        sys_flush_stdout();
        err_print_exception(exc);
        if (is_instance_of(exc, &exc_KeyboardInterrupt)) status = 130; /* 128 + SIGINT */
    }
    decref(exc);
    return status;
}

Value runtime_main_module_new(const char *filename) {
    Value main = module_new("__main__");
    if (!main) return NULL;
    /* CPython's __main__ namespace, in its order: __name__, __doc__, __package__,
     * __loader__, __spec__ (from module_new), __annotations__, __builtins__, then
     * __file__ and __cached__ for a script. */
    Value d = module_dict(main);
    Value file = filename ? str_from_cstr(filename) : NULL;
    Value annotations = dict_new();
    if ((filename && !file) || !annotations ||
        dict_set(d, NAME(__annotations__), annotations) < 0 ||
        dict_set(d, NAME(__builtins__), interp.builtins) < 0 ||
        (file &&
         (dict_set(d, NAME(__file__), file) < 0 || dict_set_cstr(d, "__cached__", NONE) < 0)) ||
        dict_set_cstr(interp.modules, "__main__", main) < 0) {
        CLEAR(main);
    }
    xdecref(annotations);
    xdecref(file);
    return main;
}

int runtime_run_source(const char *src, size_t len, const char *filename, int from_string) {
    Value code = compile_source(src, len, filename, COMPILE_EXEC, from_string);
    if (!code) return runtime_report_exception();
    Value main = runtime_main_module_new(from_string ? NULL : filename);
    if (!main) {
        decref(code);
        return runtime_report_exception();
    }
    Value result = eval_code(code, module_dict(main), module_dict(main));
    decref(code);
    decref(main);
    if (!result) return runtime_report_exception();
    decref(result);
    return 0;
}

char *runtime_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = mem_alloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        char *bigger = mem_realloc(buf, cap * 2);
        if (!bigger) mem_free(buf);
        buf = bigger;
        cap *= 2;
    }
    int failed = ferror(f);
    fclose(f);
    if (buf && failed) {
        mem_free(buf);
        errno = EIO;
        return NULL;
    }
    if (!buf) {
        errno = ENOMEM;
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Sets a module namespace's values to None as CPython does at shutdown, so finalizers of
 * global objects run in a predictable order: first names with a single leading
 * underscore, then every other name except __builtins__, each pass in dict order. */
static void clear_module_dict(Value d) {
    for (int pass = 0; pass < 2; pass++) {
        intptr_t pos = 0;
        Value key, value;
        while (dict_next(d, &pos, &key, &value)) {
            if (value == NONE || !is_str(key)) continue;
            bool private =
                str_length(key) > 1 && str_char(key, 0) == '_' && str_char(key, 1) != '_';
            bool clear = pass == 0 ? private : !str_equal(key, NAME(__builtins__));
            if (clear && dict_set(d, key, NONE) < 0) err_write_unraisable(NULL);
            if (err_occurred()) err_write_unraisable(NULL);
        }
    }
}

/* Shutdown of the modules: the most recently imported first, __main__ among them, each
 * removed from sys.modules and its namespace cleared; builtins and sys stay usable
 * (finalizers print through sys.stdout). */
static void finalize_modules(void) {
    Value names = dict_keys_list(interp.modules);
    if (!names) {
        err_clear();
        return;
    }
    for (intptr_t i = list_size(names) - 1; i >= 0; i--) {
        Value m = dict_get(interp.modules, list_get(names, i));
        if (!m || !is_module(m) || module_dict(m) == interp.builtins ||
            module_dict(m) == interp.sysdict)
            continue;
        incref(m);
        dict_del(interp.modules, list_get(names, i)); /* a later start-up imports afresh */
        clear_module_dict(module_dict(m));
        decref(m);
        if (err_occurred()) err_clear();
    }
    decref(names);
    gc_collect(GC_GENERATIONS - 1);
}

int runtime_finalize(int status) {
    atexit_run_all();
    finalize_modules();
    if (sys_flush_stdout() < 0 && status == 0) status = 120;
    fflush(stderr);
    return status;
}
