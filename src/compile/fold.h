/* fold.h: the AST constant folder (CPython 3.11's ast_opt.c rules): operators on
 * constants within size limits, tuples of constants, constant subscripts, `not` of
 * is/in comparisons, list/set displays iterated or tested with `in` become tuples /
 * frozensets, '%s' % (...) becomes an f-string, and __debug__. Also the conversion of
 * AST literals to runtime values, which folded nodes carry as CONST_VALUE. */
#ifndef PVM_FOLD_H
#define PVM_FOLD_H

#include "../parse/ast.h"
#include "../object/object.h"

/* The values created for AST constants: released when compilation ends. */
typedef struct ConstPool {
    Value *items;
    int n, cap;
    /* set of the identifier-like strs that this compilation's constants interned first
     * (NULL: none yet); they join the process-wide record of such strings at the end */
    Value fresh;
    const char *src; /* the source (NULL: unknown) and, built on first use, the set of its */
    size_t len;      /* NAME tokens: CPython's parser interns them before any constant */
    Value source_names;
} ConstPool;

Value const_value(ConstPool *pool, ConstValue *cv); /* borrowed, NULL with an exception */
int const_set_value(ConstPool *pool, ConstValue *cv, Value v); /* steals v; -1 on error */
void const_pool_clear(ConstPool *pool);
/* Whether CPython would have had str s interned before this compilation made its constants
 * (which decides the order of a frozenset constant holding it, see consts.c): a name CPython
 * interns at start-up, a NAME token of the source, or a constant of an earlier compilation.
 * pool may be NULL (then: true). */
bool const_pool_interned_before(ConstPool *pool, Value s);

/* Folds the module in place (annotations too, unless they are to become strings).
 * 0, or -1 with an exception (RecursionError, MemoryError). */
/* The BINARY_OP argument (object.h BinaryOp) of an AST operator. */
int binop_of_operator(OperatorKind op);

int fold_module(Mod *mod, ConstPool *pool, Arena *arena, int optimize, bool string_annotations);

#endif
