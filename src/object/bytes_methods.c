/* bytes_methods.c: the methods bytes and bytearray share (search, split, join, strip,
 * replace, padding, ASCII case mapping and classes, decode, hex / fromhex, translate),
 * written once over Text views; results have the type of self. */
#include <stdio.h>

#include "../vm/errors.h"
#include "bytearray.h"
#include "bytes_internal.h"
#include "codecs.h"
#include "list.h"
#include "method_args.h"
#include "slice.h"
#include "str_args.h"
#include "str_internal.h"
#include "str_methods.h"
#include "str_unicode.h"
#include "tuple.h"

static Value bytearray_from_text(const void *data, int kind, intptr_t n) {
    (void)kind;
    return bytearray_new(data, n);
}

static Value bytes_alloc_text(intptr_t n, int kind, void **data) {
    Value r = bytes_new(NULL, n);
    if (r) *data = bytes_data(r);
    return r;
}

static Value bytearray_alloc_text(intptr_t n, int kind, void **data) {
    Value r = bytearray_new(NULL, n);
    if (r) *data = bytearray_data(r);
    return r;
}

static Value finish_as_is(Value r) { return r; }

const TextKind text_kind_bytes = {bytes_from_text, bytes_alloc_text, finish_as_is, false,
                                  ascii_spaces};
const TextKind text_kind_bytearray = {bytearray_from_text, bytearray_alloc_text, finish_as_is,
                                      false, ascii_spaces};

#define BYTES_METHOD(name)                                                                         \
    static Value name(Value self, Value const *args, size_t nargs, Value kwnames)

static const TextKind *kind_of(Value self) {
    return is_bytes(self) ? &text_kind_bytes : &text_kind_bytearray;
}
static const char *type_name_of(Value self) { return is_bytes(self) ? "bytes" : "bytearray"; }

static Text self_text(Value self) {
    const char *data;
    intptr_t n;
    bytes_like_data(self, &data, &n);
    Text t = {data, n, 1};
    return t;
}

static Value make_like(Value self, const char *data, intptr_t n) {
    return kind_of(self)->make(data, 1, n);
}

/* "bytes.NAME" for the argument-count messages. */
static const char *qualname(Value self, const char *name, char *buf, size_t size) {
    snprintf(buf, size, "%s.%s", type_name_of(self), name);
    return buf;
}

static int no_args(Value self, const char *name, size_t nargs) {
    char buf[64];
    return args_none(qualname(self, name, buf, sizeof buf), nargs);
}

static int one_arg(Value self, const char *name, size_t nargs) {
    char buf[64];
    return args_exactly_one(qualname(self, name, buf, sizeof buf), nargs);
}

/* A bytes-like argument as a Text; -1 with TypeError. */
static int text_arg(Value v, Text *out) {
    const char *data;
    intptr_t n;
    if (bytes_like_arg(v, &data, &n) < 0) return -1;
    *out = (Text){data, n, 1};
    return 0;
}

/* The sub argument of find / count / index: a bytes-like or an int in range(256). */
static int sub_arg(Value v, Text *out, char *byte) {
    const char *data;
    intptr_t n;
    if (bytes_like_data(v, &data, &n) == 0) {
        *out = (Text){data, n, 1};
        return 0;
    }
    if (!is_index_like(v)) {
        err_format(&exc_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
        return -1;
    }
    int c;
    if (byte_value_arg(v, &c) < 0) return -1;
    *byte = (char)c;
    *out = (Text){byte, 1, 1};
    return 0;
}

/* ---- search ---- */

typedef enum SearchOp {
    SEARCH_FIND,
    SEARCH_RFIND,
    SEARCH_INDEX,
    SEARCH_RINDEX,
    SEARCH_COUNT
} SearchOp;
static const char *const search_names[] = {"find", "rfind", "index", "rindex", "count"};

static Value search(Value self, Value const *args, size_t nargs, SearchOp op) {
    if (args_check_count(search_names[op], nargs, 1, 3) < 0) return NULL;
    Text s = self_text(self), sub;
    char byte;
    if (sub_arg(args[0], &sub, &byte) < 0) return NULL;
    intptr_t start, end;
    if (args_bounds(args, nargs, 1, s.len, &start, &end) < 0) return NULL;
    if (op == SEARCH_COUNT)
        return small_int(start > s.len ? 0 : text_count(s, sub, start, end, -1));
    intptr_t i =
        start > s.len ? -1 : text_find(s, sub, start, end, op == SEARCH_FIND || op == SEARCH_INDEX);
    if (i < 0 && (op == SEARCH_INDEX || op == SEARCH_RINDEX))
        return err_format(&exc_ValueError, "subsection not found");
    return small_int(i);
}

BYTES_METHOD(b_find) { return search(self, args, nargs, SEARCH_FIND); }
BYTES_METHOD(b_rfind) { return search(self, args, nargs, SEARCH_RFIND); }
BYTES_METHOD(b_index) { return search(self, args, nargs, SEARCH_INDEX); }
BYTES_METHOD(b_rindex) { return search(self, args, nargs, SEARCH_RINDEX); }
BYTES_METHOD(b_count) { return search(self, args, nargs, SEARCH_COUNT); }

static bool tail_match(Text s, Text sub, intptr_t start, intptr_t end, bool at_end) {
    if (start > s.len || end - start < sub.len) return false;
    return text_equal_at(s, at_end ? end - sub.len : start, sub);
}

static Value starts_or_ends(Value self, Value const *args, size_t nargs, bool at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    if (args_check_count(name, nargs, 1, 3) < 0) return NULL;
    Text s = self_text(self), sub;
    intptr_t start, end;
    if (args_bounds(args, nargs, 1, s.len, &start, &end) < 0) return NULL;
    Value prefix = args[0];
    if (is_tuple(prefix)) {
        for (intptr_t i = 0; i < tuple_size(prefix); i++) {
            if (text_arg(tuple_get(prefix, i), &sub) < 0) return NULL;
            if (tail_match(s, sub, start, end, at_end)) return TRUE_VALUE;
        }
        return FALSE_VALUE;
    }
    const char *data;
    intptr_t n;
    if (bytes_like_data(prefix, &data, &n) < 0)
        return err_format(&exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T",
                          name, prefix);
    sub = (Text){data, n, 1};
    return bool_value(tail_match(s, sub, start, end, at_end));
}

BYTES_METHOD(b_startswith) { return starts_or_ends(self, args, nargs, false); }
BYTES_METHOD(b_endswith) { return starts_or_ends(self, args, nargs, true); }

/* ---- split, join, partition ---- */

static Value split_impl(Value self, Value const *args, size_t nargs, Value kwnames, bool right) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (args_bind(right ? "rsplit" : "split", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    Text sep;
    bool has_sep = a[0] && a[0] != NONE;
    if (has_sep && text_arg(a[0], &sep) < 0) return NULL;
    if (has_sep && sep.len == 0) return err_format(&exc_ValueError, "empty separator");
    intptr_t maxsplit = -1;
    if (a[1] && (maxsplit = ssize_arg(a[1])) == -1 && err_occurred()) return NULL;
    const TextKind *k = kind_of(self);
    Text s = self_text(self);
    return right ? text_rsplit(k, s, has_sep ? &sep : NULL, maxsplit)
                 : text_split(k, s, has_sep ? &sep : NULL, maxsplit);
}

BYTES_METHOD(b_split) { return split_impl(self, args, nargs, kwnames, false); }
BYTES_METHOD(b_rsplit) { return split_impl(self, args, nargs, kwnames, true); }

BYTES_METHOD(b_splitlines) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (args_bind("splitlines", args, nargs, kwnames, names, 1, 1, a) < 0) return NULL;
    intptr_t keepends = 0;
    if (a[0] && (keepends = ssize_arg(a[0])) == -1 && err_occurred()) return NULL;
    return text_splitlines(kind_of(self), self_text(self), keepends != 0);
}

BYTES_METHOD(b_join) {
    if (one_arg(self, "join", nargs) < 0) return NULL;
    Value seq;
    if (is_list_exact(args[0]) || is_tuple_exact(args[0]))
        seq = incref(args[0]);
    else {
        Value it = object_getiter(args[0]);
        if (!it) {
            if (err_matches(&exc_TypeError)) {
                err_clear();
                err_set_str(&exc_TypeError, "can only join an iterable");
            }
            return NULL;
        }
        seq = list_from_iterable(it);
        decref(it);
        if (!seq) return NULL;
    }
    intptr_t n = is_list(seq) ? list_size(seq) : tuple_size(seq);
    Value *items = is_list(seq) ? ((List *)seq)->items : tuple_items(seq);
    Text sep = self_text(self);
    intptr_t total = n > 0 ? sep.len * (n - 1) : 0;
    Value r = NULL;
    for (intptr_t i = 0; i < n; i++) {
        const char *data;
        intptr_t size;
        if (bytes_like_data(items[i], &data, &size) < 0) {
            err_format(&exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found",
                       i, items[i]);
            goto done;
        }
        if (size > INTPTR_MAX / 2 - total) {
            err_no_memory();
            goto done;
        }
        total += size;
    }
    if (!(r = make_like(self, NULL, total))) goto done;
    Text out = self_text(r);
    char *dst = (char *)out.data;
    for (intptr_t i = 0; i < n; i++) {
        const char *data;
        intptr_t size;
        bytes_like_data(items[i], &data, &size);
        if (i > 0) memcpy(dst, sep.data, (size_t)sep.len), dst += sep.len;
        memcpy(dst, data, (size_t)size);
        dst += size;
    }
done:
    decref(seq);
    return r;
}

static Value partition_impl(Value self, Value const *args, size_t nargs, bool right) {
    if (one_arg(self, right ? "rpartition" : "partition", nargs) < 0) return NULL;
    Text s = self_text(self), sep;
    if (text_arg(args[0], &sep) < 0) return NULL;
    if (sep.len == 0) return err_format(&exc_ValueError, "empty separator");
    intptr_t i = text_find(s, sep, 0, s.len, !right);
    Value parts[3];
    if (i < 0) {
        parts[right ? 2 : 0] = make_like(self, s.data, s.len);
        parts[1] = make_like(self, "", 0);
        parts[right ? 0 : 2] = make_like(self, "", 0);
    } else {
        parts[0] = make_like(self, s.data, i);
        parts[1] = make_like(self, sep.data, sep.len);
        parts[2] = make_like(self, (const char *)s.data + i + sep.len, s.len - i - sep.len);
    }
    Value r = parts[0] && parts[1] && parts[2] ? tuple_pack(3, parts[0], parts[1], parts[2]) : NULL;
    for (int k = 0; k < 3; k++) xdecref(parts[k]);
    return r;
}

BYTES_METHOD(b_partition) { return partition_impl(self, args, nargs, false); }
BYTES_METHOD(b_rpartition) { return partition_impl(self, args, nargs, true); }

/* ---- strip, removeprefix, replace ---- */

static Value strip_impl(Value self, Value const *args, size_t nargs, int which) {
    static const char *const names[] = {"", "lstrip", "rstrip", "strip"};
    if (args_count(names[which], nargs, 0, 1) < 0) return NULL;
    Text s = self_text(self), chars;
    bool has_chars = nargs > 0 && args[0] != NONE;
    if (has_chars && text_arg(args[0], &chars) < 0) return NULL;
    intptr_t start, end;
    text_strip_bounds(kind_of(self), s, has_chars ? &chars : NULL, which, &start, &end);
    if (start == 0 && end == s.len && is_bytes_exact(self)) return incref(self);
    return make_like(self, (const char *)s.data + start, end - start);
}

BYTES_METHOD(b_strip) { return strip_impl(self, args, nargs, STRIP_BOTH); }
BYTES_METHOD(b_lstrip) { return strip_impl(self, args, nargs, STRIP_LEFT); }
BYTES_METHOD(b_rstrip) { return strip_impl(self, args, nargs, STRIP_RIGHT); }

static Value remove_affix(Value self, Value const *args, size_t nargs, bool suffix) {
    if (one_arg(self, suffix ? "removesuffix" : "removeprefix", nargs) < 0) return NULL;
    Text s = self_text(self), affix;
    if (text_arg(args[0], &affix) < 0) return NULL;
    if (!tail_match(s, affix, 0, s.len, suffix) || affix.len == 0) {
        if (is_bytes_exact(self)) return incref(self);
        return make_like(self, s.data, s.len);
    }
    return make_like(self, (const char *)s.data + (suffix ? 0 : affix.len), s.len - affix.len);
}

BYTES_METHOD(b_removeprefix) { return remove_affix(self, args, nargs, false); }
BYTES_METHOD(b_removesuffix) { return remove_affix(self, args, nargs, true); }

BYTES_METHOD(b_replace) {
    if (args_count("replace", nargs, 2, 3) < 0) return NULL;
    Text s = self_text(self), old, new_;
    if (text_arg(args[0], &old) < 0 || text_arg(args[1], &new_) < 0) return NULL;
    intptr_t count = -1;
    if (nargs == 3 && (count = ssize_arg(args[2])) == -1 && err_occurred()) return NULL;
    return text_replace(kind_of(self), s, old, new_, count);
}

BYTES_METHOD(b_expandtabs) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (args_bind("expandtabs", args, nargs, kwnames, names, 1, 1, a) < 0) return NULL;
    intptr_t tabsize = 8;
    if (a[0] && (tabsize = ssize_arg(a[0])) == -1 && err_occurred()) return NULL;
    return text_expandtabs(kind_of(self), self_text(self), tabsize);
}

/* ---- padding ---- */

typedef enum PadOp { PAD_CENTER, PAD_LJUST, PAD_RJUST } PadOp;

static Value pad_impl(Value self, Value const *args, size_t nargs, PadOp op) {
    static const char *const names[] = {"center", "ljust", "rjust"};
    if (args_count(names[op], nargs, 1, 2) < 0) return NULL;
    intptr_t width = ssize_arg(args[0]);
    if (width == -1 && err_occurred()) return NULL;
    uint32_t fill = ' ';
    if (nargs == 2) {
        const char *data;
        intptr_t n;
        if (bytes_like_data(args[1], &data, &n) < 0 || n != 1)
            return err_format(&exc_TypeError,
                              "%s() argument 2 must be a byte string of length 1, not %T",
                              names[op], args[1]);
        fill = (uint8_t)data[0];
    }
    Text s = self_text(self);
    if (width <= s.len) {
        if (is_bytes_exact(self)) return incref(self);
        return make_like(self, s.data, s.len);
    }
    intptr_t marg = width - s.len, left;
    if (op == PAD_CENTER)
        left = marg / 2 + (marg & width & 1);
    else
        left = op == PAD_RJUST ? marg : 0;
    return text_pad(kind_of(self), s, left, marg - left, fill);
}

BYTES_METHOD(b_center) { return pad_impl(self, args, nargs, PAD_CENTER); }
BYTES_METHOD(b_ljust) { return pad_impl(self, args, nargs, PAD_LJUST); }
BYTES_METHOD(b_rjust) { return pad_impl(self, args, nargs, PAD_RJUST); }

BYTES_METHOD(b_zfill) {
    if (one_arg(self, "zfill", nargs) < 0) return NULL;
    intptr_t width = ssize_arg(args[0]);
    if (width == -1 && err_occurred()) return NULL;
    Text s = self_text(self);
    if (width <= s.len) {
        if (is_bytes_exact(self)) return incref(self);
        return make_like(self, s.data, s.len);
    }
    Value r = text_pad(kind_of(self), s, width - s.len, 0, '0');
    if (r && s.len > 0) {
        char first = ((const char *)s.data)[0];
        if (first == '+' || first == '-') {
            char *d = (char *)self_text(r).data;
            d[0] = first;
            d[width - s.len] = '0';
        }
    }
    return r;
}

/* ---- case and classes (ASCII) ---- */

static Value case_impl(Value self, size_t nargs, const char *name, CaseOp op) {
    if (no_args(self, name, nargs) < 0) return NULL;
    Text s = self_text(self);
    Value r = make_like(self, NULL, s.len);
    if (r) ascii_case_convert(s.data, (uint8_t *)self_text(r).data, s.len, op);
    return r;
}

BYTES_METHOD(b_lower) { return case_impl(self, nargs, "lower", CASE_LOWER); }
BYTES_METHOD(b_upper) { return case_impl(self, nargs, "upper", CASE_UPPER); }
BYTES_METHOD(b_swapcase) { return case_impl(self, nargs, "swapcase", CASE_SWAP); }
BYTES_METHOD(b_title) { return case_impl(self, nargs, "title", CASE_TITLE); }
BYTES_METHOD(b_capitalize) { return case_impl(self, nargs, "capitalize", CASE_CAPITALIZE); }

/* The character classes of a byte: ASCII ones only, and no \x1c-\x1f whitespace. */
static unsigned byte_flags(uint32_t c) {
    if (c >= 128) return 0;
    unsigned f = uni_flags(c);
    return c >= 0x1c && c <= 0x1f ? f & ~(unsigned)UNI_SPACE : f;
}

static Value class_impl(Value self, size_t nargs, const char *name, unsigned mask) {
    if (no_args(self, name, nargs) < 0) return NULL;
    return bool_value(text_all_have(self_text(self), byte_flags, mask));
}

BYTES_METHOD(b_isalnum) { return class_impl(self, nargs, "isalnum", UNI_ALPHA | UNI_DECIMAL); }
BYTES_METHOD(b_isalpha) { return class_impl(self, nargs, "isalpha", UNI_ALPHA); }
BYTES_METHOD(b_isdigit) { return class_impl(self, nargs, "isdigit", UNI_DECIMAL); }
BYTES_METHOD(b_isspace) { return class_impl(self, nargs, "isspace", UNI_SPACE); }

BYTES_METHOD(b_isascii) {
    if (no_args(self, "isascii", nargs) < 0) return NULL;
    Text s = self_text(self);
    for (intptr_t i = 0; i < s.len; i++)
        if (((const uint8_t *)s.data)[i] >= 128) return FALSE_VALUE;
    return TRUE_VALUE;
}

BYTES_METHOD(b_islower) {
    if (no_args(self, "islower", nargs) < 0) return NULL;
    return bool_value(text_has_only_case(self_text(self), byte_flags, UNI_LOWER, UNI_UPPER));
}

BYTES_METHOD(b_isupper) {
    if (no_args(self, "isupper", nargs) < 0) return NULL;
    return bool_value(text_has_only_case(self_text(self), byte_flags, UNI_UPPER, UNI_LOWER));
}

BYTES_METHOD(b_istitle) {
    if (no_args(self, "istitle", nargs) < 0) return NULL;
    return bool_value(text_istitle(self_text(self), byte_flags));
}

/* ---- decode, hex, fromhex ---- */

BYTES_METHOD(b_decode) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (args_bind("decode", args, nargs, kwnames, names, 2, 2, a) < 0) return NULL;
    const char *enc = "utf-8", *errors = NULL;
    for (int i = 0; i < 2; i++) {
        if (!a[i]) continue;
        if (!is_str(a[i])) return codec_arg_error("decode", names[i], a[i]);
        const char *v = str_utf8(a[i]);
        if (!v) return NULL;
        if (i == 0)
            enc = v;
        else
            errors = v;
    }
    Text s = self_text(self);
    return codec_decode(s.data, s.len, enc, errors);
}

BYTES_METHOD(b_hex) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    if (args_bind("hex", args, nargs, kwnames, names, 2, 2, a) < 0) return NULL;
    uint32_t sep = 0;
    intptr_t group = 1;
    if (a[0] && a[0] != NONE) {
        Text t;
        if (is_str(a[0]))
            t = str_text(a[0]);
        else if (text_arg(a[0], &t) < 0)
            return NULL;
        if (t.len != 1) return err_format(&exc_ValueError, "sep must be length 1.");
        sep = kind_read(t.kind, t.data, 0);
        if (sep > 127) return err_format(&exc_ValueError, "sep must be ASCII.");
    }
    if (a[1] && (group = ssize_arg(a[1])) == -1 && err_occurred()) return NULL;
    Text s = self_text(self);
    const uint8_t *d = s.data;
    intptr_t per = group < 0 ? -group : group;
    StrBuilder b;
    sb_init(&b);
    for (intptr_t i = 0; i < s.len; i++) {
        /* separators are counted from the right for a positive bytes_per_sep */
        intptr_t pos = group > 0 ? s.len - i : i;
        if (sep && per > 0 && i > 0 && pos % per == 0 && sb_put_char(&b, sep) < 0) return NULL;
        char hex[3];
        snprintf(hex, sizeof hex, "%02x", d[i]);
        if (sb_put_ascii(&b, hex, 2) < 0) return NULL;
    }
    return sb_finish(&b);
}

static int hex_digit(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

/* fromhex(string): a classmethod; self is the type. */
BYTES_METHOD(b_fromhex) {
    if (args_exactly_one("fromhex", nargs) < 0) return NULL;
    Value s = args[0];
    if (!is_str(s)) return err_format(&exc_TypeError, "fromhex() argument must be str, not %T", s);
    intptr_t n = str_length(s), count = 0;
    Value buf = bytes_new(NULL, n / 2);
    if (!buf) return NULL;
    char *out = bytes_data(buf);
    for (intptr_t i = 0; i < n;) {
        uint32_t c = str_char(s, i);
        if (c < 128 && uni_isspace(c) && c != 0x1c && c != 0x1d && c != 0x1e && c != 0x1f) {
            i++;
            continue;
        }
        int hi = hex_digit(c), lo = i + 1 < n ? hex_digit(str_char(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            decref(buf);
            return err_format(&exc_ValueError,
                              "non-hexadecimal number found in fromhex() arg at position %zd",
                              hi < 0 ? i : i + 1);
        }
        out[count++] = (char)(hi << 4 | lo);
        i += 2;
    }
    Type *type = (Type *)self;
    Value r = type == &type_bytes       ? bytes_new(out, count)
              : type == &type_bytearray ? bytearray_new(out, count)
                                        : NULL;
    if (!r) {
        Value data = bytes_new(out, count);
        r = data ? object_call((Value)type, &data, 1, NULL) : NULL;
        xdecref(data);
    }
    decref(buf);
    return r;
}

/* ---- translate, maketrans ---- */

BYTES_METHOD(b_translate) {
    static const char *const names[] = {"table", "delete"};
    Value a[2];
    if (args_bind("translate", args, nargs, kwnames, names, 2, 2, a) < 0) return NULL;
    if (!a[0])
        return err_format(&exc_TypeError, "translate() missing required argument 'table' (pos 1)");
    Text table = {NULL, 0, 1}, del = {"", 0, 1};
    if (a[0] != NONE) {
        if (text_arg(a[0], &table) < 0) return NULL;
        if (table.len != 256)
            return err_format(&exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && text_arg(a[1], &del) < 0) return NULL;
    bool deleted[256] = {false};
    for (intptr_t i = 0; i < del.len; i++) deleted[((const uint8_t *)del.data)[i]] = true;
    Text s = self_text(self);
    Value r = make_like(self, NULL, s.len);
    if (!r) return NULL;
    uint8_t *out = (uint8_t *)self_text(r).data;
    intptr_t n = 0;
    for (intptr_t i = 0; i < s.len; i++) {
        uint8_t c = ((const uint8_t *)s.data)[i];
        if (!deleted[c]) out[n++] = table.data ? ((const uint8_t *)table.data)[c] : c;
    }
    if (n == s.len) return r;
    Value shorter = make_like(self, (const char *)out, n);
    decref(r);
    return shorter;
}

/* maketrans(frm, to): a static method. */
BYTES_METHOD(b_maketrans) {
    if (args_count("maketrans", nargs, 2, 2) < 0) return NULL;
    Text from, to;
    if (text_arg(args[0], &from) < 0 || text_arg(args[1], &to) < 0) return NULL;
    if (from.len != to.len)
        return err_format(&exc_ValueError, "maketrans arguments must have same length");
    Value r = bytes_new(NULL, 256);
    if (!r) return NULL;
    uint8_t *t = (uint8_t *)bytes_data(r);
    for (int i = 0; i < 256; i++) t[i] = (uint8_t)i;
    for (intptr_t i = 0; i < from.len; i++)
        t[((const uint8_t *)from.data)[i]] = ((const uint8_t *)to.data)[i];
    return r;
}

/* ---- bytes only ---- */

BYTES_METHOD(b_getnewargs) {
    if (no_args(self, "__getnewargs__", nargs) < 0) return NULL;
    Value copy = bytes_new(bytes_data(self), bytes_size(self));
    Value r = copy ? tuple_pack(1, copy) : NULL;
    xdecref(copy);
    return r;
}

BYTES_METHOD(b_bytes) {
    if (no_args(self, "__bytes__", nargs) < 0) return NULL;
    if (is_bytes_exact(self)) return incref(self);
    return bytes_new(bytes_data(self), bytes_size(self));
}

#define BYTES_COMMON_METHODS                                                                       \
    {"capitalize", b_capitalize, 0, NULL}, {"center", b_center, 0, NULL},                          \
        {"count", b_count, 0, NULL}, {"decode", b_decode, METH_KEYWORDS, NULL},                    \
        {"endswith", b_endswith, 0, NULL}, {"expandtabs", b_expandtabs, METH_KEYWORDS, NULL},      \
        {"find", b_find, 0, NULL}, {"fromhex", b_fromhex, METH_CLASS, NULL},                       \
        {"hex", b_hex, METH_KEYWORDS, NULL}, {"index", b_index, 0, NULL},                          \
        {"isalnum", b_isalnum, 0, NULL}, {"isalpha", b_isalpha, 0, NULL},                          \
        {"isascii", b_isascii, 0, NULL}, {"isdigit", b_isdigit, 0, NULL},                          \
        {"islower", b_islower, 0, NULL}, {"isspace", b_isspace, 0, NULL},                          \
        {"istitle", b_istitle, 0, NULL}, {"isupper", b_isupper, 0, NULL},                          \
        {"join", b_join, 0, NULL}, {"ljust", b_ljust, 0, NULL}, {"lower", b_lower, 0, NULL},       \
        {"lstrip", b_lstrip, 0, NULL}, {"maketrans", b_maketrans, METH_STATIC, NULL},              \
        {"partition", b_partition, 0, NULL}, {"replace", b_replace, 0, NULL},                      \
        {"removeprefix", b_removeprefix, 0, NULL}, {"removesuffix", b_removesuffix, 0, NULL},      \
        {"rfind", b_rfind, 0, NULL}, {"rindex", b_rindex, 0, NULL}, {"rjust", b_rjust, 0, NULL},   \
        {"rpartition", b_rpartition, 0, NULL}, {"rsplit", b_rsplit, METH_KEYWORDS, NULL},          \
        {"rstrip", b_rstrip, 0, NULL}, {"split", b_split, METH_KEYWORDS, NULL},                    \
        {"splitlines", b_splitlines, METH_KEYWORDS, NULL}, {"startswith", b_startswith, 0, NULL},  \
        {"strip", b_strip, 0, NULL}, {"swapcase", b_swapcase, 0, NULL},                            \
        {"title", b_title, 0, NULL}, {"translate", b_translate, METH_KEYWORDS, NULL},              \
        {"upper", b_upper, 0, NULL}, {                                                             \
        "zfill", b_zfill, 0, NULL                                                                  \
    }

MethodDef bytes_methods[] = {
    {"__getnewargs__", b_getnewargs, 0, NULL},
    {"__bytes__", b_bytes, 0, NULL},
    BYTES_COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

MethodDef bytearray_methods[] = {
    {"append", bytearray_append, 0, NULL},
    {"extend", bytearray_extend, 0, NULL},
    {"pop", bytearray_pop, 0, NULL},
    {"insert", bytearray_insert, 0, NULL},
    {"remove", bytearray_remove, 0, NULL},
    {"clear", bytearray_clear, 0, NULL},
    {"copy", bytearray_copy, 0, NULL},
    {"reverse", bytearray_reverse, 0, NULL},
    BYTES_COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};
