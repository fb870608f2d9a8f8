/* str_methods.c: the str methods other than case mapping and formatting: search (find,
 * index, count, startswith), split / join / partition, strip, replace, padding, encode,
 * expandtabs, maketrans / translate, removeprefix / removesuffix, and the method table. */
#include "../vm/errors.h"
#include "bytes.h"
#include "codecs.h"
#include "dict.h"
#include "int.h"
#include "list.h"
#include "method_args.h"
#include "slice.h"
#include "str_args.h"
#include "str_methods.h"
#include "str_textops.h"
#include "str_unicode.h"
#include "tuple.h"

intptr_t str_find(Value s, Value sub, intptr_t start, intptr_t end, bool forward) {
    if (str_kind(sub) > str_kind(s)) return -1; /* sub has a character s cannot hold */
    return text_find(str_text(s), str_text(sub), start, end, forward);
}

/* ---- find, index, count ---- */

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
    Value sub = args[0];
    if (!is_str(sub)) return err_format(&exc_TypeError, "must be str, not %T", sub);
    intptr_t start, end, len = str_length(self);
    if (args_bounds(args, nargs, 1, len, &start, &end) < 0) return NULL;
    if (op == SEARCH_COUNT) {
        if (start > len || str_kind(sub) > str_kind(self)) return small_int(0);
        return small_int(text_count(str_text(self), str_text(sub), start, end, -1));
    }
    intptr_t i =
        start > len ? -1 : str_find(self, sub, start, end, op == SEARCH_FIND || op == SEARCH_INDEX);
    if (i < 0 && (op == SEARCH_INDEX || op == SEARCH_RINDEX))
        return err_format(&exc_ValueError, "substring not found");
    return small_int(i);
}

static STR_METHOD(str_find_method) { return search(self, args, nargs, SEARCH_FIND); }
static STR_METHOD(str_rfind) { return search(self, args, nargs, SEARCH_RFIND); }
static STR_METHOD(str_index) { return search(self, args, nargs, SEARCH_INDEX); }
static STR_METHOD(str_rindex) { return search(self, args, nargs, SEARCH_RINDEX); }
static STR_METHOD(str_count) { return search(self, args, nargs, SEARCH_COUNT); }

/* ---- startswith / endswith ---- */

static bool tail_match(Value s, Value sub, intptr_t start, intptr_t end, bool at_end) {
    intptr_t n = str_length(sub);
    if (start > str_length(s) || end - start < n || str_kind(sub) > str_kind(s)) return false;
    return text_equal_at(str_text(s), at_end ? end - n : start, str_text(sub));
}

static Value starts_or_ends(Value self, Value const *args, size_t nargs, bool at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    if (args_check_count(name, nargs, 1, 3) < 0) return NULL;
    intptr_t start, end;
    if (args_bounds(args, nargs, 1, str_length(self), &start, &end) < 0) return NULL;
    Value prefix = args[0];
    if (is_str(prefix)) return bool_value(tail_match(self, prefix, start, end, at_end));
    if (!is_tuple(prefix))
        return err_format(&exc_TypeError, "%s first arg must be str or a tuple of str, not %T",
                          name, prefix);
    for (intptr_t i = 0; i < tuple_size(prefix); i++) {
        Value p = tuple_get(prefix, i);
        if (!is_str(p))
            return err_format(&exc_TypeError, "tuple for %s must only contain str, not %T", name,
                              p);
        if (tail_match(self, p, start, end, at_end)) return TRUE_VALUE;
    }
    return FALSE_VALUE;
}

static STR_METHOD(str_startswith) { return starts_or_ends(self, args, nargs, false); }
static STR_METHOD(str_endswith) { return starts_or_ends(self, args, nargs, true); }

/* ---- split, join, partition ---- */

/* The optional separator and maxsplit of split / rsplit. */
static int split_args(const char *name, Value const *args, size_t nargs, Value kwnames, Value *sep,
                      intptr_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    Value a[2];
    if (args_bind(name, args, nargs, kwnames, names, 2, 2, a) < 0) return -1;
    *sep = a[0] && a[0] != NONE ? a[0] : NULL;
    if (*sep && !is_str(*sep)) {
        err_format(&exc_TypeError, "must be str or None, not %T", *sep);
        return -1;
    }
    if (*sep && str_length(*sep) == 0) {
        err_set_str(&exc_ValueError, "empty separator");
        return -1;
    }
    *maxsplit = -1;
    if (a[1] && (*maxsplit = ssize_arg(a[1])) == -1 && err_occurred()) return -1;
    return 0;
}

static Value split_impl(Value self, Value const *args, size_t nargs, Value kwnames, bool right) {
    Value sep;
    intptr_t maxsplit;
    if (split_args(right ? "rsplit" : "split", args, nargs, kwnames, &sep, &maxsplit) < 0)
        return NULL;
    if (sep && str_kind(sep) > str_kind(self)) { /* sep has a character self cannot hold */
        Value whole = str_substring(self, 0, str_length(self)), list = NULL;
        if (whole && (list = list_new(0)) && list_append(list, whole) < 0) CLEAR(list);
        xdecref(whole);
        return list;
    }
    Text s = str_text(self), t = sep ? str_text(sep) : s;
    return right ? text_rsplit(&text_kind_str, s, sep ? &t : NULL, maxsplit)
                 : text_split(&text_kind_str, s, sep ? &t : NULL, maxsplit);
}

static STR_METHOD(str_split) { return split_impl(self, args, nargs, kwnames, false); }
static STR_METHOD(str_rsplit) { return split_impl(self, args, nargs, kwnames, true); }

static STR_METHOD(str_splitlines) {
    static const char *const names[] = {"keepends"};
    Value a[1];
    if (args_bind("splitlines", args, nargs, kwnames, names, 1, 1, a) < 0) return NULL;
    intptr_t keepends = 0;
    if (a[0] && (keepends = ssize_arg(a[0])) == -1 && err_occurred()) return NULL;
    return text_splitlines(&text_kind_str, str_text(self), keepends != 0);
}

/* The items of iterable as a list or tuple (borrowed through *seq, which owns them). */
static Value join_sequence(Value iterable) {
    if (is_list_exact(iterable) || is_tuple_exact(iterable)) return incref(iterable);
    Value it = object_getiter(iterable);
    if (!it) {
        if (err_matches(&exc_TypeError)) {
            err_clear();
            err_set_str(&exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    Value list = list_from_iterable(it);
    decref(it);
    return list;
}

Value str_join(Value sep, Value iterable) {
    Value seq = join_sequence(iterable);
    if (!seq) return NULL;
    intptr_t n = is_list(seq) ? list_size(seq) : tuple_size(seq);
    Value *items = is_list(seq) ? ((List *)seq)->items : tuple_items(seq);
    Value result = NULL;
    if (n == 1 && is_str_exact(items[0])) {
        result = incref(items[0]);
        goto done;
    }
    intptr_t seplen = str_length(sep), total = n > 0 ? seplen * (n - 1) : 0;
    uint32_t maxchar = n > 1 ? str_max_char(sep) : 0;
    for (intptr_t i = 0; i < n; i++) {
        if (!is_str(items[i])) {
            err_format(&exc_TypeError, "sequence item %zd: expected str instance, %T found", i,
                       items[i]);
            goto done;
        }
        uint32_t m = str_max_char(items[i]);
        if (m > maxchar) maxchar = m;
        if (str_length(items[i]) > INTPTR_MAX / 8 - total) {
            err_no_memory();
            goto done;
        }
        total += str_length(items[i]);
    }
    result = str_new_raw(total, maxchar);
    if (!result) goto done;
    int k = str_kind(result);
    uint8_t *dst = str_data(result);
    for (intptr_t i = 0; i < n; i++) {
        if (i > 0 && seplen) {
            chars_copy(dst, k, str_data(sep), str_kind(sep), seplen);
            dst += seplen * k;
        }
        intptr_t len = str_length(items[i]);
        chars_copy(dst, k, str_data(items[i]), str_kind(items[i]), len);
        dst += len * k;
    }
done:
    decref(seq);
    return result;
}

static STR_METHOD(str_join_method) {
    if (args_exactly_one("str.join", nargs) < 0) return NULL;
    return str_join(self, args[0]);
}

static Value partition_impl(Value self, Value const *args, size_t nargs, bool right) {
    if (args_exactly_one(right ? "str.rpartition" : "str.partition", nargs) < 0) return NULL;
    Value sep = args[0];
    if (!is_str(sep)) return err_format(&exc_TypeError, "must be str, not %T", sep);
    if (str_length(sep) == 0) return err_format(&exc_ValueError, "empty separator");
    intptr_t n = str_length(self), i = str_find(self, sep, 0, n, !right);
    Value empty = str_empty();
    if (i < 0) return right ? tuple_pack(3, empty, empty, self) : tuple_pack(3, self, empty, empty);
    Value head = str_substring(self, 0, i);
    Value tail = str_substring(self, i + str_length(sep), n);
    Value r = head && tail ? tuple_pack(3, head, sep, tail) : NULL;
    xdecref(head);
    xdecref(tail);
    return r;
}

static STR_METHOD(str_partition) { return partition_impl(self, args, nargs, false); }
static STR_METHOD(str_rpartition) { return partition_impl(self, args, nargs, true); }

/* ---- strip, removeprefix ---- */

static Value strip_impl(Value self, Value const *args, size_t nargs, int which) {
    static const char *const names[] = {"", "lstrip", "rstrip", "strip"};
    if (args_count(names[which], nargs, 0, 1) < 0) return NULL;
    Value chars = nargs > 0 && args[0] != NONE ? args[0] : NULL;
    if (chars && !is_str(chars))
        return err_format(&exc_TypeError, "%s arg must be None or str", names[which]);
    Text t;
    if (chars) t = str_text(chars);
    intptr_t start, end;
    text_strip_bounds(&text_kind_str, str_text(self), chars ? &t : NULL, which, &start, &end);
    return str_substring(self, start, end);
}

static STR_METHOD(str_strip) { return strip_impl(self, args, nargs, STRIP_BOTH); }
static STR_METHOD(str_lstrip) { return strip_impl(self, args, nargs, STRIP_LEFT); }
static STR_METHOD(str_rstrip) { return strip_impl(self, args, nargs, STRIP_RIGHT); }

static Value remove_affix(Value self, Value const *args, size_t nargs, bool suffix) {
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (args_exactly_one(suffix ? "str.removesuffix" : "str.removeprefix", nargs) < 0) return NULL;
    Value affix = args[0];
    if (!is_str(affix))
        return err_format(&exc_TypeError, "%s() argument must be str, not %T", name, affix);
    intptr_t n = str_length(self), m = str_length(affix);
    if (!tail_match(self, affix, 0, n, suffix)) return str_substring(self, 0, n);
    return suffix ? str_substring(self, 0, n - m) : str_substring(self, m, n);
}

static STR_METHOD(str_removeprefix) { return remove_affix(self, args, nargs, false); }
static STR_METHOD(str_removesuffix) { return remove_affix(self, args, nargs, true); }

/* ---- replace, expandtabs ---- */

static STR_METHOD(str_replace) {
    if (args_count("replace", nargs, 2, 3) < 0) return NULL;
    for (int i = 0; i < 2; i++)
        if (!is_str(args[i]))
            return err_format(&exc_TypeError, "replace() argument %d must be str, not %T", i + 1,
                              args[i]);
    intptr_t count = -1;
    if (nargs == 3 && (count = ssize_arg(args[2])) == -1 && err_occurred()) return NULL;
    Value old = args[0], new_ = args[1];
    intptr_t n = str_length(self);
    if (count == 0 || str_kind(old) > str_kind(self) || str_length(old) > n ||
        (str_length(old) > 0 && str_find(self, old, 0, n, true) < 0) ||
        (str_length(old) == 0 && n == 0 && str_length(new_) == 0))
        return str_substring(self, 0, n);
    return text_replace(&text_kind_str, str_text(self), str_text(old), str_text(new_), count);
}

static STR_METHOD(str_expandtabs) {
    static const char *const names[] = {"tabsize"};
    Value a[1];
    if (args_bind("expandtabs", args, nargs, kwnames, names, 1, 1, a) < 0) return NULL;
    intptr_t tabsize = 8;
    if (a[0] && (tabsize = ssize_arg(a[0])) == -1 && err_occurred()) return NULL;
    if (tabsize > INT32_MAX || tabsize < INT32_MIN)
        return err_format(&exc_OverflowError, "Python int too large to convert to C int");
    return text_expandtabs(&text_kind_str, str_text(self), tabsize);
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
        if (!is_str(args[1]))
            return err_format(&exc_TypeError,
                              "The fill character must be a unicode character, not %T", args[1]);
        if (str_length(args[1]) != 1)
            return err_format(&exc_TypeError,
                              "The fill character must be exactly one character long");
        fill = str_char(args[1], 0);
    }
    intptr_t n = str_length(self);
    if (width <= n) return str_substring(self, 0, n);
    intptr_t marg = width - n, left;
    if (op == PAD_CENTER)
        left = marg / 2 + (marg & width & 1);
    else
        left = op == PAD_RJUST ? marg : 0;
    return text_pad(&text_kind_str, str_text(self), left, marg - left, fill);
}

static STR_METHOD(str_center) { return pad_impl(self, args, nargs, PAD_CENTER); }
static STR_METHOD(str_ljust) { return pad_impl(self, args, nargs, PAD_LJUST); }
static STR_METHOD(str_rjust) { return pad_impl(self, args, nargs, PAD_RJUST); }

static STR_METHOD(str_zfill) {
    if (args_exactly_one("str.zfill", nargs) < 0) return NULL;
    intptr_t width = ssize_arg(args[0]);
    if (width == -1 && err_occurred()) return NULL;
    intptr_t n = str_length(self);
    if (width <= n) return str_substring(self, 0, n);
    Value r = text_pad(&text_kind_str, str_text(self), width - n, 0, '0');
    if (r && n > 0) {
        uint32_t first = str_char(self, 0);
        if (first == '+' || first == '-') { /* the sign moves in front of the zeros */
            kind_write(str_kind(r), str_data(r), 0, first);
            kind_write(str_kind(r), str_data(r), width - n, '0');
        }
    }
    return r;
}

/* ---- encode ---- */

static STR_METHOD(str_encode) {
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    if (args_bind("encode", args, nargs, kwnames, names, 2, 2, a) < 0) return NULL;
    const char *enc = "utf-8", *errors = NULL;
    for (int i = 0; i < 2; i++) {
        if (!a[i]) continue;
        if (!is_str(a[i])) return codec_arg_error("encode", names[i], a[i]);
        const char *v = str_utf8(a[i]);
        if (!v) return NULL;
        if (i == 0)
            enc = v;
        else
            errors = v;
    }
    return codec_encode(self, enc, errors);
}

/* ---- maketrans, translate ---- */

static int maketrans_put(Value table, uint32_t key, Value value) {
    Value k = small_int(key);
    return dict_set(table, k, value);
}

static Value maketrans_from_dict(Value d) {
    if (!is_dict(d))
        return err_format(&exc_TypeError,
                          "if you give only one argument to maketrans it must be a dict");
    Value table = dict_new();
    if (!table) return NULL;
    intptr_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        int rc;
        if (is_str(key)) {
            if (str_length(key) != 1) {
                err_format(&exc_ValueError, "string keys in translate table must be of length 1");
                rc = -1;
            } else
                rc = maketrans_put(table, str_char(key, 0), value);
        } else if (is_int(key))
            rc = dict_set(table, key, value);
        else {
            err_format(&exc_TypeError, "keys in translate table must be strings or integers");
            rc = -1;
        }
        if (rc < 0) {
            decref(table);
            return NULL;
        }
    }
    return table;
}

static STR_METHOD(str_maketrans) {
    if (args_count("maketrans", nargs, 1, 3) < 0) return NULL;
    if (nargs == 1) return maketrans_from_dict(args[0]);
    for (size_t i = 0; i < nargs; i++)
        if (!is_str(args[i]))
            return err_format(&exc_TypeError, "maketrans() argument %zu must be str, not %T", i + 1,
                              args[i]);
    Value x = args[0], y = args[1];
    if (str_length(x) != str_length(y))
        return err_format(&exc_ValueError,
                          "the first two maketrans arguments must have equal length");
    Value table = dict_new();
    if (!table) return NULL;
    for (intptr_t i = 0; i < str_length(x); i++)
        if (maketrans_put(table, str_char(x, i), small_int(str_char(y, i))) < 0) goto fail;
    if (nargs == 3)
        for (intptr_t i = 0; i < str_length(args[2]); i++)
            if (maketrans_put(table, str_char(args[2], i), NONE) < 0) goto fail;
    return table;
fail:
    decref(table);
    return NULL;
}

/* Appends the translation of c through table; -1 on error. */
static int translate_char(StrBuilder *b, Value table, uint32_t c) {
    Value v = object_getitem(table, small_int(c));
    if (!v) {
        if (!err_matches(&exc_LookupError)) return -1;
        err_clear();
        return sb_put_char(b, c);
    }
    int rc;
    if (v == NONE)
        rc = 0;
    else if (is_str(v))
        rc = sb_put_str(b, v);
    else if (is_int(v)) {
        long long cp;
        if (int_as_long(v, &cp) < 0 || cp < 0 || cp > 0x10ffff) {
            err_clear();
            err_format(&exc_ValueError, "character mapping must be in range(0x110000)");
            rc = -1;
        } else
            rc = sb_put_char(b, (uint32_t)cp);
    } else {
        err_format(&exc_TypeError, "character mapping must return integer, None or str");
        rc = -1;
    }
    decref(v);
    return rc;
}

static STR_METHOD(str_translate) {
    if (args_exactly_one("str.translate", nargs) < 0) return NULL;
    StrBuilder b;
    sb_init(&b);
    for (intptr_t i = 0; i < str_length(self); i++)
        if (translate_char(&b, args[0], str_char(self, i)) < 0) {
            sb_discard(&b);
            return NULL;
        }
    return sb_finish(&b);
}

/* ---- small dunders ---- */

static STR_METHOD(str_getnewargs) {
    if (args_none("str.__getnewargs__", nargs) < 0) return NULL;
    Value copy = str_from_kind(str_data(self), str_kind(self), str_length(self));
    Value r = copy ? tuple_pack(1, copy) : NULL;
    xdecref(copy);
    return r;
}

static STR_METHOD(str_sizeof) {
    if (args_none("str.__sizeof__", nargs) < 0) return NULL;
    Str *s = (Str *)self;
    size_t size = sizeof(Str) + (size_t)(s->length + 1) * s->kind;
    if (s->utf8 && s->utf8 != (char *)s->data) size += (size_t)s->utf8_length + 1;
    return small_int((intptr_t)size);
}

MethodDef str_methods[] = {
    {"encode", str_encode, METH_KEYWORDS, NULL},
    {"replace", str_replace, 0, NULL},
    {"split", str_split, METH_KEYWORDS, NULL},
    {"rsplit", str_rsplit, METH_KEYWORDS, NULL},
    {"join", str_join_method, 0, NULL},
    {"capitalize", str_capitalize, 0, NULL},
    {"casefold", str_casefold, 0, NULL},
    {"title", str_title, 0, NULL},
    {"center", str_center, 0, NULL},
    {"count", str_count, 0, NULL},
    {"expandtabs", str_expandtabs, METH_KEYWORDS, NULL},
    {"find", str_find_method, 0, NULL},
    {"partition", str_partition, 0, NULL},
    {"index", str_index, 0, NULL},
    {"ljust", str_ljust, 0, NULL},
    {"lower", str_lower, 0, NULL},
    {"lstrip", str_lstrip, 0, NULL},
    {"rfind", str_rfind, 0, NULL},
    {"rindex", str_rindex, 0, NULL},
    {"rjust", str_rjust, 0, NULL},
    {"rstrip", str_rstrip, 0, NULL},
    {"rpartition", str_rpartition, 0, NULL},
    {"splitlines", str_splitlines, METH_KEYWORDS, NULL},
    {"strip", str_strip, 0, NULL},
    {"swapcase", str_swapcase, 0, NULL},
    {"translate", str_translate, 0, NULL},
    {"upper", str_upper, 0, NULL},
    {"startswith", str_startswith, 0, NULL},
    {"endswith", str_endswith, 0, NULL},
    {"removeprefix", str_removeprefix, 0, NULL},
    {"removesuffix", str_removesuffix, 0, NULL},
    {"isascii", str_isascii, 0, NULL},
    {"islower", str_islower, 0, NULL},
    {"isupper", str_isupper, 0, NULL},
    {"istitle", str_istitle, 0, NULL},
    {"isspace", str_isspace, 0, NULL},
    {"isdecimal", str_isdecimal, 0, NULL},
    {"isdigit", str_isdigit, 0, NULL},
    {"isnumeric", str_isnumeric, 0, NULL},
    {"isalpha", str_isalpha, 0, NULL},
    {"isalnum", str_isalnum, 0, NULL},
    {"isidentifier", str_isidentifier, 0, NULL},
    {"isprintable", str_isprintable, 0, NULL},
    {"zfill", str_zfill, 0, NULL},
    {"format", str_format_method, METH_KEYWORDS, NULL},
    {"format_map", str_format_map, 0, NULL},
    {"__format__", str_dunder_format, 0, NULL},
    {"maketrans", str_maketrans, METH_STATIC, NULL},
    {"__sizeof__", str_sizeof, 0, NULL},
    {"__getnewargs__", str_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};
