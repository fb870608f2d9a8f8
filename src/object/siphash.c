/* siphash.c: SipHash-1-3 over byte strings and the hash key derived from PYTHONHASHSEED,
 * so that hash(str) and hash(bytes) equal CPython 3.11's for the same seed. */
#include "siphash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

static uint64_t key0, key1;

/* CPython's key layout: 24 secret bytes, the first 16 are the two SipHash keys. */
enum { SECRET_SIZE = 24 };

static void lcg_fill(uint32_t seed, uint8_t *out, size_t n) {
    uint32_t x = seed;
    for (size_t i = 0; i < n; i++) {
        x = x * 214013u + 2531011u;
        out[i] = (uint8_t)((x >> 16) & 0xff);
    }
}

static void random_fill(uint8_t *out, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(out + got, n - got, 0);
        if (r <= 0) break;
        got += (size_t)r;
    }
    if (got < n) lcg_fill((uint32_t)(uintptr_t)&got ^ (uint32_t)rand(), out + got, n - got);
}

static uint64_t load_le64(const uint8_t *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
    return v;
}

int hash_secret_init(void) {
    uint8_t secret[SECRET_SIZE] = {0};
    const char *env = getenv("PYTHONHASHSEED");
    if (env && *env && strcmp(env, "random") != 0) {
        char *end;
        unsigned long seed = strtoul(env, &end, 10);
        if (*end != '\0' || end == env || seed > 4294967295UL || strchr(env, '-')) {
            fprintf(stderr, "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "
                            "\"random\" or an integer in range [0; 4294967295]\n"
                            "Python runtime state: preinitialized\n\n");
            return -1;
        }
        if (seed != 0) lcg_fill((uint32_t)seed, secret, SECRET_SIZE);
    } else {
        random_fill(secret, SECRET_SIZE);
    }
    key0 = load_le64(secret);
    key1 = load_le64(secret + 8);
    return 0;
}

#define ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3)                                                                   \
    do {                                                                                           \
        v0 += v1;                                                                                  \
        v1 = ROTL(v1, 13);                                                                         \
        v1 ^= v0;                                                                                  \
        v0 = ROTL(v0, 32);                                                                         \
        v2 += v3;                                                                                  \
        v3 = ROTL(v3, 16);                                                                         \
        v3 ^= v2;                                                                                  \
        v0 += v3;                                                                                  \
        v3 = ROTL(v3, 21);                                                                         \
        v3 ^= v0;                                                                                  \
        v2 += v1;                                                                                  \
        v1 = ROTL(v1, 17);                                                                         \
        v1 ^= v2;                                                                                  \
        v2 = ROTL(v2, 32);                                                                         \
    } while (0)

static uint64_t siphash13(const uint8_t *p, size_t n) {
    uint64_t v0 = key0 ^ 0x736f6d6570736575ULL, v1 = key1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = key0 ^ 0x6c7967656e657261ULL, v3 = key1 ^ 0x7465646279746573ULL;
    size_t words = n / 8;
    for (size_t i = 0; i < words; i++) {
        uint64_t m;
        memcpy(&m, p + 8 * i, 8); /* little-endian hosts only (x86-64, aarch64) */
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t last = (uint64_t)n << 56;
    const uint8_t *tail = p + 8 * words;
    for (size_t i = 0; i < n % 8; i++) last |= (uint64_t)tail[i] << (8 * i);
    v3 ^= last;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= last;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

hash_t hash_bytes(const void *data, size_t size) {
    if (size == 0) return 0;
    hash_t h = (hash_t)siphash13(data, size);
    return h == -1 ? -2 : h;
}
