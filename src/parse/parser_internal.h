/* parser_internal.h: what the parser's files share: the Parser state, the token buffer with
 * mark/reset backtracking, keyword classification, node/position helpers and error raising.
 * Not part of the public interface (that is parser.h). */
#ifndef PVM_PARSER_INTERNAL_H
#define PVM_PARSER_INTERNAL_H

#include "ast.h"
#include "parser.h"
#include "tokenizer.h"

/* Hard keywords first (they never match NAME), then the soft keywords (which are NAMEs). */
typedef enum KwId {
    KW_NONE_KW = 0, /* not a keyword */
    KW_FALSE,
    KW_NONE,
    KW_TRUE,
    KW_AND,
    KW_AS,
    KW_ASSERT,
    KW_ASYNC,
    KW_AWAIT,
    KW_BREAK,
    KW_CLASS,
    KW_CONTINUE,
    KW_DEF,
    KW_DEL,
    KW_ELIF,
    KW_ELSE,
    KW_EXCEPT,
    KW_FINALLY,
    KW_FOR,
    KW_FROM,
    KW_GLOBAL,
    KW_IF,
    KW_IMPORT,
    KW_IN,
    KW_IS,
    KW_LAMBDA,
    KW_NONLOCAL,
    KW_NOT,
    KW_OR,
    KW_PASS,
    KW_RAISE,
    KW_RETURN,
    KW_TRY,
    KW_WHILE,
    KW_WITH,
    KW_YIELD,
    KW__FIRST_SOFT,
    SK_MATCH = KW__FIRST_SOFT,
    SK_CASE,
    SK_UNDERSCORE
} KwId;

typedef struct PTok {
    TokenKind kind;
    KwId kw;
    int level;   /* bracket nesting after this token (CPython's token level) */
    int no_text; /* INDENT, DEDENT, ENDMARKER and single input's final NEWLINE: CPython gives
                    them column -1, so errors there use the tokenizer's position */
    const char *start, *end;
    int lineno, col, end_lineno, end_col;
} PTok;

/* A source range; columns are 0-based UTF-8 byte offsets. */
typedef struct Loc {
    int lineno, col, end_lineno, end_col;
} Loc;

typedef enum FStringMode { FSTR_NONE, FSTR_EXPR } FStringMode;

typedef enum MemoRule {
    MEMO_EXPRESSION,
    MEMO_DISJUNCTION,
    MEMO_AWAIT_PRIMARY,
    MEMO_BITWISE_OR,               /* left-recursive in CPython, hence memoised */
    MEMO_INVALID_NAMED_EXPRESSION, /* memoised in CPython: keeps nested '[' linear */
    MEMO_T_PRIMARY, /* a target's t_primary, memoised in both passes (left-recursive in
                       CPython): keeps nested '(' in for-targets linear */
    MEMO__COUNT
} MemoRule;

typedef struct Parser {
    Tokenizer *tz;
    Arena *arena;
    PTok **chunks; /* tokens fetched so far, in fixed-size chunks so PTok pointers stay valid */
    int ntoks, nchunks;
    int pos;          /* the mark: index of the next token */
    int depth;        /* recursion guard */
    int error;        /* an error is set in *err: every rule fails from now on */
    int invalid_pass; /* the second pass: the invalid_* error rules are active */
    SyntaxErrorInfo *err;
    ParseMode mode;
    /* f-string expression sub-parsers: the text is "(expr)" and token positions map back */
    FStringMode fstring;
    int fstring_level;  /* nesting of format specs (CPython allows two) */
    int line_offset;    /* added to every line number */
    int first_line_col; /* added to columns of tokens on the first line */
    const char *filename;
    int level;          /* bracket nesting of the tokens fetched so far */
    int single_started; /* PARSE_SINGLE: a token other than a final ENDMARKER was fetched */
    /* The second pass memoises some rules per token index, as CPython does: a result found
     * with the error rules off (inside an error rule) is reused later with them on. */
    int second_pass;
    struct MemoEntry {
        Expr *e;
        int end, state; /* state: 0 unknown, 1 parsed, 2 failed */
    } * memo[MEMO__COUNT];
    int memo_cap[MEMO__COUNT];
} Parser;

/* fn(p), memoised per position in the second pass */
Expr *p_memoized(Parser *p, MemoRule rule, Expr *(*fn)(Parser *));

#define MAX_PARSE_DEPTH 6000
#define TOK_CHUNK_BITS  10

/* token i (already fetched) */
static inline PTok *p_tok(const Parser *p, int i) {
    return &p->chunks[i >> TOK_CHUNK_BITS][i & ((1 << TOK_CHUNK_BITS) - 1)];
}
void parser_free_tokens(Parser *p);

/* NAME in the grammar's sense: a NAME token that is not a hard keyword */
static inline int p_is_name(const PTok *t) {
    return t->kind == TOK_NAME && (t->kw == KW_NONE_KW || t->kw >= KW__FIRST_SOFT);
}

/* ---- tokens (parser.c) ---- */
PTok *p_peek(Parser *p);               /* the current token (fetched on demand) */
PTok *p_peek_at(Parser *p, int ahead); /* the token `ahead` positions after the current one */
PTok *p_next(Parser *p);               /* consume the current token and return it */
int p_at(Parser *p, TokenKind k);
int p_at_kw(Parser *p, KwId kw);
PTok *p_expect(Parser *p, TokenKind k); /* consume if the current token is k, else NULL */
PTok *p_expect_kw(Parser *p, KwId kw);
PTok *p_expect_forced(Parser *p, TokenKind k, const char *text); /* else "expected 'text'" */
PTok *p_expect_name(Parser *p); /* a NAME that is not a hard keyword */
PTok *p_expect_soft(Parser *p, KwId kw);
int p_mark(Parser *p);
void p_reset(Parser *p, int mark);
const PTok *p_last_tok(const Parser *p); /* last consumed token that is not NEWLINE/INDENT/.. */
/* Recursion guard, counted like CPython's parser stack (whose limit gives MemoryError): `cost`
 * approximates how many of its rule levels a construct nests. 0 if too deep (error set). */
int p_enter(Parser *p, int cost);
void p_leave(Parser *p, int cost);
#define BRACKET_NESTING_COST 26 /* expression -> ... -> atom -> display -> expression */
#define TRAILER_NESTING_COST 23 /* primary '(' arguments ')' or '[' slices ']' */
#define BASE_NESTING_COST    30 /* module -> statement -> ... -> expression */

/* ---- nodes ---- */
Loc loc_span(Parser *p, int start_mark); /* from toks[start_mark] to the last consumed token */
Loc loc_tok(const PTok *t);
Loc loc_expr(const Expr *e);
Loc loc_join(Loc a, Loc b); /* start of a to end of b */
Expr *new_expr(Parser *p, ExprKind kind, Loc l);
Stmt *new_stmt(Parser *p, StmtKind kind, Loc l);
Pattern *new_pattern(Parser *p, PatternKind kind, Loc l);
void *p_alloc(Parser *p, size_t size);         /* arena_alloc that sets the memory error */
const char *p_ident(Parser *p, const PTok *t); /* arena copy, NFKC-normalised if non-ASCII */
Expr *new_name(Parser *p, const PTok *t, ExprContext ctx);
int p_no_memory(Parser *p); /* sets the MemoryError; returns 0 */
void *p_oom(Parser *p);     /* same, returns NULL */

/* growable lists of pointers, turned into arena sequences at the end */
typedef struct PtrList {
    void **items;
    int count, cap;
    void *inline_items[8];
} PtrList;
void list_init(PtrList *l);
int list_push(Parser *p, PtrList *l, void *item); /* 0 on OOM (error set) */
void list_free(PtrList *l);
void *list_to_seq(Parser *p, PtrList *l); /* an ExprSeq/StmtSeq/...-shaped copy; frees l */

/* ---- errors (parser.c) ---- */
void *raise_at(Parser *p, SyntaxErrorKind kind, Loc l, const char *fmt, ...);
void *raise_tok(Parser *p, const PTok *t, const char *fmt, ...);
void *raise_last(Parser *p, const char *fmt, ...); /* at the last token fetched */
void *raise_range(Parser *p, Loc a, Loc b, const char *fmt, ...);
void *raise_last_indentation(Parser *p, const char *fmt, ...); /* IndentationError, last token */
void *parser_run(Parser *p); /* both passes; a Mod, or an Expr for an f-string sub-parser */
void list_move(PtrList *dst, PtrList *src);

/* ---- statements (parser_stmt.c) ---- */
StmtSeq *parse_statements(Parser *p); /* statement+ ; NULL if none */
StmtSeq *parse_block(Parser *p);
StmtSeq *parse_statement_newline(Parser *p, int *is_eof);

/* ---- parameters (parser_params.c) ---- */
Arguments *parse_params(Parser *p, int is_lambda); /* never NULL unless failed */
Arguments *empty_arguments(Parser *p);

/* ---- expressions (parser_expr.c) ---- */
Expr *parse_expression(Parser *p);
Expr *parse_expression_unmemoized(Parser *p);
Expr *parse_expressions(Parser *p);      /* expression (',' expression)* [','] */
Expr *parse_star_expressions(Parser *p); /* star_expression list, Tuple if a comma */
Expr *parse_star_expression(Parser *p);
Expr *parse_named_expression(Parser *p);
Expr *plain_named_expression(Parser *p); /* assignment_expression | expression !':=' */
Expr *parse_dict_key(Parser *p);         /* a key after a dict's first entry */
Expr *parse_star_named_expression(Parser *p);
Expr *parse_star_named_expressions_tuple(Parser *p, int start); /* subject_expr helper */
Expr *parse_yield_expr(Parser *p);
Expr *parse_disjunction(Parser *p);
Expr *parse_bitwise_or(Parser *p);
Expr *parse_primary(Parser *p);
Expr *parse_atom(Parser *p);
Expr *parse_slices(Parser *p);
Expr *parse_call_trailer(Parser *p, Expr *func, int start); /* at '(' */
Expr *primary_trailer(Parser *p, Expr *e, int start);       /* .name (args) [slices] or NULL */
int parse_arguments(Parser *p, Expr *first, ExprSeq **args, KeywordSeq **kws); /* 0 = fail */
ComprehensionSeq *parse_for_if_clauses(Parser *p);
int at_t_lookahead(Parser *p);
Expr *parse_number(Parser *p, const PTok *t);

/* ---- targets (parser_target.c) ---- */
Expr *parse_star_targets(Parser *p);
Expr *parse_star_target(Parser *p);
ExprSeq *parse_del_targets(Parser *p);
void set_store(Expr *e, ExprContext ctx);
const Expr *invalid_target_of(const Expr *e, int allow_seq); /* first offending node */

/* ---- patterns (parser_pattern.c) ---- */
Stmt *parse_match_stmt(Parser *p);

/* ---- strings (parser_string.c, fstring.c) ---- */
Expr *parse_strings(Parser *p);

/* ---- error rules of the second pass (parser_errors.c): each looks for CPython's invalid_*
 * pattern at the current position and raises its error; the position is restored. ---- */
typedef enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS } TargetsType;
const char *expr_name(const Expr *e); /* "function call", "literal", ... */
void raise_invalid_target(Parser *p, TargetsType type, const Expr *e);
void invalid_expression(Parser *p);
void invalid_named_expression(Parser *p);
void invalid_assignment(Parser *p);
void invalid_del_stmt(Parser *p, int after_del);
void invalid_for_target(Parser *p);
void invalid_with_item(Parser *p, int at_as);
void invalid_kwarg(Parser *p);
void invalid_arguments(Parser *p, int args_start);
void invalid_parameters(Parser *p, int params_start, int is_lambda);
void invalid_group(Parser *p, int paren);
void invalid_comprehension(Parser *p, int open);
void invalid_dict(Parser *p, int brace);
void invalid_as_pattern(Parser *p, int at_as);
void invalid_import_from_targets(Parser *p);

#endif
