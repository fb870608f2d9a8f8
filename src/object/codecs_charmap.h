/* codecs_charmap.h: the single-byte table codecs (cp1252, iso8859-15, koi8-r, mac-roman, cp437,
 * ... : every ASCII-compatible charmap codec of CPython 3.11), whose messages name the codec
 * 'charmap', and the LookupError for codecs that are not text encodings (rot13, hex, ...). */
#ifndef PVM_CODECS_CHARMAP_H
#define PVM_CODECS_CHARMAP_H

#include "object.h"

typedef enum CharmapFind {
    CHARMAP_FOUND,
    CHARMAP_CJK,      /* a multi-byte codec of codecs_cjk.h */
    CHARMAP_NOT_TEXT, /* a bytes-to-bytes codec: the LookupError was raised */
    CHARMAP_NONE      /* no such codec: nothing raised */
} CharmapFind;

/* Looks encoding up as CPython's codec registry does (normalisation, aliases). FOUND sets
 * *high to the code points of bytes 0x80..0xFF (0xFFFE: undefined); CJK sets *cjk_name to
 * the codec's name. encode: which codecs.X() the NOT_TEXT message suggests. */
CharmapFind charmap_find(const char *encoding, bool encode, const unsigned short **high,
                         const char **cjk_name);

Value charmap_decode(const char *s, intptr_t n, const unsigned short *high, const char *errors);
Value charmap_encode(Value str, const unsigned short *high, const char *errors);

#endif
