/* str_internal.h: helpers shared by the str implementation files (str*.c, codecs.c):
 * raw access to the PEP 393 data by kind, kind conversion, and a string builder that
 * widens its kind as wider characters arrive. */
#ifndef PVM_STR_INTERNAL_H
#define PVM_STR_INTERNAL_H

#include <string.h>

#include "str.h"

static inline void *str_data(Value s) { return ((Str *)s)->data; }
static inline int str_kind(Value s) { return ((Str *)s)->kind; }
static inline bool str_is_ascii(Value s) { return ((Str *)s)->ascii; }

static inline int kind_for_max(uint32_t maxchar) {
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}
static inline uint32_t kind_max(int kind) {
    return kind == 1 ? 0xff : kind == 2 ? 0xffff : 0x10ffff;
}
static inline uint32_t kind_read(int kind, const void *data, intptr_t i) {
    return kind == 1   ? ((const uint8_t *)data)[i]
           : kind == 2 ? ((const uint16_t *)data)[i]
                       : ((const uint32_t *)data)[i];
}
static inline void kind_write(int kind, void *data, intptr_t i, uint32_t c) {
    if (kind == 1)
        ((uint8_t *)data)[i] = (uint8_t)c;
    else if (kind == 2)
        ((uint16_t *)data)[i] = (uint16_t)c;
    else
        ((uint32_t *)data)[i] = c;
}

/* Writes the UTF-8 form of c (surrogates as 3 bytes); returns the number of bytes. */
static inline int utf8_put(char *p, uint32_t c) {
    if (c < 0x80) {
        p[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        p[0] = (char)(0xc0 | (c >> 6));
        p[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        p[0] = (char)(0xe0 | (c >> 12));
        p[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        p[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    p[0] = (char)(0xf0 | (c >> 18));
    p[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    p[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    p[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

void str_dealloc(Value s);

/* Copies n code points between kinds (narrowing requires the values to fit). */
void chars_copy(void *dst, int dkind, const void *src, int skind, intptr_t n);
uint32_t chars_max(const void *data, int kind, intptr_t n);
/* A str of the narrowest kind holding the n code points at data (of the given kind). */
Value str_from_kind(const void *data, int kind, intptr_t n);
/* s (stolen), filled through its data after str_new_raw with a maxchar bound, made
 * canonical: the narrowest kind, and the ascii flag exact (the singletons for length <= 1). */
Value str_canonical(Value s);
uint32_t str_max_char(Value s); /* an upper bound of the right kind: 0x7f, 0xff, 0xffff, 0x10ffff */

/* A growing buffer of code points, finished into an exact str. */
typedef struct StrBuilder {
    uint8_t *buf;
    intptr_t len, cap; /* in code points */
    int kind;
    uint32_t maxchar; /* bounds the code points written; same kind and ascii-ness */
    uint8_t small[128];
} StrBuilder;

void sb_init(StrBuilder *b);
int sb_reserve(StrBuilder *b, intptr_t extra, uint32_t maxchar); /* -1 + MemoryError */
int sb_put_char(StrBuilder *b, uint32_t c);
int sb_put_ascii(StrBuilder *b, const char *s, size_t n);
int sb_put_cstr(StrBuilder *b, const char *s); /* UTF-8 */
int sb_put_utf8(StrBuilder *b, const char *s, size_t n);
int sb_put_kind(StrBuilder *b, const void *data, int kind, intptr_t n); /* n code points */
int sb_put_substr(StrBuilder *b, Value s, intptr_t start, intptr_t end);
int sb_put_str(StrBuilder *b, Value s);
int sb_put_repeat(StrBuilder *b, uint32_t c, intptr_t count);
Value sb_finish(StrBuilder *b); /* the str (the builder is reset); NULL + MemoryError */
void sb_discard(StrBuilder *b);

#endif
