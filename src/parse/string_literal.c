/* string_literal.c: STRING token -> prefix, body, and decoded value (escape sequences of
 * str and bytes literals, \N{...} through unicode_names.c), with CPython 3.11's errors. */
#include "string_literal.h"

#include <string.h>
#include "../memory/alloc.h"
#include "identifier.h"
#include "syntax_error_set.h"
#include "unicode_names.h"

int strlit_split(const char *tok, size_t len, StrLitPrefix *prefix, const char **body,
                 size_t *body_len) {
    memset(prefix, 0, sizeof *prefix);
    size_t i = 0;
    for (; i < len && tok[i] != '\'' && tok[i] != '"'; i++) {
        switch (tok[i] | 0x20) {
            case 'b': prefix->is_bytes = 1; break;
            case 'r': prefix->is_raw = 1; break;
            case 'f': prefix->is_fstring = 1; break;
            case 'u': prefix->is_u = 1; break;
            default: return -1;
        }
    }
    size_t rest = len - i;
    if (rest < 2) return -1;
    char q = tok[i];
    size_t quotes = rest >= 6 && tok[i + 1] == q && tok[i + 2] == q ? 3 : 1;
    for (size_t k = 0; k < quotes; k++)
        if (tok[len - 1 - k] != q) return -1;
    *body = tok + i + quotes;
    *body_len = rest - 2 * quotes;
    return 0;
}

typedef struct Decoder {
    const char *body, *end;
    char *out;
    size_t n;
    SyntaxErrorInfo *err;
} Decoder;

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static void put_code_point(Decoder *d, uint32_t cp) {
    d->n += (size_t)identifier_encode_utf8(cp, d->out + d->n);
}

static int fail(Decoder *d, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    syntax_error_vset(d->err, SE_SYNTAX, fmt, ap);
    va_end(ap);
    return -1;
}

static int fail_utf8(Decoder *d, const char *base, const char *bad) {
    char msg[128];
    identifier_utf8_error(base, bad, d->end, msg, sizeof msg);
    return fail(d, "(unicode error) %s", msg);
}

/* Position of p in the buffer CPython's unicode-escape decoder sees: there every non-ASCII
 * character is written as a 10-byte "\UXXXXXXXX" and a backslash before one as "\u005c". */
static long escape_position(const Decoder *d, const char *p) {
    long pos = 0;
    for (const char *s = d->body; s < p;) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\') { /* the backslash and an ASCII character after it are copied */
            int ascii_next = s + 1 < d->end && (unsigned char)s[1] < 0x80;
            pos += ascii_next ? 2 : 6;
            s += ascii_next ? 2 : 1;
        } else if (c < 0x80) {
            pos++;
            s++;
        } else {
            uint32_t cp;
            size_t n = identifier_decode_utf8(s, d->end, &cp);
            pos += 10;
            s += n ? n : 1;
        }
    }
    return pos;
}

/* The unicode-escape error for the escape [start, stop). */
static int fail_escape(Decoder *d, const char *start, const char *stop, const char *reason) {
    return fail(d,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: "
                "%s",
                escape_position(d, start), escape_position(d, stop) - 1, reason);
}

/* Reads count hex digits after *p (which points after the escape letter). */
static int read_hex(const char **p, const char *end, int count, uint32_t *value) {
    uint32_t v = 0;
    for (; count > 0; count--, (*p)++) {
        int h = *p < end ? hex_value(**p) : -1;
        if (h < 0) return -1;
        v = v << 4 | (uint32_t)h;
    }
    *value = v;
    return 0;
}

/* \N{name}: p points after the 'N'. */
static int named_escape(Decoder *d, const char *start, const char **p) {
    const char *s = *p;
    if (s < d->end && *s == '{') {
        const char *name = ++s;
        while (s < d->end && *s != '}') s++;
        if (s < d->end && s > name) {
            uint32_t cp;
            int r = unicode_lookup_name(name, (size_t)(s - name), &cp);
            if (r < 0) {
                syntax_error_clear(d->err);
                d->err->kind = SE_MEMORY;
                return -1;
            }
            s++;
            if (r == 1) {
                put_code_point(d, cp);
                *p = s;
                return 0;
            }
            return fail_escape(d, start, s, "unknown Unicode character name");
        }
    }
    return fail_escape(d, start, s, "malformed \\N character escape");
}

static int simple_escape(char c) {
    switch (c) {
        case '\\': return '\\';
        case '\'': return '\'';
        case '"': return '"';
        case 'a': return '\a';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'v': return '\v';
        default: return -1;
    }
}

/* One escape sequence; *p points at the backslash and is advanced past the sequence. */
static int escape(Decoder *d, const char **p, int is_bytes) {
    const char *start = *p, *s = start + 1;
    if (s >= d->end) {
        if (is_bytes) return fail(d, "(value error) Trailing \\ in string");
        return fail(d,
                    "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position "
                    "%ld: \\ at end of string",
                    escape_position(d, start));
    }
    char c = *s++;
    int simple = simple_escape(c);
    uint32_t v = 0;
    if (c == '\n') {
        /* line continuation: nothing */
    } else if (simple >= 0) {
        d->out[d->n++] = (char)simple;
    } else if (c >= '0' && c <= '7') {
        v = (uint32_t)(c - '0');
        for (int k = 0; k < 2 && s < d->end && *s >= '0' && *s <= '7'; k++)
            v = v * 8 + (uint32_t)(*s++ - '0');
        if (is_bytes)
            d->out[d->n++] = (char)(v & 0xFF);
        else
            put_code_point(d, v);
    } else if (c == 'x' && is_bytes) {
        if (read_hex(&s, d->end, 2, &v) < 0)
            return fail(d, "(value error) invalid \\x escape at position %ld",
                        (long)(start - d->body));
        d->out[d->n++] = (char)v;
    } else if (!is_bytes && (c == 'x' || c == 'u' || c == 'U')) {
        int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (read_hex(&s, d->end, count, &v) < 0)
            return fail_escape(d, start, s,
                               c == 'x'   ? "truncated \\xXX escape"
                               : c == 'u' ? "truncated \\uXXXX escape"
                                          : "truncated \\UXXXXXXXX escape");
        if (v > 0x10FFFF) return fail_escape(d, start, s, "illegal Unicode character");
        put_code_point(d, v);
    } else if (c == 'N' && !is_bytes) {
        if (named_escape(d, start, &s) < 0) return -1;
    } else { /* not an escape: kept verbatim (the character follows as ordinary text) */
        d->out[d->n++] = '\\';
        s = start + 1;
    }
    *p = s;
    return 0;
}

/* A run of non-ASCII bytes of a str body, checked as UTF-8 (errors relative to the run). */
static int non_ascii_run(Decoder *d, const char **p, const char *base) {
    const char *s = *p, *run = base ? base : s;
    while (s < d->end && (unsigned char)*s >= 0x80) {
        uint32_t cp;
        size_t n = identifier_decode_utf8(s, d->end, &cp);
        if (n == 0) return fail_utf8(d, run, s);
        memcpy(d->out + d->n, s, n);
        d->n += n;
        s += n;
    }
    *p = s;
    return 0;
}

static int decode_body(Decoder *d, StrLitPrefix prefix) {
    int has_escapes = !prefix.is_raw && memchr(d->body, '\\', (size_t)(d->end - d->body));
    const char *p = d->body;
    if (prefix.is_bytes) {
        for (const char *s = p; s < d->end; s++)
            if ((unsigned char)*s >= 0x80)
                return fail(d, "bytes can only contain ASCII literal characters");
    }
    while (p < d->end) {
        unsigned char c = (unsigned char)*p;
        if (c == '\\' && has_escapes) {
            if (escape(d, &p, prefix.is_bytes) < 0) return -1;
        } else if (c >= 0x80) {
            /* without escapes CPython decodes the whole body: positions are body-relative */
            if (non_ascii_run(d, &p, has_escapes ? NULL : d->body) < 0) return -1;
        } else {
            d->out[d->n++] = (char)c;
            p++;
        }
    }
    return 0;
}

char *strlit_decode(const char *body, size_t len, StrLitPrefix prefix, size_t *out_len,
                    SyntaxErrorInfo *err) {
    Decoder d = {body, body + len, mem_alloc(len + 1), 0, err};
    if (!d.out) {
        syntax_error_clear(err);
        err->kind = SE_MEMORY;
        return NULL;
    }
    if (decode_body(&d, prefix) < 0) {
        mem_free(d.out);
        return NULL;
    }
    d.out[d.n] = '\0';
    *out_len = d.n;
    return d.out;
}
