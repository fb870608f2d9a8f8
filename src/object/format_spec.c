/* format_spec.c: the format-spec mini-language: parsing with CPython's errors, and the
 * __format__ of str, int, float and complex: signs, prefixes, digit grouping (also into
 * zero padding), fill and alignment. Float digits come from glibc's exact printf. */
#include "format_spec.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "complex.h"
#include "float.h"
#include "int.h"
#include "str.h"

/* ---- parsing ---- */

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* A run of decimal digits at *i: its value, -1 if there are none, -2 on overflow. */
static intptr_t parse_count(Value spec, intptr_t *i) {
    intptr_t n = str_length(spec), start = *i, v = 0;
    for (; *i < n; (*i)++) {
        uint32_t c = str_char(spec, *i);
        if (c < '0' || c > '9') break;
        if (v > (INTPTR_MAX - 9) / 10) {
            err_set_str(&exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (intptr_t)(c - '0');
    }
    return *i == start ? -1 : v;
}

static Value unknown_code(uint32_t code, Value obj) {
    char c[16];
    if (code > 32 && code < 128) {
        snprintf(c, sizeof c, "%c", (char)code);
    } else {
        snprintf(c, sizeof c, "\\x%x", (unsigned)code);
    }
    return err_format(&exc_ValueError, "Unknown format code '%s' for object of type '%T'", c, obj);
}

static bool grouping_allowed(char grouping, uint32_t type) {
    if (type == 0 || (type < 128 && strchr("deEfFgG%", (int)type))) return true;
    return grouping == '_' && type < 128 && type && strchr("boxX", (int)type);
}

int format_spec_parse(Value spec, uint32_t default_type, Value obj, FormatSpec *out) {
    intptr_t n = str_length(spec), i = 0;
    *out = (FormatSpec){' ', 0, 0, false, false, false, 0, -1, -1, 0};
    bool fill_given = false;
    if (n >= 2 && is_align(str_char(spec, 1))) {
        out->fill = str_char(spec, 0);
        out->align = (char)str_char(spec, 1);
        fill_given = true;
        i = 2;
    } else if (n >= 1 && is_align(str_char(spec, 0))) {
        out->align = (char)str_char(spec, 0);
        i = 1;
    }
    if (i < n && strchr("+- ", (int)str_char(spec, i)) && str_char(spec, i)) {
        out->sign = (char)str_char(spec, i++);
    }
    if (i < n && str_char(spec, i) == 'z') {
        out->no_neg_zero = true;
        i++;
    }
    if (i < n && str_char(spec, i) == '#') {
        out->alternate = true;
        i++;
    }
    if (!fill_given && i < n && str_char(spec, i) == '0') {
        out->fill = '0';
        fill_given = true;
        if (!out->align && default_type != 's') out->align = '=';
        i++;
    }
    out->fill_given = fill_given;
    out->width = parse_count(spec, &i);
    if (out->width == -2) return -1;
    if (i < n && str_char(spec, i) == ',') {
        out->grouping = ',';
        i++;
    }
    if (i < n && str_char(spec, i) == '_') {
        if (out->grouping) {
            err_set_str(&exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        out->grouping = '_';
        i++;
    }
    if (i < n && str_char(spec, i) == ',' && out->grouping == '_') {
        err_set_str(&exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (i < n && str_char(spec, i) == '.') {
        i++;
        out->precision = parse_count(spec, &i);
        if (out->precision == -2) return -1;
        if (out->precision == -1) {
            err_set_str(&exc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (n - i > 1) {
        err_format(&exc_ValueError, "Invalid format specifier '%U' for object of type '%T'", spec,
                   obj);
        return -1;
    }
    if (n - i == 1) out->type = str_char(spec, i);
    uint32_t type = out->type ? out->type : default_type;
    if (out->grouping && !grouping_allowed(out->grouping, type)) {
        char g[2] = {out->grouping, 0};
        if (type == 'n' || (type > 32 && type < 128)) {
            err_format(&exc_ValueError, "Cannot specify '%s' with '%c'.", g, (int)type);
        } else {
            err_format(&exc_ValueError, "Cannot specify '%s' with '\\x%x'.", g, (unsigned)type);
        }
        return -1;
    }
    return 0;
}

/* ---- output: padding ---- */

static uint32_t max_char_of(Value s) {
    Str *o = (Str *)s;
    return o->kind == 1 ? (o->ascii ? 127 : 255) : o->kind == 2 ? 0xFFFF : 0x10FFFF;
}

static void put_char(Str *s, intptr_t i, uint32_t c) {
    if (s->kind == 1) {
        s->data[i] = (uint8_t)c;
    } else if (s->kind == 2) {
        ((uint16_t *)s->data)[i] = (uint16_t)c;
    } else {
        ((uint32_t *)s->data)[i] = c;
    }
}

/* content padded to spec->width: '=' puts the padding after the first head_len characters
 * (sign and prefix). Steals content. */
static Value pad(Value content, intptr_t head_len, const FormatSpec *spec, char default_align) {
    intptr_t n = str_length(content);
    if (spec->width <= n) return content;
    intptr_t padding = spec->width - n, left = 0, mid = 0, right = 0;
    switch (spec->align ? spec->align : default_align) {
        case '<': right = padding; break;
        case '^':
            left = padding / 2;
            right = padding - left;
            break;
        case '=': mid = padding; break;
        default: left = padding; break;
    }
    uint32_t maxchar = max_char_of(content);
    if (spec->fill > maxchar) maxchar = spec->fill;
    Value r = str_new_raw(spec->width, maxchar);
    if (!r) {
        decref(content);
        return NULL;
    }
    Str *o = (Str *)r;
    intptr_t k = 0;
    for (intptr_t j = 0; j < left; j++) put_char(o, k++, spec->fill);
    for (intptr_t j = 0; j < head_len; j++) put_char(o, k++, str_char(content, j));
    for (intptr_t j = 0; j < mid; j++) put_char(o, k++, spec->fill);
    for (intptr_t j = head_len; j < n; j++) put_char(o, k++, str_char(content, j));
    for (intptr_t j = 0; j < right; j++) put_char(o, k++, spec->fill);
    put_char(o, k, 0);
    decref(content);
    return r;
}

/* ---- str ---- */

Value format_str(Value s, Value spec) {
    if (str_length(spec) == 0) return is_str_exact(s) ? incref(s) : object_str(s);
    FormatSpec f;
    if (format_spec_parse(spec, 's', s, &f) < 0) return NULL;
    if (f.type && f.type != 's') return unknown_code(f.type, s);
    const char *error = f.sign == ' '    ? "Space not allowed in string format specifier"
                        : f.sign         ? "Sign not allowed in string format specifier"
                        : f.no_neg_zero  ? "Negative zero coercion (z) not allowed in string "
                                           "format specifier"
                        : f.alternate    ? "Alternate form (#) not allowed in string format "
                                           "specifier"
                        : f.align == '=' ? "'=' alignment not allowed in string format "
                                           "specifier"
                                         : NULL;
    if (error) return err_format(&exc_ValueError, "%s", error);
    intptr_t n = str_length(s);
    Value content = f.precision >= 0 && f.precision < n ? str_substring(s, 0, f.precision)
                    : is_str_exact(s)                   ? incref(s)
                                                        : object_str(s);
    if (!content) return NULL;
    return pad(content, 0, &f, '<');
}

/* ---- numbers ---- */

/* A number's text before padding: sign, prefix ("0x"), integer digits, the rest
 * (fraction, exponent, '%', 'j'). */
typedef struct NumText {
    const char *sign, *prefix;
    const char *digits;
    size_t ndigits;
    const char *rest;
    bool groupable; /* digits are digits (not inf / nan) */
} NumText;

/* The digits grouped by sep every `interval`, left-padded with zeros until the result is
 * at least min_width long (CPython's zero padding with grouping). mem_alloc'd. */
static char *group_digits(const char *d, size_t n, char sep, int interval, intptr_t min_width,
                          size_t *outlen) {
    size_t cap = (n + (size_t)(min_width > 0 ? min_width : 0)) * 2 + 2;
    char *buf = mem_alloc(cap);
    if (!buf) return NULL;
    size_t k = cap; /* written backwards */
    size_t remaining = n;
    intptr_t mw = min_width;
    for (;;) {
        intptr_t want = (intptr_t)remaining > mw ? (intptr_t)remaining : mw;
        size_t l = want <= 0 ? 1 : want < interval ? (size_t)want : (size_t)interval;
        size_t take = remaining < l ? remaining : l;
        for (size_t j = 0; j < take; j++) buf[--k] = d[--remaining];
        for (size_t j = take; j < l; j++) buf[--k] = '0';
        mw -= (intptr_t)l;
        if (remaining == 0 && mw <= 0) break;
        buf[--k] = sep;
        mw--;
    }
    *outlen = cap - k;
    memmove(buf, buf + k, *outlen);
    return buf;
}

static Value emit_number(const FormatSpec *spec, const NumText *t, int interval) {
    size_t lsign = strlen(t->sign), lprefix = strlen(t->prefix), lrest = strlen(t->rest);
    intptr_t head = (intptr_t)(lsign + lprefix);
    char sep = spec->grouping;
    bool zero_grouping = t->groupable && sep && spec->fill == '0' && spec->align == '=';
    intptr_t min_width = zero_grouping ? spec->width - head - (intptr_t)lrest : 0;
    const char *digits = t->digits;
    size_t ndigits = t->ndigits;
    char *grouped = NULL;
    if (t->groupable && sep) {
        grouped = group_digits(t->digits, t->ndigits, sep, interval, min_width, &ndigits);
        if (!grouped) return err_no_memory();
        digits = grouped;
    }
    size_t len = (size_t)head + ndigits + lrest;
    char *buf = mem_alloc(len + 1);
    if (!buf) {
        mem_free(grouped);
        return err_no_memory();
    }
    memcpy(buf, t->sign, lsign);
    memcpy(buf + lsign, t->prefix, lprefix);
    memcpy(buf + head, digits, ndigits);
    memcpy(buf + (size_t)head + ndigits, t->rest, lrest);
    Value content = str_from_utf8(buf, len);
    mem_free(buf);
    mem_free(grouped);
    if (!content) return NULL;
    return pad(content, head, spec, '>');
}

static const char *sign_text(bool negative, char sign) {
    if (negative) return "-";
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
}

/* ---- floats ---- */

/* The significant digits of |d| (finite) with |d| = 0.DIGITS * 10**decpt: the shortest
 * that round-trip (precision < 0), or rounded to `precision` digits, trailing zeros
 * removed unless keep_zeros. mem_alloc'd. */
static char *float_digits(double d, intptr_t precision, bool keep_zeros, int *n, int *decpt) {
    char *digits;
    if (precision < 0) {
        digits = mem_alloc(32);
        if (!digits) return NULL;
        if (d == 0.0) {
            strcpy(digits, "0");
            *n = 1;
            *decpt = 1;
        } else {
            *n = float_shortest_digits(d, digits, decpt);
        }
        return digits;
    }
    int p = precision == 0 ? 1 : (int)precision;
    digits = mem_alloc((size_t)p + 32);
    if (!digits) return NULL;
    snprintf(digits, (size_t)p + 32, "%.*e", p - 1, d);
    char *e = strchr(digits, 'e');
    *decpt = atoi(e + 1) + 1;
    int k = 0;
    for (char *s = digits; s < e; s++) {
        if (isdigit((unsigned char)*s)) digits[k++] = *s;
    }
    while (!keep_zeros && k > 1 && digits[k - 1] == '0') k--;
    digits[k] = '\0';
    *n = k;
    return digits;
}

/* repr-like layout of |d|: exponent when decpt < -3 or decpt exceeds the limit (16 for
 * the shortest repr, precision - 1 otherwise); fixed notation always has a '.'. */
static char *float_repr_like(double d, intptr_t precision, bool alternate) {
    int n, decpt;
    char *digits = float_digits(d, precision, alternate, &n, &decpt);
    if (!digits) return NULL;
    bool use_exp =
        decpt < -3 || (precision < 0 ? decpt > 16 : decpt >= (precision ? precision : 1));
    size_t cap = (size_t)n + (size_t)abs(decpt) + 16;
    char *buf = mem_alloc(cap);
    if (!buf) {
        mem_free(digits);
        return NULL;
    }
    size_t k = 0;
    if (use_exp) {
        buf[k++] = digits[0];
        if (n > 1 || alternate) buf[k++] = '.';
        for (int j = 1; j < n; j++) buf[k++] = digits[j];
        snprintf(buf + k, cap - k, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else {
        if (decpt <= 0) {
            buf[k++] = '0';
            buf[k++] = '.';
            for (int j = 0; j < -decpt; j++) buf[k++] = '0';
            for (int j = 0; j < n; j++) buf[k++] = digits[j];
        } else {
            for (int j = 0; j < decpt; j++) buf[k++] = j < n ? digits[j] : '0';
            buf[k++] = '.';
            for (int j = decpt; j < n; j++) buf[k++] = digits[j];
            if (n <= decpt) buf[k++] = '0';
        }
        buf[k] = '\0';
    }
    mem_free(digits);
    return buf;
}

/* |d| (finite) for presentation type `type` (0: repr-like) into a mem_alloc'd string. */
static char *float_magnitude(double d, uint32_t type, intptr_t precision, bool alternate) {
    d = fabs(d);
    if (type == 0) return float_repr_like(d, precision, alternate);
    char fmt[8];
    char conv = (char)(type == 'n' ? 'g' : type == '%' ? 'f' : tolower((int)type));
    snprintf(fmt, sizeof fmt, "%%%s.*%c", alternate ? "#" : "", conv);
    if (type == '%') d *= 100.0;
    int p = precision < 0 ? 6 : (int)precision;
    int size = snprintf(NULL, 0, fmt, p, d) + 2;
    char *buf = mem_alloc((size_t)size);
    if (!buf) return NULL;
    snprintf(buf, (size_t)size, fmt, p, d);
    if (type == '%') strcat(buf, "%");
    if (type == 'E' || type == 'F' || type == 'G') {
        for (char *s = buf; *s; s++) *s = (char)toupper((unsigned char)*s);
    }
    return buf;
}

static bool all_zero_digits(const char *s) {
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s >= '1' && *s <= '9') return false;
    }
    return true;
}

/* The text of d for a float presentation (type already validated), without padding. */
static int float_text(double d, const FormatSpec *spec, uint32_t type, NumText *t, char **owned) {
    bool upper = type == 'E' || type == 'F' || type == 'G';
    *owned = NULL;
    t->prefix = "";
    if (!isfinite(d)) {
        const char *word = isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        *owned = mem_alloc(8);
        if (!*owned) return -1;
        snprintf(*owned, 8, "%s%s", word, type == '%' ? "%" : "");
        t->sign = sign_text(!isnan(d) && d < 0, spec->sign);
        t->digits = "";
        t->ndigits = 0;
        t->rest = *owned;
        t->groupable = false;
        return 0;
    }
    char *m = float_magnitude(d, type, spec->precision, spec->alternate);
    if (!m) {
        err_no_memory();
        return -1;
    }
    *owned = m;
    bool negative = signbit(d) && !(spec->no_neg_zero && all_zero_digits(m));
    t->sign = sign_text(negative, spec->sign);
    size_t nd = 0;
    while (isdigit((unsigned char)m[nd])) nd++;
    t->digits = m;
    t->ndigits = nd;
    t->rest = m + nd;
    t->groupable = true;
    return 0;
}

static Value format_double(double d, const FormatSpec *spec, Value obj) {
    uint32_t type = spec->type;
    if (type && !(type < 128 && strchr("eEfFgGn%", (int)type))) return unknown_code(type, obj);
    NumText t;
    char *owned;
    if (float_text(d, spec, type, &t, &owned) < 0) return NULL;
    Value r = emit_number(spec, &t, 3);
    mem_free(owned);
    return r;
}

Value format_float(Value v, Value spec) {
    if (str_length(spec) == 0) return object_str(v);
    FormatSpec f;
    if (format_spec_parse(spec, 0, v, &f) < 0) return NULL;
    return format_double(float_value(v), &f, v);
}

/* ---- ints ---- */

static Value format_char(Value v, const FormatSpec *spec) {
    if (spec->sign)
        return err_format(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec->alternate)
        return err_format(&exc_ValueError,
                          "Alternate form (#) not allowed with integer format specifier 'c'");
    long long n;
    if (int_as_long(v, &n) < 0) return NULL;
    if (n < 0 || n > 0x10FFFF)
        return err_format(&exc_OverflowError, "%%c arg not in range(0x110000)");
    uint32_t c = (uint32_t)n;
    Value s = str_from_codepoints(&c, 1);
    if (!s) return NULL;
    return pad(s, 0, spec, '>');
}

Value format_int(Value v, Value spec) {
    if (str_length(spec) == 0) return object_str(v);
    FormatSpec f;
    if (format_spec_parse(spec, 'd', v, &f) < 0) return NULL;
    uint32_t type = f.type ? f.type : 'd';
    if (type < 128 && strchr("eEfFgG%", (int)type)) {
        double d = int_as_double(v);
        if (d == -1.0 && err_occurred()) return NULL;
        return format_double(d, &f, v);
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    if (!(type < 128 && strchr("bcdoxXn", (int)type))) return unknown_code(type, v);
    if (f.precision >= 0)
        return err_format(&exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return err_format(&exc_ValueError,
                          "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') return format_char(v, &f);
    size_t nd;
    char *digits = int_abs_digits(v, base, type == 'X', &nd);
    if (!digits) return NULL;
    static const char *const prefixes[] = {"", "0b", "0o", "0x", "0X"};
    int pi = !f.alternate  ? 0
             : base == 2   ? 1
             : base == 8   ? 2
             : type == 'x' ? 3
             : type == 'X' ? 4
                           : 0;
    NumText t = {sign_text(int_sign(v) < 0, f.sign), prefixes[pi], digits, nd, "", true};
    Value r = emit_number(&f, &t, base == 10 ? 3 : 4);
    mem_free(digits);
    return r;
}

/* ---- complex ---- */

Value format_complex(Value v, Value spec) {
    if (str_length(spec) == 0) return object_str(v);
    FormatSpec f;
    if (format_spec_parse(spec, 0, v, &f) < 0) return NULL;
    if (f.type && !(f.type < 128 && strchr("eEfFgGn", (int)f.type))) return unknown_code(f.type, v);
    if (f.fill == '0')
        return err_format(&exc_ValueError,
                          "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return err_format(&exc_ValueError,
                          "'=' alignment flag is not allowed in complex format specifier");
    double re = ((Complex *)v)->real, im = ((Complex *)v)->imag;
    bool bare = f.type == 0; /* repr-like: parentheses, real part omitted when +0 */
    bool skip_re = bare && re == 0.0 && !signbit(re);
    FormatSpec part = f;
    part.width = -1;
    part.fill = ' ';
    part.align = 0;
    Value parts[2] = {NULL, NULL};
    for (int k = skip_re ? 1 : 0; k < 2; k++) {
        double d = k ? im : re;
        if (k == 1 && !skip_re) part.sign = '+';
        NumText t;
        char *owned;
        /* bare: the shortest repr without ".0", or 'g' with a precision */
        uint32_t type = f.type ? f.type : f.precision < 0 ? 0 : 'g';
        if (float_text(d, &part, type, &t, &owned) < 0) break;
        if (bare && f.precision < 0 && t.groupable) {
            /* like repr: no ".0" on integral parts ('#' keeps the '.') */
            size_t l = strlen(owned);
            if (l >= 2 && strcmp(owned + l - 2, ".0") == 0) owned[l - (f.alternate ? 1 : 2)] = '\0';
            t.rest = owned + t.ndigits;
        }
        parts[k] = emit_number(&part, &t, 3);
        mem_free(owned);
        if (!parts[k]) break;
    }
    if ((!skip_re && !parts[0]) || !parts[1]) {
        xdecref(parts[0]);
        xdecref(parts[1]);
        return NULL;
    }
    Value r = skip_re ? str_from_format("%Uj", parts[1])
                      : str_from_format(bare ? "(%U%Uj)" : "%U%Uj", parts[0], parts[1]);
    xdecref(parts[0]);
    decref(parts[1]);
    if (!r) return NULL;
    return pad(r, 0, &f, '>');
}
