/* str_format.c: str.format and str.format_map (the replacement-field grammar: automatic
 * and manual numbering, keyword names, .attribute and [index] lookups, !r !s !a
 * conversions, nested replacement fields in the spec), and str.__format__. */
#include "../vm/errors.h"
#include "dict.h"
#include "int.h"
#include "method_args.h"
#include "format_spec.h"
#include "str_methods.h"
#include "tuple.h"

typedef struct FormatState {
    Value const *args; /* positional arguments */
    size_t nargs;
    Value kwargs;       /* a mapping (kwargs dict or format_map's argument), or NULL */
    bool map_only;      /* format_map: positional fields are an error */
    intptr_t auto_next; /* next automatic field number; -1 once manual numbering is used */
    bool manual;
} FormatState;

static Value format_error(const char *msg) { return err_format(&exc_ValueError, "%s", msg); }

/* The value of a decimal run s[start:end), -1 when it is not all digits, -2 on overflow. */
static intptr_t digits_value(Value s, intptr_t start, intptr_t end) {
    if (start == end) return -1;
    intptr_t v = 0;
    for (intptr_t i = start; i < end; i++) {
        uint32_t c = str_char(s, i);
        if (c < '0' || c > '9') return -1;
        if (v > (INTPTR_MAX - 9) / 10) {
            format_error("Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (intptr_t)(c - '0');
    }
    return v;
}

/* The object the first part of a field name designates. */
static Value lookup_first(FormatState *st, Value fmt, intptr_t start, intptr_t end) {
    intptr_t index = digits_value(fmt, start, end);
    if (index == -2) return NULL;
    if (start == end) { /* automatic numbering */
        if (st->manual)
            return format_error(
                "cannot switch from manual field specification to automatic field numbering");
        index = st->auto_next++;
    } else if (index >= 0) {
        if (st->auto_next > 0)
            return format_error(
                "cannot switch from automatic field numbering to manual field specification");
        st->manual = true;
    }
    if (index >= 0) {
        if (st->map_only) return format_error("Format string contains positional fields");
        if ((size_t)index >= st->nargs)
            return err_format(&exc_IndexError,
                              "Replacement index %zd out of range for positional args tuple",
                              index);
        return incref(st->args[index]);
    }
    Value key = str_substring(fmt, start, end);
    if (!key) return NULL;
    Value v = NULL;
    if (!st->kwargs)
        err_set(&exc_KeyError, key);
    else
        v = object_getitem(st->kwargs, key);
    decref(key);
    return v;
}

/* Applies one .name or [key] step; *i is at the '.' or '[' and moves past the step. */
static Value field_step(Value obj, Value fmt, intptr_t *i, intptr_t end) {
    bool attr = str_char(fmt, *i) == '.';
    intptr_t start = ++*i;
    if (attr)
        while (*i < end && str_char(fmt, *i) != '.' && str_char(fmt, *i) != '[') (*i)++;
    else
        while (*i < end && str_char(fmt, *i) != ']') (*i)++;
    intptr_t stop = *i;
    if (!attr) {
        if (*i == end) return format_error("Missing ']' in format string");
        (*i)++;
        if (*i < end && str_char(fmt, *i) != '.' && str_char(fmt, *i) != '[')
            return format_error("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (stop == start) return format_error("Empty attribute in format string");
    intptr_t index = attr ? -1 : digits_value(fmt, start, stop);
    if (index == -2) return NULL;
    if (index >= 0) return object_getitem(obj, small_int(index));
    Value name = str_substring(fmt, start, stop);
    if (!name) return NULL;
    Value r = attr ? object_getattr(obj, name) : object_getitem(obj, name);
    decref(name);
    return r;
}

static Value resolve_field(FormatState *st, Value fmt, intptr_t start, intptr_t end) {
    intptr_t i = start;
    while (i < end && str_char(fmt, i) != '.' && str_char(fmt, i) != '[') i++;
    Value obj = lookup_first(st, fmt, start, i);
    while (obj && i < end) {
        Value next = field_step(obj, fmt, &i, end);
        decref(obj);
        obj = next;
    }
    return obj;
}

static Value convert(Value obj, uint32_t conversion) {
    switch (conversion) {
        case 0: return incref(obj);
        case 'r': return object_repr(obj);
        case 's': return object_str(obj);
        case 'a': return object_ascii(obj);
        default:
            if (conversion > 32 && conversion < 128)
                return err_format(&exc_ValueError, "Unknown conversion specifier %c",
                                  (int)conversion);
            return err_format(&exc_ValueError, "Unknown conversion specifier \\x%x",
                              (unsigned)conversion);
    }
}

static Value build(FormatState *st, Value fmt, intptr_t start, intptr_t end, int depth);

/* Only a spec with a nested field is formatted itself (and counts toward the depth). */
static bool spec_has_field(Value fmt, intptr_t start, intptr_t end) {
    for (intptr_t i = start; i < end; i++)
        if (str_char(fmt, i) == '{') return true;
    return false;
}

/* The replacement field starting after '{' at *i: appends its text to b. */
static int render_field(FormatState *st, StrBuilder *b, Value fmt, intptr_t *i, intptr_t end,
                        int depth) {
    intptr_t name_start = *i, pos = *i;
    bool in_bracket = false;
    for (; pos < end; pos++) {
        uint32_t c = str_char(fmt, pos);
        if (c == '[')
            in_bracket = true;
        else if (c == ']')
            in_bracket = false;
        else if (!in_bracket && (c == '}' || c == ':' || c == '!'))
            break;
        else if (!in_bracket && c == '{')
            return format_error("unexpected '{' in field name"), -1;
    }
    if (pos == end) return format_error("expected '}' before end of string"), -1;
    intptr_t name_end = pos;
    uint32_t conversion = 0;
    if (str_char(fmt, pos) == '!') {
        if (++pos == end)
            return format_error("end of string while looking for conversion specifier"), -1;
        conversion = str_char(fmt, pos++);
        if (pos < end && str_char(fmt, pos) != ':' && str_char(fmt, pos) != '}')
            return format_error("expected ':' after conversion specifier"), -1;
    }
    intptr_t spec_start = pos, spec_end = pos;
    if (pos < end && str_char(fmt, pos) == ':') {
        spec_start = ++pos;
        for (int level = 1; pos < end; pos++) {
            uint32_t c = str_char(fmt, pos);
            if (c == '{')
                level++;
            else if (c == '}' && --level == 0)
                break;
        }
        spec_end = pos;
    }
    if (pos == end) return format_error("unmatched '{' in format spec"), -1;
    *i = pos + 1; /* past the closing '}' */
    Value obj = resolve_field(st, fmt, name_start, name_end);
    if (!obj) return -1;
    Value converted = convert(obj, conversion);
    decref(obj);
    if (!converted) return -1;
    Value spec = spec_has_field(fmt, spec_start, spec_end)
                     ? build(st, fmt, spec_start, spec_end, depth - 1)
                     : str_substring(fmt, spec_start, spec_end);
    Value text = spec ? object_format(converted, spec) : NULL;
    decref(converted);
    xdecref(spec);
    if (!text) return -1;
    int rc = sb_put_str(b, text);
    decref(text);
    return rc;
}

/* Formats fmt[start:end); depth bounds the nesting of fields inside specs. */
static Value build(FormatState *st, Value fmt, intptr_t start, intptr_t end, int depth) {
    if (depth <= 0) return format_error("Max string recursion exceeded");
    StrBuilder b;
    sb_init(&b);
    intptr_t i = start;
    while (i < end) {
        intptr_t run = i;
        uint32_t c = 0;
        while (run < end && (c = str_char(fmt, run)) != '{' && c != '}') run++;
        if (sb_put_substr(&b, fmt, i, run) < 0) return NULL;
        if (run == end) break;
        bool doubled = run + 1 < end && str_char(fmt, run + 1) == c;
        i = run + 1;
        if (doubled) {
            i++;
            if (sb_put_char(&b, c) < 0) return NULL;
        } else if (c == '}') {
            format_error("Single '}' encountered in format string");
            goto fail;
        } else if (i == end) {
            format_error("Single '{' encountered in format string");
            goto fail;
        } else if (render_field(st, &b, fmt, &i, end, depth) < 0)
            goto fail;
    }
    return sb_finish(&b);
fail:
    sb_discard(&b);
    return NULL;
}

static Value format_with(Value self, FormatState *st) {
    return build(st, self, 0, str_length(self), 2);
}

STR_METHOD(str_format_method) {
    FormatState st = {args, nargs, NULL, false, 0, false};
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nkw > 0) {
        st.kwargs = dict_new();
        if (!st.kwargs) return NULL;
        for (intptr_t k = 0; k < nkw; k++)
            if (dict_set(st.kwargs, tuple_get(kwnames, k), args[nargs + (size_t)k]) < 0) {
                decref(st.kwargs);
                return NULL;
            }
    }
    Value r = format_with(self, &st);
    xdecref(st.kwargs);
    return r;
}

STR_METHOD(str_format_map) {
    if (args_exactly_one("str.format_map", nargs) < 0) return NULL;
    FormatState st = {NULL, 0, args[0], true, 0, false};
    return format_with(self, &st);
}

STR_METHOD(str_dunder_format) {
    if (args_exactly_one("str.__format__", nargs) < 0) return NULL;
    if (!is_str(args[0]))
        return err_format(&exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    return format_str(self, args[0]);
}
