/* sha512.c: the `_sha512` module (FIPS 180-4 SHA-512 and SHA-384 hash objects with
 * update, digest, hexdigest and copy), used by random.seed() for str and bytes seeds.
 * The round constants are computed at start-up from the primes (cube and square roots),
 * as the standard defines them. */
#include <gmp.h>
#include <string.h>

#include "../object/bytes.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/str.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

static uint64_t round_k[80], iv512[8], iv384[8];

/* The first 64 bits of the fractional part of p ** (1/root), for root 2 or 3:
 * floor(root-th root of p * 2**(64 * root)) mod 2**64. */
static uint64_t root_fraction_bits(unsigned long p, unsigned long root) {
    mpz_t z;
    mpz_init_set_ui(z, p);
    mpz_mul_2exp(z, z, 64 * root);
    mpz_root(z, z, root);
    mpz_fdiv_r_2exp(z, z, 64);
    uint64_t bits = 0;
    mpz_export(&bits, NULL, -1, sizeof bits, 0, 0, z);
    mpz_clear(z);
    return bits;
}

static bool is_prime(unsigned long n) {
    for (unsigned long d = 2; d * d <= n; d++)
        if (n % d == 0) return false;
    return n >= 2;
}

static void init_constants(void) {
    if (round_k[0]) return;
    unsigned long p = 1;
    for (int i = 0; i < 80; i++) {
        while (!is_prime(++p)) {
        }
        round_k[i] = root_fraction_bits(p, 3);
        if (i < 8)
            iv512[i] = root_fraction_bits(p, 2);
        else if (i < 16)
            iv384[i - 8] = root_fraction_bits(p, 2);
    }
}

typedef struct ShaObject {
    Object ob;
    uint64_t h[8];
    uint64_t length_low, length_high; /* message length in bytes */
    uint8_t block[128];
    size_t used;
    int digest_size; /* 64 or 48 */
} ShaObject;

static inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void compress(ShaObject *s, const uint8_t *block) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t x = 0;
        for (int j = 0; j < 8; j++) x = (x << 8) | block[i * 8 + j];
        w[i] = x;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t v[8];
    memcpy(v, s->h, sizeof v);
    for (int i = 0; i < 80; i++) {
        uint64_t e = v[4], a = v[0];
        uint64_t t1 = v[7] + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) +
                      ((e & v[5]) ^ (~e & v[6])) + round_k[i] + w[i];
        uint64_t t2 =
            (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & v[1]) ^ (a & v[2]) ^ (v[1] & v[2]));
        memmove(v + 1, v, 7 * sizeof(uint64_t));
        v[4] += t1;
        v[0] = t1 + t2;
    }
    for (int i = 0; i < 8; i++) s->h[i] += v[i];
}

static void sha_update(ShaObject *s, const uint8_t *data, size_t n) {
    uint64_t old = s->length_low;
    s->length_low += n;
    if (s->length_low < old) s->length_high++;
    while (n > 0) {
        size_t take = 128 - s->used < n ? 128 - s->used : n;
        memcpy(s->block + s->used, data, take);
        s->used += take;
        data += take;
        n -= take;
        if (s->used == 128) {
            compress(s, s->block);
            s->used = 0;
        }
    }
}

/* The digest of the data so far (the object itself is left as it was). */
static void sha_final(const ShaObject *src, uint8_t *out) {
    ShaObject s = *src;
    uint64_t high = (s.length_high << 3) | (s.length_low >> 61), low = s.length_low << 3;
    uint8_t pad[144] = {0x80};
    size_t padlen = (s.used < 112 ? 112 : 240) - s.used;
    for (int i = 0; i < 8; i++) {
        pad[padlen + i] = (uint8_t)(high >> (56 - 8 * i));
        pad[padlen + 8 + i] = (uint8_t)(low >> (56 - 8 * i));
    }
    sha_update(&s, pad, padlen + 16);
    for (int i = 0; i < s.digest_size; i++) out[i] = (uint8_t)(s.h[i / 8] >> (56 - 8 * (i % 8)));
}

static Type type_sha512, type_sha384;

static int update_with(ShaObject *s, Value data) {
    const char *p;
    intptr_t n;
    if (is_str(data)) {
        err_format(&exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (bytes_like_data(data, &p, &n) < 0) {
        err_format(&exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    sha_update(s, (const uint8_t *)p, (size_t)n);
    return 0;
}

static Value sha_new(Type *type, const char *fname, Value const *args, size_t nargs,
                     Value kwnames) {
    static const char *const names[] = {"string", "usedforsecurity"};
    ArgSpec spec = {fname, names, 2, 0, 1, 0};
    Value v[2];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    init_constants();
    ShaObject *s = (ShaObject *)object_new(type, 0);
    if (!s) return NULL;
    bool is384 = type == &type_sha384;
    memcpy(s->h, is384 ? iv384 : iv512, sizeof s->h);
    s->digest_size = is384 ? 48 : 64;
    if (v[0] && update_with(s, v[0]) < 0) {
        decref((Value)s);
        return NULL;
    }
    return (Value)s;
}

static Value sha_update_method(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("update", nargs) < 0) return NULL;
    return update_with((ShaObject *)self, args[0]) < 0 ? NULL : NONE;
}

static Value sha_digest(Value self, Value const *args, size_t nargs, Value kwnames) {
    uint8_t out[64];
    sha_final((ShaObject *)self, out);
    return bytes_new((const char *)out, ((ShaObject *)self)->digest_size);
}

static Value sha_hexdigest(Value self, Value const *args, size_t nargs, Value kwnames) {
    uint8_t out[64];
    char hex[129];
    int n = ((ShaObject *)self)->digest_size;
    sha_final((ShaObject *)self, out);
    for (int i = 0; i < n; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return str_from_utf8(hex, (size_t)(2 * n));
}

static Value sha_copy(Value self, Value const *args, size_t nargs, Value kwnames) {
    ShaObject *c = (ShaObject *)object_new(self->type, 0);
    if (!c) return NULL;
    memcpy((char *)c + sizeof(Object), (char *)self + sizeof(Object),
           sizeof(ShaObject) - sizeof(Object));
    return (Value)c;
}

static Value sha_name(Value self, void *c) {
    return str_from_cstr(self->type == &type_sha384 ? "sha384" : "sha512");
}
static Value sha_digest_size(Value self, void *c) {
    return small_int(((ShaObject *)self)->digest_size);
}
static Value sha_block_size(Value self, void *c) { return small_int(128); }

static MethodDef sha_methods[] = {
    {"update", sha_update_method, 0, NULL},
    {"digest", sha_digest, 0, NULL},
    {"hexdigest", sha_hexdigest, 0, NULL},
    {"copy", sha_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef sha_getsets[] = {
    {"name", sha_name, NULL, NULL, NULL},
    {"digest_size", sha_digest_size, NULL, NULL, NULL},
    {"block_size", sha_block_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define SHA_TYPE(pyname)                                                                           \
    {                                                                                              \
        .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = pyname, .basicsize = sizeof(ShaObject),     \
        .methods = sha_methods, .getsets = sha_getsets,                                            \
    }
static Type type_sha512 = SHA_TYPE("_sha512.sha512");
static Type type_sha384 = SHA_TYPE("_sha512.sha384");

static Value sha512_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    return sha_new(&type_sha512, "sha512", args, nargs, kwnames);
}
static Value sha384_fn(Value self, Value const *args, size_t nargs, Value kwnames) {
    return sha_new(&type_sha384, "sha384", args, nargs, kwnames);
}

static MethodDef sha512_methods[] = {
    {"sha512", sha512_fn, METH_KEYWORDS, NULL},
    {"sha384", sha384_fn, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

Value sha512_module_new(void) {
    if (type_ready(&type_sha512) < 0 || type_ready(&type_sha384) < 0) return NULL;
    Value m = module_new("_sha512");
    if (m && module_add_functions(m, sha512_methods) < 0) CLEAR(m);
    return m;
}
