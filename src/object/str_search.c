/* str_search.c: substring search over code point arrays: memchr / memmem for kind 1,
 * a first-character scan with a full compare for wider kinds. */
#include "str_search.h"

#include <string.h>

#include "str_internal.h"

bool text_equal_at(Text hay, intptr_t pos, Text needle) {
    if (pos < 0 || pos + needle.len > hay.len) return false;
    if (hay.kind == needle.kind)
        return memcmp((const uint8_t *)hay.data + pos * hay.kind, needle.data,
                      (size_t)(needle.len * needle.kind)) == 0;
    for (intptr_t i = 0; i < needle.len; i++)
        if (kind_read(hay.kind, hay.data, pos + i) != kind_read(needle.kind, needle.data, i))
            return false;
    return true;
}

static intptr_t find_kind1(const uint8_t *h, intptr_t start, intptr_t end, const uint8_t *n,
                           intptr_t nlen, bool forward) {
    if (forward && nlen > 8) { /* long needles: the C library's linear-time search */
        const uint8_t *p = memmem(h + start, (size_t)(end - start), n, (size_t)nlen);
        return p ? p - h : -1;
    }
    if (forward) { /* short needles: find the first byte, then compare the rest */
        intptr_t last = end - nlen;
        while (start <= last) {
            const uint8_t *p = memchr(h + start, n[0], (size_t)(last - start + 1));
            if (!p) return -1;
            if (memcmp(p + 1, n + 1, (size_t)nlen - 1) == 0) return p - h;
            start = p - h + 1;
        }
        return -1;
    }
    intptr_t last = end - nlen; /* candidate positions are start..last */
    while (last >= start) {
        const uint8_t *p = memrchr(h + start, n[0], (size_t)(last - start + 1));
        if (!p) return -1;
        if (memcmp(p, n, (size_t)nlen) == 0) return p - h;
        last = p - h - 1;
    }
    return -1;
}

intptr_t text_find(Text hay, Text needle, intptr_t start, intptr_t end, bool forward) {
    if (end - start < needle.len) return -1;
    if (needle.len == 0) return forward ? start : end;
    if (hay.kind == 1 && needle.kind == 1)
        return find_kind1(hay.data, start, end, needle.data, needle.len, forward);
    uint32_t first = kind_read(needle.kind, needle.data, 0);
    if (first > kind_max(hay.kind)) return -1;
    intptr_t last = end - needle.len;
    if (forward) {
        for (intptr_t i = start; i <= last; i++)
            if (kind_read(hay.kind, hay.data, i) == first && text_equal_at(hay, i, needle))
                return i;
    } else {
        for (intptr_t i = last; i >= start; i--)
            if (kind_read(hay.kind, hay.data, i) == first && text_equal_at(hay, i, needle))
                return i;
    }
    return -1;
}

intptr_t text_count(Text hay, Text needle, intptr_t start, intptr_t end, intptr_t maxcount) {
    if (end - start < needle.len) return 0;
    if (needle.len == 0) {
        intptr_t n = end - start + 1;
        return maxcount >= 0 && maxcount < n ? maxcount : n;
    }
    intptr_t count = 0;
    if (needle.len == 1 && maxcount < 0) { /* one character: a plain counting loop */
        uint32_t c = kind_read(needle.kind, needle.data, 0);
        if (hay.kind == 1) {
            const uint8_t *p = hay.data;
            for (intptr_t i = start; i < end; i++) count += p[i] == c;
        } else {
            for (intptr_t i = start; i < end; i++) count += kind_read(hay.kind, hay.data, i) == c;
        }
        return count;
    }
    while (maxcount < 0 || count < maxcount) {
        intptr_t i = text_find(hay, needle, start, end, true);
        if (i < 0) break;
        count++;
        start = i + needle.len;
    }
    return count;
}
