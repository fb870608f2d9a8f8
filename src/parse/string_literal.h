/* string_literal.h: decoding the text of a STRING token for the parser: prefix and quotes,
 * then escape sequences of str and bytes literals, with CPython 3.11's error messages. */
#ifndef PVM_STRING_LITERAL_H
#define PVM_STRING_LITERAL_H

#include <stddef.h>
#include "syntax_error.h"

typedef struct StrLitPrefix {
    int is_bytes, is_raw, is_fstring, is_u;
} StrLitPrefix;

/* Parses the prefix and quotes of a STRING token; sets *body and *body_len to the text between
 * the quotes. Returns 0, or -1 if tok is not a well-formed string token. */
int strlit_split(const char *tok, size_t len, StrLitPrefix *prefix, const char **body,
                 size_t *body_len);

/* Decodes a literal body (or a literal part of an f-string body): escapes of a non-raw str
 * into UTF-8, of a non-raw bytes body into raw bytes; raw bodies are copied (after the
 * checks below). Returns a mem_alloc'd NUL-terminated buffer (*out_len excludes the NUL).
 * Lone surrogates ("\ud800") come out as 3-byte sequences (generalized UTF-8, as
 * identifier_encode_utf8), so a str result is UTF-8 except for those.
 * Invalid escapes such as "\d" are kept verbatim (CPython 3.11 only warns).
 * On error returns NULL with *err filled: kind and msg only (lineno 0): CPython reports
 *   "bytes can only contain ASCII literal characters" at the STRING token, and the
 *   "(unicode error) ..." / "(value error) ..." messages at the parser's last fetched token.
 * Out-of-memory: NULL with err->kind == SE_MEMORY. */
char *strlit_decode(const char *body, size_t len, StrLitPrefix prefix, size_t *out_len,
                    SyntaxErrorInfo *err);

#endif
