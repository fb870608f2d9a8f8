/* codecs_internal.h: the machinery codecs.c and codecs_wide.c share: error handler
 * names, the decode error step, the byte buffer encoders write into, and the Encoder
 * description that one encoding loop serves for every codec. */
#ifndef PVM_CODECS_INTERNAL_H
#define PVM_CODECS_INTERNAL_H

#include "codecs.h"
#include "str_internal.h"

typedef enum Handler {
    H_STRICT,
    H_IGNORE,
    H_REPLACE,
    H_BACKSLASHREPLACE,
    H_SURROGATEESCAPE,
    H_SURROGATEPASS,
    H_XMLCHARREFREPLACE,
    H_NAMEREPLACE,
    H_UNKNOWN,
} Handler;

Handler handler_of(const char *errors); /* NULL: strict */

/* Handles the undecodable bytes s[start:end) of a decode by `encoding` (its name in
 * messages): appends the handler's replacement to b and returns the position to go on
 * from, or -1 with the error raised. unit: the code unit size for surrogatepass. */
intptr_t decode_error(StrBuilder *b, Handler h, const char *errors, const char *encoding,
                      const char *s, intptr_t n, intptr_t start, intptr_t end, const char *reason,
                      int unit, bool big_endian);

typedef struct ByteBuf {
    char *data;
    intptr_t len, cap;
} ByteBuf;

int bb_put(ByteBuf *bb, const void *p, intptr_t n); /* -1 MemoryError */

typedef struct Encoder {
    const char *name; /* "utf-8", "ascii", "latin-1", "utf-16-le", ... */
    uint32_t limit;   /* 128 or 256 for ascii / latin-1, else 0: any non-surrogate */
    int unit;         /* 1 (utf-8 and 8-bit codecs), 2 (utf-16) or 4 (utf-32) */
    bool big_endian;
    const char *reason;         /* of the UnicodeEncodeError */
    const unsigned short *high; /* a charmap codec's bytes 0x80..0xFF (codecs_charmap.c) */
} Encoder;

/* The byte a charmap codec's table encodes c to, or -1. */
int charmap_byte(const unsigned short *high, uint32_t c);

/* Handles the unencodable s[start:end) as the handler says: 0, or -1 with the error raised. */
int encode_error(ByteBuf *bb, const Encoder *e, Handler h, const char *errors, Value s,
                 intptr_t start, intptr_t end);

/* str -> bytes through e, with the error handler; bom: a BOM is written first. */
Value encode_with(Value s, const Encoder *e, const char *errors, bool bom);

#endif
