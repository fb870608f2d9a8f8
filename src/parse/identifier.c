/* identifier.c: Unicode identifier rules (XID_Start/XID_Continue from utf8proc's general
 * categories plus the Other_ID_* and NFKC exceptions), NFKC normalisation, printability
 * and UTF-8 decoding/encoding as Python's utf-8 codec sees it. */
#include "identifier.h"

#include <stdio.h>
#include <string.h>
#include <utf8proc.h>
#include "../memory/alloc.h"
#include "tokenizer.h"
#include "unicode_names.h"

static int in_list(uint32_t cp, const uint32_t *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (list[i] == cp) return 1;
    return 0;
}

/* Characters that the general categories would admit but XID_Start/XID_Continue exclude:
 * not closed under NFKC, or Pattern_Syntax (U+2E2F VERTICAL TILDE). */
static int is_excluded(uint32_t cp) {
    if (cp == 0x2E2F) return 1;
    static const uint32_t list[] = {0x037A, 0x309B, 0x309C, 0xFDFA, 0xFDFB, 0xFE70, 0xFE72,
                                    0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E};
    return (cp >= 0xFC5E && cp <= 0xFC63) || in_list(cp, list, sizeof list / sizeof *list);
}

int identifier_is_xid_start(uint32_t cp) {
    static const uint32_t other_id_start[] = {0x1885, 0x1886, 0x2118, 0x212E, 0x309B, 0x309C};
    if (cp < 128) return (cp | 0x20) - 'a' < 26 || cp == '_';
    if (is_excluded(cp) || cp == 0x0E33 || cp == 0x0EB3 || (cp >= 0xFF9E && cp <= 0xFF9F) ||
        unicode_is_newer_than_python(cp))
        return 0;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_NL: return 1;
        default: return in_list(cp, other_id_start, sizeof other_id_start / sizeof *other_id_start);
    }
}

int identifier_is_xid_continue(uint32_t cp) {
    static const uint32_t other_id_continue[] = {0x00B7, 0x0387, 0x19DA};
    if (cp < 128) return (cp | 0x20) - 'a' < 26 || cp == '_' || (cp - '0') < 10;
    if (is_excluded(cp) || unicode_is_newer_than_python(cp)) return 0;
    if (cp == 0x0E33 || cp == 0x0EB3 || (cp >= 0xFF9E && cp <= 0xFF9F)) return 1;
    if (identifier_is_xid_start(cp)) return 1;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
        case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_PC: return 1;
        default:
            return (cp >= 0x1369 && cp <= 0x1371) ||
                   in_list(cp, other_id_continue,
                           sizeof other_id_continue / sizeof *other_id_continue);
    }
}

int identifier_char_is_printable(uint32_t cp) {
    if (cp == ' ') return 1;
    if (unicode_is_newer_than_python(cp)) return 0;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
        case UTF8PROC_CATEGORY_CC:
        case UTF8PROC_CATEGORY_CF:
        case UTF8PROC_CATEGORY_CS:
        case UTF8PROC_CATEGORY_CO:
        case UTF8PROC_CATEGORY_CN:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
        case UTF8PROC_CATEGORY_ZS: return 0;
        default: return 1;
    }
}

/* Valid second-byte range for a lead byte, as the utf-8 codec checks it. */
static int second_byte_ok(unsigned char lead, unsigned char b) {
    if (lead == 0xE0) return b >= 0xA0 && b <= 0xBF;
    if (lead == 0xED) return b >= 0x80 && b <= 0x9F;
    if (lead == 0xF0) return b >= 0x90 && b <= 0xBF;
    if (lead == 0xF4) return b >= 0x80 && b <= 0x8F;
    return b >= 0x80 && b <= 0xBF;
}

static size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

size_t identifier_decode_utf8(const char *s, const char *end, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)s;
    size_t n = sequence_length(u[0]);
    if (n == 0 || (size_t)(end - s) < n) return 0;
    if (n == 1) {
        *cp = u[0];
        return 1;
    }
    if (!second_byte_ok(u[0], u[1])) return 0;
    uint32_t v = u[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((u[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (u[i] & 0x3F);
    }
    *cp = v;
    return n;
}

/* Length of the maximal invalid subsequence at u (at least 1). */
static size_t invalid_subpart_length(const unsigned char *u, const unsigned char *e) {
    size_t n = sequence_length(*u), i = 1;
    while (i < n && u + i < e && (i == 1 ? second_byte_ok(u[0], u[1]) : (u[i] & 0xC0) == 0x80)) i++;
    return i;
}

int identifier_count_chars(const char *s, const char *end) {
    int count = 0;
    const unsigned char *u = (const unsigned char *)s, *e = (const unsigned char *)end;
    while (u < e) {
        count++;
        if (*u < 0x80) {
            u++;
            continue;
        }
        u += invalid_subpart_length(u, e);
    }
    return count;
}

int identifier_error_offset(const char *s, const char *end, size_t col) {
    if (col >= (size_t)(end - s)) return identifier_count_chars(s, end) + 1;
    int count = 0;
    size_t pos = 0; /* position in the text as decoded with errors="replace", in UTF-8 */
    const unsigned char *u = (const unsigned char *)s, *e = (const unsigned char *)end;
    while (u < e && pos <= col) {
        count++;
        size_t n = *u < 0x80 ? 1 : invalid_subpart_length(u, e);
        pos += n == sequence_length(*u) ? n : 3; /* an invalid subsequence: U+FFFD */
        u += n;
    }
    return count;
}

void identifier_utf8_error(const char *base, const char *bad, const char *end, char *buf,
                           size_t size) {
    const unsigned char *u = (const unsigned char *)bad, *e = (const unsigned char *)end;
    size_t n = invalid_subpart_length(u, e);
    const char *reason = sequence_length(*u) == 0 ? "invalid start byte"
                         : u + n >= e             ? "unexpected end of data"
                                                  : "invalid continuation byte";
    long pos = (long)(bad - base);
    if (n == 1)
        snprintf(buf, size, "'utf-8' codec can't decode byte 0x%02x in position %ld: %s", *u, pos,
                 reason);
    else
        snprintf(buf, size, "'utf-8' codec can't decode bytes in position %ld-%ld: %s", pos,
                 pos + (long)n - 1, reason);
}

int identifier_encode_utf8(uint32_t cp, char *out) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

int identifier_find_invalid(const char *s, const char *end, const char **bad, const char **after,
                            uint32_t *cp) {
    for (const char *p = s; p < end;) {
        size_t n = identifier_decode_utf8(p, end, cp);
        if (n == 0) {
            *bad = p;
            return IDENT_BAD_UTF8;
        }
        p += n;
    }
    for (const char *p = s; p < end;) {
        size_t n = identifier_decode_utf8(p, end, cp);
        int ok = p == s ? identifier_is_xid_start(*cp) : identifier_is_xid_continue(*cp);
        if (!ok) {
            *bad = p;
            *after = p + n;
            return IDENT_BAD_CHAR;
        }
        p += n;
    }
    return IDENT_OK;
}

char *identifier_normalize(const char *s, size_t len, size_t *out_len) {
    const utf8proc_option_t options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
    utf8proc_ssize_t n = utf8proc_decompose(u, (utf8proc_ssize_t)len, NULL, 0, options);
    if (n < 0) { /* not valid UTF-8 (the tokenizer rejects such names): unchanged */
        *out_len = len;
        return mem_strndup(s, len);
    }
    /* decomposed code points, then re-encoded in place as UTF-8 (plus a NUL) */
    utf8proc_int32_t *buf = mem_alloc(((size_t)n + 1) * sizeof *buf);
    if (!buf) return NULL;
    n = utf8proc_decompose(u, (utf8proc_ssize_t)len, buf, n, options);
    n = n < 0 ? n : utf8proc_reencode(buf, n, options);
    if (n < 0) {
        mem_free(buf);
        *out_len = len;
        return mem_strndup(s, len);
    }
    char *text = (char *)buf;
    text[n] = '\0';
    *out_len = (size_t)n;
    return text;
}
