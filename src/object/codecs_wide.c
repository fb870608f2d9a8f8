/* codecs_wide.c: the utf-16 and utf-32 codecs (little / big endian, and the BOM-marked
 * forms that detect the byte order when decoding), with CPython's error reasons. */
#include "../vm/errors.h"
#include "codecs_internal.h"
#include "codecs_wide.h"

static const char *const wide_names[2][2] = {{"utf-16-le", "utf-16-be"},
                                             {"utf-32-le", "utf-32-be"}};

Value codec_encode_wide(Value str, int unit, int byteorder, const char *errors) {
    bool big = byteorder > 0;
    const char *name =
        byteorder == 0 ? (unit == 2 ? "utf-16" : "utf-32") : wide_names[unit == 4][big];
    Encoder e = {name, 0, unit, big, "surrogates not allowed", NULL};
    return encode_with(str, &e, errors, byteorder == 0);
}

static uint32_t read_unit(const uint8_t *p, int unit, bool big) {
    uint32_t c = 0;
    for (int k = 0; k < unit; k++) c = c << 8 | p[big ? k : unit - 1 - k];
    return c;
}

/* One code point at u[i]: its value and length, or 0 with the error's end and reason. */
static int wide_char(const uint8_t *u, intptr_t n, intptr_t i, int unit, bool big, uint32_t *out,
                     intptr_t *bad_end, const char **reason) {
    if (n - i < unit) {
        *bad_end = n;
        *reason = "truncated data";
        return 0;
    }
    uint32_t c = read_unit(u + i, unit, big);
    *bad_end = i + unit;
    if (unit == 4) {
        if (c > 0x10ffff)
            *reason = "code point not in range(0x110000)";
        else if (c >= 0xd800 && c <= 0xdfff)
            *reason = "code point in surrogate code point range(0xd800, 0xe000)";
        else
            return *out = c, 4;
        return 0;
    }
    if (c < 0xd800 || c > 0xdfff) return *out = c, 2;
    if (c >= 0xdc00)
        *reason = "illegal encoding";
    else if (n - i < 4) {
        *bad_end = n;
        *reason = "unexpected end of data";
    } else {
        uint32_t low = read_unit(u + i + 2, 2, big);
        if (low >= 0xdc00 && low <= 0xdfff)
            return *out = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00), 4;
        *reason = "illegal UTF-16 surrogate";
    }
    return 0;
}

Value codec_decode_wide(const char *s, intptr_t n, int unit, int byteorder, const char *errors) {
    const uint8_t *u = (const uint8_t *)s;
    intptr_t i = 0;
    if (byteorder == 0) { /* a BOM picks the order; little endian without one */
        byteorder = -1;
        if (n >= unit && read_unit(u, unit, false) == 0xfeff)
            i = unit;
        else if (n >= unit && read_unit(u, unit, true) == 0xfeff)
            i = unit, byteorder = 1;
    }
    bool big = byteorder > 0;
    const char *name = wide_names[unit == 4][big];
    Handler h = handler_of(errors);
    StrBuilder b;
    sb_init(&b);
    while (i < n) {
        uint32_t c = 0;
        intptr_t bad_end;
        const char *reason;
        int len = wide_char(u, n, i, unit, big, &c, &bad_end, &reason);
        if (len > 0) {
            if (sb_put_char(&b, c) < 0) return NULL;
            i += len;
        } else if ((i = decode_error(&b, h, errors, name, s, n, i, bad_end, reason, unit, big)) <
                   0) {
            sb_discard(&b);
            return NULL;
        }
    }
    return sb_finish(&b);
}
