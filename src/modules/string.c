/* string.c: the `_string` module behind string.Formatter: formatter_parser splits a
 * format string into (literal, field_name, format_spec, conversion) tuples and
 * formatter_field_name_split splits "a.b[0]" into its first part and accessors, with the
 * ValueErrors of str.format. */
#include "../object/int.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

typedef struct Cursor {
    Value s;
    intptr_t pos, end;
} Cursor;

static inline bool at_end(const Cursor *c) { return c->pos >= c->end; }
static inline uint32_t take(Cursor *c) { return str_char(c->s, c->pos++); }
static inline uint32_t peek(const Cursor *c) { return str_char(c->s, c->pos); }

static Value format_error(const char *msg) { return err_format(&exc_ValueError, "%s", msg); }

/* Parses a replacement field after its '{': name, conversion ('\0' for none) and spec
 * bounds. Returns false with ValueError on malformed input. */
static bool parse_field(Cursor *c, intptr_t *name_end, uint32_t *conversion, intptr_t *spec_start,
                        intptr_t *spec_end) {
    uint32_t ch = 0;
    *conversion = 0;
    *spec_start = *spec_end = -1;
    while (!at_end(c)) {
        ch = take(c);
        if (ch == '{') {
            format_error("unexpected '{' in field name");
            return false;
        }
        if (ch == '[') {
            while (!at_end(c) && peek(c) != ']') c->pos++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    *name_end = c->pos - 1;
    if (ch != '!' && ch != ':') {
        if (ch == '}') return true;
        format_error("expected '}' before end of string");
        return false;
    }
    if (ch == '!') {
        if (at_end(c)) {
            format_error("end of string while looking for conversion specifier");
            return false;
        }
        *conversion = take(c);
        if (!at_end(c)) {
            ch = take(c);
            if (ch == '}') return true;
            if (ch != ':') {
                format_error("expected ':' after conversion specifier");
                return false;
            }
        }
    }
    *spec_start = c->pos;
    for (int depth = 1; !at_end(c);) {
        ch = take(c);
        if (ch == '{') depth++;
        if (ch == '}' && --depth == 0) {
            *spec_end = c->pos - 1;
            return true;
        }
    }
    format_error("unmatched '{' in format spec");
    return false;
}

/* The next (literal, field_name, format_spec, conversion) tuple, or NULL at the end
 * (error pending when malformed). */
static Value parse_next(Cursor *c) {
    intptr_t start = c->pos;
    uint32_t ch = 0;
    bool markup = false;
    while (!at_end(c)) {
        ch = take(c);
        if (ch == '{' || ch == '}') {
            markup = true;
            break;
        }
    }
    intptr_t len = c->pos - start;
    if (ch == '}' && markup && (at_end(c) || peek(c) != '}'))
        return format_error("Single '}' encountered in format string");
    if (at_end(c) && markup && ch == '{')
        return format_error("Single '{' encountered in format string");
    if (markup) {
        if (peek(c) == ch) { /* an escaped brace ends the literal text */
            c->pos++;
            markup = false;
        } else {
            len--;
        }
    }
    Value literal = str_substring(c->s, start, start + len);
    if (!literal) return NULL;
    if (!markup) {
        Value r = tuple_pack(4, literal, NONE, NONE, NONE);
        decref(literal);
        return r;
    }
    intptr_t name_start = c->pos, name_end, spec_start, spec_end;
    uint32_t conversion;
    if (!parse_field(c, &name_end, &conversion, &spec_start, &spec_end)) {
        decref(literal);
        return NULL;
    }
    Value name = str_substring(c->s, name_start, name_end);
    Value spec = spec_start < 0 ? str_empty() : str_substring(c->s, spec_start, spec_end);
    Value conv = conversion ? str_from_char(conversion) : incref(NONE);
    Value r = name && spec && conv ? tuple_pack(4, literal, name, spec, conv) : NULL;
    decref(literal);
    xdecref(name);
    xdecref(spec);
    xdecref(conv);
    return r;
}

static bool require_str(Value v, const char *fname) {
    if (is_str(v)) return true;
    err_format(&exc_TypeError, "%s() argument must be str, not %T", fname, v);
    return false;
}

static Value formatter_parser(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("formatter_parser", nargs) < 0 ||
        !require_str(args[0], "formatter_parser"))
        return NULL;
    Cursor c = {args[0], 0, str_length(args[0])};
    Value items = list_new(0);
    while (items && !at_end(&c)) {
        Value t = parse_next(&c);
        if (!t || list_append(items, t) < 0) CLEAR(items);
        xdecref(t);
    }
    Value it = items ? object_getiter(items) : NULL;
    xdecref(items);
    return it;
}

/* s[start:end] as an int when it is all ASCII digits (and not empty), else as a str. */
static Value name_part(Value s, intptr_t start, intptr_t end) {
    bool digits = end > start;
    for (intptr_t i = start; digits && i < end; i++)
        digits = str_char(s, i) >= '0' && str_char(s, i) <= '9';
    Value part = str_substring(s, start, end);
    if (!part || !digits) return part;
    const char *text = str_utf8(part);
    Value n = text ? int_from_string(text, (size_t)(end - start), 10) : NULL;
    decref(part);
    return n;
}

/* The (is_attribute, key) accessors after the first part, in a list. */
static Value split_accessors(Cursor *c) {
    Value items = list_new(0);
    while (items && !at_end(c)) {
        uint32_t ch = take(c);
        intptr_t start = c->pos;
        bool attr = ch == '.';
        if (!attr && ch != '[') {
            format_error("Only '.' or '[' may follow ']' in format field specifier");
            CLEAR(items);
            break;
        }
        while (!at_end(c) && (attr ? peek(c) != '.' && peek(c) != '[' : peek(c) != ']')) c->pos++;
        intptr_t end = c->pos;
        if (!attr) {
            if (at_end(c)) {
                format_error("Missing ']' in format string");
                CLEAR(items);
                break;
            }
            c->pos++;
        }
        if (end == start) {
            format_error("Empty attribute in format string");
            CLEAR(items);
            break;
        }
        Value key = attr ? str_substring(c->s, start, end) : name_part(c->s, start, end);
        Value pair = key ? tuple_pack(2, bool_value(attr), key) : NULL;
        if (!pair || list_append(items, pair) < 0) CLEAR(items);
        xdecref(key);
        xdecref(pair);
    }
    return items;
}

static Value formatter_field_name_split(Value self, Value const *args, size_t nargs,
                                        Value kwnames) {
    if (args_exactly_one("formatter_field_name_split", nargs) < 0 ||
        !require_str(args[0], "formatter_field_name_split"))
        return NULL;
    Value s = args[0];
    Cursor c = {s, 0, str_length(s)};
    while (!at_end(&c) && peek(&c) != '.' && peek(&c) != '[') c.pos++;
    Value first = name_part(s, 0, c.pos);
    Value rest = first ? split_accessors(&c) : NULL;
    Value it = rest ? object_getiter(rest) : NULL;
    Value r = it ? tuple_pack(2, first, it) : NULL;
    xdecref(first);
    xdecref(rest);
    xdecref(it);
    return r;
}

static MethodDef string_methods[] = {
    {"formatter_parser", formatter_parser, 0, NULL},
    {"formatter_field_name_split", formatter_field_name_split, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value string_module_new(void) {
    Value m = module_new("_string");
    if (m && module_add_functions(m, string_methods) < 0) CLEAR(m);
    return m;
}
