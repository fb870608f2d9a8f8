/* codecs_module.c: the `_codecs` module behind codecs.py and the encodings package: the codec
 * search-function registry (register / lookup), the error-handler registry (register_error /
 * lookup_error with the built-in handlers), encode / decode through the registry, and the
 * per-codec functions the encodings modules call (utf_8_decode, charmap_encode, ...). */
#include <stdio.h>
#include <string.h>

#include "../import/import.h"
#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "bytes.h"
#include "codecs.h"
#include "codecs_charmap.h"
#include "dict.h"
#include "exceptions.h"
#include "int.h"
#include "list.h"
#include "method_args.h"
#include "module.h"
#include "str.h"
#include "tuple.h"

static Value search_functions; /* list */
static Value codec_cache;      /* dict: normalised name -> codec info */
static Value error_handlers;   /* dict: name -> callable */

#define FN(name) static Value name(Value self, Value const *args, size_t nargs, Value kwnames)

/* CPython's codec-name normal form: lower case, runs of other than alphanumerics and '.'
 * become one '_' (none at either end). */
static Value normalized_name(Value name) {
    const char *s = str_utf8(name);
    if (!s) return NULL;
    size_t len = strlen(s), n = 0;
    char *out = mem_alloc(len + 1);
    if (!out) return err_no_memory();
    bool punct = false;
    for (; *s; s++) {
        char c = *s;
        bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (alnum || c == '.') {
            if (punct && n > 0) out[n++] = '_';
            punct = false;
            out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else {
            punct = true;
        }
    }
    Value r = str_from_utf8(out, n);
    mem_free(out);
    return r;
}

/* Creates the registries; the first use imports the encodings package, which registers its
 * search function (as CPython does). */
static int ensure_registries(void) {
    if (search_functions) return 0;
    if (!(search_functions = list_new(0)) || !(codec_cache = dict_new())) return -1;
    Value encodings = import_module("encodings");
    if (!encodings) return -1;
    decref(encodings);
    return 0;
}

FN(codecs_register) {
    if (args_exactly_one("register", nargs) < 0 || ensure_registries() < 0) return NULL;
    if (!object_is_callable(args[0]))
        return err_format(&exc_TypeError, "argument must be callable");
    return list_append(search_functions, args[0]) < 0 ? NULL : NONE;
}

/* The codec info of an encoding name (a new reference), or NULL with LookupError. */
static Value lookup(Value encoding) {
    if (!is_str(encoding))
        return err_format(&exc_TypeError, "lookup() argument must be str, not %T", encoding);
    if (ensure_registries() < 0) return NULL;
    Value key = normalized_name(encoding);
    if (!key) return NULL;
    Value found = dict_get(codec_cache, key);
    if (found) {
        decref(key);
        return incref(found);
    }
    for (intptr_t i = 0; i < list_size(search_functions); i++) {
        Value r = object_call(list_get(search_functions, i), &key, 1, NULL);
        if (!r) break;
        if (r == NONE) continue;
        if (!is_tuple(r) || tuple_size(r) != 4) {
            decref(r);
            err_format(&exc_TypeError, "codec search functions must return 4-tuples");
            break;
        }
        int rc = dict_set(codec_cache, key, r);
        decref(key);
        if (rc < 0) CLEAR(r);
        return r;
    }
    decref(key);
    if (!err_occurred()) err_format(&exc_LookupError, "unknown encoding: %U", encoding);
    return NULL;
}

FN(codecs_lookup) {
    if (args_exactly_one("lookup", nargs) < 0) return NULL;
    return lookup(args[0]);
}

/* encode() / decode(): obj through the codec's function at index which (0 / 1). */
static Value convert_via_registry(const char *fname, int which, Value const *args, size_t nargs,
                                  Value kwnames) {
    static const char *const names[] = {"obj", "encoding", "errors"};
    Value a[3] = {NULL, NULL, NULL};
    if (args_bind(fname, args, nargs, kwnames, names, 3, 3, a) < 0) return NULL;
    Value encoding = a[1] ? incref(a[1]) : str_from_cstr("utf-8");
    if (!encoding) return NULL;
    Value info = lookup(encoding);
    decref(encoding);
    if (!info) return NULL;
    Value errors = a[2] ? incref(a[2]) : str_from_cstr("strict");
    Value call[2] = {a[0], errors};
    Value r = errors ? object_call(tuple_get(info, which), call, 2, NULL) : NULL;
    xdecref(errors);
    decref(info);
    if (!r) return NULL;
    if (!is_tuple(r) || tuple_size(r) != 2) {
        decref(r);
        return err_format(&exc_TypeError, "%s must return a tuple (object, integer)",
                          which ? "decoder" : "encoder");
    }
    Value out = incref(tuple_get(r, 0));
    decref(r);
    return out;
}

FN(codecs_encode) { return convert_via_registry("encode", 0, args, nargs, kwnames); }
FN(codecs_decode) { return convert_via_registry("decode", 1, args, nargs, kwnames); }

/* ---- error handlers ---- */

FN(codecs_register_error) {
    if (args_count("register_error", nargs, 2, 2) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "register_error() argument 1 must be str, not %T",
                          args[0]);
    if (!object_is_callable(args[1])) return err_format(&exc_TypeError, "handler must be callable");
    if (!error_handlers && !(error_handlers = dict_new())) return NULL;
    return dict_set(error_handlers, args[0], args[1]) < 0 ? NULL : NONE;
}

FN(codecs_lookup_error) {
    if (args_exactly_one("lookup_error", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "lookup_error() argument must be str, not %T", args[0]);
    Value h = error_handlers ? dict_get(error_handlers, args[0]) : NULL;
    if (h) return incref(h);
    if (!err_occurred()) err_format(&exc_LookupError, "unknown error handler name '%U'", args[0]);
    return NULL;
}

/* The replacement a built-in handler gives for the undecodable bytes data[0..n). */
static Value decode_replacement(const char *handler, const uint8_t *data, intptr_t n) {
    if (strcmp(handler, "ignore") == 0) return str_from_cstr("");
    if (strcmp(handler, "replace") == 0) return str_from_cstr("\xef\xbf\xbd"); /* U+FFFD */
    if (strcmp(handler, "backslashreplace") != 0)
        return err_format(&exc_TypeError,
                          "don't know how to handle UnicodeDecodeError in error callback");
    char *buf = mem_alloc((size_t)n * 4 + 1);
    if (!buf) return err_no_memory();
    for (intptr_t i = 0; i < n; i++) snprintf(buf + 4 * i, 5, "\\x%02x", data[i]);
    Value r = str_from_utf8(buf, (size_t)n * 4);
    mem_free(buf);
    return r;
}

/* A built-in handler applied to exc: (replacement, exc.end); encoding replacements come
 * from the ascii codec run over the failed span with that handler. */
static Value builtin_handler(const char *handler, Value const *args, size_t nargs) {
    if (args_exactly_one(handler, nargs) < 0) return NULL;
    Value exc = args[0];
    if (!is_instance_of(exc, &exc_UnicodeError))
        return err_format(&exc_TypeError, "don't know how to handle %T in error callback", exc);
    if (strcmp(handler, "strict") == 0) {
        err_restore(incref(exc));
        return NULL;
    }
    Value object = object_getattr_cstr(exc, "object");
    Value start = object ? object_getattr_cstr(exc, "start") : NULL;
    Value end = start ? object_getattr_cstr(exc, "end") : NULL;
    Value r = NULL;
    if (end) {
        intptr_t s = int_as_ssize(start), e = int_as_ssize(end);
        bool decode = is_instance_of(exc, &exc_UnicodeDecodeError);
        Value piece = NULL;
        if (decode) {
            const char *data;
            intptr_t n;
            if (bytes_like_data(object, &data, &n) == 0 && s >= 0 && s <= e && e <= n)
                piece = decode_replacement(handler, (const uint8_t *)data + s, e - s);
        } else if (is_str(object) && s >= 0 && s <= e && e <= str_length(object)) {
            Value text = str_substring(object, s, e);
            Value b = text ? codec_encode(text, "ascii", handler) : NULL;
            piece = b ? codec_decode(bytes_data(b), bytes_size(b), "latin-1", NULL) : NULL;
            xdecref(text);
            xdecref(b);
        } else {
            err_format(&exc_TypeError, "don't know how to handle %T in error callback", exc);
        }
        r = piece ? tuple_pack(2, piece, end) : NULL;
        xdecref(piece);
    }
    xdecref(object);
    xdecref(start);
    xdecref(end);
    return r;
}

#define HANDLER(fn, name)                                                                          \
    FN(fn) { return builtin_handler(name, args, nargs); }
HANDLER(strict_errors, "strict")
HANDLER(ignore_errors, "ignore")
HANDLER(replace_errors, "replace")
HANDLER(backslashreplace_errors, "backslashreplace")
HANDLER(xmlcharrefreplace_errors, "xmlcharrefreplace")
HANDLER(namereplace_errors, "namereplace")

/* ---- the per-codec functions: (result, length consumed) ---- */

static const char *errors_arg(Value v, bool *ok) {
    *ok = true;
    if (!v || v == NONE) return NULL;
    if (!is_str(v)) {
        *ok = false;
        err_format(&exc_TypeError, "argument 'errors' must be str or None, not %T", v);
        return NULL;
    }
    const char *s = str_utf8(v);
    *ok = s != NULL;
    return s;
}

static Value with_length(Value result, intptr_t consumed) {
    if (!result) return NULL;
    Value n = int_from_long(consumed);
    Value r = n ? tuple_pack(2, result, n) : NULL;
    xdecref(n);
    decref(result);
    return r;
}

/* The length of data without a trailing incomplete sequence of the codec (final=False). */
static intptr_t complete_prefix(const char *encoding, const uint8_t *u, intptr_t n) {
    if (strcmp(encoding, "utf-8") == 0) {
        for (intptr_t back = 1; back <= 3 && back <= n; back++) {
            uint8_t c = u[n - back];
            if ((c & 0xc0) != 0x80) {
                int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
                return need > back ? n - back : n;
            }
        }
        return n;
    }
    int unit = strstr(encoding, "32") ? 4 : strstr(encoding, "16") ? 2 : 1;
    return n - n % unit;
}

static Value encode_fn(const char *fname, const char *encoding, Value const *args, size_t nargs,
                       Value kwnames) {
    static const char *const names[] = {"str", "errors"};
    Value a[2] = {NULL, NULL};
    bool ok;
    if (args_bind(fname, args, nargs, kwnames, names, 2, 2, a) < 0) return NULL;
    if (!is_str(a[0]))
        return err_format(&exc_TypeError, "%s() argument 1 must be str, not %T", fname, a[0]);
    const char *errors = errors_arg(a[1], &ok);
    if (!ok) return NULL;
    return with_length(codec_encode(a[0], encoding, errors), str_length(a[0]));
}

static Value decode_fn(const char *fname, const char *encoding, Value const *args, size_t nargs,
                       Value kwnames) {
    static const char *const names[] = {"data", "errors", "final"};
    Value a[3] = {NULL, NULL, NULL};
    bool ok;
    const char *data;
    intptr_t n;
    if (args_bind(fname, args, nargs, kwnames, names, 3, 3, a) < 0) return NULL;
    if (bytes_like_data(a[0], &data, &n) < 0) return NULL;
    const char *errors = errors_arg(a[1], &ok);
    if (!ok) return NULL;
    int final = a[2] ? object_is_true(a[2]) : 0;
    if (final < 0) return NULL;
    if (!final) n = complete_prefix(encoding, (const uint8_t *)data, n);
    return with_length(codec_decode(data, n, encoding, errors), n);
}

#define CODEC_FNS(prefix, encoding)                                                                \
    FN(prefix##_encode) { return encode_fn(#prefix "_encode", encoding, args, nargs, kwnames); }   \
    FN(prefix##_decode) { return decode_fn(#prefix "_decode", encoding, args, nargs, kwnames); }
CODEC_FNS(utf_8, "utf-8")
CODEC_FNS(ascii, "ascii")
CODEC_FNS(latin_1, "latin-1")
CODEC_FNS(utf_16_le, "utf-16-le")
CODEC_FNS(utf_16_be, "utf-16-be")
CODEC_FNS(utf_32_le, "utf-32-le")
CODEC_FNS(utf_32_be, "utf-32-be")
CODEC_FNS(unicode_escape, "unicode_escape")
CODEC_FNS(raw_unicode_escape, "raw_unicode_escape")
FN(utf_16_decode) { return decode_fn("utf_16_decode", "utf-16", args, nargs, kwnames); }
FN(utf_32_decode) { return decode_fn("utf_32_decode", "utf-32", args, nargs, kwnames); }

/* utf_16_encode / utf_32_encode(str, errors=None, byteorder=0). */
static Value wide_encode_fn(const char *fname, int unit, Value const *args, size_t nargs,
                            Value kwnames) {
    static const char *const names[] = {"str", "errors", "byteorder"};
    Value a[3] = {NULL, NULL, NULL};
    if (args_bind(fname, args, nargs, kwnames, names, 3, 3, a) < 0) return NULL;
    intptr_t order = a[2] ? int_as_ssize(a[2]) : 0;
    if (order == -1 && err_occurred()) return NULL;
    char encoding[16];
    snprintf(encoding, sizeof encoding, "utf-%d%s", unit * 8,
             order == 0  ? ""
             : order < 0 ? "-le"
                         : "-be");
    Value call[2] = {a[0], a[1] ? a[1] : NONE};
    return encode_fn(fname, encoding, call, 2, NULL);
}

FN(utf_16_encode) { return wide_encode_fn("utf_16_encode", 2, args, nargs, kwnames); }
FN(utf_32_encode) { return wide_encode_fn("utf_32_encode", 4, args, nargs, kwnames); }

/* ---- charmap ---- */

/* The upper half from an encoding map {code point: byte} or a decoding map {byte: code
 * point} (with ASCII bytes mapping to themselves); false for other maps. */
static bool dict_high(Value mapping, bool decoding, unsigned short high[128]) {
    for (int i = 0; i < 128; i++) high[i] = 0xFFFE;
    intptr_t pos = 0;
    Value k, v;
    while (dict_next(mapping, &pos, &k, &v)) {
        if (v == NONE) continue;
        if (!is_small_int(k) || !is_small_int(v)) return false;
        intptr_t cp = small_int_value(decoding ? v : k), byte = small_int_value(decoding ? k : v);
        if (byte < 0 || byte > 255 || cp < 0 || cp > 0xfffd || (byte < 0x80 && cp != byte))
            return false;
        if (byte >= 0x80) high[byte - 0x80] = (unsigned short)cp;
    }
    return true;
}

/* The upper half of an ASCII-compatible 256-character decoding table (str) or encoding
 * map (dict), or -1 with NotImplementedError for other mappings. */
static int table_high(Value mapping, bool decoding, unsigned short high[128]) {
    if (is_dict(mapping) && dict_high(mapping, decoding, high)) return 0;
    if (is_str(mapping) && str_length(mapping) == 256) {
        bool ascii = true;
        for (uint32_t i = 0; i < 128; i++) ascii = ascii && str_char(mapping, i) == i;
        for (intptr_t i = 0; ascii && i < 128; i++) {
            uint32_t c = str_char(mapping, 128 + i);
            if (c > 0xffff) break;
            high[i] = (unsigned short)c;
            if (i == 127) return 0;
        }
    }
    err_format(&exc_NotImplementedError, "charmap codecs support ASCII-compatible tables only");
    return -1;
}

FN(charmap_build) {
    if (args_exactly_one("charmap_build", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "charmap_build() argument must be str, not %T", args[0]);
    return incref(args[0]); /* charmap_encode inverts the decoding table itself */
}

FN(codecs_charmap_decode) {
    static const char *const names[] = {"data", "errors", "mapping"};
    Value a[3] = {NULL, NULL, NULL};
    const char *data;
    intptr_t n;
    bool ok;
    unsigned short high[128];
    if (args_bind("charmap_decode", args, nargs, kwnames, names, 3, 3, a) < 0) return NULL;
    if (bytes_like_data(a[0], &data, &n) < 0) return NULL;
    const char *errors = errors_arg(a[1], &ok);
    if (!ok) return NULL;
    if (!a[2] || a[2] == NONE) return with_length(codec_decode(data, n, "latin-1", errors), n);
    if (table_high(a[2], true, high) < 0) return NULL;
    return with_length(charmap_decode(data, n, high, errors), n);
}

FN(codecs_charmap_encode) {
    static const char *const names[] = {"str", "errors", "mapping"};
    Value a[3] = {NULL, NULL, NULL};
    bool ok;
    unsigned short high[128];
    if (args_bind("charmap_encode", args, nargs, kwnames, names, 3, 3, a) < 0) return NULL;
    if (!is_str(a[0]))
        return err_format(&exc_TypeError, "charmap_encode() argument 1 must be str, not %T", a[0]);
    const char *errors = errors_arg(a[1], &ok);
    if (!ok) return NULL;
    if (!a[2] || a[2] == NONE)
        return with_length(codec_encode(a[0], "latin-1", errors), str_length(a[0]));
    if (table_high(a[2], false, high) < 0) return NULL;
    return with_length(charmap_encode(a[0], high, errors), str_length(a[0]));
}

static MethodDef codecs_methods[] = {
    {"register", codecs_register, 0, NULL},
    {"lookup", codecs_lookup, 0, NULL},
    {"encode", codecs_encode, METH_KEYWORDS, NULL},
    {"decode", codecs_decode, METH_KEYWORDS, NULL},
    {"register_error", codecs_register_error, 0, NULL},
    {"lookup_error", codecs_lookup_error, 0, NULL},
    {"utf_8_encode", utf_8_encode, METH_KEYWORDS, NULL},
    {"utf_8_decode", utf_8_decode, METH_KEYWORDS, NULL},
    {"ascii_encode", ascii_encode, METH_KEYWORDS, NULL},
    {"ascii_decode", ascii_decode, METH_KEYWORDS, NULL},
    {"latin_1_encode", latin_1_encode, METH_KEYWORDS, NULL},
    {"latin_1_decode", latin_1_decode, METH_KEYWORDS, NULL},
    {"utf_16_encode", utf_16_encode, METH_KEYWORDS, NULL},
    {"utf_16_decode", utf_16_decode, METH_KEYWORDS, NULL},
    {"utf_16_le_encode", utf_16_le_encode, METH_KEYWORDS, NULL},
    {"utf_16_le_decode", utf_16_le_decode, METH_KEYWORDS, NULL},
    {"utf_16_be_encode", utf_16_be_encode, METH_KEYWORDS, NULL},
    {"utf_16_be_decode", utf_16_be_decode, METH_KEYWORDS, NULL},
    {"utf_32_encode", utf_32_encode, METH_KEYWORDS, NULL},
    {"utf_32_decode", utf_32_decode, METH_KEYWORDS, NULL},
    {"utf_32_le_encode", utf_32_le_encode, METH_KEYWORDS, NULL},
    {"utf_32_le_decode", utf_32_le_decode, METH_KEYWORDS, NULL},
    {"utf_32_be_encode", utf_32_be_encode, METH_KEYWORDS, NULL},
    {"utf_32_be_decode", utf_32_be_decode, METH_KEYWORDS, NULL},
    {"unicode_escape_encode", unicode_escape_encode, METH_KEYWORDS, NULL},
    {"unicode_escape_decode", unicode_escape_decode, METH_KEYWORDS, NULL},
    {"raw_unicode_escape_encode", raw_unicode_escape_encode, METH_KEYWORDS, NULL},
    {"raw_unicode_escape_decode", raw_unicode_escape_decode, METH_KEYWORDS, NULL},
    {"charmap_build", charmap_build, 0, NULL},
    {"charmap_decode", codecs_charmap_decode, METH_KEYWORDS, NULL},
    {"charmap_encode", codecs_charmap_encode, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef handler_defs[] = {
    {"strict_errors", strict_errors, 0, NULL},
    {"ignore_errors", ignore_errors, 0, NULL},
    {"replace_errors", replace_errors, 0, NULL},
    {"backslashreplace_errors", backslashreplace_errors, 0, NULL},
    {"xmlcharrefreplace_errors", xmlcharrefreplace_errors, 0, NULL},
    {"namereplace_errors", namereplace_errors, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value codecs_module_new(void) {
    Value m = module_new("_codecs");
    if (!m || module_add_functions(m, codecs_methods) < 0 ||
        module_add_functions(m, handler_defs) < 0 ||
        (!error_handlers && !(error_handlers = dict_new()))) {
        xdecref(m);
        return NULL;
    }
    /* the built-in handlers, registered under their names ("strict", ...) */
    for (const MethodDef *d = handler_defs; d->name; d++) {
        Value f = object_getattr_cstr(m, d->name);
        char name[32];
        snprintf(name, sizeof name, "%.*s", (int)(strlen(d->name) - 7), d->name);
        if (!f || dict_set_cstr(error_handlers, name, f) < 0) {
            xdecref(f);
            decref(m);
            return NULL;
        }
        decref(f);
    }
    return m;
}
