/* str_textops.c: split, rsplit, splitlines, strip, replace, expandtabs and padding over
 * Text views, shared by the str, bytes and bytearray methods. */
#include "str_textops.h"

#include "../vm/errors.h"
#include "list.h"
#include "str_internal.h"
#include "str_unicode.h"

static Value str_alloc(intptr_t n, int kind, void **data) {
    Value r = str_new_raw(n, kind_max(kind));
    if (r) *data = str_data(r);
    return r;
}

/* Whitespace below 256: str.isspace() and bytes.isspace(). */
static const uint8_t str_spaces[256] = {
    ['\t'] = 1, ['\n'] = 1, [0x0b] = 1, [0x0c] = 1, ['\r'] = 1, [0x1c] = 1,
    [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1,  [0x85] = 1, [0xa0] = 1};
const uint8_t ascii_spaces[256] = {
    ['\t'] = 1, ['\n'] = 1, [0x0b] = 1, [0x0c] = 1, ['\r'] = 1, [' '] = 1};

const TextKind text_kind_str = {str_from_kind, str_alloc, str_canonical, true, str_spaces};

bool text_isspace(const TextKind *k, uint32_t c) {
    return c < 256 ? k->spaces[c] : k->unicode && uni_isspace(c);
}

static uint32_t at(Text s, intptr_t i) { return kind_read(s.kind, s.data, i); }

/* Appends s[start:end) made by k to list; -1 on error. */
static int add_piece(const TextKind *k, Value list, Text s, intptr_t start, intptr_t end) {
    Value piece = k->make((const uint8_t *)s.data + start * s.kind, s.kind, end - start);
    if (!piece) return -1;
    int rc = list_append(list, piece);
    decref(piece);
    return rc;
}

static Value fail(Value list) {
    decref(list);
    return NULL;
}

static Value split_whitespace(const TextKind *k, Text s, intptr_t maxsplit) {
    Value list = list_new(0);
    if (!list) return NULL;
    intptr_t i = 0, n = s.len;
    while (true) {
        while (i < n && text_isspace(k, at(s, i))) i++;
        if (i == n) break;
        intptr_t j = i;
        if (maxsplit == 0)
            j = n; /* the rest, trailing whitespace included */
        else
            while (j < n && !text_isspace(k, at(s, j))) j++;
        if (add_piece(k, list, s, i, j) < 0) return fail(list);
        if (maxsplit > 0) maxsplit--;
        i = j;
    }
    return list;
}

static Value rsplit_whitespace(const TextKind *k, Text s, intptr_t maxsplit) {
    Value list = list_new(0);
    if (!list) return NULL;
    intptr_t j = s.len;
    while (true) {
        while (j > 0 && text_isspace(k, at(s, j - 1))) j--;
        if (j == 0) break;
        intptr_t i = j;
        if (maxsplit == 0)
            i = 0;
        else
            while (i > 0 && !text_isspace(k, at(s, i - 1))) i--;
        if (add_piece(k, list, s, i, j) < 0) return fail(list);
        if (maxsplit > 0) maxsplit--;
        j = i;
    }
    return list;
}

static Value reverse_list(Value list) {
    intptr_t n = list_size(list);
    Value *items = ((List *)list)->items;
    for (intptr_t i = 0; i < n / 2; i++) {
        Value t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
    return list;
}

Value text_split(const TextKind *k, Text s, const Text *sep, intptr_t maxsplit) {
    if (!sep) return split_whitespace(k, s, maxsplit);
    Value list = list_new(0);
    if (!list) return NULL;
    intptr_t i = 0;
    while (maxsplit != 0) {
        intptr_t j = text_find(s, *sep, i, s.len, true);
        if (j < 0) break;
        if (add_piece(k, list, s, i, j) < 0) return fail(list);
        i = j + sep->len;
        if (maxsplit > 0) maxsplit--;
    }
    if (add_piece(k, list, s, i, s.len) < 0) return fail(list);
    return list;
}

Value text_rsplit(const TextKind *k, Text s, const Text *sep, intptr_t maxsplit) {
    if (!sep) {
        Value list = rsplit_whitespace(k, s, maxsplit);
        return list ? reverse_list(list) : NULL;
    }
    Value list = list_new(0);
    if (!list) return NULL;
    intptr_t j = s.len;
    while (maxsplit != 0) {
        intptr_t i = text_find(s, *sep, 0, j, false);
        if (i < 0) break;
        if (add_piece(k, list, s, i + sep->len, j) < 0) return fail(list);
        j = i;
        if (maxsplit > 0) maxsplit--;
    }
    if (add_piece(k, list, s, 0, j) < 0) return fail(list);
    return reverse_list(list);
}

static bool is_line_break(const TextKind *k, uint32_t c) {
    if (c == '\n' || c == '\r') return true;
    return k->unicode && uni_islinebreak(c);
}

Value text_splitlines(const TextKind *k, Text s, bool keepends) {
    Value list = list_new(0);
    if (!list) return NULL;
    intptr_t i = 0;
    while (i < s.len) {
        intptr_t j = i;
        while (j < s.len && !is_line_break(k, at(s, j))) j++;
        intptr_t eol = j;
        if (j < s.len) {
            j += at(s, j) == '\r' && j + 1 < s.len && at(s, j + 1) == '\n' ? 2 : 1;
            if (keepends) eol = j;
        }
        if (add_piece(k, list, s, i, eol) < 0) return fail(list);
        i = j;
    }
    return list;
}

static bool in_chars(const TextKind *k, const Text *chars, uint32_t c) {
    if (!chars) return text_isspace(k, c);
    for (intptr_t i = 0; i < chars->len; i++)
        if (at(*chars, i) == c) return true;
    return false;
}

void text_strip_bounds(const TextKind *k, Text s, const Text *chars, int which, intptr_t *start,
                       intptr_t *end) {
    intptr_t i = 0, j = s.len;
    if (which & STRIP_LEFT)
        while (i < j && in_chars(k, chars, at(s, i))) i++;
    if (which & STRIP_RIGHT)
        while (j > i && in_chars(k, chars, at(s, j - 1))) j--;
    *start = i;
    *end = j;
}

/* A result object of n code points of the given kind, filled in order by the caller. */
typedef struct OutBuf {
    Value obj;
    uint8_t *data;
    int kind;
    intptr_t len;
} OutBuf;

static int out_init(const TextKind *k, OutBuf *o, intptr_t n, int kind) {
    void *data = NULL;
    o->kind = kind;
    o->len = 0;
    o->obj = k->alloc(n, kind, &data);
    o->data = data;
    return o->obj ? 0 : -1;
}

static void out_text(OutBuf *o, Text t) {
    chars_copy(o->data + o->len * o->kind, o->kind, t.data, t.kind, t.len);
    o->len += t.len;
}

static void out_char(OutBuf *o, uint32_t c) { kind_write(o->kind, o->data, o->len++, c); }

static Value out_finish(const TextKind *k, OutBuf *o) { return k->finish(o->obj); }

static int wider(int a, int b) { return a > b ? a : b; }

Value text_replace(const TextKind *k, Text s, Text old, Text new_, intptr_t count) {
    intptr_t n = text_count(s, old, 0, s.len, count);
    if (n > 0 && new_.len > old.len && (new_.len - old.len) > (INTPTR_MAX / 8 - s.len) / n)
        return err_no_memory();
    OutBuf o;
    if (out_init(k, &o, s.len + n * (new_.len - old.len), wider(s.kind, new_.kind)) < 0)
        return NULL;
    if (old.len == 1 && new_.len == 1) { /* one character for another: copy, then patch */
        out_text(&o, s);
        uint32_t from = at(old, 0), to = at(new_, 0);
        if (o.kind == 1) {
            for (intptr_t i = 0, done = 0; done < n; done++) {
                uint8_t *p = memchr(o.data + i, (int)from, (size_t)(s.len - i));
                *p = (uint8_t)to;
                i = p - o.data + 1;
            }
        } else {
            for (intptr_t i = 0, done = 0; done < n; i++)
                if (at(s, i) == from) kind_write(o.kind, o.data, i, to), done++;
        }
        return out_finish(k, &o);
    }
    intptr_t i = 0;
    for (intptr_t done = 0; done < n; done++) {
        if (old.len == 0) {
            out_text(&o, new_);
            if (i < s.len) out_char(&o, at(s, i));
            i++;
            continue;
        }
        intptr_t j = text_find(s, old, i, s.len, true);
        out_text(&o, text_slice(s, i, j));
        out_text(&o, new_);
        i = j + old.len;
    }
    if (i < s.len) out_text(&o, text_slice(s, i, s.len));
    return out_finish(k, &o);
}

Value text_expandtabs(const TextKind *k, Text s, intptr_t tabsize) {
    intptr_t size = 0, column = 0;
    for (intptr_t i = 0; i < s.len; i++) {
        uint32_t c = at(s, i);
        intptr_t add = c == '\t' ? (tabsize > 0 ? tabsize - column % tabsize : 0) : 1;
        if (add > INTPTR_MAX / 8 - size) return err_format(&exc_OverflowError, "result too long");
        size += add;
        column = c == '\n' || c == '\r' ? 0 : column + add;
    }
    OutBuf o;
    if (out_init(k, &o, size, s.kind) < 0) return NULL;
    column = 0;
    for (intptr_t i = 0; i < s.len; i++) {
        uint32_t c = at(s, i);
        if (c == '\t') {
            intptr_t add = tabsize > 0 ? tabsize - column % tabsize : 0;
            for (intptr_t j = 0; j < add; j++) out_char(&o, ' ');
            column += add;
        } else {
            out_char(&o, c);
            column = c == '\n' || c == '\r' ? 0 : column + 1;
        }
    }
    return out_finish(k, &o);
}

Value text_pad(const TextKind *k, Text s, intptr_t left, intptr_t right, uint32_t fill) {
    OutBuf o;
    if (out_init(k, &o, left + s.len + right, wider(s.kind, kind_for_max(fill))) < 0) return NULL;
    for (intptr_t i = 0; i < left; i++) out_char(&o, fill);
    out_text(&o, s);
    for (intptr_t i = 0; i < right; i++) out_char(&o, fill);
    return out_finish(k, &o);
}
