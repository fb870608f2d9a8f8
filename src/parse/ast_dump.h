/* ast_dump.h: text of a tree exactly as CPython 3.11's ast.dump(tree, indent=...,
 * include_attributes=...) prints it (backs `pvm --ast FILE`). */
#ifndef PVM_AST_DUMP_H
#define PVM_AST_DUMP_H

#include <stdio.h>

#include "ast.h"
#include "literal_repr.h"

/* Appends the dump to out. indent < 0: no indentation (one line). Returns 0, or -1 when out
 * of memory or the tree is nested too deeply to print (CPython: RecursionError). */
int ast_dump_text(const Mod *m, int indent, int include_attributes, TextBuf *out);

/* Writes the dump and a newline to f; returns 0 or -1 as above. */
int ast_dump(const Mod *m, FILE *f, int indent, int include_attributes);

#endif
