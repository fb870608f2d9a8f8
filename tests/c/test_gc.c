/* test_gc.c: the cycle collector's contract: unreachable cycles are freed, reachable
 * ones (even self-referencing) survive untouched, and a pending exception survives a
 * collection. */
#include <stdio.h>

#include "memory/gc.h"
#include "object/dict.h"
#include "object/list.h"
#include "object/str.h"
#include "vm/errors.h"
#include "vm/runtime.h"

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                        \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static void unreachable_cycle_is_freed(void) {
    gc_collect(GC_GENERATIONS - 1);
    Value a = list_new(0), b = list_new(0);
    CHECK(a && b && list_append(a, b) == 0 && list_append(b, a) == 0);
    Value d = dict_new();
    CHECK(d && dict_set_cstr(d, "self", d) == 0);
    decref(a);
    decref(b);
    decref(d);
    CHECK(gc_collect(GC_GENERATIONS - 1) >= 3);
}

static void reachable_cycle_survives(void) {
    Value l = list_new(0);
    CHECK(l && list_append(l, l) == 0);
    Value holder = list_new(0);
    CHECK(holder && list_append(holder, l) == 0);
    decref(l); /* now only the holder and l itself refer to l */
    gc_collect(GC_GENERATIONS - 1);
    CHECK(list_size(holder) == 1 && list_get(holder, 0) == l);
    CHECK(list_size(l) == 1 && list_get(l, 0) == l);
    decref(holder);
    CHECK(gc_collect(GC_GENERATIONS - 1) >= 1);
}

static void pending_exception_survives(void) {
    err_set_str(&exc_ValueError, "kept");
    gc_collect(GC_GENERATIONS - 1);
    CHECK(err_matches(&exc_ValueError));
    err_clear();
}

int main(void) {
    char *argv[] = {"test_gc", NULL};
    if (runtime_init(1, argv) < 0) return 1;
    unreachable_cycle_is_freed();
    reachable_cycle_survives();
    pending_exception_survives();
    if (failures) printf("%d check(s) failed\n", failures);
    return failures ? 1 : runtime_finalize(0);
}
