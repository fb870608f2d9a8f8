/* parser.h: the Python 3.11 parser: source bytes -> AST (ast.h), or a SyntaxError record.
 * A hand-written PEG-style recursive-descent parser over a lazily filled token buffer; like
 * CPython it runs a second, slower pass with the error rules enabled only when the first fails. */
#ifndef PVM_PARSER_H
#define PVM_PARSER_H

#include <stddef.h>

#include "ast.h"
#include "syntax_error.h"

typedef enum ParseMode {
    PARSE_FILE,   /* "exec": Module */
    PARSE_EVAL,   /* "eval": Expression */
    PARSE_SINGLE, /* "single" (the REPL): Interactive */
} ParseMode;

enum {
    PARSE_FROM_STRING = 1, /* source came from a str: already UTF-8, coding cookie ignored */
    PARSE_FROM_BYTES = 2   /* without PARSE_FROM_STRING: bytes given to compile()/exec()/eval()
                              (positions at EOF and decoding errors differ from a file's) */
};

/* Parses `src` (len bytes) into a tree allocated in `arena`. On failure returns NULL and fills
 * *err (kind SE_SYNTAX / SE_INDENTATION / SE_TAB with CPython's msg, lineno, offset,
 * end_lineno, end_offset and text; SE_MEMORY on out-of-memory and on nesting too deep for the
 * parser, where CPython raises MemoryError). `err` must start cleared (SE_NONE); the caller
 * frees it with syntax_error_clear. `filename` is only for messages (may be NULL). */
Mod *parse_source(const char *src, size_t len, const char *filename, ParseMode mode, int flags,
                  Arena *arena, SyntaxErrorInfo *err);

#endif
