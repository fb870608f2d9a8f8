/* syntax_error_set.h: helpers that fill a SyntaxErrorInfo (see syntax_error.h); shared by
 * the tokenizer, string literal decoding and the parser. All return -1 so a caller can
 * `return syntax_error_set(...)`. On out-of-memory the record becomes SE_MEMORY. */
#ifndef PVM_SYNTAX_ERROR_SET_H
#define PVM_SYNTAX_ERROR_SET_H

#include <stdarg.h>
#include <stddef.h>
#include "syntax_error.h"

/* Clears *e, then sets kind and a printf-formatted msg (location left 0, text NULL). */
int syntax_error_set(SyntaxErrorInfo *e, SyntaxErrorKind kind, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
int syntax_error_vset(SyntaxErrorInfo *e, SyntaxErrorKind kind, const char *fmt, va_list ap);
void syntax_error_set_location(SyntaxErrorInfo *e, int lineno, int offset, int end_lineno,
                               int end_offset);
/* Replaces e->text with a copy of text[0..len). */
int syntax_error_set_text(SyntaxErrorInfo *e, const char *text, size_t len);

#endif
