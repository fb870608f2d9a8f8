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

/* A position CPython reports as None. With lineno == SE_POS_NONE the error has no location
 * at all: CPython raises SyntaxError(msg), with no filename and no text (e.g. "encoding
 * problem: X" for a file); other fields may be SE_POS_NONE alone (end_lineno/end_offset of
 * "unknown encoding: X" from compile()). */
#define SE_POS_NONE (-2147483647 - 1)

typedef struct SyntaxErrorInfo {
    SyntaxErrorKind kind;
    char *msg; /* UTF-8, owned (mem_alloc) */
    /* The values of CPython's attributes (which may be 0 or -1), or SE_POS_NONE for None */
    int lineno; /* 1-based */
    int offset; /* 1-based column in code points, as SyntaxError.offset */
    int end_lineno;
    int end_offset; /* 1-based, exclusive, in code points */
    char *text; /* the offending source line incl. trailing newline, UTF-8, owned; may be NULL */
} SyntaxErrorInfo;

void syntax_error_clear(SyntaxErrorInfo *e); /* frees msg/text, resets to SE_NONE */

#endif
