/* pvm.h: the public API for C programs that embed pvm, a Python 3.11 interpreter.
 * Link with libpvm.a and -lgmp -lutf8proc -lmimalloc -ledit -lm. Everything here is
 * opaque: no internal header is needed. */
#ifndef PVM_H
#define PVM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A minimal program:
 *
 *     pvm_state *P = pvm_open();
 *     if (pvm_run_string(P, "x = 6 * 7", NULL) < 0) fputs(pvm_error_message(P), stderr);
 *     pvm_value *x = pvm_get_global(P, "x");
 *     int64_t n;
 *     if (x && pvm_to_int64(P, x, &n) == 0) printf("%lld\n", (long long)n);
 *     pvm_value_release(x);
 *     pvm_close(P);
 *
 * Conventions:
 *  - Every function returning a pvm_value * gives a NEW handle that the caller owns and
 *    must give back with pvm_value_release(). Handles passed as arguments are borrowed.
 *  - Failure is NULL (for handles) or -1 (for int results). The Python exception is then
 *    kept in the state: pvm_error_message() / pvm_error_type() describe it until
 *    pvm_clear_error() or the next failure replaces it. Successful calls leave it alone.
 *  - The interpreter is not thread-safe: use it from one thread.
 */

typedef struct pvm_state pvm_state; /* the interpreter */
typedef struct pvm_value pvm_value; /* a reference to a Python object */

/* ---- life cycle ---- */

/* Starts the interpreter (one per process: NULL while another is open, or if start-up
 * fails). Code runs in a fresh __main__ module whose globals pvm_get_global/pvm_set_global
 * access. */
pvm_state *pvm_open(void);

/* Flushes sys.stdout and sys.stderr and releases the state's own references. The
 * interpreter's objects stay allocated: a later pvm_open() starts a new __main__. */
void pvm_close(pvm_state *P);

/* ---- running code ---- */

/* Executes the statements in code (UTF-8) in __main__. filename names the code in
 * tracebacks (NULL: "<string>"). 0 on success, -1 on an exception. */
int pvm_run_string(pvm_state *P, const char *code, const char *filename);

/* Executes a source file (its coding cookie honoured) in __main__. 0 or -1. */
int pvm_run_file(pvm_state *P, const char *path);

/* Evaluates one expression in __main__: its value, or NULL. */
pvm_value *pvm_eval(pvm_state *P, const char *expr);

/* ---- values ---- */

pvm_value *pvm_value_retain(pvm_value *v); /* one more reference to v; returns v */
void pvm_value_release(pvm_value *v);      /* NULL is ignored */

pvm_value *pvm_none(pvm_state *P);
pvm_value *pvm_bool(pvm_state *P, int truth);
pvm_value *pvm_int(pvm_state *P, int64_t n);
pvm_value *pvm_float(pvm_state *P, double d);
pvm_value *pvm_str(pvm_state *P, const char *utf8);                 /* NUL-terminated */
pvm_value *pvm_str_len(pvm_state *P, const char *utf8, size_t len); /* may contain NULs */

/* The name of v's type ("int", "str", "NoneType", a class name...); valid while v is. */
const char *pvm_type_name(pvm_value *v);
int pvm_is_none(pvm_value *v);

/* An int (or an object with __index__) as int64_t: 0, or -1 (TypeError, OverflowError). */
int pvm_to_int64(pvm_state *P, pvm_value *v, int64_t *out);
/* A float or int (or an object with __float__) as double: 0 or -1. */
int pvm_to_double(pvm_state *P, pvm_value *v, double *out);
/* The UTF-8 text of a str, valid while v is alive (NULL + TypeError for other types, or
 * for a str with lone surrogates). len (may be NULL) receives its length in bytes. */
const char *pvm_to_utf8(pvm_state *P, pvm_value *v, size_t *len);
/* Truth value of v (Python's bool(v)): 1, 0, or -1 on an exception. */
int pvm_truthy(pvm_state *P, pvm_value *v);
/* str(v) and repr(v), as new str handles. */
pvm_value *pvm_to_str(pvm_state *P, pvm_value *v);
pvm_value *pvm_repr(pvm_state *P, pvm_value *v);

/* ---- globals, attributes, calls ---- */

/* A global of __main__ (falling back to builtins, as a name lookup does), or NULL with
 * NameError. */
pvm_value *pvm_get_global(pvm_state *P, const char *name);
/* Binds a global of __main__ to v (v is not consumed). 0 or -1. */
int pvm_set_global(pvm_state *P, const char *name, pvm_value *v);
/* getattr(obj, name). */
pvm_value *pvm_get_attr(pvm_state *P, pvm_value *obj, const char *name);
/* callable(*args): the result, or NULL. args may be NULL when nargs is 0. */
pvm_value *pvm_call(pvm_state *P, pvm_value *callable, size_t nargs, pvm_value *const *args);

/* ---- C functions callable from Python ---- */

/* A C function called from Python with the positional arguments as borrowed handles.
 * Returns a new handle (the result) or NULL after pvm_raise() or after another pvm_*
 * call failed (that exception then propagates into the Python caller). */
typedef pvm_value *(*pvm_cfunction)(pvm_state *P, size_t nargs, pvm_value *const *args,
                                    void *userdata);

/* Makes fn a built-in named name, visible from all modules (like len or print). Calls
 * with keyword arguments raise TypeError. 0 or -1. */
int pvm_register_function(pvm_state *P, const char *name, pvm_cfunction fn, void *userdata);

/* Records an exception of the built-in type exc_type ("ValueError", "TypeError", ...;
 * an unknown name gives RuntimeError) with message; returns NULL, so that a C function
 * can `return pvm_raise(P, "ValueError", "bad input");`. */
pvm_value *pvm_raise(pvm_state *P, const char *exc_type, const char *message);

/* ---- errors ---- */

/* The last exception formatted as the interpreter prints an uncaught one ("Traceback
 * (most recent call last): ... ValueError: bad input\n"), or NULL when there is none.
 * Valid until the error is cleared or replaced. */
const char *pvm_error_message(pvm_state *P);
/* The last exception's type name ("ZeroDivisionError", "SystemExit"...), or NULL. */
const char *pvm_error_type(pvm_state *P);
void pvm_clear_error(pvm_state *P);

/* ---- output ---- */

enum { PVM_STDOUT = 1, PVM_STDERR = 2 };

/* Receives UTF-8 text written to sys.stdout or sys.stderr. */
typedef void (*pvm_write_fn)(const char *data, size_t len, void *userdata);

/* Sends what Python writes to sys.stdout (PVM_STDOUT) or sys.stderr (PVM_STDERR) to fn
 * instead of the process's streams; fn NULL restores the process stream. 0 or -1. */
int pvm_set_output(pvm_state *P, int stream, pvm_write_fn fn, void *userdata);

#ifdef __cplusplus
}
#endif

#endif
