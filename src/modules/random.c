/* random.c: the `_random` module: the Mersenne Twister (MT19937) generator behind
 * random.Random, seeded exactly as CPython does (an int's absolute value split into
 * 32-bit words for init_by_array, other objects by their hash), so that seeded sequences
 * of random(), getrandbits() and everything random.py builds on them match CPython. */
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>

#include "../memory/alloc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct RandomObject {
    Object ob;
    int index;
    uint32_t state[MT_N];
} RandomObject;

static void init_genrand(RandomObject *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObject *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

static uint32_t genrand_uint32(RandomObject *r) {
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        for (int k = 0; k < MT_N; k++) {
            uint32_t y = (mt[k] & 0x80000000U) | (mt[(k + 1) % MT_N] & 0x7fffffffU);
            mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
        }
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

/* ---- seeding ---- */

static void seed_from_os(RandomObject *r) {
    uint32_t key[MT_N];
    size_t done = 0;
    while (done < sizeof key) {
        ssize_t n = getrandom((char *)key + done, sizeof key - done, 0);
        if (n <= 0) break;
        done += (size_t)n;
    }
    if (done < sizeof key) { /* no entropy source: time and pid */
        key[0] = (uint32_t)time(NULL);
        key[1] = (uint32_t)getpid();
        init_by_array(r, key, 2);
        return;
    }
    init_by_array(r, key, MT_N);
}

/* seed(n): None from the OS; an int by |n|; anything else by its hash as unsigned. */
static int random_seed(RandomObject *r, Value arg) {
    if (!arg || arg == NONE) {
        seed_from_os(r);
        return 0;
    }
    mpz_t n;
    mpz_init(n);
    if (is_int(arg)) {
        int_to_mpz(arg, n);
        mpz_abs(n, n);
    } else {
        hash_t h = object_hash(arg);
        if (h == -1) {
            mpz_clear(n);
            return -1;
        }
        mpz_set_ui(n, (unsigned long)(uint64_t)h);
    }
    size_t bits = mpz_sgn(n) ? mpz_sizeinbase(n, 2) : 0;
    size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t *key = mem_calloc(words, sizeof(uint32_t));
    if (!key) {
        mpz_clear(n);
        err_no_memory();
        return -1;
    }
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, n); /* least significant word first */
    mpz_clear(n);
    init_by_array(r, key, words);
    mem_free(key);
    return 0;
}

static Value random_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value self = object_new(type, 0);
    if (self) init_genrand((RandomObject *)self, 19650218U);
    return self;
}

static int random_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("Random", kwnames) < 0) return -1;
    if (nargs > 1) {
        err_format(&exc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed((RandomObject *)self, nargs ? args[0] : NULL);
}

static Value random_seed_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("seed", nargs, 0, 1) < 0) return NULL;
    return random_seed((RandomObject *)self, nargs ? args[0] : NULL) < 0 ? NULL : NONE;
}

/* random() -> a float in [0, 1) from 53 random bits. */
static Value random_random(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("random", nargs) < 0) return NULL;
    RandomObject *r = (RandomObject *)self;
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return float_new((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value random_getrandbits(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("getrandbits", nargs, 1, 1) < 0) return NULL;
    Value kv = object_index(args[0]);
    if (!kv) return NULL;
    intptr_t k = int_as_ssize(kv);
    decref(kv);
    if (k == -1 && err_occurred()) return NULL;
    if (k < 0) return err_format(&exc_ValueError, "number of bits must be non-negative");
    RandomObject *r = (RandomObject *)self;
    if (k == 0) return small_int(0);
    if (k <= 32) return int_from_long(genrand_uint32(r) >> (32 - k));
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = mem_alloc(words * sizeof(uint32_t));
    if (!w) return err_no_memory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand_uint32(r);
        if (k < 32) x >>= 32 - k; /* the last word keeps its top k bits */
        w[i] = x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    mem_free(w);
    return int_from_mpz_move(z);
}

static Value random_getstate(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("getstate", nargs) < 0) return NULL;
    RandomObject *r = (RandomObject *)self;
    Value t = tuple_new(MT_N + 1);
    for (int i = 0; t && i <= MT_N; i++) {
        Value v = int_from_long(i < MT_N ? (long long)r->state[i] : r->index);
        if (!v)
            CLEAR(t);
        else
            tuple_items(t)[i] = v;
    }
    return t;
}

static Value random_setstate(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("setstate", nargs, 1, 1) < 0) return NULL;
    Value state = args[0];
    if (!is_tuple(state)) return err_format(&exc_TypeError, "state vector must be a tuple");
    if (tuple_size(state) != MT_N + 1)
        return err_format(&exc_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    long long index = 0;
    for (int i = 0; i <= MT_N; i++) {
        Value v = tuple_get(state, i);
        long long x;
        if (!is_int(v))
            return err_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        if (int_as_long(v, &x) < 0) return NULL;
        if (i == MT_N) {
            index = x;
        } else {
            if (x < 0 || x > 0xffffffffLL)
                return err_format(&exc_OverflowError,
                                  "Python int too large to convert to C unsigned long");
            words[i] = (uint32_t)x;
        }
    }
    if (index < 0 || index > MT_N) return err_format(&exc_ValueError, "invalid state");
    RandomObject *r = (RandomObject *)self;
    memcpy(r->state, words, sizeof words);
    r->index = (int)index;
    return NONE;
}

static MethodDef random_methods[] = {
    {"seed", random_seed_method, 0, NULL},        {"random", random_random, 0, NULL},
    {"getrandbits", random_getrandbits, 0, NULL}, {"getstate", random_getstate, 0, NULL},
    {"setstate", random_setstate, 0, NULL},       {NULL, NULL, 0, NULL},
};

Type type_random = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_random.Random",
    .basicsize = sizeof(RandomObject),
    .flags = TPFLAG_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .new_ = random_type_new,
    .init = random_init,
    .methods = random_methods,
};

Value random_module_new(void) {
    Value m = module_new("_random");
    if (m && module_add_object(m, "Random", (Value)&type_random) < 0) CLEAR(m);
    return m;
}
