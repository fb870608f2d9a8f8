/* list_sort.c: list.sort(*, key=None, reverse=False): TimSort as CPython runs it (natural
 * runs, binary insertion to minrun, powersort merge policy, galloping), with fast compares
 * for all-small-int/str/float keys; "list modified during sort" detection. */
#include <string.h>

#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "float.h"
#include "list.h"
#include "method_args.h"
#include "slice.h"
#include "str.h"
#include "tuple.h"

enum { MIN_GALLOP = 7, MAX_PENDING = 85 };

/* Keys with their items alongside (values is NULL when the keys are the items). */
typedef struct SortSlice {
    Value *keys;
    Value *values;
} SortSlice;

static inline SortSlice ss_at(SortSlice s, intptr_t i) {
    return (SortSlice){s.keys + i, s.values ? s.values + i : NULL};
}
static inline void ss_copy(SortSlice dst, SortSlice src, intptr_t n) {
    memcpy(dst.keys, src.keys, (size_t)n * sizeof(Value));
    if (dst.values) memcpy(dst.values, src.values, (size_t)n * sizeof(Value));
}
static inline void ss_move(SortSlice dst, SortSlice src, intptr_t n) {
    memmove(dst.keys, src.keys, (size_t)n * sizeof(Value));
    if (dst.values) memmove(dst.values, src.values, (size_t)n * sizeof(Value));
}
static inline void ss_put(SortSlice dst, SortSlice src) {
    dst.keys[0] = src.keys[0];
    if (dst.values) dst.values[0] = src.values[0];
}
static void ss_reverse(SortSlice s, intptr_t n) {
    list_reverse_items(s.keys, n);
    if (s.values) list_reverse_items(s.values, n);
}

typedef struct SortState SortState;
typedef int (*lessfunc)(Value a, Value b); /* 1, 0, or -1 with an error */

typedef struct PendingRun {
    SortSlice base;
    intptr_t len;
    int power;
} PendingRun;

struct SortState {
    lessfunc less;
    intptr_t min_gallop;
    Value *first_key; /* start of the whole key array: run positions for powersort */
    intptr_t total;
    SortSlice temp;
    intptr_t temp_capacity;
    bool has_values;
    int npending;
    PendingRun pending[MAX_PENDING];
};

/* ---- comparisons ---- */

static int less_generic(Value a, Value b) { return object_richcompare_bool(a, b, CMP_LT); }
static int less_small_int(Value a, Value b) { return (intptr_t)a < (intptr_t)b; }
static int less_str(Value a, Value b) { return str_compare(a, b) < 0; }
static int less_float(Value a, Value b) { return float_value(a) < float_value(b); }

/* The cheapest comparison valid for all of keys[0..n). */
static lessfunc choose_less(Value const *keys, intptr_t n) {
    bool all_small = true, all_str = true, all_float = true;
    for (intptr_t i = 0; i < n && (all_small || all_str || all_float); i++) {
        Value k = keys[i];
        all_small = all_small && is_small_int(k);
        all_str = all_str && is_str_exact(k);
        all_float = all_float && is_float_exact(k);
    }
    return all_small ? less_small_int : all_str ? less_str : all_float ? less_float : less_generic;
}

/* ---- runs ---- */

static intptr_t compute_minrun(intptr_t n) {
    intptr_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Length of the run at keys[0..n): non-descending, or strictly descending (*descending). */
static intptr_t count_run(SortState *s, Value const *keys, intptr_t n, bool *descending) {
    *descending = false;
    if (n == 1) return 1;
    int k = s->less(keys[1], keys[0]);
    if (k < 0) return -1;
    intptr_t i = 2;
    if (k) {
        *descending = true;
        for (; i < n; i++) {
            k = s->less(keys[i], keys[i - 1]);
            if (k < 0) return -1;
            if (!k) break;
        }
    } else {
        for (; i < n; i++) {
            k = s->less(keys[i], keys[i - 1]);
            if (k < 0) return -1;
            if (k) break;
        }
    }
    return i;
}

/* Sorts lo[0..n) given that lo[0..start) is sorted, by binary insertion. */
static int binary_insertion_sort(SortState *s, SortSlice lo, intptr_t n, intptr_t start) {
    for (intptr_t i = start; i < n; i++) {
        Value pivot = lo.keys[i];
        Value pivot_value = lo.values ? lo.values[i] : NULL;
        intptr_t l = 0, r = i;
        while (l < r) {
            intptr_t p = l + ((r - l) >> 1);
            int k = s->less(pivot, lo.keys[p]);
            if (k < 0) return -1;
            if (k)
                r = p;
            else
                l = p + 1;
        }
        ss_move(ss_at(lo, l + 1), ss_at(lo, l), i - l);
        lo.keys[l] = pivot;
        if (lo.values) lo.values[l] = pivot_value;
    }
    return 0;
}

/* ---- galloping ---- */

/* k in [0, n] with a[k-1] < key <= a[k] (right_side false) or a[k-1] <= key < a[k]
 * (right_side true), searching outwards from a[hint] then by bisection. -1 on error. */
static intptr_t gallop(SortState *s, Value key, Value const *a, intptr_t n, intptr_t hint,
                       bool right_side) {
    /* key_goes_after(x): key belongs after x */
#define KEY_AFTER(x, result)                                                                       \
    do {                                                                                           \
        int k_ = right_side ? s->less(key, (x)) : s->less((x), key);                               \
        if (k_ < 0) return -1;                                                                     \
        result = right_side ? !k_ : k_;                                                            \
    } while (0)
    intptr_t lastofs = 0, ofs = 1;
    bool after;
    KEY_AFTER(a[hint], after);
    if (after) { /* gallop right: a[hint + lastofs] < key <= a[hint + ofs] */
        intptr_t maxofs = n - hint;
        while (ofs < maxofs) {
            KEY_AFTER(a[hint + ofs], after);
            if (!after) break;
            lastofs = ofs;
            ofs = ofs > (INTPTR_MAX >> 1) ? maxofs : (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else { /* gallop left: a[hint - ofs] < key <= a[hint - lastofs] */
        intptr_t maxofs = hint + 1;
        while (ofs < maxofs) {
            KEY_AFTER(a[hint - ofs], after);
            if (after) break;
            lastofs = ofs;
            ofs = ofs > (INTPTR_MAX >> 1) ? maxofs : (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        intptr_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    /* a[lastofs] is before key, a[ofs] after: bisect (lastofs, ofs] */
    lastofs++;
    while (lastofs < ofs) {
        intptr_t m = lastofs + ((ofs - lastofs) >> 1);
        KEY_AFTER(a[m], after);
        if (after)
            lastofs = m + 1;
        else
            ofs = m;
    }
#undef KEY_AFTER
    return ofs;
}

static int ensure_temp(SortState *s, intptr_t need) {
    if (need <= s->temp_capacity) return 0;
    mem_free(s->temp.keys);
    size_t per = s->has_values ? 2 : 1;
    s->temp.keys = mem_alloc((size_t)need * per * sizeof(Value));
    s->temp.values = NULL;
    if (s->temp.keys == NULL) {
        s->temp_capacity = 0;
        err_no_memory();
        return -1;
    }
    if (s->has_values) s->temp.values = s->temp.keys + need;
    s->temp_capacity = need;
    return 0;
}

/* ---- merging ---- */

#define LESS_OR_FAIL(k, x, y)                                                                      \
    do {                                                                                           \
        k = s->less((x), (y));                                                                     \
        if (k < 0) goto fail;                                                                      \
    } while (0)

/* Merges the adjacent runs a[0..na) and b[0..nb), na <= nb, from the left: a[0] belongs
 * after b[0] and a[na-1] after all of b. */
static int merge_lo(SortState *s, SortSlice a, intptr_t na, SortSlice b, intptr_t nb) {
    if (ensure_temp(s, na) < 0) return -1;
    SortSlice dest = a;
    ss_copy(s->temp, a, na);
    a = s->temp;
    int result = -1, k;
    ss_put(dest, b);
    dest = ss_at(dest, 1);
    b = ss_at(b, 1);
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    intptr_t min_gallop = s->min_gallop;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) { /* one item at a time until a run keeps winning */
            LESS_OR_FAIL(k, b.keys[0], a.keys[0]);
            if (k) {
                ss_put(dest, b);
                dest = ss_at(dest, 1);
                b = ss_at(b, 1);
                bcount++;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                ss_put(dest, a);
                dest = ss_at(dest, 1);
                a = ss_at(a, 1);
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do { /* galloping mode */
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            intptr_t n = gallop(s, b.keys[0], a.keys, na, 0, true);
            if (n < 0) goto fail;
            acount = n;
            if (n) {
                ss_copy(dest, a, n);
                dest = ss_at(dest, n);
                a = ss_at(a, n);
                na -= n;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed; /* only with an inconsistent comparison */
            }
            ss_put(dest, b);
            dest = ss_at(dest, 1);
            b = ss_at(b, 1);
            if (--nb == 0) goto succeed;
            n = gallop(s, a.keys[0], b.keys, nb, 0, false);
            if (n < 0) goto fail;
            bcount = n;
            if (n) {
                ss_move(dest, b, n);
                dest = ss_at(dest, n);
                b = ss_at(b, n);
                nb -= n;
                if (nb == 0) goto succeed;
            }
            ss_put(dest, a);
            dest = ss_at(dest, 1);
            a = ss_at(a, 1);
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) ss_copy(dest, a, na);
    return result;
copy_b: /* the last item of a goes after the rest of b */
    ss_move(dest, b, nb);
    ss_put(ss_at(dest, nb), a);
    return 0;
}

/* Merges the adjacent runs a[0..na) and b[0..nb), na > nb, from the right. */
static int merge_hi(SortState *s, SortSlice a, intptr_t na, SortSlice b, intptr_t nb) {
    if (ensure_temp(s, nb) < 0) return -1;
    SortSlice dest = ss_at(b, nb - 1);
    ss_copy(s->temp, b, nb);
    SortSlice base_a = a, base_b = s->temp;
    b = ss_at(s->temp, nb - 1);
    a = ss_at(a, na - 1);
    int result = -1, k;
    ss_put(dest, a);
    dest = ss_at(dest, -1);
    a = ss_at(a, -1);
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    intptr_t min_gallop = s->min_gallop;
    for (;;) {
        intptr_t acount = 0, bcount = 0;
        for (;;) {
            LESS_OR_FAIL(k, b.keys[0], a.keys[0]);
            if (k) {
                ss_put(dest, a);
                dest = ss_at(dest, -1);
                a = ss_at(a, -1);
                acount++;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                ss_put(dest, b);
                dest = ss_at(dest, -1);
                b = ss_at(b, -1);
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            s->min_gallop = min_gallop;
            intptr_t n = gallop(s, b.keys[0], base_a.keys, na, na - 1, true);
            if (n < 0) goto fail;
            n = na - n;
            acount = n;
            if (n) {
                dest = ss_at(dest, -n);
                a = ss_at(a, -n);
                ss_move(ss_at(dest, 1), ss_at(a, 1), n);
                na -= n;
                if (na == 0) goto succeed;
            }
            ss_put(dest, b);
            dest = ss_at(dest, -1);
            b = ss_at(b, -1);
            if (--nb == 1) goto copy_a;
            n = gallop(s, a.keys[0], base_b.keys, nb, nb - 1, false);
            if (n < 0) goto fail;
            n = nb - n;
            bcount = n;
            if (n) {
                dest = ss_at(dest, -n);
                b = ss_at(b, -n);
                ss_copy(ss_at(dest, 1), ss_at(b, 1), n);
                nb -= n;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed; /* only with an inconsistent comparison */
            }
            ss_put(dest, a);
            dest = ss_at(dest, -1);
            a = ss_at(a, -1);
            if (--na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        s->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) ss_copy(ss_at(dest, -(nb - 1)), base_b, nb);
    return result;
copy_a: /* the first item of b goes before the rest of a */
    dest = ss_at(dest, -na);
    a = ss_at(a, -na);
    ss_move(ss_at(dest, 1), ss_at(a, 1), na);
    ss_put(dest, b);
    return 0;
}
#undef LESS_OR_FAIL

/* Merges pending runs i and i + 1. */
static int merge_at(SortState *s, int i) {
    SortSlice a = s->pending[i].base, b = s->pending[i + 1].base;
    intptr_t na = s->pending[i].len, nb = s->pending[i + 1].len;
    s->pending[i].len = na + nb;
    if (i == s->npending - 3) s->pending[i + 1] = s->pending[i + 2];
    s->npending--;
    /* items of a already before b[0], and of b already after a's last, stay put */
    intptr_t k = gallop(s, b.keys[0], a.keys, na, 0, true);
    if (k < 0) return -1;
    a = ss_at(a, k);
    na -= k;
    if (na == 0) return 0;
    nb = gallop(s, a.keys[na - 1], b.keys, nb, nb - 1, false);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(s, a, na, b, nb) : merge_hi(s, a, na, b, nb);
}

/* The powersort "power" of the boundary between adjacent runs [s1, s1+n1) and
 * [s1+n1, s1+n1+n2) within n items: the depth of their midpoints' split in a binary
 * subdivision of [0, n). */
static int run_power(intptr_t s1, intptr_t n1, intptr_t n2, intptr_t n) {
    int power = 0;
    intptr_t a = 2 * s1 + n1, b = a + n1 + n2; /* twice the midpoints */
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* A new run of length n2 follows the last pending run: merge what the policy wants. */
static int merge_for_new_run(SortState *s, intptr_t n2) {
    if (s->npending == 0) return 0;
    PendingRun *last = &s->pending[s->npending - 1];
    int power = run_power(last->base.keys - s->first_key, last->len, n2, s->total);
    while (s->npending > 1 && s->pending[s->npending - 2].power > power)
        if (merge_at(s, s->npending - 2) < 0) return -1;
    s->pending[s->npending - 1].power = power;
    return 0;
}

static int merge_force_collapse(SortState *s) {
    while (s->npending > 1) {
        int n = s->npending - 2;
        if (n > 0 && s->pending[n - 1].len < s->pending[n + 1].len) n--;
        if (merge_at(s, n) < 0) return -1;
    }
    return 0;
}

static int timsort(SortState *s, SortSlice lo, intptr_t n) {
    intptr_t minrun = compute_minrun(n), remaining = n;
    while (remaining > 0) {
        bool descending;
        intptr_t run = count_run(s, lo.keys, remaining, &descending);
        if (run < 0) return -1;
        if (descending) ss_reverse(lo, run);
        if (run < minrun) {
            intptr_t forced = remaining <= minrun ? remaining : minrun;
            if (binary_insertion_sort(s, lo, forced, run) < 0) return -1;
            run = forced;
        }
        if (merge_for_new_run(s, run) < 0) return -1;
        s->pending[s->npending++] = (PendingRun){lo, run, 0};
        lo = ss_at(lo, run);
        remaining -= run;
    }
    return merge_force_collapse(s);
}

/* ---- list.sort ---- */

/* keys[i] = key(items[i]); on error the computed keys are released. */
static Value *compute_keys(Value key, Value const *items, intptr_t n) {
    Value *keys = mem_alloc((size_t)(n ? n : 1) * sizeof(Value));
    if (keys == NULL) {
        err_no_memory();
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        keys[i] = object_call(key, &items[i], 1, NULL);
        if (keys[i] == NULL) {
            while (i-- > 0) decref(keys[i]);
            mem_free(keys);
            return NULL;
        }
    }
    return keys;
}

int list_sort_ex(Value self, Value key, bool reverse) {
    List *l = (List *)self;
    if (key == NONE) key = NULL;
    if (l->size == 0) return 0;
    Value *items = l->items;
    intptr_t n = l->size, allocated = l->allocated;
    l->items = NULL; /* empty while sorting: mutation is detected afterwards */
    l->size = 0;
    l->allocated = -1;
    int status = -1;
    Value *keys = key ? compute_keys(key, items, n) : items;
    if (keys != NULL) {
        SortState s = {.less = choose_less(keys, n),
                       .min_gallop = MIN_GALLOP,
                       .first_key = keys,
                       .total = n,
                       .has_values = key != NULL};
        SortSlice all = {keys, key ? items : NULL};
        if (reverse) ss_reverse(all, n);
        status = n < 2 ? 0 : timsort(&s, all, n);
        mem_free(s.temp.keys);
        if (reverse) list_reverse_items(items, n);
        if (key) {
            for (intptr_t i = 0; i < n; i++) decref(keys[i]);
            mem_free(keys);
        }
        if (status == 0 && l->allocated != -1) {
            err_set_str(&exc_ValueError, "list modified during sort");
            status = -1;
        }
    }
    /* put the items back, releasing whatever was stored meanwhile */
    Value *meanwhile = l->items;
    intptr_t meanwhile_size = l->size;
    l->items = items;
    l->size = n;
    l->allocated = allocated;
    while (meanwhile_size-- > 0) xdecref(meanwhile[meanwhile_size]);
    mem_free(meanwhile);
    return status;
}

int list_sort(Value l) { return list_sort_ex(l, NULL, false); }

Value list_sort_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"key", "reverse"};
    Value bound[2];
    if (args_bind("sort", args, nargs, kwnames, names, 2, 0, bound) < 0) return NULL;
    bool reverse = false;
    if (bound[1] != NULL) {
        intptr_t r = ssize_arg(bound[1]);
        if (r == -1 && err_occurred()) return NULL;
        reverse = r != 0;
    }
    if (list_sort_ex(self, bound[0], reverse) < 0) return NULL;
    return NONE;
}
