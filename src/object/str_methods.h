/* str_methods.h: the methods of str, spread over str_methods.c (search, split, join,
 * padding, encode, ...), str_case.c (case mapping and the is* predicates), str_format.c
 * (str.format, format_map, __format__) and str_percent.c (printf-style %). */
#ifndef PVM_STR_METHODS_H
#define PVM_STR_METHODS_H

#include "str_internal.h"
#include "str_search.h"

extern MethodDef str_methods[];

static inline Text str_text(Value s) {
    Text t = {str_data(s), str_length(s), str_kind(s)};
    return t;
}

/* Index of sub in s[start:end) (bounds already adjusted), first when forward, else last;
 * -1 when absent. */
intptr_t str_find(Value s, Value sub, intptr_t start, intptr_t end, bool forward);
Value str_repeat(Value s, intptr_t count);
Value str_percent_format(Value format, Value args); /* format % args */

/* Case mapping and character classes, shared with bytes (str_case.c). */
typedef enum CaseOp {
    CASE_LOWER,
    CASE_UPPER,
    CASE_FOLD,
    CASE_SWAP,
    CASE_TITLE,
    CASE_CAPITALIZE
} CaseOp;
void ascii_case_convert(const uint8_t *src, uint8_t *dst, intptr_t n, CaseOp op);
typedef unsigned (*CharFlags)(uint32_t c); /* UNI_* flags of a character */
unsigned str_char_flags(uint32_t c);
bool text_all_have(Text t, CharFlags flags, unsigned mask); /* non-empty, each has a flag */
/* Some character has the flags want, none has reject (islower / isupper). */
bool text_has_only_case(Text t, CharFlags flags, unsigned want, unsigned reject);
bool text_istitle(Text t, CharFlags flags);

#define STR_METHOD(name) Value name(Value self, Value const *args, size_t nargs, Value kwnames)
/* str_case.c */
STR_METHOD(str_lower);
STR_METHOD(str_upper);
STR_METHOD(str_casefold);
STR_METHOD(str_swapcase);
STR_METHOD(str_title);
STR_METHOD(str_capitalize);
STR_METHOD(str_isascii);
STR_METHOD(str_islower);
STR_METHOD(str_isupper);
STR_METHOD(str_istitle);
STR_METHOD(str_isspace);
STR_METHOD(str_isdecimal);
STR_METHOD(str_isdigit);
STR_METHOD(str_isnumeric);
STR_METHOD(str_isalpha);
STR_METHOD(str_isalnum);
STR_METHOD(str_isidentifier);
STR_METHOD(str_isprintable);
/* str_format.c */
STR_METHOD(str_format_method);
STR_METHOD(str_format_map);
STR_METHOD(str_dunder_format);

#endif
