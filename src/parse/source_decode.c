/* source_decode.c: source bytes -> the tokenizer's buffer (BOM, PEP 263 coding cookie,
 * latin-1/ascii decoding, newline translation, final newline). */
#include "source_decode.h"

#include <string.h>
#include "../memory/alloc.h"
#include "identifier.h"
#include "syntax_error_set.h"

enum SourceEncoding { ENC_UTF8, ENC_LATIN1, ENC_ASCII, ENC_UNKNOWN };

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

/* Lower case, '-' and ' ' -> '_' (the codec registry's normalisation). */
static void normalize_codec_name(const char *name, size_t len, char *out, size_t outsize) {
    size_t i;
    for (i = 0; i < len && i + 1 < outsize; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        out[i] = (c == '-' || c == ' ') ? '_' : c;
    }
    out[i] = '\0';
}

static int name_in(const char *name, const char *const *list) {
    for (; *list; list++)
        if (strcmp(name, *list) == 0) return 1;
    return 0;
}

static enum SourceEncoding lookup_encoding(const char *name, size_t len) {
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const latin1[] = {"latin_1",    "latin1",      "iso8859_1", "iso_8859_1",
                                         "8859",       "cp819",       "l1",        "latin",
                                         "iso_ir_100", "csisolatin1", "ibm819",    NULL};
    static const char *const ascii[] = {
        "ascii",    "us_ascii", "us",     "646",       "ansi_x3.4_1968",
        "cp367",    "csascii",  "ibm367", "iso646_us", "iso_646.irv_1991",
        "iso_ir_6", NULL};
    char norm[64];
    if (len >= sizeof norm) return ENC_UNKNOWN;
    normalize_codec_name(name, len, norm, sizeof norm);
    if (name_in(norm, utf8) || strncmp(norm, "utf_8_", 6) == 0) return ENC_UTF8;
    if (name_in(norm, latin1) || strncmp(norm, "latin_1_", 8) == 0 ||
        strncmp(norm, "iso_8859_1_", 11) == 0 || strncmp(norm, "iso_latin_1", 11) == 0)
        return ENC_LATIN1;
    if (name_in(norm, ascii)) return ENC_ASCII;
    return ENC_UNKNOWN;
}

/* The name the tokenize module reports: utf-8 and latin-1 spellings are canonicalised. */
static const char *reported_name(enum SourceEncoding enc) {
    return enc == ENC_LATIN1 ? "iso-8859-1" : enc == ENC_ASCII ? "ascii" : "utf-8";
}

static int encoding_error(SyntaxErrorInfo *err, const char *fmt, const char *name, size_t len) {
    syntax_error_set(err, SE_SYNTAX, fmt, (int)len, name);
    syntax_error_set_location(err, 0, -1, 0, 0);
    return -1;
}

/* Reads the cookie of line 1 or 2 (line 2 only after a blank/comment line 1). Returns 1 if
 * the encoding was declared (cookie or BOM), 0 if not, -1 on error. */
static int detect_encoding(const char *p, const char *end, int bom, enum SourceEncoding *enc,
                           SyntaxErrorInfo *err) {
    const char *name = NULL;
    size_t name_len = 0, len1 = line_length(p, end);
    int found = find_cookie(p, len1, &name, &name_len);
    if (!found && is_blank_or_comment(p, len1)) {
        const char *q = p + len1;
        if (q < end && *q == '\r') q++;
        if (q < end && *q == '\n') q++;
        if (q < end) found = find_cookie(q, line_length(q, end), &name, &name_len);
    }
    *enc = ENC_UTF8;
    if (!found) return bom;
    *enc = lookup_encoding(name, name_len);
    if (*enc == ENC_UNKNOWN) return encoding_error(err, "unknown encoding: %.*s", name, name_len);
    if (bom && *enc != ENC_UTF8) {
        const char *canon = reported_name(*enc);
        return encoding_error(err, "encoding problem: %.*s with BOM", canon, strlen(canon));
    }
    return 1;
}

static int check_source(const char *p, size_t len, enum SourceEncoding enc,
                        enum SourceOrigin origin, SyntaxErrorInfo *err) {
    if (origin != SOURCE_FILE && memchr(p, '\0', len)) {
        syntax_error_set(err, SE_SYNTAX, "source code string cannot contain null bytes");
        return -1;
    }
    if (enc != ENC_ASCII) return 0;
    for (size_t i = 0; i < len; i++) {
        if ((unsigned char)p[i] >= 0x80) {
            syntax_error_set(err, SE_SYNTAX,
                             "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal "
                             "not in range(128)",
                             (unsigned char)p[i], i);
            syntax_error_set_location(err, 0, -1, 0, 0);
            return -1;
        }
    }
    return 0;
}

/* Copies p[0..len) into a new buffer, decoding latin-1 if asked, translating newlines and
 * adding a final '\n' to a non-empty source that lacks one. */
static int build_buffer(const char *p, size_t len, int latin1, SourceText *out) {
    size_t cap = (latin1 ? 2 * len : len) + 2;
    char *buf = mem_alloc(cap), *w = buf;
    if (!buf) return -1;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '\r') {
            if (i + 1 < len && p[i + 1] == '\n') i++;
            *w++ = '\n';
        } else if (latin1 && c >= 0x80) {
            *w++ = (char)(0xC0 | (c >> 6));
            *w++ = (char)(0x80 | (c & 0x3F));
        } else {
            *w++ = (char)c;
        }
    }
    out->implicit_newline = w > buf && w[-1] != '\n';
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

int source_decode(const char *src, size_t len, enum SourceOrigin origin, SourceText *out,
                  SyntaxErrorInfo *err) {
    enum SourceEncoding enc = ENC_UTF8;
    memset(out, 0, sizeof *out);
    out->encoding = "utf-8";
    if (origin != SOURCE_STR) {
        int bom = len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0;
        if (bom) {
            src += 3;
            len -= 3;
        }
        out->declared = detect_encoding(src, src + len, bom, &enc, err);
        if (out->declared < 0) return -1;
        out->encoding = reported_name(enc);
    }
    if (check_source(src, len, enc, origin, err) < 0) return -1;
    if (build_buffer(src, len, enc == ENC_LATIN1, out) < 0) {
        syntax_error_clear(err);
        err->kind = SE_MEMORY;
        return -1;
    }
    if (origin == SOURCE_FILE) find_bad_line(out);
    return 0;
}
