/* ast.h: the abstract syntax tree, mirroring CPython 3.11's `ast` module (Parser/Python.asdl):
 * same node kinds, field names, field order and optional/sequence shapes. All nodes, sequences
 * and identifiers live in an Arena freed at once. Column offsets are in UTF-8 bytes. */
#ifndef PVM_AST_H
#define PVM_AST_H

#include <stddef.h>

/* ---- arena ---- */

typedef struct Arena Arena;

Arena *arena_new(void);                                 /* NULL on out-of-memory */
void arena_free(Arena *a);                              /* frees everything allocated in `a` */
void *arena_alloc(Arena *a, size_t size);               /* zeroed, 16-aligned; NULL on OOM */
char *arena_strndup(Arena *a, const char *s, size_t n); /* NUL-terminated copy; NULL on OOM */

/* ---- small enums (order as in the ASDL) ---- */

typedef enum ExprContext { CTX_LOAD = 1, CTX_STORE, CTX_DEL } ExprContext;
typedef enum BoolOpKind { BOOLOP_AND = 1, BOOLOP_OR } BoolOpKind;
typedef enum OperatorKind {
    OP_ADD = 1,
    OP_SUB,
    OP_MULT,
    OP_MATMULT,
    OP_DIV,
    OP_MOD,
    OP_POW,
    OP_LSHIFT,
    OP_RSHIFT,
    OP_BITOR,
    OP_BITXOR,
    OP_BITAND,
    OP_FLOORDIV
} OperatorKind;
typedef enum UnaryOpKind {
    UNARYOP_INVERT = 1,
    UNARYOP_NOT,
    UNARYOP_UADD,
    UNARYOP_USUB
} UnaryOpKind;
typedef enum CmpOpKind {
    CMPOP_EQ = 1,
    CMPOP_NOTEQ,
    CMPOP_LT,
    CMPOP_LTE,
    CMPOP_GT,
    CMPOP_GTE,
    CMPOP_IS,
    CMPOP_ISNOT,
    CMPOP_IN,
    CMPOP_NOTIN
} CmpOpKind;

/* The ast class names: "Load", "And", "Add", "Invert", "Eq", ... */
const char *ast_context_name(ExprContext c);
const char *ast_boolop_name(BoolOpKind op);
const char *ast_operator_name(OperatorKind op);
const char *ast_unaryop_name(UnaryOpKind op);
const char *ast_cmpop_name(CmpOpKind op);

/* ---- sequences: {count; items[]}; a NULL sequence pointer means empty ---- */

typedef struct Mod Mod;
typedef struct Stmt Stmt;
typedef struct Expr Expr;
typedef struct Pattern Pattern;
typedef struct Comprehension Comprehension;
typedef struct ExceptHandler ExceptHandler;
typedef struct Arguments Arguments;
typedef struct Arg Arg;
typedef struct Keyword Keyword;
typedef struct Alias Alias;
typedef struct WithItem WithItem;
typedef struct MatchCase MatchCase;
typedef struct TypeIgnore TypeIgnore;

#define AST_SEQ_TYPE(Name, T)                                                                      \
    typedef struct Name {                                                                          \
        int count;                                                                                 \
        T items[];                                                                                 \
    } Name

AST_SEQ_TYPE(StmtSeq, Stmt *);
AST_SEQ_TYPE(ExprSeq,
             Expr *); /* items may be NULL where the ASDL allows (Dict.keys, kw_defaults) */
AST_SEQ_TYPE(PatternSeq, Pattern *);
AST_SEQ_TYPE(ComprehensionSeq, Comprehension *);
AST_SEQ_TYPE(ExceptHandlerSeq, ExceptHandler *);
AST_SEQ_TYPE(ArgSeq, Arg *);
AST_SEQ_TYPE(KeywordSeq, Keyword *);
AST_SEQ_TYPE(AliasSeq, Alias *);
AST_SEQ_TYPE(WithItemSeq, WithItem *);
AST_SEQ_TYPE(MatchCaseSeq, MatchCase *);
AST_SEQ_TYPE(TypeIgnoreSeq, TypeIgnore *);
AST_SEQ_TYPE(IdentSeq, const char *);
AST_SEQ_TYPE(CmpOpSeq, CmpOpKind);

#define AST_SEQ_LEN(s) ((s) ? (s)->count : 0)

/* A zeroed sequence of n items with count = n; NULL on OOM. Use AST_SEQ_NEW. */
void *ast_seq_alloc(Arena *a, size_t header, size_t item_size, int n);
#define AST_SEQ_NEW(arena, SeqType, n)                                                             \
    ((SeqType *)ast_seq_alloc((arena), offsetof(SeqType, items), sizeof(((SeqType *)0)->items[0]), \
                              (n)))

/* ---- constants: the literal in raw form (the parse layer knows no Python objects) ---- */

typedef enum ConstKind {
    CONST_NONE,
    CONST_TRUE,
    CONST_FALSE,
    CONST_ELLIPSIS,
    CONST_INT,     /* data/len: digits without '_', with any 0x/0o/0b prefix (lowercase or not,
                      as written); conversion is the compiler's job */
    CONST_FLOAT,   /* f: the value (strtod of the underscore-free text) */
    CONST_COMPLEX, /* f: the imaginary part; real part is 0 */
    CONST_STR,     /* data/len: UTF-8 (lone surrogates as 3-byte generalized UTF-8) */
    CONST_BYTES,   /* data/len: raw bytes */
    CONST_VALUE    /* set only by the compiler's constant folder: `value` is a runtime object */
} ConstKind;

typedef struct ConstValue {
    ConstKind kind;
    const char *data; /* arena-owned, NUL-terminated for convenience (len excludes the NUL) */
    size_t len;
    double f;
    void *value; /* CONST_VALUE only; opaque to the parse layer */
} ConstValue;

/* ---- mod ---- */

typedef enum ModKind { M_Module = 1, M_Interactive, M_Expression, M_FunctionType } ModKind;

struct Mod {
    ModKind kind;
    union {
        struct {
            StmtSeq *body;
            TypeIgnoreSeq *type_ignores;
        } Module;
        struct {
            StmtSeq *body;
        } Interactive;
        struct {
            Expr *body;
        } Expression;
        struct {
            ExprSeq *argtypes;
            Expr *returns;
        } FunctionType;
    };
};

/* ---- stmt ---- */

typedef enum StmtKind {
    S_FunctionDef = 1,
    S_AsyncFunctionDef,
    S_ClassDef,
    S_Return,
    S_Delete,
    S_Assign,
    S_AugAssign,
    S_AnnAssign,
    S_For,
    S_AsyncFor,
    S_While,
    S_If,
    S_With,
    S_AsyncWith,
    S_Match,
    S_Raise,
    S_Try,
    S_TryStar,
    S_Assert,
    S_Import,
    S_ImportFrom,
    S_Global,
    S_Nonlocal,
    S_Expr,
    S_Pass,
    S_Break,
    S_Continue
} StmtKind;

struct Stmt {
    StmtKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct {
            const char *name;
            Arguments *args;
            StmtSeq *body;
            ExprSeq *decorator_list;
            Expr *returns;            /* optional */
            const char *type_comment; /* optional */
        } FunctionDef, AsyncFunctionDef;
        struct {
            const char *name;
            ExprSeq *bases;
            KeywordSeq *keywords;
            StmtSeq *body;
            ExprSeq *decorator_list;
        } ClassDef;
        struct {
            Expr *value; /* optional */
        } Return;
        struct {
            ExprSeq *targets;
        } Delete;
        struct {
            ExprSeq *targets;
            Expr *value;
            const char *type_comment; /* optional */
        } Assign;
        struct {
            Expr *target;
            OperatorKind op;
            Expr *value;
        } AugAssign;
        struct {
            Expr *target;
            Expr *annotation;
            Expr *value; /* optional */
            int simple;
        } AnnAssign;
        struct {
            Expr *target;
            Expr *iter;
            StmtSeq *body;
            StmtSeq *orelse;
            const char *type_comment; /* optional */
        } For, AsyncFor;
        struct {
            Expr *test;
            StmtSeq *body;
            StmtSeq *orelse;
        } While, If;
        struct {
            WithItemSeq *items;
            StmtSeq *body;
            const char *type_comment; /* optional */
        } With, AsyncWith;
        struct {
            Expr *subject;
            MatchCaseSeq *cases;
        } Match;
        struct {
            Expr *exc;   /* optional */
            Expr *cause; /* optional */
        } Raise;
        struct {
            StmtSeq *body;
            ExceptHandlerSeq *handlers;
            StmtSeq *orelse;
            StmtSeq *finalbody;
        } Try, TryStar;
        struct {
            Expr *test;
            Expr *msg; /* optional */
        } Assert;
        struct {
            AliasSeq *names;
        } Import;
        struct {
            const char *module; /* optional */
            AliasSeq *names;
            int level;
        } ImportFrom;
        struct {
            IdentSeq *names;
        } Global, Nonlocal;
        struct {
            Expr *value;
        } ExprStmt; /* the ASDL's Expr(expr value), kind S_Expr */
    };
};

/* ---- expr ---- */

typedef enum ExprKind {
    E_BoolOp = 1,
    E_NamedExpr,
    E_BinOp,
    E_UnaryOp,
    E_Lambda,
    E_IfExp,
    E_Dict,
    E_Set,
    E_ListComp,
    E_SetComp,
    E_DictComp,
    E_GeneratorExp,
    E_Await,
    E_Yield,
    E_YieldFrom,
    E_Compare,
    E_Call,
    E_FormattedValue,
    E_JoinedStr,
    E_Constant,
    E_Attribute,
    E_Subscript,
    E_Starred,
    E_Name,
    E_List,
    E_Tuple,
    E_Slice
} ExprKind;

struct Expr {
    ExprKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct {
            BoolOpKind op;
            ExprSeq *values;
        } BoolOp;
        struct {
            Expr *target;
            Expr *value;
        } NamedExpr;
        struct {
            Expr *left;
            OperatorKind op;
            Expr *right;
        } BinOp;
        struct {
            UnaryOpKind op;
            Expr *operand;
        } UnaryOp;
        struct {
            Arguments *args;
            Expr *body;
        } Lambda;
        struct {
            Expr *test;
            Expr *body;
            Expr *orelse;
        } IfExp;
        struct {
            ExprSeq *keys; /* a NULL item is a `**mapping` entry */
            ExprSeq *values;
        } Dict;
        struct {
            ExprSeq *elts;
        } Set;
        struct {
            Expr *elt;
            ComprehensionSeq *generators;
        } ListComp, SetComp, GeneratorExp;
        struct {
            Expr *key;
            Expr *value;
            ComprehensionSeq *generators;
        } DictComp;
        struct {
            Expr *value; /* optional for Yield only */
        } Await, Yield, YieldFrom;
        struct {
            Expr *left;
            CmpOpSeq *ops;
            ExprSeq *comparators;
        } Compare;
        struct {
            Expr *func;
            ExprSeq *args;
            KeywordSeq *keywords;
        } Call;
        struct {
            Expr *value;
            int conversion;    /* -1 none, or 's', 'r', 'a' */
            Expr *format_spec; /* optional (a JoinedStr) */
        } FormattedValue;
        struct {
            ExprSeq *values;
        } JoinedStr;
        struct {
            ConstValue value;
            const char *kind; /* "u" or NULL */
        } Constant;
        struct {
            Expr *value;
            const char *attr;
            ExprContext ctx;
        } Attribute;
        struct {
            Expr *value;
            Expr *slice;
            ExprContext ctx;
        } Subscript;
        struct {
            Expr *value;
            ExprContext ctx;
        } Starred;
        struct {
            const char *id;
            ExprContext ctx;
        } Name;
        struct {
            ExprSeq *elts;
            ExprContext ctx;
        } List, Tuple;
        struct {
            Expr *lower; /* all optional */
            Expr *upper;
            Expr *step;
        } Slice;
    };
};

/* ---- the product types ---- */

struct Comprehension {
    Expr *target;
    Expr *iter;
    ExprSeq *ifs;
    int is_async;
};

struct ExceptHandler { /* the ASDL's single kind ExceptHandler */
    int lineno, col_offset, end_lineno, end_col_offset;
    Expr *type;       /* optional */
    const char *name; /* optional */
    StmtSeq *body;
};

struct Arguments {
    ArgSeq *posonlyargs;
    ArgSeq *args;
    Arg *vararg; /* optional */
    ArgSeq *kwonlyargs;
    ExprSeq *kw_defaults; /* same length as kwonlyargs; NULL item = no default */
    Arg *kwarg;           /* optional */
    ExprSeq *defaults;    /* for the last len(defaults) of posonlyargs + args */
};

struct Arg {
    int lineno, col_offset, end_lineno, end_col_offset;
    const char *arg;
    Expr *annotation;         /* optional */
    const char *type_comment; /* optional */
};

struct Keyword {
    int lineno, col_offset, end_lineno, end_col_offset;
    const char *arg; /* optional: NULL for **kwargs */
    Expr *value;
};

struct Alias {
    int lineno, col_offset, end_lineno, end_col_offset;
    const char *name;
    const char *asname; /* optional */
};

struct WithItem {
    Expr *context_expr;
    Expr *optional_vars; /* optional */
};

struct MatchCase {
    Pattern *pattern;
    Expr *guard; /* optional */
    StmtSeq *body;
};

typedef enum PatternKind {
    P_MatchValue = 1,
    P_MatchSingleton,
    P_MatchSequence,
    P_MatchMapping,
    P_MatchClass,
    P_MatchStar,
    P_MatchAs,
    P_MatchOr
} PatternKind;

struct Pattern {
    PatternKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct {
            Expr *value;
        } MatchValue;
        struct {
            ConstValue value; /* CONST_NONE, CONST_TRUE or CONST_FALSE */
        } MatchSingleton;
        struct {
            PatternSeq *patterns;
        } MatchSequence, MatchOr;
        struct {
            ExprSeq *keys;
            PatternSeq *patterns;
            const char *rest; /* optional */
        } MatchMapping;
        struct {
            Expr *cls;
            PatternSeq *patterns;
            IdentSeq *kwd_attrs;
            PatternSeq *kwd_patterns;
        } MatchClass;
        struct {
            const char *name; /* optional */
        } MatchStar;
        struct {
            Pattern *pattern; /* optional */
            const char *name; /* optional */
        } MatchAs;
    };
};

struct TypeIgnore {
    int lineno;
    const char *tag;
};

/* ---- constructors: zeroed nodes of the given kind and position; NULL on OOM ---- */

Mod *ast_mod_new(Arena *a, ModKind kind);
Stmt *ast_stmt_new(Arena *a, StmtKind kind, int lineno, int col, int end_lineno, int end_col);
Expr *ast_expr_new(Arena *a, ExprKind kind, int lineno, int col, int end_lineno, int end_col);
Pattern *ast_pattern_new(Arena *a, PatternKind kind, int lineno, int col, int end_lineno,
                         int end_col);

#endif
