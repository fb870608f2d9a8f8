/* sys.c: the sys module: argv, path, modules, the standard streams, version
 * information, exit, recursion limit and other interpreter settings. */
#include "sys.h"

#include <float.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../import/import.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/int.h"
#include "../object/float.h"
#include "../object/list.h"
#include "../object/module.h"
#include "../object/namespace.h"
#include "../object/str.h"
#include "../object/structseq.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "../vm/eval.h"
#include "../vm/frame.h"
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

/* sys.path: the script's real directory ('' for -c and stdin, the current directory for
 * -m), then the standard library. */
static Value initial_path(int argc, char **argv) {
    const char *stdlib = getenv("PVM_STDLIB");
    if (!stdlib || !*stdlib) stdlib = PVM_STDLIB_DEFAULT;
    interp.stdlib_path = stdlib;
    char *dir = NULL;
    if (argc > 0 && strcmp(argv[0], "-m") == 0) {
        dir = getcwd(NULL, 0); /* -m: the current directory, as CPython */
    } else if (argc > 0 && argv[0][0] && strcmp(argv[0], "-c") != 0) {
        dir = realpath(argv[0], NULL); /* the script's real directory, as CPython */
        char *slash = dir ? strrchr(dir, '/') : NULL;
        if (slash) *slash = '\0';
    }
    char *entries[2] = {dir ? dir : "", (char *)stdlib};
    Value path = str_list(2, entries);
    free(dir);
    return path;
}

static GetSetDef version_info_fields[] = {
    STRUCTSEQ_FIELD("major", 0),  STRUCTSEQ_FIELD("minor", 1),
    STRUCTSEQ_FIELD("micro", 2),  STRUCTSEQ_FIELD("releaselevel", 3),
    STRUCTSEQ_FIELD("serial", 4), {NULL, NULL, NULL, NULL, NULL},
};
Type type_version_info = STRUCTSEQ_TYPE("sys.version_info", version_info_fields);

static GetSetDef flags_fields[] = {
    STRUCTSEQ_FIELD("debug", 0),
    STRUCTSEQ_FIELD("inspect", 1),
    STRUCTSEQ_FIELD("interactive", 2),
    STRUCTSEQ_FIELD("optimize", 3),
    STRUCTSEQ_FIELD("dont_write_bytecode", 4),
    STRUCTSEQ_FIELD("no_user_site", 5),
    STRUCTSEQ_FIELD("no_site", 6),
    STRUCTSEQ_FIELD("ignore_environment", 7),
    STRUCTSEQ_FIELD("verbose", 8),
    STRUCTSEQ_FIELD("bytes_warning", 9),
    STRUCTSEQ_FIELD("quiet", 10),
    STRUCTSEQ_FIELD("hash_randomization", 11),
    STRUCTSEQ_FIELD("isolated", 12),
    STRUCTSEQ_FIELD("dev_mode", 13),
    STRUCTSEQ_FIELD("utf8_mode", 14),
    STRUCTSEQ_FIELD("warn_default_encoding", 15),
    STRUCTSEQ_FIELD("safe_path", 16),
    STRUCTSEQ_FIELD("int_max_str_digits", 17),
    {NULL, NULL, NULL, NULL, NULL},
};
Type type_sys_flags = STRUCTSEQ_TYPE("sys.flags", flags_fields);

static GetSetDef float_info_fields[] = {
    STRUCTSEQ_FIELD("max", 0),   STRUCTSEQ_FIELD("max_exp", 1),  STRUCTSEQ_FIELD("max_10_exp", 2),
    STRUCTSEQ_FIELD("min", 3),   STRUCTSEQ_FIELD("min_exp", 4),  STRUCTSEQ_FIELD("min_10_exp", 5),
    STRUCTSEQ_FIELD("dig", 6),   STRUCTSEQ_FIELD("mant_dig", 7), STRUCTSEQ_FIELD("epsilon", 8),
    STRUCTSEQ_FIELD("radix", 9), STRUCTSEQ_FIELD("rounds", 10),  {NULL, NULL, NULL, NULL, NULL},
};
Type type_float_info = STRUCTSEQ_TYPE("sys.float_info", float_info_fields);

static GetSetDef int_info_fields[] = {
    STRUCTSEQ_FIELD("bits_per_digit", 0),
    STRUCTSEQ_FIELD("sizeof_digit", 1),
    STRUCTSEQ_FIELD("default_max_str_digits", 2),
    STRUCTSEQ_FIELD("str_digits_check_threshold", 3),
    {NULL, NULL, NULL, NULL, NULL},
};
Type type_int_info = STRUCTSEQ_TYPE("sys.int_info", int_info_fields);

static GetSetDef hash_info_fields[] = {
    STRUCTSEQ_FIELD("width", 0),     STRUCTSEQ_FIELD("modulus", 1),
    STRUCTSEQ_FIELD("inf", 2),       STRUCTSEQ_FIELD("nan", 3),
    STRUCTSEQ_FIELD("imag", 4),      STRUCTSEQ_FIELD("algorithm", 5),
    STRUCTSEQ_FIELD("hash_bits", 6), STRUCTSEQ_FIELD("seed_bits", 7),
    STRUCTSEQ_FIELD("cutoff", 8),    {NULL, NULL, NULL, NULL, NULL},
};
Type type_hash_info = STRUCTSEQ_TYPE("sys.hash_info", hash_info_fields);

/* A struct sequence from new references (consumed, even on failure). */
static Value make_structseq(Type *type, intptr_t n, Value *items) {
    Value r = NULL;
    bool complete = true;
    for (intptr_t i = 0; i < n; i++) complete = complete && items[i];
    if (complete) r = structseq_new(type, items, n);
    for (intptr_t i = 0; i < n; i++) xdecref(items[i]);
    return r;
}

static Value version_info(void) {
    Value items[] = {small_int(3), small_int(11), small_int(7), str_intern_cstr("final"),
                     small_int(0)};
    return structseq_new(&type_version_info, items, 5);
}

static Value sys_flags(void) {
    Value items[18];
    for (int i = 0; i < 18; i++) items[i] = small_int(0);
    const char *env = getenv("PYTHONDONTWRITEBYTECODE");
    items[4] = small_int(env && *env);
    const char *seed = getenv("PYTHONHASHSEED");
    items[11] = small_int(!(seed && *seed && strcmp(seed, "0") == 0));
    items[13] = FALSE_VALUE;
    items[16] = FALSE_VALUE;
    items[17] = small_int(-1);
    return structseq_new(&type_sys_flags, items, 18);
}

static Value float_info(void) {
    Value items[] = {float_new(DBL_MAX),   small_int(DBL_MAX_EXP),  small_int(DBL_MAX_10_EXP),
                     float_new(DBL_MIN),   small_int(DBL_MIN_EXP),  small_int(DBL_MIN_10_EXP),
                     small_int(DBL_DIG),   small_int(DBL_MANT_DIG), float_new(DBL_EPSILON),
                     small_int(FLT_RADIX), small_int(FLT_ROUNDS)};
    return make_structseq(&type_float_info, 11, items);
}

static Value int_info(void) {
    Value items[] = {small_int(30), small_int(4), small_int(4300), small_int(640)};
    return structseq_new(&type_int_info, items, 4);
}

static Value hash_info(void) {
    Value items[] = {
        small_int(64),      small_int(((intptr_t)1 << 61) - 1), small_int(314159), small_int(0),
        small_int(1000003), str_from_cstr("siphash13"),         small_int(64),     small_int(128),
        small_int(0)};
    return make_structseq(&type_hash_info, 9, items);
}

/* sys.implementation: SimpleNamespace(name, cache_tag, version, hexversion, _multiarch) */
static Value implementation(void) {
    Value d = dict_new();
    Value version = version_info();
    Value name = str_from_cstr("pvm"), tag = str_from_cstr("pvm-311");
    Value arch = str_from_cstr("x86_64-linux-gnu");
    Value ns = NULL;
    if (d && version && name && tag && arch && dict_set_cstr(d, "name", name) == 0 &&
        dict_set_cstr(d, "cache_tag", tag) == 0 && dict_set_cstr(d, "version", version) == 0 &&
        dict_set_cstr(d, "hexversion", small_int(0x030B07F0)) == 0 &&
        dict_set_cstr(d, "_multiarch", arch) == 0) {
        ns = namespace_new(d);
    }
    xdecref(d);
    xdecref(version);
    xdecref(name);
    xdecref(tag);
    xdecref(arch);
    return ns;
}

/* sys._getframe([depth]): the frame object `depth` calls up from the caller. */
static Value sys_getframe(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long depth = 0;
    if (nargs > 1) {
        return err_format(&exc_TypeError, "_getframe expected at most 1 argument, got %zu", nargs);
    }
    if (nargs == 1 && int_as_long(args[0], &depth) < 0) return NULL;
    Frame *f = eval_current_frame();
    for (; f && depth > 0; depth--) f = f->previous;
    if (!f) return err_format(&exc_ValueError, "call stack is not deep enough");
    Value obj = frame_get_object(f);
    return obj ? incref(obj) : NULL;
}

static Value sys_get_int_max_str_digits(Value self, Value const *args, size_t nargs,
                                        Value kwnames) {
    return int_from_long(int_get_max_str_digits());
}

static Value sys_set_int_max_str_digits(Value self, Value const *args, size_t nargs,
                                        Value kwnames) {
    if (nargs != 1 || kwnames) {
        return err_format(&exc_TypeError, "set_int_max_str_digits() takes exactly one argument");
    }
    long long n;
    if (int_as_long(args[0], &n) < 0) return NULL;
    if (n != 0 && n < 640) {
        return err_format(&exc_ValueError, "maxdigits must be 0 or larger than 640");
    }
    int_set_max_str_digits((intptr_t)n);
    return NONE;
}

static Value sys_getdefaultencoding(Value self, Value const *args, size_t nargs, Value kwnames) {
    return str_from_cstr("utf-8");
}

static Value sys_getfilesystemencodeerrors(Value self, Value const *args, size_t nargs,
                                           Value kwnames) {
    return str_from_cstr("surrogateescape");
}

static MethodDef sys_methods[] = {
    {"exit", sys_exit, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"_getframe", sys_getframe, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencodeerrors", sys_getfilesystemencodeerrors, 0, NULL},
    {NULL, NULL, 0, NULL},
};

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
        add(m, "version_info", version_info()) < 0 || add(m, "flags", sys_flags()) < 0 ||
        add(m, "float_info", float_info()) < 0 || add(m, "int_info", int_info()) < 0 ||
        add(m, "hash_info", hash_info()) < 0 || add(m, "implementation", implementation()) < 0 ||
        add(m, "warnoptions", list_new(0)) < 0 || add(m, "_xoptions", dict_new()) < 0 ||
        add(m, "meta_path", list_new(0)) < 0 || add(m, "path_hooks", list_new(0)) < 0 ||
        add(m, "path_importer_cache", dict_new()) < 0 ||
        add(m, "prefix", str_from_cstr("/usr")) < 0 ||
        add(m, "exec_prefix", str_from_cstr("/usr")) < 0 ||
        add(m, "base_prefix", str_from_cstr("/usr")) < 0 ||
        add(m, "base_exec_prefix", str_from_cstr("/usr")) < 0 ||
        add(m, "platlibdir", str_from_cstr("lib")) < 0 ||
        add(m, "api_version", small_int(1013)) < 0 ||
        add(m, "builtin_module_names", import_builtin_module_names()) < 0 ||
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
