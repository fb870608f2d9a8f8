/* runtime.h: start-up and shut-down of the interpreter, and running a program: the
 * steps main.c and the embedding API share. */
#ifndef PVM_RUNTIME_H
#define PVM_RUNTIME_H

#include "../object/object.h"

/* Initialises everything (types, interned names, builtins, sys). argv becomes sys.argv.
 * Returns -1 (after printing why) if start-up failed. */
int runtime_init(int argc, char **argv);

/* Runs source as the __main__ module; returns the process exit status (0, 1 for an
 * uncaught exception, or SystemExit's code). filename is what tracebacks show. */
int runtime_run_source(const char *src, size_t len, const char *filename, int from_string);

/* A new __main__ module (with __builtins__, and __file__ when filename is not NULL),
 * registered in sys.modules. New reference, or NULL with an exception set. */
Value runtime_main_module_new(const char *filename);

/* Prints the pending exception as an uncaught one (or handles SystemExit) and returns
 * the exit status. */
int runtime_report_exception(void);

/* Flushes sys.stdout/sys.stderr and releases what can be released. Returns 120 when the
 * final flush fails, as CPython does, else the status given. */
int runtime_finalize(int status);

/* Reads a whole file into a mem_alloc'd buffer (NUL-terminated); NULL with errno set. */
char *runtime_read_file(const char *path, size_t *len);

#endif
