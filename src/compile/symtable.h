/* symtable.h: the symbol table: one block per module, class, function, lambda and
 * comprehension, each mapping its (mangled) names to flags and a resolved scope (local,
 * global, free, cell), computed with CPython 3.11's rules and errors. */
#ifndef PVM_SYMTABLE_H
#define PVM_SYMTABLE_H

#include "../parse/ast.h"
#include "compile_error.h"
#include "namemap.h"

typedef enum BlockKind { BLOCK_MODULE, BLOCK_CLASS, BLOCK_FUNCTION, BLOCK_ANNOTATION } BlockKind;
typedef enum CompKind { COMP_NONE, COMP_LIST, COMP_SET, COMP_DICT, COMP_GEN } CompKind;

/* symbol flags */
enum {
    DEF_GLOBAL = 1,
    DEF_LOCAL = 2,
    DEF_PARAM = 4,
    DEF_NONLOCAL = 8,
    DEF_USE = 16,
    DEF_FREE = 32,
    DEF_FREE_CLASS = 64, /* free in a method, bound in the class */
    DEF_IMPORT = 128,
    DEF_ANNOT = 256,
    DEF_COMP_ITER = 512,
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
    SCOPE_SHIFT = 11,
};

/* resolved scopes */
enum {
    SCOPE_NONE,
    SCOPE_LOCAL,
    SCOPE_GLOBAL_EXPLICIT,
    SCOPE_GLOBAL_IMPLICIT,
    SCOPE_FREE,
    SCOPE_CELL
};

/* future features the compiler honours */
enum { FUTURE_ANNOTATIONS = 1, FUTURE_BARRY = 2 };

typedef struct SymBlock {
    BlockKind kind;
    Value name;         /* interned str */
    const void *key;    /* the AST node: Mod, Stmt (def, class) or Expr (lambda, comprehension) */
    NameMap symbols;    /* mangled name -> flags | scope << SCOPE_SHIFT */
    NameMap params;     /* parameter names in order (value: position) */
    NameMap directives; /* global/nonlocal names -> index into dir_locs */
    int (*dir_locs)[4];
    int ndir_locs;
    struct SymBlock **children;
    int nchildren, capchildren;
    int lineno, col_offset, end_lineno, end_col_offset;
    CompKind comprehension;
    int comp_iter_expr;
    bool comp_iter_target;
    bool nested, generator, coroutine, varargs, varkeywords, returns_value;
    bool needs_class_closure, has_free, child_free;
} SymBlock;

typedef struct SymTable {
    SourceRef source;
    SymBlock *top, *cur;
    SymBlock **stack;
    int nstack, capstack;
    NameMap by_key; /* AST node -> index into blocks */
    SymBlock **blocks;
    int nblocks, capblocks;
    Value private_name; /* the enclosing class name (for mangling), or NULL */
    int future;         /* FUTURE_* */
    int depth, depth_limit;
} SymTable;

/* Builds the table of a module; NULL with an exception set (SyntaxError, MemoryError,
 * RecursionError). */
SymTable *symtable_build(Mod *mod, const SourceRef *source, int future);
void symtable_free(SymTable *st);
SymBlock *symtable_lookup(SymTable *st, const void *key);

int symblock_flags(SymBlock *b, Value name); /* 0 if absent */
static inline int symblock_scope(SymBlock *b, Value name) {
    return (symblock_flags(b, name) >> SCOPE_SHIFT) & 7;
}

/* Interned identifier from an AST name; NULL on MemoryError. Immortal (no decref). */
Value ident(const char *name);
/* Private name mangling (__x in class C -> _C__x), interned; NULL on MemoryError. */
Value mangle(Value private_name, Value name);

#endif
