/* literal_repr.h: Python's repr() of literal values, as text: str, bytes, int (from a literal's
 * digits, any base), float (shortest round-trip) and imaginary numbers. Used by ast_dump; meant
 * to be shared with the runtime's repr so both agree byte for byte. */
#ifndef PVM_LITERAL_REPR_H
#define PVM_LITERAL_REPR_H

#include <stddef.h>

/* A growable text buffer; after an allocation failure `failed` is set and appends are no-ops. */
typedef struct TextBuf {
    char *s; /* NUL-terminated when len > 0 or after textbuf_cstr */
    size_t len, cap;
    int failed;
} TextBuf;

void textbuf_init(TextBuf *b);
void textbuf_free(TextBuf *b);
void textbuf_append(TextBuf *b, const char *s, size_t n);
void textbuf_puts(TextBuf *b, const char *s);
void textbuf_printf(TextBuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
const char *textbuf_cstr(TextBuf *b); /* "" if empty; NULL if failed */

/* repr(str) of UTF-8 text (lone surrogates as 3-byte generalized UTF-8) */
void repr_str(TextBuf *b, const char *s, size_t len);
/* repr(bytes) */
void repr_bytes(TextBuf *b, const char *s, size_t len);
/* repr(int) of an integer literal's digits ("123", "0x1F", "0o17", "0b101"; no underscores) */
void repr_int_literal(TextBuf *b, const char *digits);
/* repr(float) */
void repr_float(TextBuf *b, double v);
/* repr(complex(0, imag)), e.g. "1j", "2.5j", "1e+20j" */
void repr_imaginary(TextBuf *b, double imag);

#endif
