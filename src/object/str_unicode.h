/* str_unicode.h: Unicode character properties and full case mappings as CPython 3.11's
 * str methods see them (str.isprintable, isspace, isalpha, ..., upper/lower/title/casefold
 * with the SpecialCasing expansions), from the generated tables of str_unicode_data.c. */
#ifndef PVM_STR_UNICODE_H
#define PVM_STR_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

#include "str_unicode_tables.h"

static inline unsigned uni_flags(uint32_t c) {
    if (c > 0x10ffff) return 0;
    return uni_flag_records[uni_blocks[uni_block_index[c >> UNI_BLOCK_SHIFT]]
                                      [c & ((1u << UNI_BLOCK_SHIFT) - 1)]];
}
static inline bool uni_isprintable(uint32_t c) { return uni_flags(c) & UNI_PRINTABLE; }
static inline bool uni_isspace(uint32_t c) {
    if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    return uni_flags(c) & UNI_SPACE;
}
static inline bool uni_isalpha(uint32_t c) { return uni_flags(c) & UNI_ALPHA; }
static inline bool uni_isdecimal(uint32_t c) { return uni_flags(c) & UNI_DECIMAL; }
static inline bool uni_isdigit(uint32_t c) { return uni_flags(c) & UNI_DIGIT; }
static inline bool uni_isnumeric(uint32_t c) { return uni_flags(c) & UNI_NUMERIC; }
static inline bool uni_isalnum(uint32_t c) {
    return uni_flags(c) & (UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC);
}
static inline bool uni_isupper(uint32_t c) { return uni_flags(c) & UNI_UPPER; }
static inline bool uni_islower(uint32_t c) { return uni_flags(c) & UNI_LOWER; }
static inline bool uni_istitle(uint32_t c) { return uni_flags(c) & UNI_TITLE; }
static inline bool uni_iscased(uint32_t c) { return uni_flags(c) & UNI_CASED; }
static inline bool uni_iscaseignorable(uint32_t c) { return uni_flags(c) & UNI_CASE_IGNORABLE; }
static inline bool uni_isidstart(uint32_t c) { return uni_flags(c) & UNI_ID_START; }
static inline bool uni_isidcontinue(uint32_t c) { return uni_flags(c) & UNI_ID_CONTINUE; }
static inline bool uni_islinebreak(uint32_t c) { return uni_flags(c) & UNI_LINEBREAK; }

/* The decimal digit value of c (0-9), or -1: for int() and float() of Unicode digits. */
int uni_decimal_value(uint32_t c);

enum UniCase { UNI_TO_LOWER, UNI_TO_UPPER, UNI_TO_TITLE, UNI_CASEFOLD };
/* The full mapping of c: writes 1 to 3 code points to out and returns their count. */
int uni_case_map(uint32_t c, enum UniCase which, uint32_t out[3]);

#endif
