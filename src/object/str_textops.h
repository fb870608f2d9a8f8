/* str_textops.h: the algorithms str, bytes and bytearray methods share (split, rsplit,
 * splitlines, strip, replace, expandtabs, padding), written once over Text views. Results
 * are made by the caller's TextKind (str pieces for str, bytes pieces for bytes). */
#ifndef PVM_STR_TEXTOPS_H
#define PVM_STR_TEXTOPS_H

#include "object.h"
#include "str_search.h"

typedef struct TextKind {
    Value (*make)(const void *data, int kind, intptr_t n); /* a new result object */
    /* A new result object with room for n code points of the given kind, to be filled
     * through *data and then passed to finish (which steals it). */
    Value (*alloc)(intptr_t n, int kind, void **data);
    Value (*finish)(Value r);
    bool unicode;          /* str rules for line breaks, else ASCII (bytes) rules */
    const uint8_t *spaces; /* 256 entries: 1 for the whitespace code points below 256 */
} TextKind;

extern const TextKind text_kind_str;
extern const uint8_t ascii_spaces[256]; /* bytes.isspace() */

bool text_isspace(const TextKind *k, uint32_t c);

/* sep NULL: split on runs of whitespace. maxsplit < 0: no limit. Returns a list. */
Value text_split(const TextKind *k, Text s, const Text *sep, intptr_t maxsplit);
Value text_rsplit(const TextKind *k, Text s, const Text *sep, intptr_t maxsplit);
Value text_splitlines(const TextKind *k, Text s, bool keepends);

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };
/* The bounds [*start, *end) left after stripping chars (NULL: whitespace). */
void text_strip_bounds(const TextKind *k, Text s, const Text *chars, int which, intptr_t *start,
                       intptr_t *end);

/* s with the first count (< 0: all) occurrences of old replaced by new. */
Value text_replace(const TextKind *k, Text s, Text old, Text new_, intptr_t count);
Value text_expandtabs(const TextKind *k, Text s, intptr_t tabsize);
/* s padded to width with left fill characters before it and the rest after. */
Value text_pad(const TextKind *k, Text s, intptr_t left, intptr_t right, uint32_t fill);

#endif
