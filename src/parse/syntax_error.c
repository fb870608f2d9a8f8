/* syntax_error.c: filling and clearing the SyntaxErrorInfo record shared by the tokenizer
 * and the parser. */
#include "syntax_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "../memory/alloc.h"

void syntax_error_clear(SyntaxErrorInfo *e) {
    mem_free(e->msg);
    mem_free(e->text);
    memset(e, 0, sizeof *e);
}

int syntax_error_vset(SyntaxErrorInfo *e, SyntaxErrorKind kind, const char *fmt, va_list ap) {
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    syntax_error_clear(e);
    char *msg = n < 0 ? NULL : mem_alloc((size_t)n + 1);
    if (!msg) {
        e->kind = SE_MEMORY;
        return -1;
    }
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    e->kind = kind;
    e->msg = msg;
    return -1;
}

int syntax_error_set(SyntaxErrorInfo *e, SyntaxErrorKind kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    syntax_error_vset(e, kind, fmt, ap);
    va_end(ap);
    return -1;
}

void syntax_error_set_location(SyntaxErrorInfo *e, int lineno, int offset, int end_lineno,
                               int end_offset) {
    e->lineno = lineno;
    e->offset = offset;
    e->end_lineno = end_lineno;
    e->end_offset = end_offset;
}

int syntax_error_set_text(SyntaxErrorInfo *e, const char *text, size_t len) {
    mem_free(e->text);
    e->text = mem_strndup(text, len);
    if (!e->text) {
        syntax_error_clear(e);
        e->kind = SE_MEMORY;
        return -1;
    }
    return 0;
}
