/* errors.h: the pending-exception protocol of the C core.
 * A failing function sets the thread's pending exception and returns NULL or -1;
 * callers check and propagate. The pending exception is always a normalized instance. */
#ifndef PVM_ERRORS_H
#define PVM_ERRORS_H

#include "../object/object.h"
#include "../parse/syntax_error.h"

/* exception types (object/exceptions.c) */
extern Type exc_BaseException, exc_Exception, exc_TypeError, exc_ValueError, exc_NameError,
    exc_UnboundLocalError, exc_AttributeError, exc_KeyError, exc_IndexError, exc_LookupError,
    exc_ZeroDivisionError, exc_ArithmeticError, exc_OverflowError, exc_RuntimeError,
    exc_RecursionError, exc_NotImplementedError, exc_StopIteration, exc_MemoryError,
    exc_SyntaxError, exc_IndentationError, exc_TabError, exc_SystemExit, exc_KeyboardInterrupt,
    exc_AssertionError, exc_ImportError, exc_ModuleNotFoundError, exc_UnicodeError,
    exc_UnicodeDecodeError, exc_UnicodeEncodeError, exc_OSError, exc_FileNotFoundError,
    exc_EOFError, exc_GeneratorExit, exc_StopAsyncIteration, exc_FloatingPointError,
    exc_BufferError, exc_SystemError, exc_ReferenceError, exc_Warning, exc_DeprecationWarning,
    exc_RuntimeWarning, exc_SyntaxWarning, exc_UserWarning;

void err_set(Type *type, Value value); /* value: the single argument, or NULL for none */
void err_set_str(Type *type, const char *msg);
/* printf-like: %s %c %d %u %ld %lu %zd %zu %x %p %% (C values), %R repr(Value), %S str(Value),
 * %U a str Value inserted as is, %T type name of a Value, %N a Type*'s name. Returns NULL. */
Value err_format(Type *type, const char *fmt, ...);
void err_set_exception(Value exc); /* steals a reference to an exception instance */
/* Sets the pending exception (stolen, may be NULL) as is: no implicit __context__ chaining
 * (re-raising, restoring a fetched exception). err_set* and err_format chain like `raise`. */
void err_restore(Value exc);
int errors_init(void);        /* start-up: preallocates the MemoryError instance */
Value err_occurred(void);     /* borrowed pending exception or NULL */
bool err_matches(Type *type); /* pending exception is an instance of type */
bool exception_matches(Value exc, Value type_or_tuple);
Value err_fetch(void); /* takes the pending exception (new ref) and clears it */
void err_clear(void);
/* OSError(errno, strerror(errno)[, filename]) for the current errno; the constructor picks
 * the subclass (FileNotFoundError, PermissionError, ...). filename may be NULL. NULL. */
Value err_set_from_errno(Value filename);
Value err_no_memory(void);                      /* sets MemoryError, returns NULL */
Value err_bad_internal_call(const char *where); /* SystemError, returns NULL */
void err_from_syntax_info(const SyntaxErrorInfo *info, const char *filename); /* SyntaxError & co */

/* Printing of an uncaught exception, byte for byte as CPython 3.11 does (vm/traceback.c). */
void err_print_exception(Value exc);
/* Reports the pending exception (cleared) raised where it cannot propagate (a finalizer,
 * a generator's close on collection): "Exception ignored in: <repr of obj>" + traceback. */
void err_write_unraisable(Value obj);

#endif
