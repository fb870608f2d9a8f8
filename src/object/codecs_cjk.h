/* codecs_cjk.h: the CJK multi-byte codecs (shift_jis, cp932, euc_jp, euc_kr, cp949, gbk,
 * gb2312, gb18030, big5hkscs) through the C library's iconv, with CPython's "illegal /
 * incomplete multibyte sequence" UnicodeErrors. ASCII is always ASCII (as CPython); a few
 * rare characters map differently in glibc (e.g. euc_kr's 8-byte Hangul sequences). */
#ifndef PVM_CODECS_CJK_H
#define PVM_CODECS_CJK_H

#include "object.h"

/* name: the codec's registry name ("shift_jis"), as source_codec_lookup gives it. */
Value cjk_decode(const char *name, const char *s, intptr_t n, const char *errors);
Value cjk_encode(const char *name, Value str, const char *errors);

#endif
