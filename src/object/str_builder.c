/* str_builder.c: StrBuilder, a growable code point buffer that starts at kind 1 and
 * widens to kind 2 or 4 as wider characters arrive, finished into an exact str. */
#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "str_internal.h"

void sb_init(StrBuilder *b) {
    b->buf = b->small;
    b->len = 0;
    b->cap = (intptr_t)sizeof b->small;
    b->kind = 1;
    b->maxchar = 0;
}

void sb_discard(StrBuilder *b) {
    if (b->buf != b->small) mem_free(b->buf);
    sb_init(b);
}

/* Reallocates to hold cap code points of the given kind, converting the contents. */
static int sb_resize(StrBuilder *b, intptr_t cap, int kind) {
    if (cap <= 0 || (uintptr_t)cap > (SIZE_MAX / 8) / (size_t)kind) goto oom;
    uint8_t *buf;
    if (kind == b->kind && b->buf != b->small) {
        buf = mem_realloc(b->buf, (size_t)cap * (size_t)kind);
        if (!buf) goto oom;
    } else {
        buf = mem_alloc((size_t)cap * (size_t)kind);
        if (!buf) goto oom;
        chars_copy(buf, kind, b->buf, b->kind, b->len);
        if (b->buf != b->small) mem_free(b->buf);
    }
    b->buf = buf;
    b->cap = cap;
    b->kind = kind;
    return 0;
oom:
    sb_discard(b);
    err_no_memory();
    return -1;
}

int sb_reserve(StrBuilder *b, intptr_t extra, uint32_t maxchar) {
    int kind = kind_for_max(maxchar);
    if (extra > INTPTR_MAX / 8 - b->len) {
        sb_discard(b);
        err_no_memory();
        return -1;
    }
    intptr_t need = b->len + extra;
    if (need <= b->cap && kind <= b->kind) return 0;
    intptr_t cap = b->cap;
    if (need > cap) cap = need + need / 2 + 16;
    return sb_resize(b, cap, kind > b->kind ? kind : b->kind);
}

int sb_put_char(StrBuilder *b, uint32_t c) {
    if ((b->len >= b->cap || c > kind_max(b->kind)) && sb_reserve(b, 1, c) < 0) return -1;
    if (c > b->maxchar) b->maxchar = c;
    kind_write(b->kind, b->buf, b->len++, c);
    return 0;
}

int sb_put_ascii(StrBuilder *b, const char *s, size_t n) {
    if (sb_reserve(b, (intptr_t)n, 0) < 0) return -1;
    if (b->kind == 1)
        memcpy(b->buf + b->len, s, n);
    else
        chars_copy(b->buf + b->len * b->kind, b->kind, s, 1, (intptr_t)n);
    b->len += (intptr_t)n;
    return 0;
}

int sb_put_utf8(StrBuilder *b, const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && !((uint8_t)s[run] & 0x80)) run++;
        if (run > i && sb_put_ascii(b, s + i, run - i) < 0) return -1;
        if (run == n) break;
        const uint8_t *p = (const uint8_t *)s + run;
        uint32_t c;
        size_t len = p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : 2;
        if (run + len > n || p[0] < 0xc0)
            c = 0xfffd, len = 1; /* malformed: keep going */
        else if (len == 2)
            c = (uint32_t)(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
        else if (len == 3)
            c = (uint32_t)(p[0] & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
        else
            c = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3f) << 12 |
                (uint32_t)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
        if (c > 0x10ffff) c = 0xfffd;
        if (sb_put_char(b, c) < 0) return -1;
        i = run + len;
    }
    return 0;
}

int sb_put_cstr(StrBuilder *b, const char *s) { return sb_put_utf8(b, s, strlen(s)); }

int sb_put_kind(StrBuilder *b, const void *data, int kind, intptr_t n) {
    if (n <= 0) return 0;
    uint32_t m = chars_max(data, kind, n);
    if (sb_reserve(b, n, m) < 0) return -1;
    if (m > b->maxchar) b->maxchar = m;
    chars_copy(b->buf + b->len * b->kind, b->kind, data, kind, n);
    b->len += n;
    return 0;
}

int sb_put_substr(StrBuilder *b, Value s, intptr_t start, intptr_t end) {
    if (end <= start) return 0;
    int k = str_kind(s);
    const uint8_t *src = (const uint8_t *)str_data(s) + start * k;
    if (!str_is_ascii(s)) return sb_put_kind(b, src, k, end - start);
    if (sb_reserve(b, end - start, 0x7f) < 0) return -1;
    chars_copy(b->buf + b->len * b->kind, b->kind, src, 1, end - start);
    b->len += end - start;
    return 0;
}

int sb_put_str(StrBuilder *b, Value s) { return sb_put_substr(b, s, 0, str_length(s)); }

int sb_put_repeat(StrBuilder *b, uint32_t c, intptr_t count) {
    if (count <= 0) return 0;
    if (sb_reserve(b, count, c) < 0) return -1;
    if (c > b->maxchar) b->maxchar = c;
    if (b->kind == 1)
        memset(b->buf + b->len, (int)c, (size_t)count);
    else
        for (intptr_t i = 0; i < count; i++) kind_write(b->kind, b->buf, b->len + i, c);
    b->len += count;
    return 0;
}

Value sb_finish(StrBuilder *b) {
    Value r;
    if (b->len <= 1) {
        r = b->len ? str_from_char(kind_read(b->kind, b->buf, 0)) : str_empty();
    } else {
        r = str_new_raw(b->len, b->maxchar);
        if (r) chars_copy(str_data(r), str_kind(r), b->buf, b->kind, b->len);
    }
    sb_discard(b);
    return r;
}
