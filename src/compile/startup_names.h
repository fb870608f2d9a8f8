/* startup_names.h: whether CPython 3.11 has an identifier interned before it runs a script
 * (see startup_names.c); decides the order of some frozenset constants. */
#ifndef PVM_STARTUP_NAMES_H
#define PVM_STARTUP_NAMES_H

#include <stdbool.h>

bool cpython_interns_at_startup(const char *name);

#endif
