/* tokens_dump.h: `pvm --tokens FILE`: prints the tokens of a source file in the format of
 * `python3 -m tokenize FILE`. */
#ifndef PVM_TOKENS_DUMP_H
#define PVM_TOKENS_DUMP_H

#include <stddef.h>
#include <stdio.h>

/* Prints ENCODING, then every token (with COMMENT and NL) to out. On a syntax error prints
 * "FILENAME:LINE:OFFSET: error: MSG" to stderr after the tokens read so far and returns -1;
 * returns -2 on out-of-memory, 0 on success. */
int tokens_dump(const char *src, size_t len, const char *filename, FILE *out);

#endif
