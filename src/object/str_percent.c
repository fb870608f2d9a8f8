/* str_percent.c: printf-style formatting, `format % args` for str and for bytes /
 * bytearray: %(key) mapping lookups, the flags - + space # 0, * widths and precisions,
 * and the conversions s r a c d i u o x X e E f F g G % (and b for bytes), with
 * CPython's results and error messages. */
#include <math.h>
#include <stdio.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "bytearray.h"
#include "bytes_internal.h"
#include "float.h"
#include "int.h"
#include "slice.h"
#include "str_methods.h"
#include "tuple.h"

typedef struct PercentArgs {
    Value args;     /* the right operand */
    Value mapping;  /* args when it is a mapping (for %(key)), else NULL */
    intptr_t count; /* positional values: the tuple size, or 1 for a single value */
    intptr_t next;  /* next positional value to use */
    bool bytes;     /* formatting bytes: the format and result are bytes */
} PercentArgs;

static uint32_t at(Text t, intptr_t i) { return kind_read(t.kind, t.data, i); }

typedef struct Conversion {
    bool left, plus, space, alternate, zero;
    intptr_t width, precision; /* -1: absent */
    uint32_t code;
} Conversion;

static Value next_arg(PercentArgs *pa) {
    if (pa->next >= pa->count)
        return err_format(&exc_TypeError, "not enough arguments for format string");
    Value v = is_tuple(pa->args) ? tuple_get(pa->args, pa->next) : pa->args;
    pa->next++;
    return v; /* borrowed */
}

/* A '*' width or precision taken from the arguments. */
static int star_arg(PercentArgs *pa, intptr_t *out) {
    Value v = next_arg(pa);
    if (!v) return -1;
    if (!is_int(v)) {
        err_set_str(&exc_TypeError, "* wants int");
        return -1;
    }
    *out = int_as_ssize(v);
    return *out == -1 && err_occurred() ? -1 : 0;
}

/* Appends sign + prefix + digits, padded to the width as the flags say. */
static int put_number(StrBuilder *b, const Conversion *cv, bool negative, const char *prefix,
                      const char *digits, size_t ndigits) {
    const char *sign = negative ? "-" : cv->plus ? "+" : cv->space ? " " : "";
    intptr_t zeros = cv->precision > (intptr_t)ndigits && strchr("diuoxX", (int)cv->code)
                         ? cv->precision - (intptr_t)ndigits
                         : 0;
    intptr_t len = (intptr_t)(strlen(sign) + strlen(prefix) + ndigits) + zeros;
    intptr_t pad = cv->width > len ? cv->width - len : 0;
    if (!cv->left && !cv->zero && sb_put_repeat(b, ' ', pad) < 0) return -1;
    if (sb_put_ascii(b, sign, strlen(sign)) < 0 || sb_put_ascii(b, prefix, strlen(prefix)) < 0)
        return -1;
    if (!cv->left && cv->zero && sb_put_repeat(b, '0', pad) < 0) return -1;
    if (sb_put_repeat(b, '0', zeros) < 0 || sb_put_ascii(b, digits, ndigits) < 0) return -1;
    return cv->left ? sb_put_repeat(b, ' ', pad) : 0;
}

/* The int a %d / %x conversion formats, or NULL with CPython's TypeError. */
static Value integer_operand(Value v, const Conversion *cv) {
    if (is_int(v)) return incref(v);
    bool decimal = cv->code == 'd' || cv->code == 'i' || cv->code == 'u';
    NumberSlots *ns = type_of(v)->number;
    if (ns && ns->index) return object_index(v);
    if (decimal && is_float(v)) return int_from_double(float_value(v));
    if (decimal && ns && ns->as_int) return ns->as_int(v);
    if (decimal && ns && ns->as_float) {
        double d = float_as_double(v);
        return d == -1.0 && err_occurred() ? NULL : int_from_double(d);
    }
    return err_format(&exc_TypeError, "%%%c format: %s is required, not %T", (int)cv->code,
                      decimal ? "a real number" : "an integer", v);
}

static int put_integer(StrBuilder *b, const Conversion *cv, Value v) {
    Value n = integer_operand(v, cv);
    if (!n) return -1;
    int base = cv->code == 'o' ? 8 : cv->code == 'x' || cv->code == 'X' ? 16 : 10;
    const char *prefix = !cv->alternate || base == 10 ? ""
                         : base == 8                  ? "0o"
                         : cv->code == 'X'            ? "0X"
                                                      : "0x";
    char buf[72];
    if (is_small_int(n)) { /* the common case, without an intermediate str */
        intptr_t x = small_int_value(n);
        unsigned long long mag = x < 0 ? 0 - (unsigned long long)x : (unsigned long long)x;
        const char *digit_chars = cv->code == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        char *p = buf + sizeof buf;
        do {
            *--p = digit_chars[mag % (unsigned)base];
            mag /= (unsigned)base;
        } while (mag);
        return put_number(b, cv, x < 0, prefix, p, (size_t)(buf + sizeof buf - p));
    }
    Value text = base == 10 ? int_to_decimal_string(n) : int_format_base(n, base);
    decref(n);
    if (!text) return -1;
    intptr_t len;
    const char *s = str_utf8_len(text, &len);
    bool negative = s[0] == '-';
    const char *digits = s + negative + (base == 10 ? 0 : 2); /* past "0x" / "0o" */
    char *upper = NULL;
    if (cv->code == 'X') { /* upper-case hex digits */
        size_t nd = (size_t)(s + len - digits);
        upper = nd < sizeof buf ? buf : mem_alloc(nd + 1);
        if (!upper) {
            decref(text);
            return err_no_memory(), -1;
        }
        for (size_t i = 0; i <= nd; i++)
            upper[i] = digits[i] >= 'a' && digits[i] <= 'f' ? digits[i] - 32 : digits[i];
        digits = upper;
    }
    int rc = put_number(b, cv, negative, prefix, digits, strlen(digits));
    if (upper && upper != buf) mem_free(upper);
    decref(text);
    return rc;
}

static int put_float(StrBuilder *b, const Conversion *cv, Value v) {
    double d = float_as_double(v);
    if (d == -1.0 && err_occurred()) {
        if (err_matches(&exc_TypeError) && !is_float(v) && !is_int(v)) {
            err_clear();
            err_format(&exc_TypeError, "must be real number, not %T", v);
        }
        return -1;
    }
    char fmt[16], small[128];
    snprintf(fmt, sizeof fmt, "%%%s.*%c", cv->alternate ? "#" : "", (int)cv->code);
    int precision = cv->precision < 0 ? 6 : cv->precision > 10000 ? 10000 : (int)cv->precision;
    bool negative = signbit(d) && !isnan(d);
    double mag = fabs(d);
    int n = snprintf(small, sizeof small, fmt, precision, mag);
    char *text = small;
    if (n >= (int)sizeof small) {
        text = mem_alloc((size_t)n + 1);
        if (!text) return err_no_memory(), -1;
        snprintf(text, (size_t)n + 1, fmt, precision, mag);
    }
    int rc = put_number(b, cv, negative, "", text, (size_t)n);
    if (text != small) mem_free(text);
    return rc;
}

/* t's first n code points, padded with spaces to the width. */
static int put_padded(StrBuilder *b, const Conversion *cv, Text t, intptr_t n) {
    intptr_t pad = cv->width > n ? cv->width - n : 0;
    int rc = 0;
    if (!cv->left) rc = sb_put_repeat(b, ' ', pad);
    if (rc == 0) rc = sb_put_kind(b, t.data, t.kind, n);
    if (rc == 0 && cv->left) rc = sb_put_repeat(b, ' ', pad);
    return rc;
}

/* %c of bytes: an int in range(256) or a single byte; sets *out. */
static int byte_char(Value v, uint32_t *out) {
    const char *data;
    intptr_t n;
    if (bytes_like_data(v, &data, &n) == 0 && n == 1) return *out = (uint8_t)data[0], 0;
    if (is_index_like(v)) {
        intptr_t c = index_as_ssize(v, &exc_OverflowError);
        if (c == -1 && err_occurred()) return -1;
        if (c >= 0 && c < 256) return *out = (uint32_t)c, 0;
        err_set_str(&exc_OverflowError, "%c arg not in range(256)");
        return -1;
    }
    err_set_str(&exc_TypeError, "%c requires an integer in range(256) or a single byte");
    return -1;
}

/* %c of str: an int code point or a one-character str; sets *out. */
static int text_char(Value v, uint32_t *out) {
    if (is_str(v)) {
        if (str_length(v) == 1) return *out = str_char(v, 0), 0;
    } else if (is_index_like(v)) {
        intptr_t c = index_as_ssize(v, &exc_OverflowError);
        if (c == -1 && err_occurred()) {
            if (!err_matches(&exc_OverflowError)) return -1;
            err_clear();
        }
        if (c >= 0 && c <= 0x10ffff) return *out = (uint32_t)c, 0;
        err_set_str(&exc_OverflowError, "%c arg not in range(0x110000)");
        return -1;
    }
    err_set_str(&exc_TypeError, "%c requires int or char");
    return -1;
}

/* %c: one character padded to the width (the precision is ignored). */
static int put_char(StrBuilder *b, const Conversion *cv, Value v, bool bytes) {
    uint32_t c;
    if ((bytes ? byte_char(v, &c) : text_char(v, &c)) < 0) return -1;
    return put_padded(b, cv, (Text){&c, 1, 4}, 1);
}

/* The bytes %s / %b insert: a bytes-like's bytes or __bytes__() (a new bytes object). */
static Value bytes_operand(Value v) {
    const char *data;
    intptr_t n;
    if (bytes_like_data(v, &data, &n) == 0) return bytes_new(data, n);
    if (!is_str(v) && type_lookup(type_of(v), NAME(__bytes__))) {
        Value r = object_call_method(v, NAME(__bytes__), NULL, 0);
        if (r && !is_bytes(r)) {
            err_format(&exc_TypeError, "__bytes__ returned non-bytes (type %T)", r);
            CLEAR(r);
        }
        return r;
    }
    return err_format(&exc_TypeError,
                      "%%b requires a bytes-like object, or an object that implements "
                      "__bytes__, not '%T'",
                      v);
}

/* %s %r %a (and %b): the text, cut to the precision, padded to the width. */
static int put_text(StrBuilder *b, const Conversion *cv, Value v, bool bytes) {
    Value text = cv->code == 'r' && !bytes            ? object_repr(v)
                 : cv->code == 'r' || cv->code == 'a' ? object_ascii(v)
                 : bytes                              ? bytes_operand(v)
                                                      : object_str(v);
    if (!text) return -1;
    Text t = is_bytes(text) ? (Text){bytes_data(text), bytes_size(text), 1} : str_text(text);
    intptr_t n = t.len;
    if (cv->precision >= 0 && cv->precision < n) n = cv->precision;
    int rc = put_padded(b, cv, t, n);
    decref(text);
    return rc;
}

/* The %(key) lookup starting after '(' at *i. */
static Value mapping_value(PercentArgs *pa, Text fmt, intptr_t *i) {
    if (!pa->mapping) return err_format(&exc_TypeError, "format requires a mapping");
    intptr_t start = *i, depth = 1;
    for (; *i < fmt.len && depth > 0; (*i)++) {
        uint32_t c = at(fmt, *i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    if (depth > 0) return err_format(&exc_ValueError, "incomplete format key");
    Text k = text_slice(fmt, start, *i - 1);
    Value key = pa->bytes ? bytes_new(k.data, k.len) : str_from_kind(k.data, k.kind, k.len);
    if (!key) return NULL;
    Value v = object_getitem(pa->mapping, key);
    decref(key);
    return v;
}

static intptr_t read_number(Text fmt, intptr_t *i) {
    intptr_t v = 0;
    for (; *i < fmt.len && at(fmt, *i) >= '0' && at(fmt, *i) <= '9'; (*i)++) {
        if (v > (INTPTR_MAX - 9) / 10) {
            err_set_str(&exc_ValueError, "width too big");
            return -1;
        }
        v = v * 10 + (intptr_t)(at(fmt, *i) - '0');
    }
    return v;
}

/* One conversion; *i is just after its '%'. */
static int convert_one(StrBuilder *b, PercentArgs *pa, Text fmt, intptr_t *i) {
    intptr_t n = fmt.len;
    if (*i < n && at(fmt, *i) == '%') { /* "%%"; with anything between it is an error */
        (*i)++;
        return sb_put_char(b, '%');
    }
    Value keyed = NULL;
    if (*i < n && at(fmt, *i) == '(') {
        (*i)++;
        if (!(keyed = mapping_value(pa, fmt, i))) return -1;
        pa->count = -1; /* no positional values once keys are used */
    }
    Conversion cv = {.width = -1, .precision = -1};
    for (; *i < n; (*i)++) {
        uint32_t c = at(fmt, *i);
        if (c == '-')
            cv.left = true;
        else if (c == '+')
            cv.plus = true;
        else if (c == ' ')
            cv.space = true;
        else if (c == '#')
            cv.alternate = true;
        else if (c == '0')
            cv.zero = true;
        else
            break;
    }
    int rc = -1;
    if (*i < n && at(fmt, *i) == '*') {
        (*i)++;
        if (star_arg(pa, &cv.width) < 0) goto done;
        if (cv.width < 0) cv.left = true, cv.width = -cv.width;
    } else if ((cv.width = read_number(fmt, i)) < 0)
        goto done;
    if (*i < n && at(fmt, *i) == '.') {
        (*i)++;
        if (*i < n && at(fmt, *i) == '*') {
            (*i)++;
            if (star_arg(pa, &cv.precision) < 0) goto done;
            if (cv.precision < 0) cv.precision = 0;
        } else if ((cv.precision = read_number(fmt, i)) < 0)
            goto done;
    }
    while (*i < n && (at(fmt, *i) == 'h' || at(fmt, *i) == 'l' || at(fmt, *i) == 'L')) (*i)++;
    if (*i >= n) {
        err_set_str(&exc_ValueError, "incomplete format");
        goto done;
    }
    cv.code = at(fmt, (*i)++);
    Value v = keyed ? keyed : next_arg(pa); /* CPython takes it before checking the code */
    if (!v) goto done;
    const char *codes = pa->bytes ? "sbracdiuoxXeEfFgG" : "sracdiuoxXeEfFgG";
    if (cv.code == 0 || cv.code >= 128 || !strchr(codes, (int)cv.code)) {
        err_format(&exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                   cv.code >= 32 && cv.code < 127 ? (int)cv.code : '?', (unsigned)cv.code, *i - 1);
        goto done;
    }
    if (cv.left) cv.zero = false;
    switch (cv.code) {
        case 's':
        case 'b':
        case 'r':
        case 'a': rc = put_text(b, &cv, v, pa->bytes); break;
        case 'c': rc = put_char(b, &cv, v, pa->bytes); break;
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': rc = put_integer(b, &cv, v); break;
        default: rc = put_float(b, &cv, v); break;
    }
done:
    xdecref(keyed);
    return rc;
}

/* Whether args is taken as the mapping of %(key) (bytes formatting also excludes bytes and
 * bytearray arguments, as CPython). */
static bool is_mapping(Value v, bool bytes) {
    if (bytes && (is_bytes(v) || is_bytearray(v))) return false;
    return !is_tuple(v) && !is_str(v) && type_of(v)->getitem != NULL;
}

/* fmt % args over the code points of fmt; the result as a str (latin-1 for bytes). */
static Value percent_format(Text fmt, Value args, bool bytes) {
    PercentArgs pa = {args, is_mapping(args, bytes) ? args : NULL,
                      is_tuple(args) ? tuple_size(args) : 1, 0, bytes};
    StrBuilder b;
    sb_init(&b);
    intptr_t i = 0;
    while (i < fmt.len) {
        intptr_t run = i;
        while (run < fmt.len && at(fmt, run) != '%') run++;
        if (sb_put_kind(&b, text_slice(fmt, i, run).data, fmt.kind, run - i) < 0) return NULL;
        if (run == fmt.len) break;
        i = run + 1;
        if (convert_one(&b, &pa, fmt, &i) < 0) {
            sb_discard(&b);
            return NULL;
        }
    }
    if (pa.next < pa.count && !pa.mapping) {
        sb_discard(&b);
        return err_format(&exc_TypeError, "not all arguments converted during %s formatting",
                          bytes ? "bytes" : "string");
    }
    return sb_finish(&b);
}

Value str_percent_format(Value fmt, Value args) {
    return percent_format(str_text(fmt), args, false);
}

Value bytes_percent_format(Value fmt, Value args, BytesMaker make) {
    const char *data;
    intptr_t n;
    bytes_like_data(fmt, &data, &n);
    Text t = {data, n, 1};
    Value s = percent_format(t, args, true);
    if (!s) return NULL;
    Value r = make((const char *)str_data(s), str_length(s)); /* a kind-1 str: the bytes */
    decref(s);
    return r;
}
