/* seq_common.c: lexicographic comparison, repr, search and repetition shared by list and
 * tuple, and the StrParts builder used by container reprs. */
#include "seq_common.h"

#include <string.h>

#include "../vm/errors.h"
#include "method_args.h"
#include "repr_guard.h"
#include "slice.h"
#include "str.h"

static Value compare_sizes(intptr_t a, intptr_t b, int op) {
    switch (op) {
        case CMP_LT: return bool_value(a < b);
        case CMP_LE: return bool_value(a <= b);
        case CMP_EQ: return bool_value(a == b);
        case CMP_NE: return bool_value(a != b);
        case CMP_GT: return bool_value(a > b);
        default: return bool_value(a >= b);
    }
}

Value seq_richcompare(Value a, Value b, int op, bool length_shortcut) {
    if (length_shortcut && (op == CMP_EQ || op == CMP_NE) && seq_size(a) != seq_size(b))
        return bool_value(op == CMP_NE);
    intptr_t i = 0;
    for (; i < seq_size(a) && i < seq_size(b); i++) {
        Value x = seq_items(a)[i], y = seq_items(b)[i];
        if (x == y) continue;
        incref(x);
        incref(y);
        int equal = object_richcompare_bool(x, y, CMP_EQ);
        decref(x);
        decref(y);
        if (equal < 0) return NULL;
        if (!equal) break;
    }
    if (i >= seq_size(a) || i >= seq_size(b)) return compare_sizes(seq_size(a), seq_size(b), op);
    if (op == CMP_EQ) return FALSE_VALUE;
    if (op == CMP_NE) return TRUE_VALUE;
    Value x = incref(seq_items(a)[i]), y = incref(seq_items(b)[i]);
    Value result = object_richcompare(x, y, op);
    decref(x);
    decref(y);
    return result;
}

Value seq_repr(Value seq, const char *open, const char *close) {
    int entered = repr_enter(seq);
    if (entered != 0) return entered < 0 ? NULL : str_from_format("%s...%s", open, close);
    StrParts parts;
    if (parts_init(&parts) < 0 || parts_add_cstr(&parts, open) < 0) goto fail;
    for (intptr_t i = 0; i < seq_size(seq); i++) {
        if (i > 0 && parts_add_cstr(&parts, ", ") < 0) goto fail;
        if (parts_add_repr(&parts, seq_items(seq)[i]) < 0) goto fail;
    }
    if (parts_add_cstr(&parts, close) < 0) goto fail;
    repr_leave(seq);
    return parts_finish(&parts);
fail:
    repr_leave(seq);
    parts_abort(&parts);
    return NULL;
}

/* item == value with the item kept alive across the comparison; item first, as CPython */
static int item_equals(Value item, Value value) {
    incref(item);
    int equal = object_richcompare_bool(item, value, CMP_EQ);
    decref(item);
    return equal;
}

int seq_contains(Value seq, Value item) {
    for (intptr_t i = 0; i < seq_size(seq); i++) {
        int equal = item_equals(seq_items(seq)[i], item);
        if (equal != 0) return equal;
    }
    return 0;
}

intptr_t seq_find(Value seq, Value value, intptr_t start, intptr_t stop) {
    for (intptr_t i = start; i < stop && i < seq_size(seq); i++) {
        int equal = item_equals(seq_items(seq)[i], value);
        if (equal < 0) return -2;
        if (equal) return i;
    }
    return -1;
}

/* index()'s optional bound: an __index__ value, negative counts from the end */
static int find_bound(Value v, intptr_t size, intptr_t *out) {
    if (!is_index_like(v)) {
        err_set_str(&exc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    intptr_t n = index_as_ssize(v, NULL);
    if (n == -1 && err_occurred()) return -1;
    if (n < 0) {
        n += size;
        if (n < 0) n = 0;
    }
    *out = n;
    return 0;
}

intptr_t seq_index_args(Value seq, Value const *args, size_t nargs) {
    if (args_count("index", nargs, 1, 3) < 0) return -2;
    intptr_t start = 0, stop = INTPTR_MAX;
    if (nargs >= 2 && find_bound(args[1], seq_size(seq), &start) < 0) return -2;
    if (nargs >= 3 && find_bound(args[2], seq_size(seq), &stop) < 0) return -2;
    return seq_find(seq, args[0], start, stop);
}

Value seq_count(Value seq, Value value) {
    intptr_t count = 0;
    for (intptr_t i = 0; i < seq_size(seq); i++) {
        int equal = item_equals(seq_items(seq)[i], value);
        if (equal < 0) return NULL;
        count += equal;
    }
    return small_int(count);
}

void seq_repeat_into(Value *dst, Value const *items, intptr_t n, intptr_t count) {
    for (intptr_t c = 0; c < count; c++)
        for (intptr_t i = 0; i < n; i++) *dst++ = incref(items[i]);
}

/* The other operand's own binary slot for op, when its type differs from a's. */
static Value try_reflected(Value a, Value b, int op) {
    Type *tb = type_of(b);
    if (tb == type_of(a) || tb->number == NULL || tb->number->binary[op] == NULL)
        return NOT_IMPLEMENTED;
    return tb->number->binary[op](a, b);
}

Value seq_multiply(Value a, Value b, bool a_is_seq, repeatfunc repeat) {
    Value seq = a_is_seq ? a : b, count = a_is_seq ? b : a;
    if (!is_index_like(count)) {
        /* reflected: binary_op reports the error, naming the left sequence's operand */
        if (!a_is_seq) return NOT_IMPLEMENTED;
        Value result = try_reflected(a, b, BINOP_MULTIPLY);
        if (result != NOT_IMPLEMENTED) return result;
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    intptr_t n = index_as_ssize(count, &exc_OverflowError);
    if (n == -1 && err_occurred()) return NULL;
    if (n < 0) n = 0;
    intptr_t size = seq_size(seq);
    if (size > 0 && n > INTPTR_MAX / (intptr_t)sizeof(Value) / size) return err_no_memory();
    return repeat(seq, n);
}

Value seq_concat_mismatch(Value a, Value b, bool a_is_seq, const char *kind) {
    if (!a_is_seq) return NOT_IMPLEMENTED;
    Value result = try_reflected(a, b, BINOP_ADD);
    if (result != NOT_IMPLEMENTED) return result;
    return err_format(&exc_TypeError, "can only concatenate %s (not \"%T\") to %s", kind, b, kind);
}

/* ---- StrParts ---- */

int parts_init(StrParts *p) {
    p->list = list_new(0);
    return p->list ? 0 : -1;
}

int parts_add(StrParts *p, Value s) {
    if (s == NULL) return -1;
    int status = list_append(p->list, s);
    decref(s);
    return status;
}

/* The str of a short C string, cached by content (separators and brackets repeat). */
static Value short_str(const char *s) {
    enum { CACHE_SIZE = 16, MAX_LEN = 15 };
    static char keys[CACHE_SIZE][MAX_LEN + 1];
    static Value values[CACHE_SIZE];
    if (strlen(s) > MAX_LEN) return str_intern_cstr(s);
    for (int i = 0; i < CACHE_SIZE; i++) {
        if (values[i] != NULL && strcmp(keys[i], s) == 0) return values[i];
        if (values[i] == NULL) {
            Value str = str_intern_cstr(s);
            if (str == NULL) return NULL;
            strcpy(keys[i], s);
            values[i] = str;
            return str;
        }
    }
    return str_intern_cstr(s);
}

int parts_add_cstr(StrParts *p, const char *s) {
    Value str = short_str(s);
    if (str == NULL) return -1;
    return list_append(p->list, str);
}

int parts_add_repr(StrParts *p, Value v) {
    incref(v);
    Value r = object_repr(v);
    decref(v);
    return parts_add(p, r);
}

Value parts_finish(StrParts *p) {
    Value empty = str_intern_cstr("");
    Value result = empty ? str_join(empty, p->list) : NULL;
    CLEAR(p->list);
    return result;
}

void parts_abort(StrParts *p) { CLEAR(p->list); }
