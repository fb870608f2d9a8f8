/* unicodedata.c: the `unicodedata` module: character names (the parser's name tables),
 * categories, bidirectional classes, combining classes, mirroring, decimal values and
 * the four normalization forms (utf8proc), as Python 3.11 with Unicode 14.0 reports them. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "../object/int.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../object/str_unicode.h"
#include "../parse/unicode_names.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

/* The single character of args[0]; false with CPython's TypeError otherwise. */
static bool char_arg(const char *fname, const char *argdesc, Value const *args, size_t nargs,
                     size_t max, uint32_t *out) {
    if (args_count(fname, nargs, 1, max) < 0) return false;
    if (!is_str(args[0]) || str_length(args[0]) != 1) {
        err_format(&exc_TypeError, "%s() %s must be a unicode character, not %T", fname, argdesc,
                   args[0]);
        return false;
    }
    *out = str_char(args[0], 0);
    return true;
}

static bool assigned(uint32_t c) {
    return !unicode_is_newer_than_python(c) &&
           utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_CN;
}

static Value ud_name(Value self, Value const *args, size_t nargs, Value kwnames) {
    uint32_t c;
    if (!char_arg("name", "argument 1", args, nargs, 2, &c)) return NULL;
    char buf[UNICODE_NAME_MAX];
    int n = unicode_name_of(c, buf, sizeof buf);
    if (n < 0) return err_no_memory();
    if (n > 0) return str_from_utf8(buf, (size_t)n);
    if (nargs == 2) return incref(args[1]);
    return err_format(&exc_ValueError, "no such name");
}

static Value ud_lookup(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("lookup", nargs, 1, 1) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "lookup() argument must be str, not %T", args[0]);
    intptr_t len;
    const char *name = str_utf8_len(args[0], &len);
    if (!name) return NULL;
    uint32_t cp;
    int r = unicode_lookup_name(name, (size_t)len, &cp);
    if (r < 0) return err_no_memory();
    if (r == 0) {
        Value msg = str_from_format("undefined character name '%U'", args[0]);
        if (msg) {
            err_set(&exc_KeyError, msg);
            decref(msg);
        }
        return NULL;
    }
    return str_from_char(cp);
}

static Value ud_category(Value self, Value const *args, size_t nargs, Value kwnames) {
    uint32_t c;
    if (!char_arg("category", "argument", args, nargs, 1, &c)) return NULL;
    return str_from_cstr(
        unicode_is_newer_than_python(c) ? "Cn" : utf8proc_category_string((utf8proc_int32_t)c));
}

static Value ud_bidirectional(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const classes[] = {"",    "L",  "LRE", "LRO", "R",   "AL",  "RLE", "RLO",
                                          "PDF", "EN", "ES",  "ET",  "AN",  "CS",  "NSM", "BN",
                                          "B",   "S",  "WS",  "ON",  "LRI", "RLI", "FSI", "PDI"};
    uint32_t c;
    if (!char_arg("bidirectional", "argument", args, nargs, 1, &c)) return NULL;
    int b = assigned(c) || c < 0x20 ? utf8proc_get_property((utf8proc_int32_t)c)->bidi_class : 0;
    return str_from_cstr(b >= 0 && b < 24 ? classes[b] : "");
}

static Value ud_combining(Value self, Value const *args, size_t nargs, Value kwnames) {
    uint32_t c;
    if (!char_arg("combining", "argument", args, nargs, 1, &c)) return NULL;
    return small_int(assigned(c) ? utf8proc_get_property((utf8proc_int32_t)c)->combining_class : 0);
}

static Value ud_mirrored(Value self, Value const *args, size_t nargs, Value kwnames) {
    uint32_t c;
    if (!char_arg("mirrored", "argument", args, nargs, 1, &c)) return NULL;
    return small_int(assigned(c) && utf8proc_get_property((utf8proc_int32_t)c)->bidi_mirrored);
}

static Value ud_decimal(Value self, Value const *args, size_t nargs, Value kwnames) {
    uint32_t c;
    if (!char_arg("decimal", "argument 1", args, nargs, 2, &c)) return NULL;
    int v = uni_isdecimal(c) ? uni_decimal_value(c) : -1;
    if (v >= 0) return small_int(v);
    if (nargs == 2) return incref(args[1]);
    return err_format(&exc_ValueError, "not a decimal");
}

/* The form's utf8proc options, or -1 for an unknown form name. */
static int form_options(Value form) {
    static const struct {
        const char *name;
        int options;
    } forms[] = {
        {"NFC", UTF8PROC_STABLE | UTF8PROC_COMPOSE},
        {"NFD", UTF8PROC_STABLE | UTF8PROC_DECOMPOSE},
        {"NFKC", UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT},
        {"NFKD", UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (str_equal_cstr(form, forms[i].name)) return forms[i].options;
    return -1;
}

static Value normalized(const char *fname, Value const *args, size_t nargs) {
    if (args_count(fname, nargs, 2, 2) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "%s() argument 1 must be str, not %T", fname, args[0]);
    if (!is_str(args[1]))
        return err_format(&exc_TypeError, "%s() argument 2 must be str, not %T", fname, args[1]);
    int options = form_options(args[0]);
    if (options < 0) return err_format(&exc_ValueError, "invalid normalization form");
    intptr_t len;
    const char *s = str_utf8_len(args[1], &len);
    if (!s) return NULL;
    utf8proc_uint8_t *out = NULL;
    utf8proc_ssize_t n =
        utf8proc_map((const utf8proc_uint8_t *)s, len, &out, (utf8proc_option_t)options);
    if (n < 0) {
        free(out);
        return err_format(&exc_ValueError, "%s", utf8proc_errmsg(n));
    }
    Value r = str_from_utf8((const char *)out, (size_t)n);
    free(out);
    return r;
}

static Value ud_normalize(Value self, Value const *args, size_t nargs, Value kwnames) {
    return normalized("normalize", args, nargs);
}

static Value ud_is_normalized(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value n = normalized("is_normalized", args, nargs);
    if (!n) return NULL;
    bool same = str_equal(n, args[1]);
    decref(n);
    return bool_value(same);
}

static MethodDef unicodedata_methods[] = {
    {"name", ud_name, 0, NULL},
    {"lookup", ud_lookup, 0, NULL},
    {"category", ud_category, 0, NULL},
    {"bidirectional", ud_bidirectional, 0, NULL},
    {"combining", ud_combining, 0, NULL},
    {"mirrored", ud_mirrored, 0, NULL},
    {"decimal", ud_decimal, 0, NULL},
    {"normalize", ud_normalize, 0, NULL},
    {"is_normalized", ud_is_normalized, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value unicodedata_module_new(void) {
    Value m = module_new("unicodedata");
    Value version = str_from_cstr("14.0.0");
    if (!m || !version || module_add_functions(m, unicodedata_methods) < 0 ||
        module_add_object(m, "unidata_version", version) < 0)
        CLEAR(m);
    xdecref(version);
    return m;
}
