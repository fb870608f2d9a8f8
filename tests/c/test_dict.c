/* test_dict.c: C unit tests of the container internals: set iteration order after adds and
 * removals (CPython's table algorithm), frozenset and tuple hashes, dict insertion order,
 * deletion, growth, popitem and the mutation version counter, and list sorting. Prints
 * "N passed, N failed"; exit status 1 on any failure. */
#include <stdio.h>
#include <string.h>

#include "object/dict.h"
#include "object/list.h"
#include "object/set.h"
#include "object/str.h"
#include "object/tuple.h"
#include "vm/errors.h"
#include "vm/runtime.h"

static int passed, failed;

static void check(bool ok, const char *what) {
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %s\n", what);
    }
}

/* repr(v) == expected; consumes v */
static void check_repr(Value v, const char *expected, const char *what) {
    Value r = v ? object_repr(v) : NULL;
    const char *text = r ? str_utf8(r) : NULL;
    bool ok = text && strcmp(text, expected) == 0;
    if (!ok) printf("  got %s, expected %s\n", text ? text : "(error)", expected);
    check(ok, what);
    xdecref(r);
    xdecref(v);
}

/* ---- sets: ops >= -950 add the int, ops below discard -op - 1000 ---- */

typedef struct SetCase {
    int n;
    int ops[64];
    const char *expected;
} SetCase;

static const SetCase set_cases[] = {
    {25,
     {27,    -1027, 137,   -1137, 172, -1172, -20, 13,  272, -19, -981, -27,  -980,
      -1013, 236,   -1272, -973,  230, -1230, 204, 168, 188, 182, 77,   -1182},
     "{168, 204, 236, 77, 188}"},
    {38,
     {203,   -1203, 10,  34,    27,  -1034, -11,   243,   110, 129, 246,   -15, 88,
      -1088, 281,   298, 95,    292, 186,   -985,  61,    16,  153, -1129, 155, 20,
      -1281, 133,   144, -1027, 68,  -44,   -1133, -1155, 262, 14,  213,   285},
     "{262, 10, 14, 16, 144, 20, 153, 285, 292, 298, 186, 61, 68, -44, 213, 95, 110, 243, -11, "
     "246}"},
    {8, {183, 298, 150, -1298, -1150, 56, 6, -1183}, "{56, 6}"},
    {14,
     {224, 136, -14, 264, -1224, 258, -1264, 188, -986, 125, 195, 32, 55, 220},
     "{32, 258, 195, 136, 220, 55, 188, 125}"},
    {49,
     {228, -1228, 83,    35,    64,    207,   64,  49,    155,   -1083, 132, -36,   -1155,
      259, 178,   128,   -1035, 66,    -964,  195, 126,   -7,    11,    52,  41,    275,
      152, -7,    37,    -1207, -1275, 286,   29,  -1037, 219,   21,    49,  -1052, 99,
      250, 228,   -1132, 184,   214,   -1041, 218, 175,   -1049, -1259},
     "{128, 11, 21, 152, 29, 286, 175, 178, 184, 64, 66, 195, 214, 218, 219, 99, 228, -7, 250, "
     "126}"},
    {51,
     {11,    116, 221,   4,   -1116, -29, 209, -36,   -18,  263, 260,  91,    223,
      209,   217, 82,    53,  20,    150, -13, -1091, 12,   29,  279,  -1004, -987,
      153,   33,  -1217, 213, -1150, -3,  -41, 184,   -41,  214, 212,  7,     67,
      -1020, -30, -982,  166, 296,   82,  224, 242,   -964, 43,  -959, -1043},
     "{260, 263, 7, 11, 12, 279, 153, 29, 33, 166, 296, 53, 184, 67, 209, 82, 212, 213, 214, 221, "
     "223, 224, -30, -29, 242, -3}"},
    {5, {1, 2, 3, -1001, 9}, "{9, 2, 3}"},
    {7, {1, 9, 17, 3, -1001, -1009, 25}, "{3, 25, 17}"},
};

static void test_set_order(void) {
    for (size_t c = 0; c < sizeof set_cases / sizeof set_cases[0]; c++) {
        Value s = set_new_from(&type_set, NULL);
        for (int i = 0; i < set_cases[c].n; i++) {
            int op = set_cases[c].ops[i];
            if (op > -950)
                set_add(s, small_int(op));
            else
                set_discard(s, small_int(-op - 1000));
        }
        check_repr(s, set_cases[c].expected, "set order after adds and discards");
    }
    Value s = set_new_from(&type_set, NULL);
    int keys[] = {5, 3, 1, 100, 7, 8, 9, 1000, 16, 33};
    for (int i = 0; i < 10; i++) set_add(s, small_int(keys[i]));
    check_repr(s, "{1, 33, 3, 100, 5, 7, 8, 9, 1000, 16}", "set of small ints");
}

static void test_hashes(void) {
    Value f = set_new_from(&type_frozenset, NULL);
    check(object_hash(f) == 133146708735736, "hash(frozenset())");
    decref(f);
    Value items = list_new(0);
    for (int i = 1; i <= 3; i++) list_append(items, small_int(i));
    f = set_new_from(&type_frozenset, items);
    check(object_hash(f) == -272375401224217160, "hash(frozenset({1, 2, 3}))");
    decref(f);
    decref(items);
    Value t = tuple_pack(2, small_int(1), small_int(2));
    check(object_hash(t) == -3550055125485641917, "hash((1, 2))");
    decref(t);
    check(object_hash(tuple_empty()) == 5740354900026072187, "hash(())");
}

/* ---- dicts ---- */

static void test_dict_order_and_deletion(void) {
    Value d = dict_new();
    uint64_t version = dict_version(d);
    for (int i = 0; i < 1000; i++) dict_set(d, small_int(i), small_int(i * 2));
    check(dict_version(d) != version, "dict_version changes on insertion");
    check(dict_size(d) == 1000, "1000 keys");
    for (int i = 0; i < 1000; i += 2) dict_del(d, small_int(i));
    check(dict_size(d) == 500, "500 keys after deleting evens");
    bool order_ok = true;
    intptr_t pos = 0, expected = 1;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) {
        order_ok =
            order_ok && small_int_value(key) == expected && small_int_value(value) == expected * 2;
        expected += 2;
    }
    check(order_ok && expected == 1001, "insertion order kept after deletions");
    check(dict_get(d, small_int(2)) == NULL && !err_occurred(), "deleted key absent");
    check(dict_get(d, small_int(999)) == small_int(1998), "lookup after growth");
    check(dict_del(d, small_int(2)) < 0 && err_matches(&exc_KeyError), "del missing: KeyError");
    err_clear();
    version = dict_version(d);
    dict_set(d, small_int(1), small_int(0));
    check(dict_version(d) != version, "dict_version changes on replacement");
    decref(d);
}

static void test_dict_str_keys(void) {
    Value d = dict_new();
    dict_set_cstr(d, "alpha", small_int(1));
    dict_set_cstr(d, "beta", small_int(2));
    Value beta = str_from_cstr("beta"); /* not interned: found by str_equal */
    check(dict_get_str(d, beta) == small_int(2), "dict_get_str with an equal str");
    check(dict_get_cstr(d, "gamma") == NULL, "dict_get_cstr absent");
    decref(beta);
    check_repr(d, "{'alpha': 1, 'beta': 2}", "dict repr");
}

static void test_dict_reinsert_order(void) {
    Value d = dict_new();
    for (int i = 0; i < 5; i++) dict_set(d, small_int(i), NONE);
    dict_del(d, small_int(1));
    dict_set(d, small_int(1), NONE);
    check_repr(dict_keys_list(d), "[0, 2, 3, 4, 1]", "re-inserted key goes last");
    decref(d);
}

static void test_dict_hints(void) {
    Value a = str_intern_cstr("alpha"), b = str_intern_cstr("beta");
    Value d1 = dict_new(), d2 = dict_new();
    dict_set(d1, a, small_int(1));
    dict_set(d1, b, small_int(2));
    dict_set(d2, a, small_int(3));
    dict_set(d2, b, small_int(4));
    uint16_t hint = 0;
    check(dict_get_str_hint(d1, b, &hint) == small_int(2) && hint == 1, "hint learnt");
    check(dict_get_str_hint(d2, b, &hint) == small_int(4), "hint reused on a like dict");
    uint64_t version = dict_version(d2);
    check(dict_set_str_hint(d2, b, small_int(5), &hint) == 0 && dict_get(d2, b) == small_int(5),
          "hinted store");
    check(dict_version(d2) != version, "hinted store bumps the version");
    dict_del(d2, a);
    hint = 0;
    check(dict_get_str_hint(d2, a, &hint) == NULL && !err_occurred(), "hint to a deleted entry");
    check(dict_set_str_hint(d2, a, small_int(6), &hint) == 0 && hint == 2,
          "store of a new key records its entry");
    decref(d1);
    decref(d2);
}

/* ---- lists ---- */

static void test_list_sort(void) {
    Value l = list_new(0);
    uint64_t x = 12345;
    for (int i = 0; i < 5000; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        list_append(l, small_int((intptr_t)(x >> 40) % 1000));
    }
    check(list_sort(l) == 0, "list_sort succeeds");
    bool sorted = true;
    for (intptr_t i = 1; i < list_size(l); i++)
        sorted = sorted && small_int_value(list_get(l, i - 1)) <= small_int_value(list_get(l, i));
    check(sorted && list_size(l) == 5000, "list_sort orders 5000 ints");
    decref(l);
}

int main(int argc, char **argv) {
    if (runtime_init(argc, argv) < 0) return 2;
    test_set_order();
    test_hashes();
    test_dict_order_and_deletion();
    test_dict_str_keys();
    test_dict_reinsert_order();
    test_dict_hints();
    test_list_sort();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
