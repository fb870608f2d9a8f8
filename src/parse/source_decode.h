/* source_decode.h: turns raw source bytes into the tokenizer's buffer: UTF-8 BOM and
 * PEP 263 coding cookie (see source_codecs.h), "\r\n"/"\r" -> "\n", and a final '\n'. */
#ifndef PVM_SOURCE_DECODE_H
#define PVM_SOURCE_DECODE_H

#include <stddef.h>
#include "syntax_error.h"

typedef struct SourceText {
    char *buf;            /* mem_alloc'd, NUL-terminated; UTF-8 except that a utf-8 source
                             is not validated here (the tokenizer checks NAME tokens) */
    size_t len;           /* ends with '\n' unless empty */
    int implicit_newline; /* the final '\n' was added (only if asked for) */
    const char *encoding; /* as `python3 -m tokenize` reports it: "utf-8" (also with a BOM),
                             "iso-8859-1" or the cookie's name as written */
    char *encoding_name;  /* owned storage behind `encoding`, or NULL */
    int declared;         /* a BOM or a coding cookie was found */
    /* File input only: the first line that CPython rejects when it reads it (a null byte,
     * or bytes that are not UTF-8 when no encoding is declared); bad_line is 0 if none. */
    int bad_line;
    size_t bad_line_offset; /* start of that line in buf */
    size_t bad_col;         /* byte column of the null byte or of the first bad byte */
    int bad_is_nul;
} SourceText;

enum SourceOrigin {
    SOURCE_STR,   /* a str: already UTF-8, no cookie */
    SOURCE_BYTES, /* bytes given to compile()/exec()/eval() */
    SOURCE_FILE   /* a file the interpreter reads */
};

/* 0 on success; -1 with *err set (SE_MEMORY on out-of-memory). out->buf is NULL on error. */
int source_decode(const char *src, size_t len, enum SourceOrigin origin, int final_newline,
                  SourceText *out, SyntaxErrorInfo *err);
void source_text_free(SourceText *s); /* frees buf and encoding_name */

#endif
