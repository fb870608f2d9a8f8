/* compiler.h: the state the compiler files share (compiler.c: units, emission, names,
 * scopes; compile_stmt.c: statements; compile_expr.c: expressions; compile_def.c:
 * functions, classes, lambdas, comprehensions and calls; compile_pattern.c: match). The
 * code generated follows CPython 3.11's compile.c instruction for instruction. */
#ifndef PVM_COMPILER_H
#define PVM_COMPILER_H

#include "../object/code.h"
#include "fold.h"
#include "flow.h"
#include "symtable.h"

typedef enum UnitKind {
    UNIT_MODULE,
    UNIT_CLASS,
    UNIT_FUNCTION,
    UNIT_ASYNC_FUNCTION,
    UNIT_LAMBDA,
    UNIT_COMPREHENSION,
} UnitKind;

/* the statically nested blocks that break/continue/return must unwind */
typedef enum FBlockKind {
    FB_WHILE_LOOP,
    FB_FOR_LOOP,
    FB_TRY_EXCEPT,
    FB_FINALLY_TRY,
    FB_FINALLY_END,
    FB_WITH,
    FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP,
    FB_POP_VALUE,
    FB_EXCEPTION_HANDLER,
    FB_EXCEPTION_GROUP_HANDLER,
    FB_ASYNC_COMPREHENSION_GENERATOR,
} FBlockKind;

typedef struct FBlock {
    FBlockKind kind;
    Block *block, *exit;
    StmtSeq *finalbody; /* FB_FINALLY_TRY */
    Stmt *with;         /* FB_WITH, FB_ASYNC_WITH */
    Value name;         /* FB_HANDLER_CLEANUP: the `except ... as name` name, or NULL */
} FBlock;

enum { MAX_FBLOCKS = 20, STACK_USE_GUIDELINE = 30 };

typedef struct Unit {
    struct Unit *parent;
    SymBlock *ste;
    UnitKind kind;
    Value name;         /* interned */
    Value qualname;     /* owned */
    Value private_name; /* class name for mangling (interned) or NULL */
    ConstTable consts;
    NameMap names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;
    Location loc; /* location given to emitted instructions */
    Cfg cfg;
    Block *cur;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
} Unit;

typedef struct Compiler {
    SymTable *st;
    SourceRef source;
    Value filename;
    int optimize;
    bool interactive;
    int nestlevel;
    int future;        /* FUTURE_* features in effect */
    int future_lineno; /* line of the last `from __future__` import */
    Unit *u;
    int depth, depth_limit;
    ConstPool pool;
} Compiler;

/* ---- compiler.c: emission ---- */
Block *new_block(Compiler *c);
void use_next_block(Compiler *c, Block *b); /* b becomes the fall-through successor */
int next_block(Compiler *c);                /* starts a new fall-through block */
int emit(Compiler *c, int op, int arg);
int emit_noline(Compiler *c, int op, int arg);
int emit_jump(Compiler *c, int op, Block *target);
int emit_jump_noline(Compiler *c, int op, Block *target);
int emit_const(Compiler *c, Value v);       /* LOAD_CONST v */
int emit_const_steal(Compiler *c, Value v); /* same, releasing v (may be NULL: error) */
int emit_name(Compiler *c, int op, Value name, NameMap *map); /* mangles name */
int emit_name_raw(Compiler *c, int op, Value name, NameMap *map);
int add_const(Compiler *c, Value v); /* index in co_consts, -1 on error */

void set_loc_expr(Compiler *c, const Expr *e);
void set_loc_stmt(Compiler *c, const Stmt *s);
static inline void unset_loc(Compiler *c) { c->u->loc.lineno = -1; }
void update_loc_to_attr(Compiler *c, const Expr *attr); /* multi-line a.b: locate at b */

int compiler_error(Compiler *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
int compiler_warn(Compiler *c, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* SyntaxWarnings for code that must fail: calling a literal, `1 is x`, ... */
int check_caller(Compiler *c, Expr *func);
int check_subscript(Compiler *c, Expr *value, Expr *index);
int check_compare(Compiler *c, Expr *compare);
int compiler_nameop(Compiler *c, Value name, ExprContext ctx);
int compiler_nameop_id(Compiler *c, const char *name, ExprContext ctx);
int depth_enter(Compiler *c);
static inline void depth_leave(Compiler *c) { c->depth--; }

int push_fblock(Compiler *c, FBlockKind kind, Block *block, Block *exit);
FBlock *top_fblock(Compiler *c);
void pop_fblock(Compiler *c);

int enter_scope(Compiler *c, Value name, UnitKind kind, const void *key, int lineno);
void exit_scope(Compiler *c);
Value assemble_unit(Compiler *c, bool add_none); /* the current unit's code object */
Value ast_const(Compiler *c, ConstValue *cv);    /* borrowed */
bool is_docstring(Compiler *c, StmtSeq *body);   /* first statement is a str constant */

/* ---- compile_stmt.c ---- */
int compile_stmt(Compiler *c, Stmt *s);
int compile_stmts(Compiler *c, StmtSeq *seq);
int compile_body(Compiler *c, StmtSeq *body); /* module / class body: docstring, annotations */
int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop);
int call_exit_with_nones(Compiler *c);
int add_yield_from(Compiler *c, bool await);
int with_except_finish(Compiler *c, Block *cleanup);
int pop_except_and_reraise(Compiler *c);

/* ---- compile_try.c ---- */
int compile_try(Compiler *c, Stmt *s); /* try and try/except* */

/* ---- compile_expr.c ---- */
int compile_expr(Compiler *c, Expr *e);
int compile_exprs(Compiler *c, ExprSeq *seq);
int compile_jump_if(Compiler *c, Expr *e, Block *next, bool cond);
int compile_yield_op(Compiler *c); /* YIELD_VALUE + RESUME 1 */
int compile_cmpop(Compiler *c, CmpOpKind op);
int starunpack_helper(Compiler *c, ExprSeq *elts, int pushed, int build, int add, int extend,
                      bool tuple);
int unpack_helper(Compiler *c, ExprSeq *elts);
bool are_all_items_const(Compiler *c, ExprSeq *seq, int begin, int end);

/* ---- compile_def.c ---- */
int compile_function(Compiler *c, Stmt *s, bool is_async);
int compile_class(Compiler *c, Stmt *s);
int compile_lambda(Compiler *c, Expr *e);
int compile_comprehension(Compiler *c, Expr *e);
int compile_call(Compiler *c, Expr *e);
int call_helper(Compiler *c, int n, ExprSeq *args, KeywordSeq *keywords);

/* ---- compile_pattern.c ---- */
int compile_match(Compiler *c, Stmt *s);

#endif
