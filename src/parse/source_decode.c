/* source_decode.c: source bytes -> the tokenizer's buffer (BOM, PEP 263 coding cookie with
 * CPython's encoding errors, decoding through source_codecs.c, newline translation, final
 * newline). */
#include "source_decode.h"

#include <stdio.h>
#include <string.h>
#include "../memory/alloc.h"
#include "identifier.h"
#include "source_codecs.h"
#include "syntax_error_set.h"

static int is_space_tab_ff(char c) { return c == ' ' || c == '\t' || c == '\f'; }
static int is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

/* The line [p, end) up to its line end. */
static size_t line_length(const char *p, const char *end) {
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r') q++;
    return (size_t)(q - p);
}

/* Finds `coding[:=][ \t]*NAME` in a comment line; sets name and name_len. */
static int find_cookie(const char *line, size_t len, const char **name, size_t *name_len) {
    size_t i = 0;
    while (i < len && is_space_tab_ff(line[i])) i++;
    if (i >= len || line[i] != '#') return 0;
    for (; i + 7 < len; i++) {
        if (memcmp(line + i, "coding", 6) != 0 || (line[i + 6] != ':' && line[i + 6] != '='))
            continue;
        size_t j = i + 7;
        while (j < len && (line[j] == ' ' || line[j] == '\t')) j++;
        size_t k = j;
        while (k < len && is_name_char(line[k])) k++;
        if (k > j) {
            *name = line + j;
            *name_len = k - j;
            return 1;
        }
    }
    return 0;
}

static int is_blank_or_comment(const char *line, size_t len) {
    size_t i = 0;
    while (i < len && is_space_tab_ff(line[i])) i++;
    return i == len || line[i] == '#';
}

/* The cookie of line 1, or of line 2 after a blank or comment line 1. */
static int find_cookie_lines(const char *p, const char *end, const char **name, size_t *len) {
    size_t len1 = line_length(p, end);
    if (find_cookie(p, len1, name, len)) return 1;
    if (!is_blank_or_comment(p, len1)) return 0;
    const char *q = p + len1;
    if (q < end && *q == '\r') q++;
    if (q < end && *q == '\n') q++;
    return q < end && find_cookie(q, line_length(q, end), name, len);
}

/* The tokenizer's name for a cookie (CPython's get_normal_name): spellings of utf-8 and
 * latin-1 (case-insensitive, '_' for '-', judged on the first 12 characters) become
 * "utf-8" and "iso-8859-1"; any other name stays as written. */
static const char *normal_name(const char *name, size_t len, char *copy) {
    char head[13];
    size_t n = 0;
    for (; n < len && n < 12; n++) {
        char c = name[n];
        head[n] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    head[n] = '\0';
    if (strcmp(head, "utf-8") == 0 || strncmp(head, "utf-8-", 6) == 0) return "utf-8";
    static const char *const latin1[] = {"latin-1", "iso-8859-1", "iso-latin-1"};
    for (size_t i = 0; i < 3; i++) {
        size_t k = strlen(latin1[i]);
        if (strcmp(head, latin1[i]) == 0 || (strncmp(head, latin1[i], k) == 0 && head[k] == '-'))
            return "iso-8859-1";
    }
    memcpy(copy, name, len);
    copy[len] = '\0';
    return copy;
}

/* An error of the source's encoding: a file gets CPython's "encoding problem: NAME" (or
 * `msg` if with_bom) without a location; compile() input gets `msg` (the codec's exception)
 * at line 0, offset -1. */
static int encoding_error(SyntaxErrorInfo *err, enum SourceOrigin origin, const char *name,
                          const char *msg, int with_bom) {
    if (origin == SOURCE_FILE) {
        if (with_bom)
            syntax_error_set(err, SE_SYNTAX, "%s", msg);
        else
            syntax_error_set(err, SE_SYNTAX, "encoding problem: %s", name);
        syntax_error_set_location(err, SE_POS_NONE, SE_POS_NONE, SE_POS_NONE, SE_POS_NONE);
    } else {
        syntax_error_set(err, SE_SYNTAX, "%s", msg);
        syntax_error_set_location(err, 0, -1, SE_POS_NONE, SE_POS_NONE);
    }
    return -1;
}

static int out_of_memory(SyntaxErrorInfo *err) {
    syntax_error_clear(err);
    err->kind = SE_MEMORY;
    return -1;
}

/* Decodes [*src, *src + *len) with the cookie's codec; on success *decoded holds the UTF-8
 * text and *src, *len point into it. */
static int decode_with_cookie(const char *name, enum SourceOrigin origin, const char **src,
                              size_t *len, char **decoded, SyntaxErrorInfo *err) {
    SourceCodec codec = source_codec_lookup(name, strlen(name));
    char msg[256];
    if (codec.kind == CODEC_UNKNOWN) {
        snprintf(msg, sizeof msg, "unknown encoding: %s", name);
        return encoding_error(err, origin, name, msg, 0);
    }
    if (codec.kind == CODEC_NOT_TEXT) {
        snprintf(msg, sizeof msg,
                 "'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                 name);
        return encoding_error(err, origin, name, msg, 0);
    }
    int r = source_codec_decode(&codec, *src, *len, decoded, len, msg, sizeof msg);
    if (r == -2) return out_of_memory(err);
    if (r < 0) return encoding_error(err, origin, name, msg, 0);
    *src = *decoded;
    return 0;
}

/* BOM and coding cookie: sets out->encoding and out->declared, decoding the source to UTF-8
 * (into *decoded) when the cookie names another codec. */
static int detect_encoding(const char **src, size_t *len, enum SourceOrigin origin, SourceText *out,
                           char **decoded, SyntaxErrorInfo *err) {
    int bom = *len >= 3 && memcmp(*src, "\xEF\xBB\xBF", 3) == 0;
    if (bom) {
        *src += 3;
        *len -= 3;
    }
    const char *cookie;
    size_t cookie_len;
    out->declared = bom;
    out->encoding = "utf-8";
    if (!find_cookie_lines(*src, *src + *len, &cookie, &cookie_len)) return 0;
    out->encoding_name = mem_alloc(cookie_len + 1);
    if (!out->encoding_name) return out_of_memory(err);
    const char *name = normal_name(cookie, cookie_len, out->encoding_name);
    out->declared = 1;
    out->encoding = name;
    if (bom && strcmp(name, "utf-8") != 0) {
        char msg[256];
        snprintf(msg, sizeof msg, "encoding problem: %s with BOM", name);
        return encoding_error(err, origin, name, msg, 1);
    }
    if (strcmp(name, "utf-8") == 0) return 0;
    return decode_with_cookie(name, origin, src, len, decoded, err);
}

/* Copies p[0..len) into a new buffer, translating newlines and (if final_newline) adding a
 * final '\n' to a non-empty source that lacks one. */
static int build_buffer(const char *p, size_t len, int final_newline, SourceText *out) {
    size_t cap = len + 2;
    char *buf = mem_alloc(cap), *w = buf;
    if (!buf) return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\r') {
            if (i + 1 < len && p[i + 1] == '\n') i++;
            *w++ = '\n';
        } else {
            *w++ = (char)c;
        }
    }
    out->implicit_newline = final_newline && w > buf && w[-1] != '\n';
    if (out->implicit_newline) *w++ = '\n';
    *w = '\0';
    out->buf = buf;
    out->len = (size_t)(w - buf);
    return 0;
}

/* File input: finds the first line with a null byte or, if no encoding was declared,
 * with bytes that are not UTF-8. */
static void find_bad_line(SourceText *out) {
    const char *line = out->buf, *end = out->buf + out->len;
    for (int lineno = 1; line < end; lineno++) {
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        eol = eol ? eol + 1 : end;
        const char *nul = memchr(line, '\0', (size_t)(eol - line));
        const char *bad = NULL;
        for (const char *p = line; !out->declared && p < eol;) {
            uint32_t cp;
            size_t n = identifier_decode_utf8(p, eol, &cp);
            if (n == 0) {
                bad = p;
                break;
            }
            p += n;
        }
        if (nul || bad) {
            out->bad_is_nul = nul && (!bad || nul < bad);
            out->bad_line = lineno;
            out->bad_line_offset = (size_t)(line - out->buf);
            out->bad_col = (size_t)((out->bad_is_nul ? nul : bad) - line);
            return;
        }
        line = eol;
    }
}

int source_decode(const char *src, size_t len, enum SourceOrigin origin, int final_newline,
                  SourceText *out, SyntaxErrorInfo *err) {
    memset(out, 0, sizeof *out);
    out->encoding = "utf-8";
    char *decoded = NULL;
    if (origin != SOURCE_FILE && memchr(src, '\0', len)) {
        syntax_error_set(err, SE_SYNTAX, "source code string cannot contain null bytes");
        syntax_error_set_location(err, SE_POS_NONE, SE_POS_NONE, SE_POS_NONE, SE_POS_NONE);
        return -1;
    }
    if (origin != SOURCE_STR && detect_encoding(&src, &len, origin, out, &decoded, err) < 0) {
        source_text_free(out);
        return -1;
    }
    int r = build_buffer(src, len, final_newline, out);
    mem_free(decoded);
    if (r < 0) {
        source_text_free(out);
        return out_of_memory(err);
    }
    if (origin == SOURCE_FILE) find_bad_line(out);
    return 0;
}

void source_text_free(SourceText *s) {
    mem_free(s->buf);
    mem_free(s->encoding_name);
    s->buf = s->encoding_name = NULL;
    s->encoding = "utf-8";
}
