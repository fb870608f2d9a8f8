/* int_convert.c: conversions between ints and text (int(str, base) parsing with
 * CPython's rules and errors, decimal/binary/octal/hex output, the 4300-digit limit) and
 * from doubles. */
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "bytes.h"
#include "int.h"
#include "str.h"
#include "str_unicode.h"

static intptr_t max_str_digits = 4300;

intptr_t int_get_max_str_digits(void) { return max_str_digits; }
void int_set_max_str_digits(intptr_t n) { max_str_digits = n; }

/* ---- Unicode text to the ASCII the parsers read ---- */

char *number_text_to_ascii(Value s, size_t *outlen) {
    intptr_t n = str_length(s);
    char *out = mem_alloc((size_t)n + 1);
    if (!out) {
        err_no_memory();
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char(s, i);
        int digit = uni_decimal_value(c);
        out[i] = uni_isspace(c) ? ' ' : digit >= 0 ? (char)('0' + digit) : c < 128 ? (char)c : '?';
    }
    out[n] = '\0';
    *outlen = (size_t)n;
    return out;
}

/* ---- parsing ---- */

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* The ValueError for text that is no int literal; shows orig (str or bytes), or the text
 * itself when orig is NULL, truncated to 200 characters. */
static Value invalid_literal(int base, Value orig, const char *text, size_t len) {
    if (!orig) return int_from_string(text, len, base); /* builds the str and fails again */
    Value shown = is_str(orig)
                      ? str_substring(orig, 0, str_length(orig) < 200 ? str_length(orig) : 200)
                  : is_bytes(orig)
                      ? bytes_new(bytes_data(orig), bytes_size(orig) < 200 ? bytes_size(orig) : 200)
                      : incref(orig);
    if (!shown) return NULL;
    err_format(&exc_ValueError, "invalid literal for int() with base %d: %R", base, shown);
    decref(shown);
    return NULL;
}

static Value digit_limit_error(size_t digits) {
    return err_format(&exc_ValueError,
                      "Exceeds the limit (%zd digits) for integer string conversion: value has %zd "
                      "digits; use sys.set_int_max_str_digits() to increase the limit",
                      max_str_digits, (intptr_t)digits);
}

/* Parses ASCII text s (NUL-terminated, length len) with int()'s rules. orig is the object
 * shown in the error message. */
static Value parse_int(const char *s, size_t len, int base, Value orig) {
    const char *p = s, *end = s + len;
    int shown_base = base;
    while (p < end && is_ascii_space(*p)) p++;
    while (end > p && is_ascii_space(end[-1])) end--;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    bool prefixed = false;
    if (end - p >= 2 && p[0] == '0') {
        char x = (char)tolower((unsigned char)p[1]);
        int pb = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = true;
        }
    }
    bool decimal_zero_rule = base == 0; /* base 0 without prefix: no leading zeros */
    if (base == 0) base = 10;
    /* digits, with single underscores between them (and right after a prefix) */
    char *digits = mem_alloc((size_t)(end - p) + 1);
    if (!digits) return err_no_memory();
    size_t nd = 0;
    bool ok = p < end, after_digit = prefixed;
    for (const char *q = p; q < end && ok; q++) {
        if (*q == '_') {
            ok = after_digit;
            after_digit = false;
        } else if (digit_value(*q) < base) {
            digits[nd++] = *q;
            after_digit = true;
        } else {
            ok = false;
        }
    }
    ok = ok && nd > 0 && after_digit;
    if (ok && decimal_zero_rule && !prefixed && digits[0] == '0') {
        for (size_t i = 0; i < nd; i++) ok = ok && digits[i] == '0';
    }
    if (!ok) {
        mem_free(digits);
        return invalid_literal(shown_base, orig, s, len);
    }
    if ((base & (base - 1)) != 0 && max_str_digits > 0 && nd > (size_t)max_str_digits) {
        mem_free(digits);
        return digit_limit_error(nd);
    }
    digits[nd] = '\0';
    Value r;
    if (nd <= 18 && base == 10) {
        long long v = 0;
        for (size_t i = 0; i < nd; i++) v = v * 10 + (digits[i] - '0');
        r = int_from_long(negative ? -v : v);
    } else {
        mpz_t z;
        mpz_init(z);
        mpz_set_str(z, digits, base);
        if (negative) mpz_neg(z, z);
        r = int_from_mpz_move(z);
    }
    mem_free(digits);
    return r;
}

static Value parse_str(Value s, int base) {
    if (((Str *)s)->ascii)
        return parse_int((const char *)((Str *)s)->data, (size_t)str_length(s), base, s);
    size_t n;
    char *a = number_text_to_ascii(s, &n);
    if (!a) return NULL;
    Value r = parse_int(a, n, base, s);
    mem_free(a);
    return r;
}

Value int_from_string(const char *s, size_t len, int base) {
    Value orig = str_from_utf8(s, len);
    if (!orig) return NULL;
    Value r = parse_str(orig, base);
    decref(orig);
    return r;
}

Value int_from_literal(const char *s) { return parse_int(s, strlen(s), 0, NULL); }

Value int_from_bytes_text(Value obj, int base) {
    if (is_str(obj)) return parse_str(obj, base);
    const char *data;
    intptr_t size;
    if (bytes_like_data(obj, &data, &size) == 0) {
        /* the parser stops at a NUL as at any invalid character */
        size_t n = strlen(data);
        if (n != (size_t)size) return invalid_literal(base, obj, NULL, 0);
        return parse_int(data, n, base, obj);
    }
    return err_format(&exc_TypeError, "int() can't convert non-string with explicit base");
}

/* ---- output ---- */

char *int_abs_digits(Value v, int base, bool upper, size_t *len) {
    intptr_t n;
    char *buf;
    if (int_small_of(v, &n)) {
        uint64_t u = n < 0 ? -(uint64_t)n : (uint64_t)n;
        char tmp[72];
        size_t k = sizeof tmp;
        const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        do {
            tmp[--k] = digits[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
        *len = sizeof tmp - k;
        buf = mem_alloc(*len + 1);
        if (!buf) {
            err_no_memory();
            return NULL;
        }
        memcpy(buf, tmp + k, *len);
        buf[*len] = '\0';
        return buf;
    }
    mpz_srcptr z = ((BigInt *)v)->z;
    size_t size = mpz_sizeinbase(z, base);
    if (base == 10 && max_str_digits > 0 && size > (size_t)max_str_digits + 1) {
        err_format(&exc_ValueError,
                   "Exceeds the limit (%zd digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit",
                   max_str_digits);
        return NULL;
    }
    buf = mem_alloc(size + 2);
    if (!buf) {
        err_no_memory();
        return NULL;
    }
    mpz_t a;
    mpz_roinit_n(a, mpz_limbs_read(z), (mp_size_t)mpz_size(z)); /* |z| */
    mpz_get_str(buf, upper ? -base : base, a);
    *len = strlen(buf);
    if (base == 10 && max_str_digits > 0 && *len > (size_t)max_str_digits) {
        mem_free(buf);
        err_format(&exc_ValueError,
                   "Exceeds the limit (%zd digits) for integer string conversion; "
                   "use sys.set_int_max_str_digits() to increase the limit",
                   max_str_digits);
        return NULL;
    }
    return buf;
}

/* sign, prefix and the digits of |v| as a str */
static Value int_to_text(Value v, int base, const char *prefix) {
    intptr_t n;
    if (base == 10 && int_small_of(v, &n)) {
        char tmp[24];
        size_t k = sizeof tmp;
        uint64_t u = n < 0 ? -(uint64_t)n : (uint64_t)n;
        do {
            tmp[--k] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (n < 0) tmp[--k] = '-';
        return str_from_utf8(tmp + k, sizeof tmp - k);
    }
    size_t len, plen = strlen(prefix);
    char *digits = int_abs_digits(v, base, false, &len);
    if (!digits) return NULL;
    char *buf = mem_alloc(len + plen + 2);
    if (!buf) {
        mem_free(digits);
        return err_no_memory();
    }
    size_t k = 0;
    if (int_sign(v) < 0) buf[k++] = '-';
    memcpy(buf + k, prefix, plen);
    memcpy(buf + k + plen, digits, len);
    Value r = str_from_utf8(buf, k + plen + len);
    mem_free(digits);
    mem_free(buf);
    return r;
}

Value int_to_decimal_string(Value v) { return int_to_text(v, 10, ""); }

Value int_format_base(Value v, int base) {
    return int_to_text(v, base, base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "");
}

/* ---- from double ---- */

Value int_from_double(double d) {
    if (isnan(d)) return err_format(&exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return err_format(&exc_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d > -4e18 && d < 4e18) return int_from_long((long long)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_from_mpz_move(z);
}
