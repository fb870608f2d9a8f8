/* source_codecs.h: the codecs a PEP 263 coding cookie may name: lookup as CPython's codec
 * registry does it (name normalisation and aliases), and decoding of a whole source into UTF-8
 * with the codecs' UnicodeDecodeError messages. Single-byte codecs use generated tables
 * (source_codecs_data.h); the CJK multi-byte codecs use the C library's iconv. */
#ifndef PVM_SOURCE_CODECS_H
#define PVM_SOURCE_CODECS_H

#include <stddef.h>

typedef enum SourceCodecKind {
    CODEC_UNKNOWN,  /* no such codec ("unknown encoding: X") */
    CODEC_NOT_TEXT, /* a bytes-to-bytes codec such as rot13 or hex */
    CODEC_UTF8,
    CODEC_ASCII,
    CODEC_LATIN1,
    CODEC_TABLE, /* single-byte, ASCII-compatible */
    CODEC_ICONV  /* multi-byte, ASCII-compatible */
} SourceCodecKind;

typedef struct SourceCodec {
    SourceCodecKind kind;
    const char *name;           /* the registry's codec name: "utf_8", "cp1252", "euc_jp", ... */
    const unsigned short *high; /* CODEC_TABLE: code points of bytes 0x80..0xFF */
} SourceCodec;

/* The codec for an encoding name as written (any case, '-', '_', ' ' or '.' spellings). */
SourceCodec source_codec_lookup(const char *name, size_t len);

/* Decodes src[0..len) with codec c (not CODEC_UNKNOWN/CODEC_NOT_TEXT) into a new
 * NUL-terminated UTF-8 buffer (mem_alloc) *out of *out_len bytes. Returns 0; -1 on a decoding
 * error with msg set to CPython's message ("'charmap' codec can't decode byte 0x81 in
 * position 22: character maps to <undefined>"); -2 on out-of-memory. */
int source_codec_decode(const SourceCodec *c, const char *src, size_t len, char **out,
                        size_t *out_len, char *msg, size_t msg_size);

#endif
