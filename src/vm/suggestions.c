/* suggestions.c: "Did you mean" candidates for NameError (local variable names of the
 * innermost frame, then globals, then builtins) and AttributeError (dir(obj)), chosen by
 * an edit distance where a case flip costs half an edit, as CPython 3.11. */
#include "suggestions.h"

#include <string.h>

#include "../object/bytes.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/list.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "errors.h"
#include "frame.h"
#include "traceback.h"

#define MAX_CANDIDATES 750
#define MAX_NAME_SIZE  40
#define MOVE_COST      2
#define CASE_COST      1

static size_t substitution_cost(char a, char b) {
    if (a == b) return 0;
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

/* Edit distance of a and b, or any value above max_cost once it must exceed it. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na && nb && a[0] == b[0]) a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > MAX_NAME_SIZE || nb > MAX_NAME_SIZE) return max_cost + 1;
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    size_t row[MAX_NAME_SIZE]; /* row[i]: cost of a[:i+1] against the b prefix so far */
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST, left = (j + 1) * MOVE_COST, row_min = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t sub = diag + substitution_cost(b[j], a[i]);
            size_t up = row[i] + MOVE_COST, lf = left + MOVE_COST;
            size_t best = sub < up ? sub : up;
            if (lf < best) best = lf;
            diag = row[i];
            row[i] = left = best;
            if (best < row_min) row_min = best;
        }
        if (row_min > max_cost) return max_cost + 1;
    }
    return row[na - 1];
}

/* The closest of the str items of `candidates` (a list) to name, or NULL. */
static Value closest_name(Value candidates, Value name) {
    intptr_t n = list_size(candidates);
    if (n >= MAX_CANDIDATES) return NULL;
    intptr_t name_len;
    const char *name_s = str_utf8_len(name, &name_len);
    if (!name_s) return NULL;
    Value best = NULL;
    size_t best_dist = SIZE_MAX;
    for (intptr_t i = 0; i < n; i++) {
        Value item = list_get(candidates, i);
        if (!is_str(item)) continue;
        intptr_t item_len;
        const char *item_s = str_utf8_len(item, &item_len);
        if (!item_s) return NULL;
        if (item_len == name_len && memcmp(item_s, name_s, (size_t)name_len) == 0) continue;
        size_t max_dist = ((size_t)name_len + (size_t)item_len + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max_dist) max_dist = best_dist - 1;
        size_t d = edit_distance(name_s, (size_t)name_len, item_s, (size_t)item_len, max_dist);
        if (d > max_dist) continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return xincref(best);
}

static Value closest_in_dict_keys(Value d, Value name) {
    if (!d || !is_dict(d)) return NULL;
    Value keys = dict_keys_list(d);
    if (!keys) return NULL;
    Value r = closest_name(keys, name);
    decref(keys);
    return r;
}

static Value suggest_for_name_error(Value exc) {
    Value name = ((NameErrorObject *)exc)->name;
    Value tb = exception_get_traceback(exc);
    if (!name || !is_str_exact(name) || !tb || !is_traceback(tb)) return NULL;
    while (((Traceback *)tb)->next && is_traceback(((Traceback *)tb)->next))
        tb = ((Traceback *)tb)->next;
    Frame *f = ((FrameObject *)((Traceback *)tb)->frame)->frame;
    if (!f) return NULL;
    Code *co = f->code;
    Value varnames = list_new(0);
    if (!varnames) return NULL;
    for (int i = 0; i < co->nlocalsplus; i++) {
        if ((bytes_data(co->localspluskinds)[i] & CO_FAST_LOCAL) &&
            list_append(varnames, tuple_get(co->localsplusnames, i)) < 0) {
            decref(varnames);
            return NULL;
        }
    }
    Value r = closest_name(varnames, name);
    decref(varnames);
    if (!r && !err_occurred()) r = closest_in_dict_keys(f->globals, name);
    if (!r && !err_occurred()) r = closest_in_dict_keys(f->builtins, name);
    return r;
}

static Value suggest_for_attribute_error(Value exc) {
    NameErrorObject *e = (NameErrorObject *)exc;
    if (!e->name || !e->obj || !is_str_exact(e->name)) return NULL;
    Value dir = dict_get_cstr(interp.builtins, "dir");
    if (!dir) return NULL;
    Value names = object_call(dir, &e->obj, 1, NULL);
    if (!names) return NULL;
    Value r = is_list(names) ? closest_name(names, e->name) : NULL;
    decref(names);
    return r;
}

Value suggestion_for_exception(Value exc) {
    Value pending = err_fetch();
    Value r = NULL;
    if (is_instance_of(exc, &exc_AttributeError))
        r = suggest_for_attribute_error(exc);
    else if (is_instance_of(exc, &exc_NameError))
        r = suggest_for_name_error(exc);
    err_restore(pending);
    return r;
}
