/* codecs_escape.h: the unicode_escape and raw_unicode_escape codecs (Python-literal-style
 * backslash escapes over latin-1 bytes), with CPython's 'unicodeescape' / 'rawunicodeescape'
 * UnicodeDecodeError messages. */
#ifndef PVM_CODECS_ESCAPE_H
#define PVM_CODECS_ESCAPE_H

#include "object.h"

Value codec_encode_escape(Value str, bool raw); /* never fails but for MemoryError */
Value codec_decode_escape(const char *s, intptr_t n, bool raw, const char *errors);

#endif
