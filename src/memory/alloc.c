/* alloc.c: mimalloc-backed allocation, or libc malloc in sanitizer builds. */
#include "alloc.h"

#include <string.h>

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

void *mem_alloc(size_t size) { return RAW_MALLOC(size ? size : 1); }

void *mem_calloc(size_t count, size_t size) {
    return RAW_CALLOC(count ? count : 1, size ? size : 1);
}

void *mem_realloc(void *p, size_t size) { return RAW_REALLOC(p, size ? size : 1); }

void mem_free(void *p) { RAW_FREE(p); }

char *mem_strndup(const char *s, size_t n) {
    char *copy = RAW_MALLOC(n + 1);
    if (copy) {
        memcpy(copy, s, n);
        copy[n] = '\0';
    }
    return copy;
}
