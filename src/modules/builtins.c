/* builtins.c: the builtins module: its table of functions (the simple ones are here:
 * len, repr, isinstance, getattr, chr, pow, round ...; iteration helpers are in
 * builtins_iter.c, print/exec/__build_class__ in builtins_exec.c) and the built-in
 * types, constants and exceptions it exports. */
#include "builtins.h"

#include "../object/abstract.h"
#include "../object/bytearray.h"
#include "../object/memoryview.h"
#include "../object/bytes.h"
#include "../object/complex.h"
#include "../object/descr.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/iter.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/range.h"
#include "../object/set.h"
#include "../object/slice.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "builtins_internal.h"
#include "stdlib_modules.h"
#include "sys.h"

/* "len() takes exactly one argument (0 given)" and no keywords. */
static int one_arg(const char *name, size_t nargs, Value kwnames) {
    if (args_no_keywords(name, kwnames) < 0) return -1;
    return args_exactly_one(name, nargs);
}

static int arg_count(const char *name, size_t nargs, Value kwnames, size_t min, size_t max) {
    if (args_no_keywords(name, kwnames) < 0) return -1;
    return args_count(name, nargs, min, max);
}

static BUILTIN(builtin_len) {
    if (one_arg("len", nargs, kwnames) < 0) return NULL;
    intptr_t n = object_len(args[0]);
    return n < 0 ? NULL : int_from_long(n);
}

static BUILTIN(builtin_repr) {
    return one_arg("repr", nargs, kwnames) < 0 ? NULL : object_repr(args[0]);
}

static BUILTIN(builtin_ascii) {
    return one_arg("ascii", nargs, kwnames) < 0 ? NULL : object_ascii(args[0]);
}

static BUILTIN(builtin_id) {
    return one_arg("id", nargs, kwnames) < 0 ? NULL : int_from_long((intptr_t)args[0]);
}

static BUILTIN(builtin_hash) {
    if (one_arg("hash", nargs, kwnames) < 0) return NULL;
    hash_t h = object_hash(args[0]);
    return h == -1 ? NULL : int_from_long(h);
}

static BUILTIN(builtin_callable) {
    if (one_arg("callable", nargs, kwnames) < 0) return NULL;
    return bool_value(object_is_callable(args[0]));
}

static BUILTIN(builtin_abs) {
    return one_arg("abs", nargs, kwnames) < 0 ? NULL : number_absolute(args[0]);
}

static Value bool_result(int r) { return r < 0 ? NULL : bool_value(r); }

static BUILTIN(builtin_isinstance) {
    if (arg_count("isinstance", nargs, kwnames, 2, 2) < 0) return NULL;
    return bool_result(object_isinstance(args[0], args[1]));
}

static BUILTIN(builtin_issubclass) {
    if (arg_count("issubclass", nargs, kwnames, 2, 2) < 0) return NULL;
    return bool_result(object_issubclass(args[0], args[1]));
}

static BUILTIN(builtin_getattr) {
    if (arg_count("getattr", nargs, kwnames, 2, 3) < 0) return NULL;
    Value r = object_getattr(args[0], args[1]);
    if (r || nargs == 2 || !err_matches(&exc_AttributeError)) return r;
    err_clear();
    return incref(args[2]);
}

static BUILTIN(builtin_setattr) {
    if (arg_count("setattr", nargs, kwnames, 3, 3) < 0) return NULL;
    return object_setattr(args[0], args[1], args[2]) < 0 ? NULL : new_none();
}

static BUILTIN(builtin_delattr) {
    if (arg_count("delattr", nargs, kwnames, 2, 2) < 0) return NULL;
    return object_setattr(args[0], args[1], NULL) < 0 ? NULL : new_none();
}

static BUILTIN(builtin_hasattr) {
    if (arg_count("hasattr", nargs, kwnames, 2, 2) < 0) return NULL;
    return bool_result(object_hasattr(args[0], args[1]));
}

static BUILTIN(builtin_format) {
    if (arg_count("format", nargs, kwnames, 1, 2) < 0) return NULL;
    if (nargs == 2 && !is_str(args[1])) {
        return err_format(&exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    }
    return object_format(args[0], nargs == 2 ? args[1] : NULL);
}

static BUILTIN(builtin_chr) {
    if (one_arg("chr", nargs, kwnames) < 0) return NULL;
    Value i = object_index(args[0]);
    if (!i) return NULL;
    long long n;
    int r = int_as_long(i, &n);
    decref(i);
    if (r < 0) {
        if (!err_matches(&exc_OverflowError)) return NULL;
        err_clear();
        n = -1;
    }
    if (n < 0 || n > 0x10ffff)
        return err_format(&exc_ValueError, "chr() arg not in range(0x110000)");
    uint32_t cp = (uint32_t)n;
    return str_from_codepoints(&cp, 1);
}

static BUILTIN(builtin_ord) {
    if (one_arg("ord", nargs, kwnames) < 0) return NULL;
    Value c = args[0];
    intptr_t len;
    if (is_str(c)) {
        len = str_length(c);
        if (len == 1) return int_from_long(str_char(c, 0));
    } else if (is_bytes(c)) {
        len = bytes_size(c);
        if (len == 1) return int_from_long((unsigned char)bytes_data(c)[0]);
    } else if (is_instance_of(c, &type_bytearray)) {
        len = object_len(c);
        if (len == 1) return object_getitem(c, small_int(0));
    } else {
        return err_format(&exc_TypeError, "ord() expected string of length 1, but %T found", c);
    }
    return err_format(&exc_TypeError, "ord() expected a character, but string of length %zd found",
                      len);
}

static Value format_base(const char *name, Value const *args, size_t nargs, Value kwnames,
                         int base) {
    if (one_arg(name, nargs, kwnames) < 0) return NULL;
    Value i = object_index(args[0]);
    if (!i) return NULL;
    Value r = int_format_base(i, base);
    decref(i);
    return r;
}

static BUILTIN(builtin_bin) { return format_base("bin", args, nargs, kwnames, 2); }
static BUILTIN(builtin_oct) { return format_base("oct", args, nargs, kwnames, 8); }
static BUILTIN(builtin_hex) { return format_base("hex", args, nargs, kwnames, 16); }

static BUILTIN(builtin_divmod) {
    if (arg_count("divmod", nargs, kwnames, 2, 2) < 0) return NULL;
    return number_divmod(args[0], args[1]);
}

static BUILTIN(builtin_pow) {
    static const char *const params[] = {"base", "exp", "mod"};
    Value a[3];
    if (args_bind("pow", args, nargs, kwnames, params, 3, 3, a) < 0) return NULL;
    if (!a[0] || !a[1]) {
        return err_format(&exc_TypeError, "pow() missing required argument '%s' (pos %d)",
                          a[0] ? "exp" : "base", a[0] ? 2 : 1);
    }
    return number_power(a[0], a[1], a[2] ? a[2] : NONE);
}

static BUILTIN(builtin_round) {
    static const char *const params[] = {"number", "ndigits"};
    Value a[2];
    if (args_bind("round", args, nargs, kwnames, params, 2, 2, a) < 0) return NULL;
    if (!a[0])
        return err_format(&exc_TypeError, "round() missing required argument 'number' (pos 1)");
    Value round = object_lookup_special(a[0], NAME(__round__));
    if (!round) {
        if (err_occurred()) return NULL;
        return err_format(&exc_TypeError, "type %T doesn't define __round__ method", a[0]);
    }
    bool with_digits = a[1] && a[1] != NONE;
    Value r = object_call(round, &a[1], with_digits ? 1 : 0, NULL);
    decref(round);
    return r;
}

/* breakpoint(): sys.breakpointhook(*args, **kws) when sys has one, else nothing. */
static BUILTIN(builtin_breakpoint) {
    Value hook = sys_get("breakpointhook");
    if (!hook) return new_none();
    return object_call(hook, args, nargs, kwnames);
}

static const MethodDef builtin_methods[] = {
    {"__build_class__", builtin_build_class, METH_KEYWORDS,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", builtin_import, METH_KEYWORDS | METH_DEPTH_CHECK, "Import a module."},
    {"abs", builtin_abs, METH_DEPTH_CHECK, "Return the absolute value of the argument."},
    {"all", builtin_all, METH_DEPTH_CHECK,
     "Return True if bool(x) is True for all values x in the iterable."},
    {"any", builtin_any, METH_DEPTH_CHECK,
     "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", builtin_ascii, METH_DEPTH_CHECK, "Return an ASCII-only representation of an object."},
    {"bin", builtin_bin, METH_DEPTH_CHECK, "Return the binary representation of an integer."},
    {"breakpoint", builtin_breakpoint, METH_KEYWORDS, "Call sys.breakpointhook(*args, **kws)."},
    {"callable", builtin_callable, METH_DEPTH_CHECK, "Return whether the object is callable."},
    {"chr", builtin_chr, METH_DEPTH_CHECK,
     "Return a Unicode string of one character with ordinal i."},
    {"compile", builtin_compile, METH_KEYWORDS, "Compile source into a code object."},
    {"delattr", builtin_delattr, 0, "Deletes the named attribute from the given object."},
    {"dir", builtin_dir, METH_DEPTH_CHECK, "Show attributes of an object."},
    {"divmod", builtin_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"eval", builtin_eval, METH_KEYWORDS, "Evaluate the given source."},
    {"exec", builtin_exec, METH_KEYWORDS, "Execute the given source."},
    {"format", builtin_format, 0, "Return value.__format__(format_spec)"},
    {"getattr", builtin_getattr, 0, "Get a named attribute from an object."},
    {"globals", builtin_globals, METH_DEPTH_CHECK,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", builtin_hasattr, 0,
     "Return whether the object has an attribute with the given name."},
    {"hash", builtin_hash, METH_DEPTH_CHECK, "Return the hash value for the given object."},
    {"hex", builtin_hex, METH_DEPTH_CHECK, "Return the hexadecimal representation of an integer."},
    {"id", builtin_id, METH_DEPTH_CHECK, "Return the identity of an object."},
    {"input", builtin_input, 0, "Read a string from standard input."},
    {"isinstance", builtin_isinstance, 0,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass, 0,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", builtin_iter, 0, "Get an iterator from an object."},
    {"aiter", builtin_aiter, METH_DEPTH_CHECK,
     "Return an AsyncIterator for an AsyncIterable object."},
    {"len", builtin_len, 0, "Return the number of items in a container."},
    {"locals", builtin_locals, METH_DEPTH_CHECK,
     "Return a dictionary containing the current scope's local variables."},
    {"max", builtin_max, METH_KEYWORDS | METH_DEPTH_CHECK,
     "With a single iterable argument, return its biggest item."},
    {"min", builtin_min, METH_KEYWORDS | METH_DEPTH_CHECK,
     "With a single iterable argument, return its smallest item."},
    {"next", builtin_next, 0, "Return the next item from the iterator."},
    {"anext", builtin_anext, 0, "Return the next item from the async iterator."},
    {"oct", builtin_oct, METH_DEPTH_CHECK, "Return the octal representation of an integer."},
    {"ord", builtin_ord, METH_DEPTH_CHECK,
     "Return the Unicode code point for a one-character string."},
    {"pow", builtin_pow, METH_KEYWORDS,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", builtin_print, METH_KEYWORDS,
     "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", builtin_repr, METH_DEPTH_CHECK,
     "Return the canonical string representation of the object."},
    {"round", builtin_round, METH_KEYWORDS,
     "Round a number to a given precision in decimal digits."},
    {"setattr", builtin_setattr, 0,
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", builtin_sorted, METH_KEYWORDS,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", builtin_sum, METH_KEYWORDS,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", builtin_vars, METH_DEPTH_CHECK, "Show vars."},
    {NULL, NULL, 0, NULL},
};

static Type *const builtin_types[] = {
    &type_bool,         &type_memoryview, &type_bytearray, &type_bytes,  &type_classmethod,
    &type_complex,      &type_dict,       &type_enumerate, &type_filter, &type_float,
    &type_frozenset,    &type_property,   &type_int,       &type_list,   &type_map,
    &type_object,       &type_range,      &type_reversed,  &type_set,    &type_slice,
    &type_staticmethod, &type_str,        &type_super,     &type_tuple,  &type_type,
    &type_zip,
};

static Type *const builtin_exceptions[] = {
    &exc_BaseException,
    &exc_BaseExceptionGroup,
    &exc_Exception,
    &exc_GeneratorExit,
    &exc_KeyboardInterrupt,
    &exc_SystemExit,
    &exc_ArithmeticError,
    &exc_AssertionError,
    &exc_AttributeError,
    &exc_BufferError,
    &exc_EOFError,
    &exc_ImportError,
    &exc_LookupError,
    &exc_MemoryError,
    &exc_NameError,
    &exc_OSError,
    &exc_ReferenceError,
    &exc_RuntimeError,
    &exc_StopAsyncIteration,
    &exc_StopIteration,
    &exc_SyntaxError,
    &exc_SystemError,
    &exc_TypeError,
    &exc_ValueError,
    &exc_Warning,
    &exc_FloatingPointError,
    &exc_OverflowError,
    &exc_ZeroDivisionError,
    &exc_BytesWarning,
    &exc_DeprecationWarning,
    &exc_EncodingWarning,
    &exc_FutureWarning,
    &exc_ImportWarning,
    &exc_PendingDeprecationWarning,
    &exc_ResourceWarning,
    &exc_RuntimeWarning,
    &exc_SyntaxWarning,
    &exc_UnicodeWarning,
    &exc_UserWarning,
    &exc_BlockingIOError,
    &exc_ChildProcessError,
    &exc_ConnectionError,
    &exc_FileExistsError,
    &exc_FileNotFoundError,
    &exc_InterruptedError,
    &exc_IsADirectoryError,
    &exc_NotADirectoryError,
    &exc_PermissionError,
    &exc_ProcessLookupError,
    &exc_TimeoutError,
    &exc_IndentationError,
    &exc_IndexError,
    &exc_KeyError,
    &exc_ModuleNotFoundError,
    &exc_NotImplementedError,
    &exc_RecursionError,
    &exc_UnboundLocalError,
    &exc_UnicodeError,
    &exc_BrokenPipeError,
    &exc_ConnectionAbortedError,
    &exc_ConnectionRefusedError,
    &exc_ConnectionResetError,
    &exc_TabError,
    &exc_UnicodeDecodeError,
    &exc_UnicodeEncodeError,
    &exc_UnicodeTranslateError,
    &exc_ExceptionGroup,
};

typedef struct NamedValue {
    const char *name;
    Value value;
} NamedValue;

static int add_types(Value m, Type *const *types, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (type_ready(types[i]) < 0 ||
            module_add_object(m, type_short_name(types[i]), (Value)types[i]) < 0)
            return -1;
    }
    return 0;
}

/* Adds name/value pairs to the module, stopping at the first error. */
static int add_constants(Value m, const NamedValue *items, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (module_add_object(m, items[i].name, items[i].value) < 0) return -1;
    return 0;
}

/* Filled in CPython's order: dir() sorts, but vars(builtins) and name suggestions (ties go
 * to the first candidate) see it. */
Value builtins_module_new(void) {
    if (exceptions_init() < 0) return NULL;
    Value m = module_new("builtins");
    if (!m) return NULL;
    static const NamedValue singletons[] = {
        {"None", NONE},         {"Ellipsis", ELLIPSIS}, {"NotImplemented", NOT_IMPLEMENTED},
        {"False", FALSE_VALUE}, {"True", TRUE_VALUE},
    };
    static const NamedValue debug[] = {{"__debug__", TRUE_VALUE}};
    static const NamedValue aliases[] = {
        {"EnvironmentError", (Value)&exc_OSError},
        {"IOError", (Value)&exc_OSError},
    };
#define COUNT(a) (sizeof(a) / sizeof(a)[0])
    bool ok = module_add_functions(m, builtin_methods) == 0 &&
              add_constants(m, singletons, COUNT(singletons)) == 0 &&
              add_types(m, builtin_types, COUNT(builtin_types)) == 0 &&
              add_constants(m, debug, COUNT(debug)) == 0 &&
              add_types(m, builtin_exceptions, COUNT(builtin_exceptions)) == 0 &&
              add_constants(m, aliases, COUNT(aliases)) == 0;
#undef COUNT
    Value open = ok ? io_open_builtin() : NULL;
    ok = open && module_add_object(m, "open", open) == 0 && builtins_add_site_objects(m) == 0;
    xdecref(open);
    if (!ok) CLEAR(m);
    return m;
}
