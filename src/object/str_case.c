/* str_case.c: the case methods of str (lower, upper, casefold, swapcase, title,
 * capitalize) with full Unicode mappings and the final-sigma rule, and the character
 * class predicates (isalpha, isdigit, istitle, isidentifier, ...). */
#include "../vm/errors.h"
#include "method_args.h"
#include "str_methods.h"
#include "str_unicode.h"

static const char *const case_qualnames[] = {"str.lower",    "str.upper", "str.casefold",
                                             "str.swapcase", "str.title", "str.capitalize"};

/* U+03A3 lowers to final sigma when a cased letter precedes it and none follows it
 * (case-ignorable characters in between are skipped). */
static bool is_final_sigma(Value s, intptr_t i) {
    intptr_t n = str_length(s), j = i - 1;
    while (j >= 0 && uni_iscaseignorable(str_char(s, j))) j--;
    if (j < 0 || !uni_iscased(str_char(s, j))) return false;
    j = i + 1;
    while (j < n && uni_iscaseignorable(str_char(s, j))) j++;
    return j == n || !uni_iscased(str_char(s, j));
}

static int put_mapped(StrBuilder *b, uint32_t c, enum UniCase which) {
    uint32_t out[3];
    int n = uni_case_map(c, which, out);
    for (int i = 0; i < n; i++)
        if (sb_put_char(b, out[i]) < 0) return -1;
    return 0;
}

static int put_lower(StrBuilder *b, Value s, intptr_t i, uint32_t c) {
    if (c == 0x3a3) return sb_put_char(b, is_final_sigma(s, i) ? 0x3c2 : 0x3c3);
    return put_mapped(b, c, UNI_TO_LOWER);
}

static bool ascii_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool ascii_lower(uint8_t c) { return c >= 'a' && c <= 'z'; }

void ascii_case_convert(const uint8_t *src, uint8_t *dst, intptr_t n, CaseOp op) {
    bool prev_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        bool up = ascii_upper(c), low = ascii_lower(c);
        bool want_upper = op == CASE_UPPER || (op == CASE_SWAP && low) ||
                          (op == CASE_TITLE && !prev_cased) || (op == CASE_CAPITALIZE && i == 0);
        if (want_upper && low)
            c -= 32;
        else if (!want_upper && up)
            c += 32;
        dst[i] = c;
        prev_cased = up || low;
    }
}

static Value case_ascii(Value s, CaseOp op) {
    Value r = str_new_raw(str_length(s), 0x7f);
    if (r) ascii_case_convert(str_data(s), str_data(r), str_length(s), op);
    return r;
}

static Value case_convert(Value s, CaseOp op, size_t nargs) {
    if (args_none(case_qualnames[op], nargs) < 0) return NULL;
    if (str_is_ascii(s)) return case_ascii(s, op);
    StrBuilder b;
    sb_init(&b);
    intptr_t n = str_length(s);
    if (sb_reserve(&b, n, str_max_char(s)) < 0) return NULL;
    bool prev_cased = false;
    int rc = 0;
    for (intptr_t i = 0; i < n && rc == 0; i++) {
        uint32_t c = str_char(s, i);
        switch (op) {
            case CASE_LOWER: rc = put_lower(&b, s, i, c); break;
            case CASE_UPPER: rc = put_mapped(&b, c, UNI_TO_UPPER); break;
            case CASE_FOLD: rc = put_mapped(&b, c, UNI_CASEFOLD); break;
            case CASE_SWAP:
                rc = uni_isupper(c)   ? put_lower(&b, s, i, c)
                     : uni_islower(c) ? put_mapped(&b, c, UNI_TO_UPPER)
                                      : sb_put_char(&b, c);
                break;
            case CASE_TITLE:
                rc = prev_cased ? put_lower(&b, s, i, c) : put_mapped(&b, c, UNI_TO_TITLE);
                prev_cased = uni_iscased(c);
                break;
            case CASE_CAPITALIZE:
                rc = i > 0 ? put_lower(&b, s, i, c) : put_mapped(&b, c, UNI_TO_TITLE);
                break;
        }
    }
    if (rc < 0) {
        sb_discard(&b);
        return NULL;
    }
    return sb_finish(&b);
}

STR_METHOD(str_lower) { return case_convert(self, CASE_LOWER, nargs); }
STR_METHOD(str_upper) { return case_convert(self, CASE_UPPER, nargs); }
STR_METHOD(str_casefold) { return case_convert(self, CASE_FOLD, nargs); }
STR_METHOD(str_swapcase) { return case_convert(self, CASE_SWAP, nargs); }
STR_METHOD(str_title) { return case_convert(self, CASE_TITLE, nargs); }
STR_METHOD(str_capitalize) { return case_convert(self, CASE_CAPITALIZE, nargs); }

/* ---- predicates ---- */

unsigned str_char_flags(uint32_t c) { return uni_flags(c); }

bool text_all_have(Text t, CharFlags flags, unsigned mask) {
    for (intptr_t i = 0; i < t.len; i++)
        if (!(flags(kind_read(t.kind, t.data, i)) & mask)) return false;
    return t.len > 0;
}

bool text_has_only_case(Text t, CharFlags flags, unsigned want, unsigned reject) {
    bool cased = false;
    for (intptr_t i = 0; i < t.len; i++) {
        unsigned f = flags(kind_read(t.kind, t.data, i));
        if (f & reject) return false;
        cased |= (f & want) != 0;
    }
    return cased;
}

bool text_istitle(Text t, CharFlags flags) {
    bool cased = false, prev_cased = false;
    for (intptr_t i = 0; i < t.len; i++) {
        unsigned f = flags(kind_read(t.kind, t.data, i));
        if (f & (UNI_UPPER | UNI_TITLE)) {
            if (prev_cased) return false;
            prev_cased = cased = true;
        } else if (f & UNI_LOWER) {
            if (!prev_cased) return false;
            prev_cased = cased = true;
        } else
            prev_cased = false;
    }
    return cased;
}

static Value all_have(Value s, const char *qualname, size_t nargs, unsigned mask) {
    if (args_none(qualname, nargs) < 0) return NULL;
    return bool_value(text_all_have(str_text(s), str_char_flags, mask));
}

STR_METHOD(str_isspace) { return all_have(self, "str.isspace", nargs, UNI_SPACE); }
STR_METHOD(str_isdecimal) { return all_have(self, "str.isdecimal", nargs, UNI_DECIMAL); }
STR_METHOD(str_isdigit) { return all_have(self, "str.isdigit", nargs, UNI_DIGIT); }
STR_METHOD(str_isnumeric) { return all_have(self, "str.isnumeric", nargs, UNI_NUMERIC); }
STR_METHOD(str_isalpha) { return all_have(self, "str.isalpha", nargs, UNI_ALPHA); }
STR_METHOD(str_isalnum) {
    return all_have(self, "str.isalnum", nargs, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC);
}

STR_METHOD(str_isprintable) {
    if (args_none("str.isprintable", nargs) < 0) return NULL;
    intptr_t n = str_length(self);
    for (intptr_t i = 0; i < n; i++)
        if (!uni_isprintable(str_char(self, i))) return FALSE_VALUE;
    return TRUE_VALUE; /* '' is printable */
}

STR_METHOD(str_isascii) {
    if (args_none("str.isascii", nargs) < 0) return NULL;
    return bool_value(str_is_ascii(self));
}

STR_METHOD(str_islower) {
    if (args_none("str.islower", nargs) < 0) return NULL;
    return bool_value(
        text_has_only_case(str_text(self), str_char_flags, UNI_LOWER, UNI_UPPER | UNI_TITLE));
}

STR_METHOD(str_isupper) {
    if (args_none("str.isupper", nargs) < 0) return NULL;
    return bool_value(
        text_has_only_case(str_text(self), str_char_flags, UNI_UPPER, UNI_LOWER | UNI_TITLE));
}

STR_METHOD(str_istitle) {
    if (args_none("str.istitle", nargs) < 0) return NULL;
    return bool_value(text_istitle(str_text(self), str_char_flags));
}

STR_METHOD(str_isidentifier) {
    if (args_none("str.isidentifier", nargs) < 0) return NULL;
    intptr_t n = str_length(self);
    if (n == 0 || !uni_isidstart(str_char(self, 0))) return FALSE_VALUE;
    for (intptr_t i = 1; i < n; i++)
        if (!uni_isidcontinue(str_char(self, i))) return FALSE_VALUE;
    return TRUE_VALUE;
}
