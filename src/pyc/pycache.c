/* pycache.c: reading and writing .pyc files. Layout (PEP 552): 4-byte magic, 4-byte
 * flags (bit 0: hash-based, bit 1: check the source), then either the source's mtime and
 * size (32 bits each) or an 8-byte hash of the source, then the marshalled code object.
 * The magic's first two bytes are a fingerprint of the instruction set and marshal
 * format, so a pvm with different bytecode ignores old files. Files are written to a
 * temporary name and renamed into place; any unreadable, truncated or stale file is
 * ignored and rewritten; an unwritable directory is not an error. */
#include "pycache.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../compile/compile.h"
#include "../compile/opcodes.h"
#include "../memory/alloc.h"
#include "../modules/sys.h"
#include "../object/bytes.h"
#include "../object/code.h"
#include "../object/str.h"
#include "../vm/errors.h"
#include "../vm/runtime.h"
#include "marshal.h"

#define HEADER_SIZE 16
enum { PYC_HASH_BASED = 1, PYC_CHECK_SOURCE = 2 };

static uint64_t fnv1a(const void *data, size_t n, uint64_t h) {
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    return h;
}

static void magic(unsigned char out[4]) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (int op = 0; op < OPCODE__COUNT; op++) {
        const OpcodeInfo *info = &opcode_info[op];
        if (info->name) h = fnv1a(info->name, strlen(info->name) + 1, h);
        h = fnv1a(&info->caches, 1, h);
    }
    h = fnv1a((const char[]){MARSHAL_FORMAT_VERSION}, 1, h);
    out[0] = (unsigned char)h;
    out[1] = (unsigned char)(h >> 8);
    out[2] = '\r';
    out[3] = '\n';
}

static void put_u32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get_u32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

char *pycache_path(const char *source_path) {
    const char *slash = strrchr(source_path, '/');
    size_t dir_len = slash ? (size_t)(slash - source_path + 1) : 0;
    const char *base = source_path + dir_len;
    size_t base_len = strlen(base);
    if (base_len > 3 && strcmp(base + base_len - 3, ".py") == 0) base_len -= 3;
    size_t n = dir_len + strlen("__pycache__/") + base_len + strlen("." PYC_CACHE_TAG ".pyc") + 1;
    char *path = mem_alloc(n);
    if (path) {
        snprintf(path, n, "%.*s__pycache__/%.*s." PYC_CACHE_TAG ".pyc", (int)dir_len, source_path,
                 (int)base_len, base);
    }
    return path;
}

/* The header this source would need: timestamp-based, or hash-based under
 * SOURCE_DATE_EPOCH (reproducible builds), as CPython's py_compile does. */
static void make_header(unsigned char header[HEADER_SIZE], const struct stat *st, const char *src,
                        size_t len) {
    magic(header);
    if (getenv("SOURCE_DATE_EPOCH")) {
        put_u32(header + 4, PYC_HASH_BASED | PYC_CHECK_SOURCE);
        uint64_t h = fnv1a(src, len, 0xcbf29ce484222325ULL);
        put_u32(header + 8, (uint32_t)h);
        put_u32(header + 12, (uint32_t)(h >> 32));
    } else {
        put_u32(header + 4, 0);
        put_u32(header + 8, (uint32_t)st->st_mtime);
        put_u32(header + 12, (uint32_t)st->st_size);
    }
}

/* The cached code if the .pyc is valid for this source, else NULL (no error set). */
static Value read_cached(const char *pyc, const struct stat *st, const char *src, size_t len) {
    size_t size;
    char *data = runtime_read_file(pyc, &size);
    if (!data) return NULL;
    Value code = NULL;
    const unsigned char *h = (const unsigned char *)data;
    unsigned char expected[4];
    magic(expected);
    if (size >= HEADER_SIZE && memcmp(h, expected, 4) == 0) {
        uint32_t flags = get_u32(h + 4);
        bool fresh;
        if (flags & PYC_HASH_BASED) {
            uint64_t stored = get_u32(h + 8) | (uint64_t)get_u32(h + 12) << 32;
            fresh = !(flags & PYC_CHECK_SOURCE) || stored == fnv1a(src, len, 0xcbf29ce484222325ULL);
        } else {
            fresh = flags == 0 && get_u32(h + 8) == (uint32_t)st->st_mtime &&
                    get_u32(h + 12) == (uint32_t)st->st_size;
        }
        if (fresh) code = marshal_loads(data + HEADER_SIZE, size - HEADER_SIZE);
        if (code && !is_code(code)) CLEAR(code);
        if (!code) err_clear();
    }
    mem_free(data);
    return code;
}

static bool writing_disabled(void) {
    const char *env = getenv("PYTHONDONTWRITEBYTECODE");
    if (env && *env) return true;
    Value flag = sys_get("dont_write_bytecode");
    return flag && object_is_true(flag) == 1;
}

/* Writes header + data to pyc through a temporary file renamed into place. */
static void write_cache(const char *pyc, const unsigned char header[HEADER_SIZE], Value data) {
    const char *slash = strrchr(pyc, '/');
    char *dir = mem_strndup(pyc, slash ? (size_t)(slash - pyc) : 0);
    size_t n = strlen(pyc) + 32;
    char *tmp = mem_alloc(n);
    if (dir && tmp) {
        if (*dir) mkdir(dir, 0777);
        snprintf(tmp, n, "%s.%ld.tmp", pyc, (long)getpid());
        FILE *f = fopen(tmp, "wb");
        if (f) {
            bool ok = fwrite(header, 1, HEADER_SIZE, f) == HEADER_SIZE &&
                      fwrite(bytes_data(data), 1, (size_t)bytes_size(data), f) ==
                          (size_t)bytes_size(data);
            ok = fclose(f) == 0 && ok;
            if (!ok || rename(tmp, pyc) != 0) unlink(tmp);
        }
    }
    mem_free(dir);
    mem_free(tmp);
}

Value pycache_load_module_code(const char *path) {
    struct stat st;
    size_t len;
    char *src = stat(path, &st) == 0 ? runtime_read_file(path, &len) : NULL;
    if (!src) {
        Value filename = str_from_cstr(path);
        if (filename) err_set_from_errno(filename);
        xdecref(filename);
        return NULL;
    }
    char *pyc = pycache_path(path);
    Value code = pyc ? read_cached(pyc, &st, src, len) : NULL;
    if (!code) {
        code = compile_source(src, len, path, COMPILE_EXEC, SOURCE_BYTES);
        if (code && pyc && !writing_disabled()) {
            Value data = marshal_dumps(code);
            if (data) {
                unsigned char header[HEADER_SIZE];
                make_header(header, &st, src, len);
                write_cache(pyc, header, data);
                decref(data);
            } else {
                err_clear();
            }
        }
    }
    mem_free(pyc);
    mem_free(src);
    return code;
}
