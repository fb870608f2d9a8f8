/* codecs_wide.h: the utf-16 and utf-32 codecs. unit: 2 or 4 bytes; byteorder: -1 little
 * endian, 1 big endian, 0 the BOM form (encode writes a little-endian BOM first, decode
 * takes the order from a leading BOM, little endian without one). */
#ifndef PVM_CODECS_WIDE_H
#define PVM_CODECS_WIDE_H

#include "object.h"

Value codec_encode_wide(Value str, int unit, int byteorder, const char *errors);
Value codec_decode_wide(const char *s, intptr_t n, int unit, int byteorder, const char *errors);

#endif
