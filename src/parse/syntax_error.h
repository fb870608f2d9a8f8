/* syntax_error.h: how the tokenizer and parser report a SyntaxError.
 * The parse layer knows nothing of Python objects; it fills this record and the
 * caller (vm/errors.c) turns it into a SyntaxError/IndentationError/TabError. */
#ifndef PVM_SYNTAX_ERROR_H
#define PVM_SYNTAX_ERROR_H

typedef enum SyntaxErrorKind {
    SE_NONE = 0,
    SE_SYNTAX,      /* SyntaxError */
    SE_INDENTATION, /* IndentationError */
    SE_TAB,         /* TabError */
    SE_MEMORY,      /* allocation failed: becomes MemoryError */
    SE_RECURSION,   /* nesting too deep: becomes RecursionError / MemoryError as CPython */
} SyntaxErrorKind;

typedef struct SyntaxErrorInfo {
    SyntaxErrorKind kind;
    char *msg;      /* UTF-8, owned (mem_alloc) */
    int lineno;     /* 1-based; 0 if unknown */
    int offset;     /* 1-based column in code points, as SyntaxError.offset; 0 if unknown */
    int end_lineno; /* 0 if unknown */
    int end_offset; /* 1-based, exclusive, in code points; 0 if unknown */
    char *text; /* the offending source line incl. trailing newline, UTF-8, owned; may be NULL */
} SyntaxErrorInfo;

void syntax_error_clear(SyntaxErrorInfo *e); /* frees msg/text, resets to SE_NONE */

#endif
