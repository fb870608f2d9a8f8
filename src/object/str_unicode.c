/* str_unicode.c: lookups in the generated case mapping table and decimal digit values. */
#include "str_unicode.h"

int uni_case_map(uint32_t c, enum UniCase which, uint32_t out[3]) {
    if (c < 128) {
        if (which == UNI_TO_UPPER || which == UNI_TO_TITLE)
            out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
        else
            out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        return 1;
    }
    out[0] = c;
    if (!(uni_flags(c) & UNI_CASE_MAPPED)) return 1;
    size_t lo = 0, hi = uni_case_entry_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_case_entries[mid].c < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == uni_case_entry_count || uni_case_entries[lo].c != c) return 1;
    int32_t m = uni_case_entries[lo].map[which];
    if (m >= 0) {
        out[0] = (uint32_t)m;
        return 1;
    }
    const uint32_t *seq = uni_case_sequences + (-m);
    int n = (int)seq[0];
    for (int i = 0; i < n && i < 3; i++) out[i] = seq[i + 1];
    return n < 3 ? n : 3;
}

int uni_decimal_value(uint32_t c) {
    if (c < 128) return c >= '0' && c <= '9' ? (int)(c - '0') : -1;
    if (!uni_isdecimal(c)) return -1;
    size_t lo = 0, hi = uni_decimal_zero_count; /* the last zero <= c */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (uni_decimal_zeros[mid] <= c)
            lo = mid;
        else
            hi = mid;
    }
    return (int)(c - uni_decimal_zeros[lo]);
}
