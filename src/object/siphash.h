/* siphash.h: the hash of byte strings (str data and bytes), SipHash-1-3 keyed as
 * CPython 3.11 keys it: all zeros for PYTHONHASHSEED=0, an LCG stream from the seed for
 * any other number, random bytes when the variable is unset or "random". */
#ifndef PVM_SIPHASH_H
#define PVM_SIPHASH_H

#include <stddef.h>

#include "object.h"

/* Reads PYTHONHASHSEED and sets the key. An invalid value prints CPython's fatal error
 * message to stderr and returns -1 (the caller exits with status 1). */
int hash_secret_init(void);
hash_t hash_bytes(const void *data, size_t size); /* 0 for size 0, never -1 */

#endif
