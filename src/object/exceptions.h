/* exceptions.h: the exception hierarchy's object layout (BaseException and the
 * subclasses with extra fields). The exception type objects are declared in
 * vm/errors.h. */
#ifndef PVM_EXCEPTIONS_H
#define PVM_EXCEPTIONS_H

#include "object.h"

typedef struct BaseExceptionObject {
    Object ob;
    Value dict;
    Value args;      /* tuple */
    Value notes;     /* __notes__ or NULL */
    Value traceback; /* traceback object or NULL */
    Value context;   /* __context__ or NULL */
    Value cause;     /* __cause__ or NULL */
    bool suppress_context;
} BaseExceptionObject;

typedef struct SyntaxErrorObject {
    BaseExceptionObject base;
    Value msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line;
} SyntaxErrorObject;

typedef struct StopIterationObject {
    BaseExceptionObject base;
    Value value;
} StopIterationObject;

typedef struct SystemExitObject {
    BaseExceptionObject base;
    Value code;
} SystemExitObject;

typedef struct NameErrorObject { /* NameError: name; AttributeError: name and obj */
    BaseExceptionObject base;
    Value name;
    Value obj;
} NameErrorObject;

typedef struct ImportErrorObject {
    BaseExceptionObject base;
    Value msg, name, path;
} ImportErrorObject;

typedef struct OSErrorObject {
    BaseExceptionObject base;
    Value myerrno, strerror, filename, filename2;
    Value written; /* characters_written (an int) or NULL */
} OSErrorObject;

typedef struct UnicodeErrorObject { /* UnicodeDecodeError, UnicodeEncodeError, ...Translate */
    BaseExceptionObject base;
    Value encoding, object, start, end, reason; /* start, end: ints */
} UnicodeErrorObject;

typedef struct ExceptionGroupObject {
    BaseExceptionObject base;
    Value message, exceptions; /* str, tuple */
} ExceptionGroupObject;

/* The rest of CPython 3.11's built-in exception hierarchy (errors.h declares the core). */
extern Type exc_BaseExceptionGroup, exc_ExceptionGroup, exc_UnicodeTranslateError,
    exc_ConnectionError, exc_BrokenPipeError, exc_ConnectionAbortedError,
    exc_ConnectionRefusedError, exc_ConnectionResetError, exc_BlockingIOError,
    exc_ChildProcessError, exc_FileExistsError, exc_InterruptedError, exc_IsADirectoryError,
    exc_NotADirectoryError, exc_PermissionError, exc_ProcessLookupError, exc_TimeoutError,
    exc_PendingDeprecationWarning, exc_FutureWarning, exc_ImportWarning, exc_UnicodeWarning,
    exc_BytesWarning, exc_ResourceWarning, exc_EncodingWarning;

/* Start-up work after the static types are ready (ExceptionGroup's second base). */
int exceptions_init(void);

static inline bool is_exception(Value v) {
    return !is_small_int(v) && type_has_flag(v->type, TPFLAG_EXC_SUBCLASS);
}
static inline bool is_exception_type(Value v) {
    return !is_small_int(v) && type_has_flag(v->type, TPFLAG_TYPE_SUBCLASS) &&
           type_has_flag((Type *)v, TPFLAG_EXC_SUBCLASS);
}

Value exception_new(Type *type, Value const *args, size_t nargs); /* calls the type */
Value exception_get_traceback(Value exc);                         /* borrowed, may be NULL */
void exception_set_traceback(Value exc, Value tb);
void exception_set_context(Value exc, Value context); /* steals context */
void exception_set_cause(Value exc, Value cause);     /* steals cause */

/* AttributeError "'C' object has no attribute 'x'" with .name and .obj set; returns NULL. */
Value err_no_attribute(Value obj, Value name);
/* Sets .name and .obj of the pending AttributeError (for "Did you mean" suggestions). */
void err_set_attribute_context(Value obj, Value name);

#endif
