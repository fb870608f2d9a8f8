/* identifier.h: Unicode rules for Python identifiers (XID_Start/XID_Continue via utf8proc),
 * printability as str.isprintable(), and UTF-8 helpers used by the tokenizer. */
#ifndef PVM_IDENTIFIER_H
#define PVM_IDENTIFIER_H

#include <stddef.h>
#include <stdint.h>

enum { IDENT_OK, IDENT_BAD_CHAR, IDENT_BAD_UTF8 };

/* Checks the identifier [s, end). IDENT_BAD_CHAR: *cp is the first character that is not
 * allowed, at [*bad, *after). IDENT_BAD_UTF8: *bad is the first undecodable byte. */
int identifier_find_invalid(const char *s, const char *end, const char **bad, const char **after,
                            uint32_t *cp);

/* Formats Python's utf-8 codec error for the undecodable sequence at bad (before end), with
 * positions relative to base: "'utf-8' codec can't decode byte 0xe9 in position 3: invalid
 * continuation byte" (or "bytes in position 3-4" for a longer invalid subsequence). */
void identifier_utf8_error(const char *base, const char *bad, const char *end, char *buf,
                           size_t size);

/* Decodes one UTF-8 character at [s, end); returns its length, or 0 if invalid (surrogates,
 * overlong forms and values above U+10FFFF are invalid). */
size_t identifier_decode_utf8(const char *s, const char *end, uint32_t *cp);

/* Code points in [s, end) as Python's utf-8 codec with errors="replace" counts them: each
 * valid character and each maximal invalid subsequence counts one. */
int identifier_count_chars(const char *s, const char *end);

/* SyntaxError.offset (1-based) for the 0-based byte column col of the text [s, end), as CPython
 * computes it: the characters in the first col + 1 bytes of the text decoded with
 * errors="replace" (where each invalid subsequence became a 3-byte U+FFFD); past the end, the
 * text's length + 1. */
int identifier_error_offset(const char *s, const char *end, size_t col);

/* Writes cp as UTF-8 (up to 4 bytes, no NUL); returns the length. Surrogates are encoded
 * as 3-byte sequences. */
int identifier_encode_utf8(uint32_t cp, char *out);

int identifier_char_is_printable(uint32_t cp); /* as str.isprintable() for one character */
int identifier_is_xid_start(uint32_t cp);
int identifier_is_xid_continue(uint32_t cp);

#endif
