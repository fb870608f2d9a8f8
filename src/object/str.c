/* str.c: the core of the str type: creation (PEP 393 kinds, narrowest kind always),
 * the cached UTF-8 form, hashing, equality and ordering, concatenation, substrings,
 * repr, interning with the COMMON_NAMES table, and str_from_format. */
#include <stdarg.h>
#include <stdio.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "codecs.h"
#include "siphash.h"
#include "str_internal.h"
#include "str_unicode.h"

CommonNames common_names;

static Str *latin1_cache[256];
static Str *empty_cache;

/* ---- kinds ---- */

void chars_copy(void *dst, int dkind, const void *src, int skind, intptr_t n) {
    if (dkind == skind) {
        memcpy(dst, src, (size_t)n * (size_t)dkind);
        return;
    }
    for (intptr_t i = 0; i < n; i++) kind_write(dkind, dst, i, kind_read(skind, src, i));
}

static bool ascii_only(const uint8_t *p, intptr_t n) {
    intptr_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL) return false;
    }
    for (; i < n; i++)
        if (p[i] & 0x80) return false;
    return true;
}

uint32_t chars_max(const void *data, int kind, intptr_t n) {
    if (kind == 1) return ascii_only(data, n) ? 0x7f : 0xff;
    uint32_t seen = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = kind_read(kind, data, i);
        if (c >= 0x10000) return 0x10ffff;
        seen |= c;
    }
    return seen >= 0x100 ? 0xffff : seen >= 0x80 ? 0xff : 0x7f;
}

uint32_t str_max_char(Value s) {
    Str *o = (Str *)s;
    return o->kind == 1 ? (o->ascii ? 0x7f : 0xff) : o->kind == 2 ? 0xffff : 0x10ffff;
}

/* ---- creation ---- */

Value str_new_raw(intptr_t length, uint32_t maxchar) {
    int kind = kind_for_max(maxchar);
    if (length < 0 || (uintptr_t)length >= (SIZE_MAX / 8 - sizeof(Str)) / (size_t)kind)
        return err_no_memory();
    /* Allocated directly (not object_new): str_init runs before the types are ready, and
     * the data needs no zeroing. object_free releases it like any non-GC object. */
    Str *s = mem_alloc(sizeof(Str) + (size_t)(length + 1) * (size_t)kind);
    if (!s) return err_no_memory();
    s->ob.refcount = 1;
    s->ob.type = &type_str;
    s->length = length;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = maxchar < 0x80;
    s->interned = false;
    if (s->ascii) {
        s->utf8 = (char *)s->data;
        s->utf8_length = length;
    } else {
        s->utf8 = NULL;
        s->utf8_length = 0;
    }
    kind_write(kind, s->data, length, 0);
    return (Value)s;
}

static Value make_immortal(Value s) {
    if (s) s->refcount = IMMORTAL_REFCOUNT;
    return s;
}

Value str_empty(void) {
    if (!empty_cache) empty_cache = (Str *)make_immortal(str_new_raw(0, 0));
    return (Value)empty_cache;
}

Value str_from_char(uint32_t c) {
    if (c < 256) {
        if (!latin1_cache[c]) {
            Value s = make_immortal(str_new_raw(1, c));
            if (!s) return NULL;
            ((Str *)s)->data[0] = (uint8_t)c;
            latin1_cache[c] = (Str *)s;
        }
        return (Value)latin1_cache[c];
    }
    Value s = str_new_raw(1, c);
    if (s) kind_write(str_kind(s), str_data(s), 0, c);
    return s;
}

Value str_from_kind(const void *data, int kind, intptr_t n) {
    if (n == 0) return str_empty();
    if (n == 1) return str_from_char(kind_read(kind, data, 0));
    Value s = str_new_raw(n, chars_max(data, kind, n));
    if (s) chars_copy(str_data(s), str_kind(s), data, kind, n);
    return s;
}

Value str_canonical(Value s) {
    Str *o = (Str *)s;
    uint32_t m = chars_max(o->data, o->kind, o->length);
    if (kind_for_max(m) < o->kind || o->length <= 1) {
        Value r = str_from_kind(o->data, o->kind, o->length);
        decref(s);
        return r;
    }
    if (m < 0x80 && !o->ascii) {
        if (o->utf8) mem_free(o->utf8);
        o->ascii = true;
        o->utf8 = (char *)o->data;
        o->utf8_length = o->length;
    }
    return s;
}

Value str_from_utf8(const char *s, size_t len) {
    if ((intptr_t)len < 0) return err_no_memory();
    if (len <= 1 || !ascii_only((const uint8_t *)s, (intptr_t)len)) {
        if (len == 0) return str_empty();
        if (len == 1 && !((uint8_t)s[0] & 0x80)) return str_from_char((uint8_t)s[0]);
        return codec_decode_utf8(s, (intptr_t)len, "surrogatepass");
    }
    Value r = str_new_raw((intptr_t)len, 0x7f);
    if (r) memcpy(str_data(r), s, len);
    return r;
}

Value str_from_cstr(const char *s) { return str_from_utf8(s, strlen(s)); }

Value str_from_codepoints(const uint32_t *cps, size_t n) {
    if ((intptr_t)n < 0) return err_no_memory();
    for (size_t i = 0; i < n; i++)
        if (cps[i] > 0x10ffff) {
            err_format(&exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
                       (unsigned)cps[i]);
            return NULL;
        }
    return str_from_kind(cps, 4, (intptr_t)n);
}

void str_dealloc(Value v) {
    Str *s = (Str *)v;
    if (s->utf8 && s->utf8 != (char *)s->data) mem_free(s->utf8);
    object_free(v);
}

/* ---- UTF-8 form ---- */

const char *str_utf8_len(Value v, intptr_t *len) {
    Str *s = (Str *)v;
    if (!s->utf8) {
        intptr_t size = 0;
        for (intptr_t i = 0; i < s->length; i++) {
            uint32_t c = kind_read(s->kind, s->data, i);
            if (c >= 0xd800 && c <= 0xdfff) {
                Value ok = codec_encode_utf8(v, NULL); /* raises the UnicodeEncodeError */
                xdecref(ok);
                return NULL;
            }
            size += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        char *buf = mem_alloc((size_t)size + 1);
        if (!buf) return err_no_memory(), NULL;
        char *p = buf;
        for (intptr_t i = 0; i < s->length; i++) p += utf8_put(p, kind_read(s->kind, s->data, i));
        *p = '\0';
        s->utf8 = buf;
        s->utf8_length = size;
    }
    if (len) *len = s->utf8_length;
    return s->utf8;
}

const char *str_utf8(Value s) { return str_utf8_len(s, NULL); }

/* ---- hashing, equality, ordering ---- */

hash_t str_hash(Value v) {
    Str *s = (Str *)v;
    if (s->hash == -1) s->hash = hash_bytes(s->data, (size_t)s->length * s->kind);
    return s->hash;
}

bool str_equal(Value a, Value b) {
    if (a == b) return true;
    Str *x = (Str *)a, *y = (Str *)b;
    if (x->length != y->length || x->kind != y->kind) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, (size_t)x->length * x->kind) == 0;
}

int str_compare(Value a, Value b) {
    Str *x = (Str *)a, *y = (Str *)b;
    intptr_t n = x->length < y->length ? x->length : y->length;
    if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(x->data, y->data, (size_t)n);
        if (c) return c;
    } else {
        for (intptr_t i = 0; i < n; i++) {
            uint32_t c1 = kind_read(x->kind, x->data, i), c2 = kind_read(y->kind, y->data, i);
            if (c1 != c2) return c1 < c2 ? -1 : 1;
        }
    }
    return x->length < y->length ? -1 : x->length > y->length;
}

bool str_equal_cstr(Value s, const char *cstr) {
    intptr_t n;
    const char *u = str_utf8_len(s, &n);
    if (!u) {
        err_clear();
        return false;
    }
    return (size_t)n == strlen(cstr) && memcmp(u, cstr, (size_t)n) == 0;
}

/* ---- concatenation and substrings ---- */

Value str_concat(Value a, Value b) {
    intptr_t la = str_length(a), lb = str_length(b);
    if (lb == 0 && is_str_exact(a)) return incref(a);
    if (la == 0 && is_str_exact(b)) return incref(b);
    if (la > INTPTR_MAX / 4 - lb) return err_no_memory();
    uint32_t ma = str_max_char(a), mb = str_max_char(b);
    Value r = str_new_raw(la + lb, ma > mb ? ma : mb);
    if (!r) return NULL;
    int k = str_kind(r);
    chars_copy(str_data(r), k, str_data(a), str_kind(a), la);
    chars_copy((uint8_t *)str_data(r) + la * k, k, str_data(b), str_kind(b), lb);
    return r;
}

Value str_substring(Value s, intptr_t start, intptr_t end) {
    if (start < 0) start = 0;
    if (end > str_length(s)) end = str_length(s);
    if (end <= start) return str_empty();
    if (start == 0 && end == str_length(s) && is_str_exact(s)) return incref(s);
    int k = str_kind(s);
    const uint8_t *p = (const uint8_t *)str_data(s) + start * k;
    if (str_is_ascii(s)) {
        if (end - start == 1) return str_from_char(*p);
        Value r = str_new_raw(end - start, 0x7f);
        if (r) memcpy(str_data(r), p, (size_t)(end - start));
        return r;
    }
    return str_from_kind(p, k, end - start);
}

/* ---- repr ---- */

static int put_escape(StrBuilder *b, char letter, uint32_t c, int digits) {
    char buf[12];
    snprintf(buf, sizeof buf, "\\%c%0*x", letter, digits, (unsigned)c);
    return sb_put_ascii(b, buf, strlen(buf));
}

Value str_repr(Value s) {
    intptr_t n = str_length(s);
    int k = str_kind(s);
    const void *d = str_data(s);
    bool has_single = false, has_double = false;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = kind_read(k, d, i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    uint32_t quote = has_single && !has_double ? '"' : '\'';
    StrBuilder b;
    sb_init(&b);
    if (sb_reserve(&b, n + 2, str_max_char(s)) < 0) return NULL;
    int rc = sb_put_char(&b, quote);
    for (intptr_t i = 0; i < n && rc == 0; i++) {
        uint32_t c = kind_read(k, d, i);
        if (c == quote || c == '\\') {
            rc = sb_put_char(&b, '\\');
            if (rc == 0) rc = sb_put_char(&b, c);
        } else if (c == '\n')
            rc = sb_put_ascii(&b, "\\n", 2);
        else if (c == '\r')
            rc = sb_put_ascii(&b, "\\r", 2);
        else if (c == '\t')
            rc = sb_put_ascii(&b, "\\t", 2);
        else if (c >= 0x20 && c < 0x7f)
            rc = sb_put_char(&b, c);
        else if (c < 0x80 || !uni_isprintable(c))
            rc = c < 0x100     ? put_escape(&b, 'x', c, 2)
                 : c < 0x10000 ? put_escape(&b, 'u', c, 4)
                               : put_escape(&b, 'U', c, 8);
        else
            rc = sb_put_char(&b, c);
    }
    if (rc == 0) rc = sb_put_char(&b, quote);
    if (rc < 0) {
        sb_discard(&b);
        return NULL;
    }
    return sb_finish(&b);
}

/* ---- interning ---- */

static Str **intern_table;
static size_t intern_cap, intern_count; /* intern_cap: a power of two, or 0 */

static Str **intern_slot(Str **table, size_t cap, Value s) {
    size_t i = (size_t)str_hash(s) & (cap - 1);
    while (table[i] && !str_equal((Value)table[i], s)) i = (i + 1) & (cap - 1);
    return &table[i];
}

static int intern_grow(void) {
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    Str **table = mem_calloc(cap, sizeof *table);
    if (!table) return -1;
    for (size_t i = 0; i < intern_cap; i++)
        if (intern_table[i]) *intern_slot(table, cap, (Value)intern_table[i]) = intern_table[i];
    mem_free(intern_table);
    intern_table = table;
    intern_cap = cap;
    return 0;
}

Value str_intern(Value s) {
    if (!s || !is_str_exact(s) || ((Str *)s)->interned) return s;
    if ((intern_count + 1) * 3 >= intern_cap * 2 && intern_grow() < 0) {
        decref(s);
        return err_no_memory();
    }
    Str **slot = intern_slot(intern_table, intern_cap, s);
    if (*slot) {
        decref(s);
        return (Value)*slot;
    }
    make_immortal(s);
    ((Str *)s)->interned = true;
    *slot = (Str *)s;
    intern_count++;
    return s;
}

Value str_intern_cstr(const char *s) { return str_intern(str_from_cstr(s)); }

int str_init(void) {
    if (hash_secret_init() < 0) return -1;
#define X(n)                                                                                       \
    if (!(common_names.n = str_intern_cstr(#n))) return -1;
    COMMON_NAMES(X)
#undef X
    return 0;
}

/* ---- str_from_format ---- */

/* Appends the first max code points of s (max < 0: all). */
static int put_limited(StrBuilder *b, Value s, intptr_t max) {
    intptr_t n = str_length(s);
    return sb_put_substr(b, s, 0, max >= 0 && max < n ? max : n);
}

static int put_object(StrBuilder *b, Value s, intptr_t max) {
    if (!s) return -1;
    int rc = put_limited(b, s, max);
    decref(s);
    return rc;
}

static int put_cstr_limited(StrBuilder *b, const char *s, intptr_t max) {
    Value v = codec_decode_utf8(s, (intptr_t)strlen(s), "replace");
    return put_object(b, v, max);
}

/* One integer conversion through snprintf, with the flags/width/precision of spec. */
static int put_number(StrBuilder *b, const char *spec, size_t spec_len, char size, char conv,
                      va_list *ap) {
    char fmt[32], buf[96];
    if (spec_len > 20) spec_len = 20;
    memcpy(fmt, spec, spec_len);
    char *f = fmt + spec_len;
    if (size == 'l') *f++ = 'l';
    if (size == 'q') *f++ = 'l', *f++ = 'l';
    if (size == 'z') *f++ = 'z';
    *f++ = conv;
    *f = '\0';
    bool is_unsigned = conv == 'u' || conv == 'x' || conv == 'X';
    if (size == 'l') {
        if (is_unsigned)
            snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned long));
        else
            snprintf(buf, sizeof buf, fmt, va_arg(*ap, long));
    } else if (size == 'q') {
        if (is_unsigned)
            snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned long long));
        else
            snprintf(buf, sizeof buf, fmt, va_arg(*ap, long long));
    } else if (size == 'z') {
        if (is_unsigned)
            snprintf(buf, sizeof buf, fmt, va_arg(*ap, size_t));
        else
            snprintf(buf, sizeof buf, fmt, va_arg(*ap, intptr_t));
    } else {
        if (is_unsigned)
            snprintf(buf, sizeof buf, fmt, va_arg(*ap, unsigned));
        else
            snprintf(buf, sizeof buf, fmt, va_arg(*ap, int));
    }
    return sb_put_ascii(b, buf, strlen(buf));
}

/* One conversion starting at *pf (just after '%'); advances *pf past it. */
static int format_one(StrBuilder *b, const char **pf, va_list *ap) {
    const char *spec = *pf - 1, *f = *pf;
    while (*f == '-' || *f == '0') f++;
    while (*f >= '0' && *f <= '9') f++;
    intptr_t precision = -1;
    if (*f == '.') {
        precision = 0;
        for (f++; *f >= '0' && *f <= '9'; f++) precision = precision * 10 + (*f - '0');
    }
    char size = 0;
    if (f[0] == 'l' && f[1] == 'l')
        size = 'q', f += 2;
    else if (*f == 'l' || *f == 'z')
        size = *f++;
    char conv = *f;
    if (conv == '\0') {
        *pf = f;
        return sb_put_cstr(b, spec);
    }
    *pf = f + 1;
    size_t spec_len = (size_t)(f - spec) - (size == 'q' ? 2 : size ? 1 : 0);
    switch (conv) {
        case '%': return sb_put_char(b, '%');
        case 'c': {
            int c = va_arg(*ap, int);
            return sb_put_char(b, c >= 0 && c <= 0x10ffff ? (uint32_t)c : 0xfffd);
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X': return put_number(b, spec, spec_len, size, conv, ap);
        case 'p': {
            char buf[32];
            snprintf(buf, sizeof buf, "%p", va_arg(*ap, void *));
            if (buf[0] != '0' && sb_put_ascii(b, "0x", 2) < 0) return -1;
            return sb_put_cstr(b, buf);
        }
        case 's': return put_cstr_limited(b, va_arg(*ap, const char *), precision);
        case 'U': return put_limited(b, va_arg(*ap, Value), precision);
        case 'V': {
            Value v = va_arg(*ap, Value);
            const char *alt = va_arg(*ap, const char *);
            return v ? put_limited(b, v, precision) : put_cstr_limited(b, alt, precision);
        }
        case 'R': return put_object(b, object_repr(va_arg(*ap, Value)), precision);
        case 'S': return put_object(b, object_str(va_arg(*ap, Value)), precision);
        case 'A': return put_object(b, object_ascii(va_arg(*ap, Value)), precision);
        case 'T': return put_cstr_limited(b, type_of(va_arg(*ap, Value))->name, precision);
        case 'N': return put_cstr_limited(b, va_arg(*ap, Type *)->name, precision);
        default: *pf = f + strlen(f); return sb_put_cstr(b, spec);
    }
}

Value str_from_format_v(const char *fmt, va_list ap) {
    StrBuilder b;
    sb_init(&b);
    va_list args;
    va_copy(args, ap);
    int rc = 0;
    const char *f = fmt;
    while (*f && rc == 0) {
        const char *pct = strchr(f, '%');
        size_t run = pct ? (size_t)(pct - f) : strlen(f);
        if (run) rc = sb_put_utf8(&b, f, run);
        f += run;
        if (*f == '%' && rc == 0) {
            f++;
            rc = format_one(&b, &f, &args);
        }
    }
    va_end(args);
    if (rc < 0) {
        sb_discard(&b);
        return NULL;
    }
    return sb_finish(&b);
}

Value str_from_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = str_from_format_v(fmt, ap);
    va_end(ap);
    return r;
}
