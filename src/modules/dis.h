/* dis.h: the dis module (disassembler of pvm code objects, output laid out exactly as
 * CPython 3.11's dis) and the `pvm -m dis FILE` entry. */
#ifndef PVM_DIS_H
#define PVM_DIS_H

#include <stdio.h>

#include "../object/object.h"

Value dis_module_new(void);
/* Disassembles code and its nested code objects to out; 0, or -1 with an exception. */
int dis_print(Value code, FILE *out);
/* Compiles a module's source (as a file named filename) and dis_print()s it. */
int dis_source(const char *src, size_t len, const char *filename, FILE *out);

#endif
