/* unparse.h: expression AST -> source text, as CPython's ast_unparse.c writes it (the
 * string form of annotations under `from __future__ import annotations`). */
#ifndef PVM_UNPARSE_H
#define PVM_UNPARSE_H

#include "fold.h"

/* A new str, or NULL with an exception set. */
Value unparse_expr(Expr *e, ConstPool *pool);

#endif
