/* codecs.c: the utf-8, ascii and latin-1 codecs with the standard error handlers, the
 * encoding-name aliases, the dispatch to the other codecs, and CPython's UnicodeDecodeError /
 * UnicodeEncodeError. */
#include "codecs.h"

#include <ctype.h>
#include <stdio.h>

#include "../memory/alloc.h"
#include "../parse/unicode_names.h"
#include "../vm/errors.h"
#include "bytes.h"
#include "exceptions.h"
#include "codecs_charmap.h"
#include "codecs_cjk.h"
#include "codecs_escape.h"
#include "codecs_internal.h"
#include "codecs_wide.h"

Handler handler_of(const char *errors) {
    static const char *const names[] = {
        "strict",          "ignore",        "replace",           "backslashreplace",
        "surrogateescape", "surrogatepass", "xmlcharrefreplace", "namereplace"};
    if (!errors) return H_STRICT;
    for (int i = 0; i < H_UNKNOWN; i++)
        if (strcmp(errors, names[i]) == 0) return (Handler)i;
    return H_UNKNOWN;
}

static Value unknown_handler(const char *errors) {
    return err_format(&exc_LookupError, "unknown error handler name '%s'", errors);
}

/* ---- the exceptions ---- */

Value codec_arg_error(const char *func, const char *arg, Value v) {
    if (v == NONE)
        return err_format(&exc_TypeError, "%s() argument '%s' must be str, not None", func, arg);
    return err_format(&exc_TypeError, "%s() argument '%s' must be str, not %T", func, arg, v);
}

Value unicode_error_message(bool decode, Value encoding, Value object, intptr_t start, intptr_t end,
                            Value reason) {
    if (decode) {
        if (end == start + 1 && start >= 0 && start < bytes_size(object))
            return str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U",
                                   encoding, (unsigned)(uint8_t)bytes_data(object)[start], start,
                                   reason);
        return str_from_format("'%U' codec can't decode bytes in position %zd-%zd: %U", encoding,
                               start, end - 1, reason);
    }
    const char *verb = encoding ? "encode" : "translate";
    Value prefix =
        encoding ? str_from_format("'%U' codec can't ", encoding) : str_from_cstr("can't ");
    if (!prefix) return NULL;
    Value r;
    if (end == start + 1 && start >= 0 && start < str_length(object)) {
        uint32_t c = str_char(object, start);
        const char *fmt = c < 0x100     ? "%Ucharacter '\\x%02x' in position %zd: %U"
                          : c < 0x10000 ? "%Ucharacter '\\u%04x' in position %zd: %U"
                                        : "%Ucharacter '\\U%08x' in position %zd: %U";
        Value head = str_from_format("%U%s ", prefix, verb);
        r = head ? str_from_format(fmt, head, (unsigned)c, start, reason) : NULL;
        xdecref(head);
    } else {
        r = str_from_format("%U%s characters in position %zd-%zd: %U", prefix, verb, start, end - 1,
                            reason);
    }
    decref(prefix);
    return r;
}

/* Raises UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason). */
static void raise_unicode_error(Type *type, const char *encoding, Value object, intptr_t start,
                                intptr_t end, const char *reason) {
    Value args[5] = {str_from_cstr(encoding), object, small_int(start), small_int(end),
                     str_from_cstr(reason)};
    if (args[0] && args[4]) {
        Value exc = exception_new(type, args, 5);
        if (exc) err_set_exception(exc);
    }
    xdecref(args[0]);
    xdecref(args[4]);
}

static void raise_decode_error(const char *encoding, const char *s, intptr_t n, intptr_t start,
                               intptr_t end, const char *reason) {
    Value object = bytes_new(s, n);
    if (!object) return;
    raise_unicode_error(&exc_UnicodeDecodeError, encoding, object, start, end, reason);
    decref(object);
}

/* ---- decoding ---- */

/* The surrogate that surrogatepass decodes at u[i] (a 3-byte UTF-8 form or one code
 * unit of the given size), or 0. */
static uint32_t passed_surrogate(const uint8_t *u, intptr_t n, intptr_t i, int unit,
                                 bool big_endian) {
    uint32_t c = 0;
    if (unit == 1) {
        if (i + 3 <= n && u[i] == 0xed && (u[i + 1] & 0xe0) == 0xa0 && (u[i + 2] & 0xc0) == 0x80)
            c = 0xd000 | (uint32_t)(u[i + 1] & 0x3f) << 6 | (u[i + 2] & 0x3f);
    } else if (i + unit <= n) {
        for (int k = 0; k < unit; k++) c = c << 8 | u[i + (big_endian ? k : unit - 1 - k)];
    }
    return c >= 0xd800 && c <= 0xdfff ? c : 0;
}

intptr_t decode_error(StrBuilder *b, Handler h, const char *errors, const char *encoding,
                      const char *s, intptr_t n, intptr_t start, intptr_t end, const char *reason,
                      int unit, bool big_endian) {
    const uint8_t *u = (const uint8_t *)s;
    switch (h) {
        case H_IGNORE: return end;
        case H_REPLACE: return sb_put_char(b, 0xfffd) < 0 ? -1 : end;
        case H_BACKSLASHREPLACE:
            for (intptr_t i = start; i < end; i++) {
                char buf[8];
                snprintf(buf, sizeof buf, "\\x%02x", u[i]);
                if (sb_put_ascii(b, buf, 4) < 0) return -1;
            }
            return end;
        case H_SURROGATEESCAPE: {
            intptr_t i = start;
            for (; i < end && u[i] >= 0x80; i++)
                if (sb_put_char(b, 0xdc00 + u[i]) < 0) return -1;
            if (i > start) return i;
            break;
        }
        case H_SURROGATEPASS: {
            uint32_t c = passed_surrogate(u, n, start, unit, big_endian);
            if (c) return sb_put_char(b, c) < 0 ? -1 : start + (unit == 1 ? 3 : unit);
            break;
        }
        case H_UNKNOWN: unknown_handler(errors); return -1;
        case H_XMLCHARREFREPLACE:
        case H_NAMEREPLACE: /* these two only encode */
            err_set_str(&exc_TypeError,
                        "don't know how to handle UnicodeDecodeError in error callback");
            return -1;
        case H_STRICT: break;
    }
    raise_decode_error(encoding, s, n, start, end, reason);
    return -1;
}

/* The length of the valid UTF-8 sequence at s[i] (1-4), or 0 with *bad_end and *reason
 * describing the error. */
static int utf8_sequence(const uint8_t *s, intptr_t n, intptr_t i, intptr_t *bad_end,
                         const char **reason) {
    uint8_t c = s[i];
    int len;
    uint8_t lo = 0x80, hi = 0xbf; /* the range of the second byte */
    if (c < 0x80) return 1;
    if (c < 0xc2 || c > 0xf4) {
        *bad_end = i + 1;
        *reason = "invalid start byte";
        return 0;
    }
    if (c < 0xe0)
        len = 2;
    else if (c < 0xf0) {
        len = 3;
        if (c == 0xe0) lo = 0xa0;
        if (c == 0xed) hi = 0x9f;
    } else {
        len = 4;
        if (c == 0xf0) lo = 0x90;
        if (c == 0xf4) hi = 0x8f;
    }
    for (int k = 1; k < len; k++) {
        if (i + k >= n) {
            *bad_end = n;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t cc = s[i + k];
        if (k == 1 ? cc < lo || cc > hi : (cc & 0xc0) != 0x80) {
            *bad_end = i + k;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return len;
}

static uint32_t utf8_value(const uint8_t *p, int len) {
    switch (len) {
        case 1: return p[0];
        case 2: return (uint32_t)(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
        case 3: return (uint32_t)(p[0] & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
        default:
            return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3f) << 12 |
                   (uint32_t)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
    }
}

Value codec_decode_utf8(const char *s, intptr_t n, const char *errors) {
    const uint8_t *u = (const uint8_t *)s;
    if (chars_max(s, 1, n) < 0x80) return str_from_kind(s, 1, n); /* ASCII: one copy */
    Handler h = handler_of(errors);
    StrBuilder b;
    sb_init(&b);
    if (sb_reserve(&b, n, 0) < 0) return NULL;
    intptr_t i = 0;
    while (i < n) {
        intptr_t run = i;
        while (run < n && u[run] < 0x80) run++;
        if (run > i && sb_put_ascii(&b, s + i, (size_t)(run - i)) < 0) return NULL;
        i = run;
        if (i == n) break;
        intptr_t bad_end = 0;
        const char *reason = NULL;
        int len = utf8_sequence(u, n, i, &bad_end, &reason);
        if (len > 0) {
            if (sb_put_char(&b, utf8_value(u + i, len)) < 0) return NULL;
            i += len;
        } else if ((i = decode_error(&b, h, errors, "utf-8", s, n, i, bad_end, reason, 1, false)) <
                   0) {
            sb_discard(&b);
            return NULL;
        }
    }
    return sb_finish(&b);
}

static Value decode_charmap(const char *s, intptr_t n, const char *errors, bool ascii) {
    const uint8_t *u = (const uint8_t *)s;
    if (!ascii) return str_from_kind(s, 1, n);
    Handler h = handler_of(errors);
    StrBuilder b;
    sb_init(&b);
    intptr_t i = 0;
    while (i < n) {
        intptr_t run = i;
        while (run < n && u[run] < 0x80) run++;
        if (sb_put_ascii(&b, s + i, (size_t)(run - i)) < 0) break;
        i = run;
        if (i < n && (i = decode_error(&b, h, errors, "ascii", s, n, i, i + 1,
                                       "ordinal not in range(128)", 1, false)) < 0)
            break;
    }
    if (i >= n) return sb_finish(&b);
    sb_discard(&b);
    return NULL;
}

/* ---- encoding ---- */

int bb_put(ByteBuf *bb, const void *p, intptr_t n) {
    if (bb->len + n > bb->cap) {
        if (n > INTPTR_MAX / 4 - bb->len) return err_no_memory(), -1;
        intptr_t cap = (bb->len + n) * 2 + 16;
        char *d = mem_realloc(bb->data, (size_t)cap);
        if (!d) return err_no_memory(), -1;
        bb->data = d;
        bb->cap = cap;
    }
    memcpy(bb->data + bb->len, p, (size_t)n);
    bb->len += n;
    return 0;
}

/* Appends c as e encodes it (surrogates included: surrogatepass comes here too). */
static int put_encoded(ByteBuf *bb, const Encoder *e, uint32_t c) {
    uint8_t buf[8];
    int n = 0;
    if (e->high) { /* only encodable characters come here: the tables are ASCII-compatible */
        buf[n++] = (uint8_t)charmap_byte(e->high, c);
    } else if (e->unit == 1) {
        if (e->limit)
            buf[n++] = (uint8_t)c;
        else
            n = utf8_put((char *)buf, c);
    } else {
        uint32_t units[2] = {c, 0};
        int count = 1;
        if (e->unit == 2 && c >= 0x10000) {
            units[0] = 0xd800 | ((c - 0x10000) >> 10);
            units[1] = 0xdc00 | ((c - 0x10000) & 0x3ff);
            count = 2;
        }
        for (int u = 0; u < count; u++)
            for (int k = 0; k < e->unit; k++)
                buf[n++] = (uint8_t)(units[u] >> (8 * (e->big_endian ? e->unit - 1 - k : k)));
    }
    return bb_put(bb, buf, n);
}

static bool encodable(const Encoder *e, uint32_t c) {
    if (e->high) return charmap_byte(e->high, c) >= 0;
    return e->limit ? c < e->limit : !(c >= 0xd800 && c <= 0xdfff);
}

static int put_ascii_encoded(ByteBuf *bb, const Encoder *e, const char *text) {
    for (; *text; text++)
        if (put_encoded(bb, e, (uint8_t)*text) < 0) return -1;
    return 0;
}

/* Handles the unencodable s[start:end); 0, or -1 with the error raised. */
int encode_error(ByteBuf *bb, const Encoder *e, Handler h, const char *errors, Value s,
                 intptr_t start, intptr_t end) {
    char buf[UNICODE_NAME_MAX + 4], name[UNICODE_NAME_MAX];
    if (h == H_UNKNOWN) return unknown_handler(errors), -1;
    for (intptr_t i = start; i < end && h != H_STRICT; i++) {
        uint32_t c = str_char(s, i);
        int rc = 0;
        switch (h) {
            case H_IGNORE: break;
            case H_REPLACE: rc = put_encoded(bb, e, '?'); break;
            case H_NAMEREPLACE:
            case H_BACKSLASHREPLACE:
                if (h == H_NAMEREPLACE && unicode_name_of(c, name, sizeof name) > 0)
                    snprintf(buf, sizeof buf, "\\N{%s}", name);
                else
                    snprintf(buf, sizeof buf,
                             c < 0x100     ? "\\x%02x"
                             : c < 0x10000 ? "\\u%04x"
                                           : "\\U%08x",
                             (unsigned)c);
                rc = put_ascii_encoded(bb, e, buf);
                break;
            case H_XMLCHARREFREPLACE:
                snprintf(buf, sizeof buf, "&#%u;", (unsigned)c);
                rc = put_ascii_encoded(bb, e, buf);
                break;
            case H_SURROGATEESCAPE:
                if (c >= 0xdc80 && c <= 0xdcff && e->unit == 1) {
                    buf[0] = (char)(c - 0xdc00);
                    rc = bb_put(bb, buf, 1);
                    break;
                }
                if (e->unit == 1 && !e->high) start = i; /* CPython escaped s[start:i) */
                goto raise;
            case H_SURROGATEPASS:
                if (e->limit || e->high || c < 0xd800 || c > 0xdfff) goto raise;
                rc = put_encoded(bb, e, c);
                break;
            case H_STRICT:
            case H_UNKNOWN: break;
        }
        if (rc < 0) return -1;
    }
    if (h != H_STRICT) return 0;
raise:
    raise_unicode_error(&exc_UnicodeEncodeError, e->name, s, start, end, e->reason);
    return -1;
}

Value encode_with(Value s, const Encoder *e, const char *errors, bool bom) {
    if (e->unit == 1 && !e->high && (str_is_ascii(s) || (e->limit == 256 && str_kind(s) == 1)))
        return bytes_new(str_data(s), str_length(s));
    Handler h = handler_of(errors);
    ByteBuf bb = {NULL, 0, 0};
    intptr_t n = str_length(s), i = 0;
    if (bom && put_encoded(&bb, e, 0xfeff) < 0) goto fail;
    while (i < n) {
        uint32_t c = str_char(s, i);
        if (encodable(e, c)) {
            if (put_encoded(&bb, e, c) < 0) goto fail;
            i++;
            continue;
        }
        intptr_t end = i + 1;
        while (end < n && !encodable(e, str_char(s, end))) end++;
        if (encode_error(&bb, e, h, errors, s, i, end) < 0) goto fail;
        i = end;
    }
    Value r = bytes_new(bb.data ? bb.data : "", bb.len);
    mem_free(bb.data);
    return r;
fail:
    mem_free(bb.data);
    return NULL;
}

static const Encoder utf8_encoder = {"utf-8", 0, 1, false, "surrogates not allowed", NULL};
static const Encoder ascii_encoder = {"ascii", 128, 1, false, "ordinal not in range(128)", NULL};
static const Encoder latin1_encoder = {"latin-1", 256, 1, false, "ordinal not in range(256)", NULL};

Value codec_encode_utf8(Value str, const char *errors) {
    Str *s = (Str *)str;
    if (s->utf8) return bytes_new(s->utf8, s->utf8_length);
    return encode_with(str, &utf8_encoder, errors, false);
}

/* ---- encoding names ---- */

typedef enum Codec {
    CODEC_UTF8,
    CODEC_ASCII,
    CODEC_LATIN1,
    CODEC_UTF16,
    CODEC_UTF16_LE,
    CODEC_UTF16_BE,
    CODEC_UTF32,
    CODEC_UTF32_LE,
    CODEC_UTF32_BE,
    CODEC_UTF8_SIG,
    CODEC_UNICODE_ESCAPE,
    CODEC_RAW_UNICODE_ESCAPE,
    CODEC_NONE
} Codec;

/* CPython's normalisation: lower case, runs of other than alphanumerics and '.' become
 * '_', then the aliases of the three built-in codecs. */
static Codec codec_of(const char *encoding, bool *fast) {
    *fast = true;
    if (strcmp(encoding, "utf-8") == 0) return CODEC_UTF8;
    char norm[64];
    size_t n = 0;
    bool pending_sep = false;
    for (const char *p = encoding; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c) || c == '.') {
            if (pending_sep && n > 0 && n < sizeof norm - 1) norm[n++] = '_';
            pending_sep = false;
            if (n < sizeof norm - 1) norm[n++] = (char)tolower(c);
        } else
            pending_sep = true;
        if (n >= sizeof norm - 1) return CODEC_NONE;
    }
    norm[n] = '\0';
    /* the names str.encode / bytes.decode serve without the codec registry */
    static const char *const fast_names[] = {"utf8",       "utf_8",     "utf16",  "utf_16",
                                             "utf32",      "utf_32",    "latin1", "latin_1",
                                             "iso_8859_1", "iso8859_1", "ascii",  "us_ascii"};
    *fast = false;
    for (size_t i = 0; i < sizeof fast_names / sizeof fast_names[0]; i++)
        if (strcmp(norm, fast_names[i]) == 0) *fast = true;
    static const struct {
        const char *name;
        Codec codec;
    } aliases[] = {
        {"utf_8", CODEC_UTF8},
        {"utf8", CODEC_UTF8},
        {"u8", CODEC_UTF8},
        {"utf", CODEC_UTF8},
        {"utf8_ucs2", CODEC_UTF8},
        {"utf8_ucs4", CODEC_UTF8},
        {"cp65001", CODEC_UTF8},
        {"ascii", CODEC_ASCII},
        {"us_ascii", CODEC_ASCII},
        {"646", CODEC_ASCII},
        {"us", CODEC_ASCII},
        {"cp367", CODEC_ASCII},
        {"csascii", CODEC_ASCII},
        {"ibm367", CODEC_ASCII},
        {"iso646_us", CODEC_ASCII},
        {"iso_ir_6", CODEC_ASCII},
        {"ansi_x3.4_1968", CODEC_ASCII},
        {"ansi_x3_4_1968", CODEC_ASCII},
        {"ansi_x3.4_1986", CODEC_ASCII},
        {"iso_646.irv_1991", CODEC_ASCII},
        {"latin_1", CODEC_LATIN1},
        {"latin1", CODEC_LATIN1},
        {"latin", CODEC_LATIN1},
        {"l1", CODEC_LATIN1},
        {"iso8859_1", CODEC_LATIN1},
        {"iso_8859_1", CODEC_LATIN1},
        {"8859", CODEC_LATIN1},
        {"cp819", CODEC_LATIN1},
        {"iso_ir_100", CODEC_LATIN1},
        {"csisolatin1", CODEC_LATIN1},
        {"iso_8859_1_1987", CODEC_LATIN1},
        {"ibm819", CODEC_LATIN1},
        {"utf_16", CODEC_UTF16},
        {"utf16", CODEC_UTF16},
        {"u16", CODEC_UTF16},
        {"utf_16_le", CODEC_UTF16_LE},
        {"utf_16le", CODEC_UTF16_LE},
        {"unicodelittleunmarked", CODEC_UTF16_LE},
        {"utf_16_be", CODEC_UTF16_BE},
        {"utf_16be", CODEC_UTF16_BE},
        {"unicodebigunmarked", CODEC_UTF16_BE},
        {"utf_32", CODEC_UTF32},
        {"utf32", CODEC_UTF32},
        {"u32", CODEC_UTF32},
        {"utf_32_le", CODEC_UTF32_LE},
        {"utf_32le", CODEC_UTF32_LE},
        {"utf_32_be", CODEC_UTF32_BE},
        {"utf_32be", CODEC_UTF32_BE},
        {"utf_8_sig", CODEC_UTF8_SIG},
        {"unicode_escape", CODEC_UNICODE_ESCAPE},
        {"raw_unicode_escape", CODEC_RAW_UNICODE_ESCAPE},
    };
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
        if (strcmp(norm, aliases[i].name) == 0) return aliases[i].codec;
    return CODEC_NONE;
}

/* A codec reached through CPython's codec registry (not a fast path of str.encode or
 * bytes.decode) reports its error handler's TypeError or LookupError wrapped as
 * "decoding with 'cp1252' codec failed (TypeError: ...)", chained to the original. */
static Value registry_result(Value r, bool decode, const char *encoding) {
    Value exc = r ? NULL : err_occurred();
    if (!exc || (type_of(exc) != &exc_TypeError && type_of(exc) != &exc_LookupError)) return r;
    exc = err_fetch();
    err_format(type_of(exc), "%s with '%s' codec failed (%N: %S)", decode ? "decoding" : "encoding",
               encoding, type_of(exc), exc);
    Value wrapped = err_fetch();
    exception_set_cause(wrapped, exc);
    err_restore(wrapped);
    return NULL;
}

static Value unknown_encoding(const char *encoding) {
    return err_format(&exc_LookupError, "unknown encoding: %s", encoding);
}

/* The unit size and byte order (0 BOM, -1 little, 1 big endian) of a wide codec. */
static void wide_params(Codec c, int *unit, int *byteorder) {
    int i = (int)(c - CODEC_UTF16); /* utf-16, -le, -be, then the same for utf-32 */
    *unit = i < 3 ? 2 : 4;
    *byteorder = i % 3 == 0 ? 0 : i % 3 == 1 ? -1 : 1;
}

static const char utf8_bom[] = "\xef\xbb\xbf";

/* A codec found by name: one of codecs.c, or a table or CJK codec (codec CODEC_NONE). */
typedef struct CodecRef {
    Codec codec;
    const unsigned short *high; /* a charmap codec's table */
    const char *cjk;            /* a CJK codec's name */
    bool fast; /* served without CPython's codec registry (whose errors are wrapped) */
} CodecRef;

static Value decode_by(const CodecRef *r, const char *s, intptr_t n, const char *errors) {
    int unit, byteorder;
    switch (r->codec) {
        case CODEC_UTF8: return codec_decode_utf8(s, n, errors);
        case CODEC_ASCII: return decode_charmap(s, n, errors, true);
        case CODEC_LATIN1: return decode_charmap(s, n, errors, false);
        case CODEC_UTF8_SIG: {
            intptr_t skip = n >= 3 && memcmp(s, utf8_bom, 3) == 0 ? 3 : 0;
            return codec_decode_utf8(s + skip, n - skip, errors);
        }
        case CODEC_UNICODE_ESCAPE:
        case CODEC_RAW_UNICODE_ESCAPE:
            return codec_decode_escape(s, n, r->codec == CODEC_RAW_UNICODE_ESCAPE, errors);
        case CODEC_NONE:
            return r->high ? charmap_decode(s, n, r->high, errors)
                           : cjk_decode(r->cjk, s, n, errors);
        default:
            wide_params(r->codec, &unit, &byteorder);
            return codec_decode_wide(s, n, unit, byteorder, errors);
    }
}

static Value encode_by(const CodecRef *r, Value str, const char *errors) {
    int unit, byteorder;
    switch (r->codec) {
        case CODEC_UTF8: return codec_encode_utf8(str, errors);
        case CODEC_ASCII: return encode_with(str, &ascii_encoder, errors, false);
        case CODEC_LATIN1: return encode_with(str, &latin1_encoder, errors, false);
        case CODEC_UTF8_SIG: {
            Value body = codec_encode_utf8(str, errors);
            if (!body) return NULL;
            Value bom = bytes_new(utf8_bom, 3);
            Value res = bom ? binary_op(bom, body, BINOP_ADD) : NULL;
            xdecref(bom);
            decref(body);
            return res;
        }
        case CODEC_UNICODE_ESCAPE:
        case CODEC_RAW_UNICODE_ESCAPE:
            return codec_encode_escape(str, r->codec == CODEC_RAW_UNICODE_ESCAPE);
        case CODEC_NONE:
            return r->high ? charmap_encode(str, r->high, errors) : cjk_encode(r->cjk, str, errors);
        default:
            wide_params(r->codec, &unit, &byteorder);
            return codec_encode_wide(str, unit, byteorder, errors);
    }
}

/* Fills *r for an encoding name: 0, or -1 with LookupError raised. */
static int find_codec(const char *encoding, bool encode, CodecRef *r) {
    bool fast;
    Codec c = codec_of(encoding, &fast);
    *r = (CodecRef){c, NULL, NULL, fast};
    if (r->codec != CODEC_NONE) return 0;
    switch (charmap_find(encoding, encode, &r->high, &r->cjk)) {
        case CHARMAP_FOUND:
        case CHARMAP_CJK: return 0;
        case CHARMAP_NOT_TEXT: return -1;
        case CHARMAP_NONE: break;
    }
    unknown_encoding(encoding);
    return -1;
}

Value codec_decode(const char *s, intptr_t n, const char *encoding, const char *errors) {
    CodecRef r;
    if (find_codec(encoding, false, &r) < 0) return NULL;
    Value res = decode_by(&r, s, n, errors);
    return r.fast ? res : registry_result(res, true, encoding);
}

Value codec_encode(Value str, const char *encoding, const char *errors) {
    CodecRef r;
    if (find_codec(encoding, true, &r) < 0) return NULL;
    Value res = encode_by(&r, str, errors);
    return r.fast ? res : registry_result(res, false, encoding);
}
