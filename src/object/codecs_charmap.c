/* codecs_charmap.c: the single-byte table codecs over the decoding tables that
 * src/parse/source_codecs.h shares (generated from CPython 3.11's codecs by
 * tools/gen_source_codecs.py); encoding inverts a table, the last byte winning as in CPython. */
#include "codecs_charmap.h"

#include <string.h>

#include "../parse/source_codecs.h"
#include "../vm/errors.h"
#include "codecs_internal.h"
#include "exceptions.h"

#define UNDEFINED 0xFFFE
#define REASON    "character maps to <undefined>"

CharmapFind charmap_find(const char *encoding, bool encode, const unsigned short **high,
                         const char **cjk_name) {
    SourceCodec c = source_codec_lookup(encoding, strlen(encoding));
    if (c.kind == CODEC_TABLE) {
        *high = c.high;
        return CHARMAP_FOUND;
    }
    if (c.kind == CODEC_ICONV) {
        *cjk_name = c.name;
        return CHARMAP_CJK;
    }
    if (c.kind != CODEC_NOT_TEXT) return CHARMAP_NONE;
    err_format(&exc_LookupError,
               "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding,
               encode ? "encode" : "decode");
    return CHARMAP_NOT_TEXT;
}

int charmap_byte(const unsigned short *high, uint32_t c) {
    if (c == UNDEFINED) return -1;
    for (int b = 127; b >= 0; b--)
        if (high[b] == c) return 0x80 + b;
    return c < 0x80 ? (int)c : -1;
}

Value charmap_decode(const char *s, intptr_t n, const unsigned short *high, const char *errors) {
    const uint8_t *u = (const uint8_t *)s;
    Handler h = handler_of(errors);
    StrBuilder b;
    sb_init(&b);
    intptr_t i = 0;
    while (i < n) {
        uint32_t c = u[i] < 0x80 ? u[i] : high[u[i] - 0x80];
        if (c != UNDEFINED) {
            if (sb_put_char(&b, c) < 0) goto fail;
            i++;
        } else if ((i = decode_error(&b, h, errors, "charmap", s, n, i, i + 1, REASON, 0, false)) <
                   0) {
            goto fail;
        }
    }
    return sb_finish(&b);
fail:
    sb_discard(&b);
    return NULL;
}

Value charmap_encode(Value str, const unsigned short *high, const char *errors) {
    const Encoder e = {"charmap", 0, 1, false, REASON, high};
    return encode_with(str, &e, errors, false);
}
