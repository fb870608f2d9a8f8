/* seq_common.h: algorithms shared by list and tuple (comparison, repr, search, repetition;
 * items are re-read at every step since user __eq__/__repr__ may mutate a list) and by all
 * containers (GC visiting, building a repr from parts). */
#ifndef PVM_SEQ_COMMON_H
#define PVM_SEQ_COMMON_H

#include "list.h"
#include "tuple.h"

static inline Value *seq_items(Value v) {
    return is_list(v) ? ((List *)v)->items : ((Tuple *)v)->items;
}
static inline intptr_t seq_size(Value v) { return is_list(v) ? list_size(v) : tuple_size(v); }

/* Visits the heap objects among vs[0..n) (NULL and small ints skipped). */
static inline int visit_values(Value const *vs, intptr_t n, visitproc visit, void *arg) {
    for (intptr_t i = 0; i < n; i++) {
        if (vs[i] != NULL && !is_small_int(vs[i])) {
            int status = visit(vs[i], arg);
            if (status) return status;
        }
    }
    return 0;
}
static inline int visit_value(Value v, visitproc visit, void *arg) {
    return visit_values(&v, 1, visit, arg);
}

/* Lexicographic comparison of two lists or two tuples. length_shortcut: unequal lengths
 * decide ==/!= without comparing items (lists do this, tuples do not). */
Value seq_richcompare(Value a, Value b, int op, bool length_shortcut);
/* open + ", ".join(map(repr, items)) + close, "open...close" when already being repr'd. */
Value seq_repr(Value seq, const char *open, const char *close);
int seq_contains(Value seq, Value item); /* 1, 0, -1 */
/* index of the first item == value in [start, stop), -1 when absent, -2 on error */
intptr_t seq_find(Value seq, Value value, intptr_t start, intptr_t stop);
/* The index(value[, start[, stop]]) method's argument parsing and search. */
intptr_t seq_index_args(Value seq, Value const *args, size_t nargs);
Value seq_count(Value seq, Value value);
/* Fills dst with count copies of items[0..n) (increfs): dst has room for n * count. */
void seq_repeat_into(Value *dst, Value const *items, intptr_t n, intptr_t count);
/* seq * count and count * seq for list and tuple: a_is_seq tells which operand is the
 * sequence; repeat builds the result. Raises CPython's "can't multiply sequence by non-int
 * of type 'float'" after giving the other operand's multiply slot its chance; a reflected call
 * with a non-int returns NOT_IMPLEMENTED (binary_op then reports it). */
typedef Value (*repeatfunc)(Value seq, intptr_t count);
Value seq_multiply(Value a, Value b, bool a_is_seq, repeatfunc repeat);
/* a + b where a is a list/tuple (kind "list"/"tuple") and b is not of that kind: tries
 * b's add slot, then raises "can only concatenate list (not "tuple") to list". When a is
 * not of the kind (reflected call), returns NOT_IMPLEMENTED. */
Value seq_concat_mismatch(Value a, Value b, bool a_is_seq, const char *kind);

/* A str assembled from parts: for reprs of containers. */
typedef struct StrParts {
    Value list;
} StrParts;
int parts_init(StrParts *p);
int parts_add(StrParts *p, Value s); /* steals s (NULL: fails, for chaining a call) */
int parts_add_cstr(StrParts *p, const char *s);
int parts_add_repr(StrParts *p, Value v);
Value parts_finish(StrParts *p); /* the joined str; releases the parts */
void parts_abort(StrParts *p);

#endif
