/* source_codecs.c: codec lookup for coding cookies (CPython's normalisation and aliases) and
 * decoding of a source into UTF-8: utf-8, ascii, latin-1, the single-byte table codecs and,
 * through iconv, the common CJK codecs. */
#include "source_codecs.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../memory/alloc.h"
#include "identifier.h"
#include "source_codecs_data.h"

#define COUNT(a)       (sizeof(a) / sizeof((a)[0]))
#define MAX_CODEC_NAME 64

/* The multi-byte codecs and their iconv names (must match tools/gen_source_codecs.py); these
 * decode ASCII bytes as ASCII. */
static const struct IconvCodec {
    const char *codec, *iconv_name;
} iconv_codecs[] = {
    {"big5hkscs", "BIG5-HKSCS"}, {"cp932", "CP932"},   {"cp949", "CP949"},
    {"euc_jp", "EUC-JP"},        {"euc_kr", "EUC-KR"}, {"gb18030", "GB18030"},
    {"gb2312", "EUC-CN"},        {"gbk", "GBK"},       {"shift_jis", "SHIFT_JIS"},
};

/* The registry's normal form: lower case; runs of characters other than letters, digits
 * and '.' become one '_', dropped at either end. 0 if the name is too long. */
static int normalize_name(const char *name, size_t len, char *out) {
    size_t n = 0;
    int punct = 0;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
            if (punct && n > 0) out[n++] = '_';
            punct = 0;
            out[n++] = c;
        } else {
            punct = 1;
        }
        if (n + 2 >= MAX_CODEC_NAME) return 0;
    }
    out[n] = '\0';
    return 1;
}

static int compare_alias(const void *key, const void *entry) {
    return strcmp(key, ((const struct CodecAlias *)entry)->alias);
}

static const char *find_alias(const char *name) {
    const struct CodecAlias *a =
        bsearch(name, codec_aliases, COUNT(codec_aliases), sizeof *codec_aliases, compare_alias);
    return a ? a->codec : NULL;
}

/* Fills *c if `codec` (a registry module name) is one this file decodes. */
static int find_codec(const char *codec, SourceCodec *c) {
    static const struct {
        const char *name;
        SourceCodecKind kind;
    } builtin[] = {{"utf_8", CODEC_UTF8}, {"ascii", CODEC_ASCII}, {"latin_1", CODEC_LATIN1}};
    for (size_t i = 0; i < COUNT(builtin); i++)
        if (strcmp(codec, builtin[i].name) == 0) {
            *c = (SourceCodec){builtin[i].kind, builtin[i].name, NULL};
            return 1;
        }
    for (size_t i = 0; i < COUNT(table_codecs); i++)
        if (strcmp(codec, table_codecs[i].codec) == 0) {
            *c = (SourceCodec){CODEC_TABLE, table_codecs[i].codec, table_codecs[i].high};
            return 1;
        }
    for (size_t i = 0; i < COUNT(iconv_codecs); i++)
        if (strcmp(codec, iconv_codecs[i].codec) == 0) {
            *c = (SourceCodec){CODEC_ICONV, iconv_codecs[i].codec, NULL};
            return 1;
        }
    for (size_t i = 0; i < COUNT(not_text_codecs); i++)
        if (strcmp(codec, not_text_codecs[i]) == 0) {
            *c = (SourceCodec){CODEC_NOT_TEXT, not_text_codecs[i], NULL};
            return 1;
        }
    return 0;
}

SourceCodec source_codec_lookup(const char *name, size_t len) {
    SourceCodec c = {CODEC_UNKNOWN, NULL, NULL};
    char norm[MAX_CODEC_NAME], dotless[MAX_CODEC_NAME];
    if (!normalize_name(name, len, norm)) return c;
    strcpy(dotless, norm);
    for (char *p = dotless; *p; p++)
        if (*p == '.') *p = '_';
    const char *aliased = find_alias(norm);
    if (!aliased) aliased = find_alias(dotless);
    /* the alias's module first, then a module of the name itself (never one with a '.') */
    if (aliased && find_codec(aliased, &c)) return c;
    if (!strchr(norm, '.') && find_codec(norm, &c)) return c;
    return c;
}

/* ---- decoding ---- */

typedef struct Output {
    char *buf;
    size_t len;
} Output;

static void put(Output *o, uint32_t cp) {
    o->len += (size_t)identifier_encode_utf8(cp, o->buf + o->len);
}

static int decode_error(char *msg, size_t size, const char *codec, unsigned char byte, size_t pos,
                        const char *reason) {
    snprintf(msg, size, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec, byte, pos,
             reason);
    return -1;
}

static int decode_utf8(const char *src, size_t len, Output *o, char *msg, size_t size) {
    const char *end = src + len;
    for (const char *p = src; p < end;) {
        uint32_t cp;
        size_t n = identifier_decode_utf8(p, end, &cp);
        if (n == 0) {
            identifier_utf8_error(src, p, end, msg, size);
            return -1;
        }
        memcpy(o->buf + o->len, p, n);
        o->len += n;
        p += n;
    }
    return 0;
}

static int decode_single_byte(const SourceCodec *c, const unsigned char *src, size_t len, Output *o,
                              char *msg, size_t size) {
    for (size_t i = 0; i < len; i++) {
        unsigned b = src[i];
        if (b < 0x80 || c->kind == CODEC_LATIN1) {
            put(o, b);
        } else if (c->kind == CODEC_ASCII) {
            return decode_error(msg, size, "ascii", (unsigned char)b, i,
                                "ordinal not in range(128)");
        } else if (c->high[b - 0x80] == 0xFFFE) {
            return decode_error(msg, size, "charmap", (unsigned char)b, i,
                                "character maps to <undefined>");
        } else {
            put(o, c->high[b - 0x80]);
        }
    }
    return 0;
}

/* One character at a time, so that ASCII bytes stay ASCII (glibc's SHIFT_JIS maps '\\' to
 * U+00A5) and each error has its position. */
static int decode_iconv(const SourceCodec *c, const char *src, size_t len, Output *o, char *msg,
                        size_t size) {
    const char *iconv_name = NULL;
    for (size_t i = 0; i < COUNT(iconv_codecs); i++)
        if (strcmp(iconv_codecs[i].codec, c->name) == 0) iconv_name = iconv_codecs[i].iconv_name;
    iconv_t cd = iconv_open("UTF-32LE", iconv_name);
    if (cd == (iconv_t)-1) {
        snprintf(msg, size, "unknown encoding: %s", c->name);
        return -1;
    }
    int status = 0;
    size_t i = 0;
    while (i < len && status == 0) {
        if ((unsigned char)src[i] < 0x80) {
            put(o, (unsigned char)src[i++]);
            continue;
        }
        unsigned char units[8];
        char *in = (char *)src + i, *out = (char *)units;
        size_t in_left = len - i, out_left = 4;
        iconv(cd, NULL, NULL, NULL, NULL);
        size_t r = iconv(cd, &in, &in_left, &out, &out_left);
        if (r == (size_t)-1 && errno == E2BIG && out_left == 4) { /* one char, two code points */
            out_left = 8;
            r = iconv(cd, &in, &in_left, &out, &out_left);
        }
        if (r == (size_t)-1 && errno != E2BIG && out == (char *)units) {
            const char *reason =
                errno == EINVAL ? "incomplete multibyte sequence" : "illegal multibyte sequence";
            status = decode_error(msg, size, c->name, (unsigned char)src[i], i, reason);
            break;
        }
        for (unsigned char *u = units; u < (unsigned char *)out; u += 4) {
            uint32_t cp = u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
            put(o, cp);
        }
        i = (size_t)(in - src);
    }
    iconv_close(cd);
    return status;
}

int source_codec_decode(const SourceCodec *c, const char *src, size_t len, char **out,
                        size_t *out_len, char *msg, size_t msg_size) {
    Output o = {mem_alloc(len * 4 + 1), 0}; /* a byte gives at most 3 UTF-8 bytes, a pair 8 */
    if (!o.buf) return -2;
    int status;
    switch (c->kind) {
        case CODEC_UTF8: status = decode_utf8(src, len, &o, msg, msg_size); break;
        case CODEC_ICONV: status = decode_iconv(c, src, len, &o, msg, msg_size); break;
        default: status = decode_single_byte(c, (const unsigned char *)src, len, &o, msg, msg_size);
    }
    if (status < 0) {
        mem_free(o.buf);
        return status;
    }
    o.buf[o.len] = '\0';
    *out = o.buf;
    *out_len = o.len;
    return 0;
}
