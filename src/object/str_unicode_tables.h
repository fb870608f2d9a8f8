/* str_unicode_tables.h: the layout of the generated Unicode tables (str_unicode_data.c,
 * made by tools/gen_str_unicode.py): property flags per code point through a two-level table,
 * and the full case mappings of the code points that have one. */
#ifndef PVM_STR_UNICODE_TABLES_H
#define PVM_STR_UNICODE_TABLES_H

#include <stddef.h>
#include <stdint.h>

enum {
    UNI_PRINTABLE = 1 << 0,
    UNI_SPACE = 1 << 1,
    UNI_ALPHA = 1 << 2,
    UNI_DECIMAL = 1 << 3,
    UNI_DIGIT = 1 << 4,
    UNI_NUMERIC = 1 << 5,
    UNI_UPPER = 1 << 6,
    UNI_LOWER = 1 << 7,
    UNI_TITLE = 1 << 8,
    UNI_CASED = 1 << 9,
    UNI_CASE_IGNORABLE = 1 << 10,
    UNI_ID_START = 1 << 11,
    UNI_ID_CONTINUE = 1 << 12,
    UNI_LINEBREAK = 1 << 13,
    UNI_CASE_MAPPED = 1 << 14, /* has an entry in uni_case_entries */
};
enum { UNI_BLOCK_SHIFT = 7 };

/* A case mapping: a code point (>= 0) or -offset of a sequence in uni_case_sequences
 * (its length, then the code points). */
typedef struct UniCaseEntry {
    uint32_t c;
    int32_t map[4]; /* lower, upper, title, casefold */
} UniCaseEntry;

extern const uint16_t uni_flag_records[];
extern const uint16_t uni_block_index[];
extern const uint8_t uni_blocks[][1 << UNI_BLOCK_SHIFT];
extern const UniCaseEntry uni_case_entries[];
extern const size_t uni_case_entry_count;
extern const uint32_t uni_case_sequences[];
extern const uint32_t uni_decimal_zeros[]; /* the digit zero of every decimal digit run */
extern const size_t uni_decimal_zero_count;

#endif
