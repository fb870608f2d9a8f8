/* literal_repr.c: Python's repr() of str, bytes, int literals, floats and imaginary numbers,
 * written into a TextBuf (see literal_repr.h). Printability of characters follows
 * str.isprintable() via utf8proc's general categories. */
#include "literal_repr.h"

#include <gmp.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../memory/alloc.h"
#include "identifier.h"

/* ---- TextBuf ---- */

void textbuf_init(TextBuf *b) {
    b->s = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}

void textbuf_free(TextBuf *b) {
    mem_free(b->s);
    textbuf_init(b);
}

void textbuf_append(TextBuf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 64;
        while (cap < b->len + n + 1) {
            if (cap > SIZE_MAX / 2) {
                b->failed = 1;
                return;
            }
            cap *= 2;
        }
        char *s2 = mem_realloc(b->s, cap);
        if (!s2) {
            b->failed = 1;
            return;
        }
        b->s = s2;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void textbuf_puts(TextBuf *b, const char *s) { textbuf_append(b, s, strlen(s)); }

void textbuf_printf(TextBuf *b, const char *fmt, ...) {
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
        return;
    }
    if ((size_t)n < sizeof small) {
        textbuf_append(b, small, (size_t)n);
        return;
    }
    char *big = mem_alloc((size_t)n + 1);
    if (!big) {
        b->failed = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    textbuf_append(b, big, (size_t)n);
    mem_free(big);
}

const char *textbuf_cstr(TextBuf *b) {
    if (b->failed) return NULL;
    return b->s ? b->s : "";
}

/* ---- str and bytes ---- */

/* Decodes one character of generalized UTF-8 (surrogates allowed); returns its length. */
static size_t decode_char(const unsigned char *s, size_t n, uint32_t *cp) {
    unsigned char c = s[0];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > n || (c >= 0x80 && c < 0xC0)) {
        *cp = c; /* not valid UTF-8: show the byte */
        return 1;
    }
    uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t i = 1; i < len; i++) v = (v << 6) | (s[i] & 0x3Fu);
    *cp = v;
    return len;
}

static char choose_quote(const char *s, size_t len) {
    int single = memchr(s, '\'', len) != NULL, dbl = memchr(s, '"', len) != NULL;
    return single && !dbl ? '"' : '\'';
}

/* Escapes shared by str and bytes: backslash, the quote, \t \n \r; 1 if handled. */
static int common_escape(TextBuf *b, uint32_t c, char quote) {
    switch (c) {
        case '\\': textbuf_puts(b, "\\\\"); return 1;
        case '\t': textbuf_puts(b, "\\t"); return 1;
        case '\n': textbuf_puts(b, "\\n"); return 1;
        case '\r': textbuf_puts(b, "\\r"); return 1;
        default:
            if (c == (uint32_t)quote) {
                char e[2] = {'\\', quote};
                textbuf_append(b, e, 2);
                return 1;
            }
            return 0;
    }
}

void repr_str(TextBuf *b, const char *s, size_t len) {
    char quote = choose_quote(s, len);
    textbuf_append(b, &quote, 1);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t n = decode_char(u + i, len - i, &c);
        if (!common_escape(b, c, quote)) {
            if (c < ' ' || c == 0x7F)
                textbuf_printf(b, "\\x%02x", c);
            else if (c < 0x7F || identifier_char_is_printable(c))
                textbuf_append(b, s + i, n);
            else if (c <= 0xFF)
                textbuf_printf(b, "\\x%02x", c);
            else if (c <= 0xFFFF)
                textbuf_printf(b, "\\u%04x", c);
            else
                textbuf_printf(b, "\\U%08x", c);
        }
        i += n;
    }
    textbuf_append(b, &quote, 1);
}

void repr_bytes(TextBuf *b, const char *s, size_t len) {
    char quote = choose_quote(s, len);
    textbuf_puts(b, "b");
    textbuf_append(b, &quote, 1);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (common_escape(b, c, quote)) continue;
        if (c < ' ' || c >= 0x7F)
            textbuf_printf(b, "\\x%02x", c);
        else
            textbuf_append(b, s + i, 1);
    }
    textbuf_append(b, &quote, 1);
}

/* ---- numbers ---- */

void repr_int_literal(TextBuf *b, const char *digits) {
    int base = 10;
    const char *d = digits;
    if (d[0] == '0' && d[1]) {
        switch (d[1]) {
            case 'x':
            case 'X':
                base = 16;
                d += 2;
                break;
            case 'o':
            case 'O':
                base = 8;
                d += 2;
                break;
            case 'b':
            case 'B':
                base = 2;
                d += 2;
                break;
            default: break;
        }
    }
    if (base == 10) {
        while (d[0] == '0' && d[1]) d++; /* "00" is 0 */
        textbuf_puts(b, d);
        return;
    }
    mpz_t z;
    if (mpz_init_set_str(z, d, base) != 0) {
        mpz_clear(z);
        textbuf_puts(b, digits);
        return;
    }
    char *text = mpz_get_str(NULL, 10, z);
    textbuf_puts(b, text);
    void (*free_fn)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &free_fn);
    free_fn(text, strlen(text) + 1);
    mpz_clear(z);
}

/* The shortest digit string that round-trips, and the decimal exponent of its first digit. */
static int shortest_digits(double v, char *digits, int *exp10) {
    char buf[48];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v) break;
    }
    int n = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = '\0';
    *exp10 = atoi(p + 1);
    return n;
}

/* Python's float formatting for repr ('r'): fixed notation when -4 <= exponent < 16. */
static void format_double(TextBuf *b, double v, int add_dot_0) {
    if (isnan(v)) {
        textbuf_puts(b, "nan");
        return;
    }
    if (signbit(v)) textbuf_puts(b, "-");
    v = fabs(v);
    if (isinf(v)) {
        textbuf_puts(b, "inf");
        return;
    }
    if (v == 0) {
        textbuf_puts(b, add_dot_0 ? "0.0" : "0");
        return;
    }
    char digits[24];
    int exp10;
    int n = shortest_digits(v, digits, &exp10);
    int decpt = exp10 + 1;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            textbuf_puts(b, "0.");
            for (int i = 0; i < -decpt; i++) textbuf_puts(b, "0");
            textbuf_append(b, digits, (size_t)n);
        } else if (decpt >= n) {
            textbuf_append(b, digits, (size_t)n);
            for (int i = n; i < decpt; i++) textbuf_puts(b, "0");
            if (add_dot_0) textbuf_puts(b, ".0");
        } else {
            textbuf_append(b, digits, (size_t)decpt);
            textbuf_puts(b, ".");
            textbuf_append(b, digits + decpt, (size_t)(n - decpt));
        }
        return;
    }
    textbuf_append(b, digits, 1);
    if (n > 1) {
        textbuf_puts(b, ".");
        textbuf_append(b, digits + 1, (size_t)(n - 1));
    }
    textbuf_printf(b, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
}

void repr_float(TextBuf *b, double v) { format_double(b, v, 1); }

void repr_imaginary(TextBuf *b, double imag) {
    format_double(b, imag, 0);
    textbuf_puts(b, "j");
}
