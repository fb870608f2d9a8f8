/* exceptions.c: BaseException (args, __traceback__, __context__, __cause__, __notes__,
 * str/repr as CPython) and the built-in exception classes with plain or small layouts:
 * KeyError, StopIteration, SystemExit, NameError/AttributeError, ImportError and the
 * simple ones. SyntaxError, OSError, the Unicode errors and exception groups are in
 * exceptions_special.c. */
#include <string.h>

#include "../vm/errors.h"
#include "../vm/traceback.h"
#include "dict.h"
#include "exceptions_internal.h"
#include "list.h"
#include "method_args.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- layout: BaseException's fields, then the subclass layout's Value fields ---- */

static Type *layout_type(Value self) {
    Type *t = self->type;
    while (type_has_flag(t, TPFLAG_HEAPTYPE)) t = t->base;
    return t;
}

/* The Value fields of a layout follow BaseExceptionObject contiguously. */
static Value *extra_fields(Value self, size_t *count) {
    *count = (layout_type(self)->basicsize - sizeof(BaseExceptionObject)) / sizeof(Value);
    return (Value *)((char *)self + sizeof(BaseExceptionObject));
}

int exc_clear(Value self) {
    BaseExceptionObject *e = (BaseExceptionObject *)self;
    CLEAR(e->dict);
    CLEAR(e->args);
    CLEAR(e->notes);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    size_t n;
    Value *fields = extra_fields(self, &n);
    for (size_t i = 0; i < n; i++) CLEAR(fields[i]);
    return 0;
}

void exc_dealloc(Value self) {
    gc_untrack(self);
    exc_clear(self);
    object_free(self);
}

int exc_traverse(Value self, visitproc visit, void *arg) {
    BaseExceptionObject *e = (BaseExceptionObject *)self;
    Value base[] = {e->dict, e->args, e->notes, e->traceback, e->context, e->cause};
    for (size_t i = 0; i < sizeof base / sizeof base[0]; i++) {
        int r = base[i] ? visit(base[i], arg) : 0;
        if (r) return r;
    }
    size_t n;
    Value *fields = extra_fields(self, &n);
    for (size_t i = 0; i < n; i++) {
        int r = fields[i] ? visit(fields[i], arg) : 0;
        if (r) return r;
    }
    return 0;
}

int exc_set_args(Value self, Value const *args, size_t nargs) {
    Value t = tuple_from_array(args, (intptr_t)nargs);
    if (!t) return -1;
    setref(&((BaseExceptionObject *)self)->args, t);
    return 0;
}

/* ---- BaseException ---- */

static Value exc_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value self = object_new(type, 0);
    if (!self) return NULL;
    if (exc_set_args(self, args, nargs) < 0) {
        decref(self);
        return NULL;
    }
    gc_track(self);
    return self;
}

static int exc_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords(self->type->name, kwnames) < 0) return -1;
    return exc_set_args(self, args, nargs);
}

Value exception_new(Type *type, Value const *args, size_t nargs) {
    return object_call((Value)type, args, nargs, NULL);
}

static Value exc_args(Value self) { return ((BaseExceptionObject *)self)->args; }

Value exc_str(Value self) {
    Value args = exc_args(self);
    intptr_t n = args ? tuple_size(args) : 0;
    if (n == 0) return str_from_cstr("");
    return object_str(n == 1 ? tuple_get(args, 0) : args);
}

static Value exc_repr(Value self) {
    Value args = exc_args(self);
    const char *name = type_short_name(self->type);
    if (args && tuple_size(args) == 1) return str_from_format("%s(%R)", name, tuple_get(args, 0));
    if (!args) return str_from_format("%s()", name);
    return str_from_format("%s%R", name, args);
}

/* ---- traceback, context, cause ---- */

Value exception_get_traceback(Value exc) { return ((BaseExceptionObject *)exc)->traceback; }

void exception_set_traceback(Value exc, Value tb) {
    setref(&((BaseExceptionObject *)exc)->traceback, tb == NONE ? NULL : xincref(tb));
}

void exception_set_context(Value exc, Value context) {
    setref(&((BaseExceptionObject *)exc)->context, context);
}

void exception_set_cause(Value exc, Value cause) {
    BaseExceptionObject *e = (BaseExceptionObject *)exc;
    e->suppress_context = true;
    setref(&e->cause, cause);
}

static Value none_if_null(Value v) { return v ? incref(v) : new_none(); }

static Value exc_get_args(Value self, void *c) { return none_if_null(exc_args(self)); }

static int exc_set_args_attr(Value self, Value v, void *c) {
    if (!v) {
        err_set_str(&exc_TypeError, "args may not be deleted");
        return -1;
    }
    Value t = sequence_to_tuple(v);
    if (!t) return -1;
    setref(&((BaseExceptionObject *)self)->args, t);
    return 0;
}

static Value exc_get_traceback(Value self, void *c) {
    return none_if_null(((BaseExceptionObject *)self)->traceback);
}

static int exc_set_traceback(Value self, Value v, void *c) {
    if (!v) {
        err_set_str(&exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (v != NONE && !is_traceback(v)) {
        err_set_str(&exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    exception_set_traceback(self, v);
    return 0;
}

static Value exc_get_context(Value self, void *c) {
    return none_if_null(((BaseExceptionObject *)self)->context);
}
static Value exc_get_cause(Value self, void *c) {
    return none_if_null(((BaseExceptionObject *)self)->cause);
}

/* __context__ / __cause__ values: None or an exception instance. */
static int check_chained(Value v, const char *what) {
    if (!v) {
        err_format(&exc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (v == NONE || is_exception(v)) return 0;
    err_format(&exc_TypeError, "exception %s must be None or derive from BaseException",
               strcmp(what, "__cause__") == 0 ? "cause" : "context");
    return -1;
}

static int exc_set_context_attr(Value self, Value v, void *c) {
    if (check_chained(v, "__context__") < 0) return -1;
    exception_set_context(self, v == NONE ? NULL : incref(v));
    return 0;
}

static int exc_set_cause_attr(Value self, Value v, void *c) {
    if (check_chained(v, "__cause__") < 0) return -1;
    exception_set_cause(self, v == NONE ? NULL : incref(v));
    return 0;
}

static Value exc_get_notes(Value self, void *c) {
    Value notes = ((BaseExceptionObject *)self)->notes;
    if (notes) return incref(notes);
    return err_no_attribute(self, str_intern_cstr("__notes__"));
}

static int exc_set_notes(Value self, Value v, void *c) {
    setref(&((BaseExceptionObject *)self)->notes, xincref(v));
    return 0;
}

static Value exc_get_dict(Value self, void *c) {
    BaseExceptionObject *e = (BaseExceptionObject *)self;
    if (!e->dict && !(e->dict = dict_new())) return NULL;
    return incref(e->dict);
}

static int exc_set_dict(Value self, Value v, void *c) {
    if (!v || !is_dict(v)) {
        err_set_str(&exc_TypeError,
                    v ? "__dict__ must be a dictionary" : "__dict__ may not be deleted");
        return -1;
    }
    setref(&((BaseExceptionObject *)self)->dict, incref(v));
    return 0;
}

static GetSetDef exc_getsets[] = {
    {"args", exc_get_args, exc_set_args_attr, NULL, NULL},
    {"__traceback__", exc_get_traceback, exc_set_traceback, NULL, NULL},
    {"__context__", exc_get_context, exc_set_context_attr, "exception context", NULL},
    {"__cause__", exc_get_cause, exc_set_cause_attr, "exception cause", NULL},
    {"__notes__", exc_get_notes, exc_set_notes, NULL, NULL},
    {"__dict__", exc_get_dict, exc_set_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MemberDef exc_members[] = {
    {"__suppress_context__", MEMBER_BOOL, offsetof(BaseExceptionObject, suppress_context), false,
     NULL},
    {NULL, 0, 0, false, NULL},
};

static Value exc_with_traceback(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("BaseException.with_traceback", nargs) < 0 ||
        exc_set_traceback(self, args[0], NULL) < 0)
        return NULL;
    return incref(self);
}

static Value exc_add_note(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("BaseException.add_note", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "note must be a str, not '%T'", args[0]);
    BaseExceptionObject *e = (BaseExceptionObject *)self;
    if (!e->notes && !(e->notes = list_new(0))) return NULL;
    if (!is_list(e->notes))
        return err_format(&exc_TypeError, "Cannot add note: __notes__ is not a list");
    return list_append(e->notes, args[0]) < 0 ? NULL : new_none();
}

static Value exc_reduce(Value self, Value const *args, size_t nargs, Value kw) {
    BaseExceptionObject *e = (BaseExceptionObject *)self;
    Value a = e->args ? e->args : tuple_empty();
    Value r = e->dict && dict_size(e->dict) ? tuple_pack(3, (Value)self->type, a, e->dict)
                                            : tuple_pack(2, (Value)self->type, a);
    if (!e->args) decref(a);
    return r;
}

static Value exc_setstate(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("BaseException.__setstate__", nargs) < 0) return NULL;
    if (args[0] == NONE) return new_none();
    if (!is_dict(args[0])) return err_format(&exc_TypeError, "state is not a dictionary");
    intptr_t pos = 0;
    Value k, v;
    while (dict_next(args[0], &pos, &k, &v))
        if (object_setattr(self, k, v) < 0) return NULL;
    return new_none();
}

static MethodDef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", exc_add_note, 0, "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", exc_reduce, 0, NULL},
    {"__setstate__", exc_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type exc_BaseException = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "BaseException",
    .basicsize = sizeof(BaseExceptionObject),
    .flags = EXC_FLAGS,
    .doc = "Common base class for all exceptions",
    .dictoffset = offsetof(BaseExceptionObject, dict),
    .dealloc = exc_dealloc,
    .traverse = exc_traverse,
    .clear = exc_clear,
    .repr = exc_repr,
    .str = exc_str,
    .new_ = exc_tp_new,
    .init = exc_init,
    .methods = exc_methods,
    .getsets = exc_getsets,
    .members = exc_members,
};

/* ---- AttributeError helpers ---- */

void err_set_attribute_context(Value obj, Value name) {
    Value exc = err_occurred();
    if (!exc || !is_instance_of(exc, &exc_AttributeError)) return;
    NameErrorObject *e = (NameErrorObject *)exc;
    if (!e->name) e->name = xincref(name);
    if (!e->obj) e->obj = xincref(obj);
}

Value err_no_attribute(Value obj, Value name) {
    err_format(&exc_AttributeError, "'%T' object has no attribute '%U'", obj, name);
    err_set_attribute_context(obj, name);
    return NULL;
}

/* ---- small layouts ---- */

static Value keyerror_str(Value self) {
    Value args = exc_args(self);
    if (args && tuple_size(args) == 1) return object_repr(tuple_get(args, 0));
    return exc_str(self);
}

static int stopiteration_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (exc_init(self, args, nargs, kwnames) < 0) return -1;
    setref(&((StopIterationObject *)self)->value, incref(nargs ? args[0] : NONE));
    return 0;
}

static MemberDef stopiteration_members[] = {
    {"value", MEMBER_OBJECT, offsetof(StopIterationObject, value), false, "generator return value"},
    {NULL, 0, 0, false, NULL},
};

static int systemexit_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (exc_init(self, args, nargs, kwnames) < 0) return -1;
    Value code = nargs == 0 ? new_none() : nargs == 1 ? incref(args[0]) : incref(exc_args(self));
    setref(&((SystemExitObject *)self)->code, code);
    return 0;
}

static MemberDef systemexit_members[] = {
    {"code", MEMBER_OBJECT, offsetof(SystemExitObject, code), false, "exception code"},
    {NULL, 0, 0, false, NULL},
};

/* Binds the keyword-only arguments of NameError / AttributeError / ImportError after
 * setting args from the positional ones. */
static int init_with_keywords(Value self, Value const *args, size_t nargs, Value kwnames,
                              const char *const *names, size_t nnames, Value *fields) {
    if (exc_set_args(self, args, nargs) < 0) return -1;
    Value values[3] = {NULL, NULL, NULL};
    if (args_bind(self->type->name, args + nargs, 0, kwnames, names, nnames, 0, values) < 0)
        return -1;
    for (size_t i = 0; i < nnames; i++) setref(&fields[i], xincref(values[i]));
    return 0;
}

static int nameerror_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name"};
    return init_with_keywords(self, args, nargs, kwnames, names, 1,
                              &((NameErrorObject *)self)->name);
}

static int attributeerror_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name", "obj"};
    return init_with_keywords(self, args, nargs, kwnames, names, 2,
                              &((NameErrorObject *)self)->name);
}

static MemberDef nameerror_members[] = {
    {"name", MEMBER_OBJECT, offsetof(NameErrorObject, name), false, "name"},
    {NULL, 0, 0, false, NULL},
};

static MemberDef attributeerror_members[] = {
    {"name", MEMBER_OBJECT, offsetof(NameErrorObject, name), false, "attribute name"},
    {"obj", MEMBER_OBJECT, offsetof(NameErrorObject, obj), false, "object"},
    {NULL, 0, 0, false, NULL},
};

static int importerror_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name", "path"};
    ImportErrorObject *e = (ImportErrorObject *)self;
    if (init_with_keywords(self, args, nargs, kwnames, names, 2, &e->name) < 0) return -1;
    setref(&e->msg, nargs == 1 ? incref(args[0]) : NULL);
    return 0;
}

static Value importerror_str(Value self) {
    Value msg = ((ImportErrorObject *)self)->msg;
    if (msg && msg != NONE) return object_str(msg);
    return exc_str(self);
}

static MemberDef importerror_members[] = {
    {"msg", MEMBER_OBJECT, offsetof(ImportErrorObject, msg), false, "exception message"},
    {"name", MEMBER_OBJECT, offsetof(ImportErrorObject, name), false, "module name"},
    {"path", MEMBER_OBJECT, offsetof(ImportErrorObject, path), false, "module path"},
    {NULL, 0, 0, false, NULL},
};

/* ---- the hierarchy ---- */

Type exc_Exception = {
    SIMPLE_EXC(Exception, BaseException, "Common base class for all non-exit exceptions.")};
Type exc_GeneratorExit = {
    SIMPLE_EXC(GeneratorExit, BaseException, "Request that a generator exit.")};
Type exc_KeyboardInterrupt = {
    SIMPLE_EXC(KeyboardInterrupt, BaseException, "Program interrupted by user.")};
Type exc_SystemExit = {
    EXC_TYPE(SystemExit, BaseException, SystemExitObject, "Request to exit from the interpreter."),
    .init = systemexit_init, .members = systemexit_members};

Type exc_ArithmeticError = {
    SIMPLE_EXC(ArithmeticError, Exception, "Base class for arithmetic errors.")};
Type exc_FloatingPointError = {
    SIMPLE_EXC(FloatingPointError, ArithmeticError, "Floating point operation failed.")};
Type exc_OverflowError = {
    SIMPLE_EXC(OverflowError, ArithmeticError, "Result too large to be represented.")};
Type exc_ZeroDivisionError = {
    SIMPLE_EXC(ZeroDivisionError, ArithmeticError,
               "Second argument to a division or modulo operation was zero.")};
Type exc_AssertionError = {SIMPLE_EXC(AssertionError, Exception, "Assertion failed.")};
Type exc_AttributeError = {
    EXC_TYPE(AttributeError, Exception, NameErrorObject, "Attribute not found."),
    .init = attributeerror_init, .members = attributeerror_members};
Type exc_BufferError = {SIMPLE_EXC(BufferError, Exception, "Buffer error.")};
Type exc_EOFError = {SIMPLE_EXC(EOFError, Exception, "Read beyond end of file.")};
Type exc_ImportError = {EXC_TYPE(ImportError, Exception, ImportErrorObject,
                                 "Import can't find module, or can't find name in module."),
                        .init = importerror_init, .str = importerror_str,
                        .members = importerror_members};
Type exc_ModuleNotFoundError = {
    EXC_TYPE(ModuleNotFoundError, ImportError, ImportErrorObject, "Module not found.")};
Type exc_LookupError = {SIMPLE_EXC(LookupError, Exception, "Base class for lookup errors.")};
Type exc_IndexError = {SIMPLE_EXC(IndexError, LookupError, "Sequence index out of range.")};
Type exc_KeyError = {SIMPLE_EXC(KeyError, LookupError, "Mapping key not found."),
                     .str = keyerror_str};
Type exc_MemoryError = {SIMPLE_EXC(MemoryError, Exception, "Out of memory.")};
Type exc_NameError = {EXC_TYPE(NameError, Exception, NameErrorObject, "Name not found globally."),
                      .init = nameerror_init, .members = nameerror_members};
Type exc_UnboundLocalError = {EXC_TYPE(UnboundLocalError, NameError, NameErrorObject,
                                       "Local name referenced but not bound to a value.")};
Type exc_ReferenceError = {
    SIMPLE_EXC(ReferenceError, Exception, "Weak ref proxy used after referent went away.")};
Type exc_RuntimeError = {SIMPLE_EXC(RuntimeError, Exception, "Unspecified run-time error.")};
Type exc_NotImplementedError = {SIMPLE_EXC(NotImplementedError, RuntimeError,
                                           "Method or function hasn't been implemented yet.")};
Type exc_RecursionError = {SIMPLE_EXC(RecursionError, RuntimeError, "Recursion limit exceeded.")};
Type exc_StopAsyncIteration = {
    SIMPLE_EXC(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")};
Type exc_StopIteration = {EXC_TYPE(StopIteration, Exception, StopIterationObject,
                                   "Signal the end from iterator.__next__()."),
                          .init = stopiteration_init, .members = stopiteration_members};
Type exc_SystemError = {SIMPLE_EXC(
    SystemError, Exception,
    "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, "
    "along with the traceback,\nthe Python version, and the hardware/OS platform and version.")};
Type exc_TypeError = {SIMPLE_EXC(TypeError, Exception, "Inappropriate argument type.")};
Type exc_ValueError = {
    SIMPLE_EXC(ValueError, Exception, "Inappropriate argument value (of correct type).")};
Type exc_UnicodeError = {SIMPLE_EXC(UnicodeError, ValueError, "Unicode related error.")};

Type exc_Warning = {SIMPLE_EXC(Warning, Exception, "Base class for warning categories.")};
Type exc_BytesWarning = {
    SIMPLE_EXC(BytesWarning, Warning,
               "Base class for warnings about bytes and buffer related problems, mostly\nrelated "
               "to conversion from str or comparing to str.")};
Type exc_DeprecationWarning = {
    SIMPLE_EXC(DeprecationWarning, Warning, "Base class for warnings about deprecated features.")};
Type exc_EncodingWarning = {
    SIMPLE_EXC(EncodingWarning, Warning, "Base class for warnings about encodings.")};
Type exc_FutureWarning = {SIMPLE_EXC(
    FutureWarning, Warning,
    "Base class for warnings about constructs that will change semantically\nin the future.")};
Type exc_ImportWarning = {SIMPLE_EXC(
    ImportWarning, Warning, "Base class for warnings about probable mistakes in module imports")};
Type exc_PendingDeprecationWarning = {
    SIMPLE_EXC(PendingDeprecationWarning, Warning,
               "Base class for warnings about features which will be deprecated\nin the future.")};
Type exc_ResourceWarning = {
    SIMPLE_EXC(ResourceWarning, Warning, "Base class for warnings about resource usage.")};
Type exc_RuntimeWarning = {
    SIMPLE_EXC(RuntimeWarning, Warning, "Base class for warnings about dubious runtime behavior.")};
Type exc_SyntaxWarning = {
    SIMPLE_EXC(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")};
Type exc_UnicodeWarning = {SIMPLE_EXC(UnicodeWarning, Warning,
                                      "Base class for warnings about Unicode related problems, "
                                      "mostly\nrelated to conversion problems.")};
Type exc_UserWarning = {
    SIMPLE_EXC(UserWarning, Warning, "Base class for warnings generated by user code.")};
