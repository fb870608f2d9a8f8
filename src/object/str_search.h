/* str_search.h: substring search over code point arrays of any kind (str data, and bytes
 * as kind 1): find first / last and count of non-overlapping occurrences. */
#ifndef PVM_STR_SEARCH_H
#define PVM_STR_SEARCH_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Text { /* a read-only view of code points */
    const void *data;
    intptr_t len;
    int kind; /* 1, 2 or 4 */
} Text;

static inline Text text_slice(Text t, intptr_t start, intptr_t end) {
    Text r = {(const uint8_t *)t.data + start * t.kind, end - start, t.kind};
    return r;
}

/* Index in [start, end) of the first (forward) or last match of needle, or -1. The
 * bounds are already clamped to 0 <= start, end <= hay.len. */
intptr_t text_find(Text hay, Text needle, intptr_t start, intptr_t end, bool forward);
/* Non-overlapping matches in [start, end), at most maxcount (< 0: no limit). */
intptr_t text_count(Text hay, Text needle, intptr_t start, intptr_t end, intptr_t maxcount);
bool text_equal_at(Text hay, intptr_t pos, Text needle); /* needle fits at pos */

#endif
