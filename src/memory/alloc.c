/* alloc.c: mimalloc-backed allocation, or libc malloc in sanitizer builds. */
#include "alloc.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#ifdef PVM_SANITIZE
#include <stdlib.h>
#define RAW_MALLOC  malloc
#define RAW_CALLOC  calloc
#define RAW_REALLOC realloc
#define RAW_FREE    free
#else
#include <mimalloc.h>
#define RAW_MALLOC  mi_malloc
#define RAW_CALLOC  mi_calloc
#define RAW_REALLOC mi_realloc
#define RAW_FREE    mi_free
#endif

/* No single block may be larger than the machine's physical memory: such a request
 * fails (MemoryError) instead of reserving address space the allocator would then fill
 * until the system runs out of memory, as the kernel's overcommit heuristic does for
 * CPython's malloc. */
static bool too_big(size_t size) {
    static size_t limit;
    if (!limit) {
        long pages = sysconf(_SC_PHYS_PAGES), page_size = sysconf(_SC_PAGESIZE);
        limit = pages > 0 && page_size > 0 ? (size_t)pages * (size_t)page_size : SIZE_MAX / 2;
    }
    return size > limit;
}

void *mem_alloc(size_t size) { return too_big(size) ? NULL : RAW_MALLOC(size ? size : 1); }

void *mem_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) return NULL;
    return too_big(count * size) ? NULL : RAW_CALLOC(count ? count : 1, size ? size : 1);
}

void *mem_realloc(void *p, size_t size) {
    return too_big(size) ? NULL : RAW_REALLOC(p, size ? size : 1);
}

void mem_free(void *p) { RAW_FREE(p); }

char *mem_strndup(const char *s, size_t n) {
    char *copy = RAW_MALLOC(n + 1);
    if (copy) {
        memcpy(copy, s, n);
        copy[n] = '\0';
    }
    return copy;
}
