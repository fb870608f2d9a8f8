/* alloc.h: the one allocation wrapper every part of pvm goes through.
 * Normal builds use mimalloc; sanitizer builds (PVM_SANITIZE) use the system
 * allocator so AddressSanitizer sees every block. Failure returns NULL; callers
 * turn that into MemoryError (see vm/errors.h). */
#ifndef PVM_ALLOC_H
#define PVM_ALLOC_H

#include <stddef.h>

void *mem_alloc(size_t size);                /* uninitialised; NULL on failure */
void *mem_calloc(size_t count, size_t size); /* zeroed; NULL on failure or overflow */
void *mem_realloc(void *p, size_t size);     /* NULL on failure (p left intact) */
void mem_free(void *p);                      /* p may be NULL */
char *mem_strndup(const char *s, size_t n);  /* NUL-terminated copy */

#endif
