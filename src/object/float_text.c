/* float_text.c: floats as text: repr (the shortest string that round-trips), float(str)
 * parsing with PEP 515 underscores, round(x, n) correctly rounded, float.hex/fromhex.
 * glibc's printf/strtod are exact (correctly rounded), which all of this relies on. */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "bytes.h"
#include "float.h"
#include "int.h"
#include "str.h"

/* ---- shortest round-trip digits ---- */

/* The double nearest to the decimal 0.DIGITS[0..n) * 10**decpt. */
static double decimal_value(const char *digits, int n, int decpt) {
    char buf[48];
    memcpy(buf, digits, (size_t)n);
    snprintf(buf + n, sizeof buf - (size_t)n, "e%d", decpt - n);
    return strtod(buf, NULL);
}

/* Rounds the n-digit decimal DIGITS (0.DIGITS * 10***decpt) to p < n digits in place,
 * half up; false when the digits after p are exactly 5000... (then the rounding of the
 * decimal may differ from the rounding of the double it came from). */
static bool round_digits(char *digits, int n, int p, int *decpt) {
    bool half = digits[p] == '5';
    for (int i = p + 1; i < n && half; i++) half = digits[i] == '0';
    if (half) return false;
    if (digits[p] >= '5') {
        int i = p - 1;
        while (i >= 0 && digits[i] == '9') digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else { /* 999.. -> 1000.. */
            digits[0] = '1';
            (*decpt)++;
        }
    }
    return true;
}

/* d (finite, > 0) correctly rounded to p digits, exactly: */
static void exact_digits(double d, int p, char *digits, int *decpt) {
    char buf[48];
    snprintf(buf, sizeof buf, "%.*e", p - 1, d);
    int k = 0;
    char *s = buf;
    for (; *s != 'e'; s++) {
        if (*s >= '0' && *s <= '9') digits[k++] = *s;
    }
    *decpt = atoi(s + 1) + 1;
}

/* The next p-digit decimal up or down from 0.DIGITS * 10**decpt (DIGITS has no leading
 * zero, so 10**(p-1) steps down to p nines one decade lower). */
static void step_digits(char *digits, int p, int *decpt, bool up) {
    int i = p - 1;
    if (up) {
        while (i >= 0 && digits[i] == '9') digits[i--] = '0';
        if (i >= 0) {
            digits[i]++;
        } else {
            digits[0] = '1';
            (*decpt)++;
        }
        return;
    }
    while (i >= 0 && digits[i] == '0') digits[i--] = '9';
    if (i == 0 && digits[0] == '1') {
        memset(digits, '9', (size_t)p);
        (*decpt)--;
    } else {
        digits[i]--;
    }
}

int float_shortest_digits(double d, char *digits, int *decpt) {
    d = fabs(d);
    char all[24];
    int all_decpt;
    exact_digits(d, 17, all, &all_decpt); /* 17 digits always round-trip */
    int n = 17;
    /* For a normal double, any string of at most 15 digits that round-trips is the
     * correctly rounded 15-digit string with its trailing zeros removed (15 digits are
     * finer than the double's precision); subnormals have fewer digits, so they search
     * from 1. At 16 digits the nearest may miss the (asymmetric) rounding interval while
     * its neighbour on the other side hits it. */
    for (int p = d < DBL_MIN ? 1 : 15; p <= 16; p++) {
        char cand[24];
        int cand_decpt = all_decpt;
        memcpy(cand, all, 17);
        if (!round_digits(cand, 17, p, &cand_decpt)) exact_digits(d, p, cand, &cand_decpt);
        double v = decimal_value(cand, p, cand_decpt);
        if (v != d && p == 16) {
            step_digits(cand, 16, &cand_decpt, v < d);
            v = decimal_value(cand, 16, cand_decpt);
        }
        if (v == d) {
            memcpy(all, cand, (size_t)p);
            all_decpt = cand_decpt;
            n = p;
            break;
        }
    }
    while (n > 1 && all[n - 1] == '0') n--;
    memcpy(digits, all, (size_t)n);
    digits[n] = '\0';
    *decpt = all_decpt;
    return n;
}

char *float_repr_buf(double d, char *buf, size_t size) {
    char out[40], digits[24];
    size_t k = 0;
    if (isnan(d)) {
        snprintf(buf, size, "nan");
        return buf;
    }
    if (signbit(d)) out[k++] = '-';
    if (isinf(d)) {
        snprintf(buf, size, "%sinf", k ? "-" : "");
        return buf;
    }
    if (d == 0.0) {
        snprintf(buf, size, "%s0.0", k ? "-" : "");
        return buf;
    }
    int decpt, n = float_shortest_digits(d, digits, &decpt);
    int exp = decpt - 1;
    if (exp < -4 || exp >= 16) {
        out[k++] = digits[0];
        if (n > 1) {
            out[k++] = '.';
            memcpy(out + k, digits + 1, (size_t)n - 1);
            k += (size_t)n - 1;
        }
        k += (size_t)snprintf(out + k, sizeof out - k, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
    } else if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++) out[k++] = '0';
        memcpy(out + k, digits, (size_t)n);
        k += (size_t)n;
    } else if (decpt >= n) {
        memcpy(out + k, digits, (size_t)n);
        k += (size_t)n;
        for (int i = n; i < decpt; i++) out[k++] = '0';
        out[k++] = '.';
        out[k++] = '0';
    } else {
        memcpy(out + k, digits, (size_t)decpt);
        k += (size_t)decpt;
        out[k++] = '.';
        memcpy(out + k, digits + decpt, (size_t)(n - decpt));
        k += (size_t)(n - decpt);
    }
    out[k] = '\0';
    snprintf(buf, size, "%s", out);
    return buf;
}

Value float_repr(Value v) {
    char buf[40];
    float_repr_buf(float_value(v), buf, sizeof buf);
    return str_from_utf8(buf, strlen(buf));
}

/* ---- float(str) ---- */

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Copies the digits at *p (single underscores allowed between digits) to *out;
 * returns how many digits were read, or -1 on a misplaced underscore. */
static int scan_digits(const char **p, const char *end, char **out) {
    const char *s = *p;
    int n = 0;
    while (s < end && (isdigit((unsigned char)*s) || *s == '_')) {
        if (*s == '_') {
            if (n == 0 || s + 1 >= end || !isdigit((unsigned char)s[1])) return -1;
        } else {
            *(*out)++ = *s;
            n++;
        }
        s++;
    }
    *p = s;
    return n;
}

/* Parses the ASCII text [s, end) as a Python float literal; false if malformed. */
static bool parse_float_text(const char *s, const char *end, double *out) {
    while (s < end && is_space(*s)) s++;
    while (end > s && is_space(end[-1])) end--;
    char *buf = mem_alloc((size_t)(end - s) + 2);
    if (!buf) return false;
    char *o = buf;
    const char *p = s;
    bool ok = false;
    if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) ||
        (rest == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *out = buf[0] == '-' ? -HUGE_VAL : HUGE_VAL;
        mem_free(buf);
        return true;
    }
    if (rest == 3 && strncasecmp(p, "nan", 3) == 0) {
        *out = buf[0] == '-' ? -NAN : NAN;
        mem_free(buf);
        return true;
    }
    int ni = scan_digits(&p, end, &o), nf = 0;
    if (ni >= 0 && p < end && *p == '.') {
        *o++ = *p++;
        nf = p < end && *p == '_' ? -1 : scan_digits(&p, end, &o);
    }
    ok = ni >= 0 && nf >= 0 && ni + nf > 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        ok = scan_digits(&p, end, &o) > 0;
    }
    ok = ok && p == end;
    *o = '\0';
    if (ok) *out = strtod(buf, NULL);
    mem_free(buf);
    return ok;
}

Value float_from_string(Value s) {
    const char *text;
    intptr_t len;
    char *ascii = NULL;
    if (is_str(s) && ((Str *)s)->ascii) {
        text = (const char *)((Str *)s)->data;
        len = str_length(s);
    } else if (is_str(s)) {
        size_t n;
        ascii = number_text_to_ascii(s, &n);
        if (!ascii) return NULL;
        text = ascii;
        len = (intptr_t)n;
    } else if (bytes_like_data(s, &text, &len) < 0) {
        return err_bad_internal_call("float_from_string");
    }
    double d;
    bool ok = strlen(text) == (size_t)len && parse_float_text(text, text + len, &d);
    mem_free(ascii);
    if (!ok) return err_format(&exc_ValueError, "could not convert string to float: %R", s);
    return float_new(d);
}

/* ---- round(x, n) ---- */

/* round(d, -n) for n > 0 exactly: d = m * 2**e, rounded half-even to a multiple of 10**n */
static double round_to_tens(double d, intptr_t n) {
    int e;
    double f = frexp(d, &e);
    mpz_t m, p, q, r;
    mpz_inits(m, p, q, r, NULL);
    mpz_set_d(m, ldexp(f, 53));
    long exp = (long)e - 53;
    /* compare m * 2**exp with 10**n: work with m and p = 10**n * 2**-exp as integers */
    mpz_ui_pow_ui(p, 10, (unsigned long)n);
    if (exp >= 0) {
        mpz_mul_2exp(m, m, (mp_bitcnt_t)exp);
    } else {
        mpz_mul_2exp(p, p, (mp_bitcnt_t)-exp);
    }
    mpz_fdiv_qr(q, r, m, p);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_ui_pow_ui(p, 10, (unsigned long)n);
    mpz_mul(q, q, p);
    bool overflow;
    double result = mpz_to_double(q, &overflow);
    mpz_clears(m, p, q, r, NULL);
    return overflow ? HUGE_VAL : result;
}

Value float_round_digits(double d, intptr_t n) {
    if (!isfinite(d) || d == 0.0) return float_new(d);
    if (n > 323) return float_new(d);
    if (n < -308) return float_new(copysign(0.0, d));
    double r;
    if (n >= 0) {
        size_t size = 330 + (size_t)n;
        char *buf = mem_alloc(size);
        if (!buf) return err_no_memory();
        snprintf(buf, size, "%.*f", (int)n, d);
        r = strtod(buf, NULL);
        mem_free(buf);
    } else {
        r = copysign(round_to_tens(fabs(d), -n), d);
    }
    if (isinf(r)) return err_format(&exc_OverflowError, "rounded value too large to represent");
    return float_new(r);
}

/* ---- hex ---- */

Value float_hex(double d) {
    char buf[40];
    if (isnan(d) || isinf(d)) {
        float_repr_buf(d, buf, sizeof buf);
    } else if (d == 0.0) {
        snprintf(buf, sizeof buf, "%s0x0.0p+0", signbit(d) ? "-" : "");
    } else {
        int e;
        double f = frexp(fabs(d), &e); /* [0.5, 1) */
        uint64_t m = (uint64_t)ldexp(f, 53);
        int exp = e - 1;
        int lead = 1;
        if (exp < -1022) { /* subnormal: 0x0.xxxp-1022 */
            m >>= (-1022 - exp);
            exp = -1022;
            lead = 0;
        }
        snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", d < 0 ? "-" : "", lead,
                 (unsigned long long)(m & ((UINT64_C(1) << 52) - 1)), exp);
    }
    return str_from_utf8(buf, strlen(buf));
}

static Value invalid_hex(void) {
    return err_format(&exc_ValueError, "invalid hexadecimal floating-point string");
}

Value float_fromhex(Value s) {
    intptr_t len;
    const char *text = str_utf8_len(s, &len);
    if (!text) return NULL;
    const char *p = text, *end = text + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    double d;
    const char *word = p < end && (*p == '+' || *p == '-') ? p + 1 : p;
    if (word < end && !isdigit((unsigned char)*word) && *word != '.' &&
        parse_float_text(p, end, &d))
        return float_new(d); /* inf, infinity, nan */
    char *buf = mem_alloc((size_t)(end - p) + 4);
    if (!buf) return err_no_memory();
    char *o = buf;
    if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
    *o++ = '0';
    *o++ = 'x';
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
    int nd = 0;
    for (; p < end && isxdigit((unsigned char)*p); p++, nd++) *o++ = *p;
    if (p < end && *p == '.') {
        *o++ = *p++;
        for (; p < end && isxdigit((unsigned char)*p); p++, nd++) *o++ = *p;
    }
    bool ok = nd > 0;
    if (ok && p < end && (*p == 'p' || *p == 'P')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        int ne = 0;
        for (; p < end && isdigit((unsigned char)*p); p++, ne++) *o++ = *p;
        ok = ne > 0;
    }
    ok = ok && p == end;
    *o = '\0';
    if (ok) d = strtod(buf, NULL);
    mem_free(buf);
    if (!ok) return invalid_hex();
    if (isinf(d))
        return err_format(&exc_OverflowError,
                          "hexadecimal value too large to represent as a float");
    return float_new(d);
}
