/* compile_error.h: SyntaxErrors raised by the symbol table and the compiler, located as
 * CPython does (1-based line, byte column + 1, source text of the line when the file is
 * a real one), and the compile-time recursion guard. */
#ifndef PVM_COMPILE_ERROR_H
#define PVM_COMPILE_ERROR_H

#include <stddef.h>

typedef struct SourceRef {
    const char *filename; /* UTF-8 */
    const char *src;      /* the source, or NULL when unknown */
    size_t len;
} SourceRef;

/* Sets SyntaxError(msg) at the node range given by 0-based byte columns; returns -1. */
int compile_error_at(const SourceRef *s, int lineno, int col, int end_lineno, int end_col,
                     const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* Reports a SyntaxWarning the way the warnings module's default action shows it, on
 * sys.stderr: "FILE:LINE: SyntaxWarning: MSG" and the stripped source line. 0, or -1 with
 * an exception set. */
int compile_warn(const SourceRef *s, int lineno, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* The depth budget of one recursive pass over the AST; a pass that exceeds it raises
 * RecursionError("maximum recursion depth exceeded during compilation"). */
int compile_depth_limit(void);
int compile_recursion_error(void); /* sets that RecursionError; returns -1 */

#endif
