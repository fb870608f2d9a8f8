/* codecs_cjk.c: the CJK multi-byte codecs over iconv, one character at a time so that each
 * error has its position and the error handlers apply (see codecs_cjk.h). */
#include "codecs_cjk.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "bytes.h"
#include "codecs_internal.h"

/* An iconv converter between the codec (iconv spells "euc_jp" as "EUC-JP") and UTF-32LE. */
static iconv_t open_converter(const char *name, bool encode) {
    char iconv_name[32];
    size_t i = 0;
    for (; name[i] && i < sizeof iconv_name - 1; i++)
        iconv_name[i] = name[i] == '_'
                            ? '-'
                            : (char)(name[i] >= 'a' && name[i] <= 'z' ? name[i] - 32 : name[i]);
    iconv_name[i] = '\0';
    iconv_t cd = encode ? iconv_open(iconv_name, "UTF-32LE") : iconv_open("UTF-32LE", iconv_name);
    if (cd == (iconv_t)-1) err_format(&exc_LookupError, "unknown encoding: %s", name);
    return cd;
}

/* Converts in[0..*in_len) into out (room for out_size bytes): the bytes written, or -1 with
 * errno (EILSEQ, EINVAL) when nothing could be converted. *in_len becomes the input used. */
static intptr_t convert(iconv_t cd, const char *in, size_t *in_len, char *out, size_t out_size) {
    char *ip = (char *)in, *op = out;
    size_t il = *in_len, ol = out_size;
    iconv(cd, NULL, NULL, NULL, NULL);
    size_t r = iconv(cd, &ip, &il, &op, &ol);
    if (r == (size_t)-1 && errno != E2BIG && op == out) return -1;
    if (iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1 && op == out) return -1;
    *in_len = (size_t)(ip - in);
    return op - out;
}

Value cjk_decode(const char *name, const char *s, intptr_t n, const char *errors) {
    iconv_t cd = open_converter(name, false);
    if (cd == (iconv_t)-1) return NULL;
    Handler h = handler_of(errors);
    StrBuilder b;
    sb_init(&b);
    intptr_t i = 0;
    while (i < n) {
        const uint8_t *u = (const uint8_t *)s;
        if (u[i] < 0x80) {
            if (sb_put_char(&b, u[i++]) < 0) goto fail;
            continue;
        }
        uint8_t units[8];
        size_t used = (size_t)(n - i < 4 ? n - i : 4);
        intptr_t got = convert(cd, s + i, &used, (char *)units, 4);
        if (got < 0 && errno == E2BIG) got = convert(cd, s + i, &used, (char *)units, 8);
        uint32_t first = units[0] | (uint32_t)units[1] << 8; /* valid when got >= 4 */
        if (got == 4 && used == 1 && first >= 0x80 && first <= 0x9f)
            got = 0; /* glibc passes C1 controls through; CPython's codecs reject them */
        if (got <= 0) {
            bool incomplete = got < 0 && errno == EINVAL;
            i = decode_error(&b, h, errors, name, s, n, i, incomplete ? n : i + 1,
                             incomplete ? "incomplete multibyte sequence"
                                        : "illegal multibyte sequence",
                             0, false);
            if (i < 0) goto fail;
            continue;
        }
        for (intptr_t k = 0; k + 4 <= got; k += 4)
            if (sb_put_char(&b, units[k] | (uint32_t)units[k + 1] << 8 |
                                    (uint32_t)units[k + 2] << 16 | (uint32_t)units[k + 3] << 24) <
                0)
                goto fail;
        i += (intptr_t)used;
    }
    iconv_close(cd);
    return sb_finish(&b);
fail:
    iconv_close(cd);
    sb_discard(&b);
    return NULL;
}

Value cjk_encode(const char *name, Value str, const char *errors) {
    iconv_t cd = open_converter(name, true);
    if (cd == (iconv_t)-1) return NULL;
    /* limit 128: error replacements are written as ASCII bytes */
    const Encoder e = {name, 128, 1, false, "illegal multibyte sequence", NULL};
    Handler h = handler_of(errors);
    ByteBuf bb = {NULL, 0, 0};
    intptr_t n = str_length(str);
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char(str, i);
        char out[16];
        intptr_t got = 1;
        out[0] = (char)c;
        if (c >= 0x80) {
            uint8_t in[4] = {(uint8_t)c, (uint8_t)(c >> 8), (uint8_t)(c >> 16), 0};
            size_t used = 4;
            got = c >= 0xd800 && c <= 0xdfff ? -1 : convert(cd, (char *)in, &used, out, sizeof out);
        }
        if (got > 0 ? bb_put(&bb, out, got) < 0
                    : encode_error(&bb, &e, h, errors, str, i, i + 1) < 0)
            goto fail;
    }
    iconv_close(cd);
    Value r = bytes_new(bb.data ? bb.data : "", bb.len);
    mem_free(bb.data);
    return r;
fail:
    iconv_close(cd);
    mem_free(bb.data);
    return NULL;
}
