/* codecs_escape.c: unicode_escape (every escape of a Python string literal, \N{name}
 * included) and raw_unicode_escape (only \uXXXX and \UXXXXXXXX; other characters below 256
 * as their byte). */
#include "codecs_escape.h"

#include <stdio.h>

#include "../memory/alloc.h"
#include "../parse/unicode_names.h"
#include "../vm/errors.h"
#include "bytes.h"
#include "codecs_internal.h"

Value codec_encode_escape(Value str, bool raw) {
    ByteBuf bb = {NULL, 0, 0};
    intptr_t n = str_length(str);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char(str, i);
        char buf[12];
        int len = 1;
        buf[0] = (char)c;
        if (c >= 0x10000)
            len = snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
        else if (c >= 0x100)
            len = snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
        else if (raw)
            ;
        else if (c == '\\' || c == '\t' || c == '\n' || c == '\r')
            len = snprintf(buf, sizeof buf, "\\%c",
                           c == '\\'   ? '\\'
                           : c == '\t' ? 't'
                           : c == '\n' ? 'n'
                                       : 'r');
        else if (c < 0x20 || c >= 0x7f)
            len = snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c);
        if (bb_put(&bb, buf, len) < 0) {
            mem_free(bb.data);
            return NULL;
        }
    }
    Value r = bytes_new(bb.data ? bb.data : "", bb.len);
    mem_free(bb.data);
    return r;
}

static int hex_value(uint8_t c) {
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* The character of the escape whose letter is at u[*i - 1] (*i just past it), or -1 with
 * *message set; *i is left where the escape ends (or where the error was seen). */
static int64_t escape_char(const uint8_t *u, intptr_t n, intptr_t *i, uint8_t letter, bool raw,
                           const char **message) {
    static const char simple[] = "\n\\'\"abfnrtv", values[] = "\0\\'\"\a\b\f\n\r\t\v";
    int count = letter == 'x' ? 2 : letter == 'u' ? 4 : 8;
    if (!raw && letter != 'x' && letter != 'u' && letter != 'U') {
        const char *p = memchr(simple, letter, sizeof simple - 1);
        if (p) return letter == '\n' ? -2 : (uint8_t)values[p - simple];
        if (letter >= '0' && letter <= '7') {
            uint32_t c = letter - '0';
            for (int k = 0; k < 2 && *i < n && u[*i] >= '0' && u[*i] <= '7'; k++)
                c = c << 3 | (uint32_t)(u[(*i)++] - '0');
            return c;
        }
        if (letter != 'N') return -3; /* kept as is */
        *message = "malformed \\N character escape";
        if (*i >= n || u[*i] != '{') return -1;
        intptr_t start = ++*i;
        while (*i < n && u[*i] != '}') ++*i;
        if (*i >= n || *i == start) return -1;
        uint32_t cp;
        int found = unicode_lookup_name((const char *)u + start, (size_t)(*i - start), &cp);
        if (found < 0) return err_no_memory(), -4;
        ++*i;
        if (found) return cp;
        *message = "unknown Unicode character name";
        return -1;
    }
    *message = count == 2   ? "truncated \\xXX escape"
               : count == 4 ? "truncated \\uXXXX escape"
                            : "truncated \\UXXXXXXXX escape";
    uint32_t c = 0;
    for (; count > 0; count--, ++*i) {
        if (*i >= n || hex_value(u[*i]) < 0) return -1;
        c = c << 4 | (uint32_t)hex_value(u[*i]);
    }
    if (c <= 0x10ffff) return c;
    *message = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
    return -1;
}

Value codec_decode_escape(const char *s, intptr_t n, bool raw, const char *errors) {
    const uint8_t *u = (const uint8_t *)s;
    Handler h = handler_of(errors);
    StrBuilder b;
    sb_init(&b);
    intptr_t i = 0;
    while (i < n) {
        if (u[i] != '\\' || (raw && i + 1 >= n)) {
            if (sb_put_char(&b, u[i++]) < 0) goto fail;
            continue;
        }
        intptr_t start = i++;
        const char *message = "\\ at end of string";
        int64_t c = -1;
        uint8_t letter = 0;
        if (i < n) {
            letter = u[i++];
            c = raw && letter != 'u' && letter != 'U'
                    ? -3
                    : escape_char(u, n, &i, letter, raw, &message);
        }
        if (c == -4) goto fail;
        if (c == -3) { /* not an escape: the backslash and the letter as they are */
            if (sb_put_char(&b, '\\') < 0 || sb_put_char(&b, letter) < 0) goto fail;
        } else if (c >= 0) {
            if (sb_put_char(&b, (uint32_t)c) < 0) goto fail;
        } else if (c == -1) {
            i = decode_error(&b, h, errors, raw ? "rawunicodeescape" : "unicodeescape", s, n, start,
                             i, message, 0, false);
            if (i < 0) goto fail;
        }
    }
    return sb_finish(&b);
fail:
    sb_discard(&b);
    return NULL;
}
