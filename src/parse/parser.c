/* parser.c: the parser's core: the lazily filled token buffer with mark/reset backtracking,
 * keyword classification, node and list helpers, SyntaxError raising, and parse_source with
 * CPython's two passes and its rules for choosing and locating the reported error. */
#include "parser_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "identifier.h"
#include "syntax_error_set.h"

/* ---- keywords ---- */

static const char *const keyword_text[] = {
    [KW_FALSE] = "False",
    [KW_NONE] = "None",
    [KW_TRUE] = "True",
    [KW_AND] = "and",
    [KW_AS] = "as",
    [KW_ASSERT] = "assert",
    [KW_ASYNC] = "async",
    [KW_AWAIT] = "await",
    [KW_BREAK] = "break",
    [KW_CLASS] = "class",
    [KW_CONTINUE] = "continue",
    [KW_DEF] = "def",
    [KW_DEL] = "del",
    [KW_ELIF] = "elif",
    [KW_ELSE] = "else",
    [KW_EXCEPT] = "except",
    [KW_FINALLY] = "finally",
    [KW_FOR] = "for",
    [KW_FROM] = "from",
    [KW_GLOBAL] = "global",
    [KW_IF] = "if",
    [KW_IMPORT] = "import",
    [KW_IN] = "in",
    [KW_IS] = "is",
    [KW_LAMBDA] = "lambda",
    [KW_NONLOCAL] = "nonlocal",
    [KW_NOT] = "not",
    [KW_OR] = "or",
    [KW_PASS] = "pass",
    [KW_RAISE] = "raise",
    [KW_RETURN] = "return",
    [KW_TRY] = "try",
    [KW_WHILE] = "while",
    [KW_WITH] = "with",
    [KW_YIELD] = "yield",
    [SK_MATCH] = "match",
    [SK_CASE] = "case",
    [SK_UNDERSCORE] = "_",
};

static KwId classify_name(const char *s, size_t n) {
    if (n > 8) return KW_NONE_KW;
    for (int k = KW_FALSE; k <= SK_UNDERSCORE; k++) {
        const char *t = keyword_text[k];
        if (t && t[0] == s[0] && strlen(t) == n && memcmp(t, s, n) == 0) return (KwId)k;
    }
    return KW_NONE_KW;
}

/* ---- the token buffer ---- */

static PTok error_token = {.kind = TOK_ERRORTOKEN};

int p_no_memory(Parser *p) {
    if (!p->error || p->err->kind != SE_MEMORY) {
        syntax_error_clear(p->err);
        p->err->kind = SE_MEMORY;
    }
    p->error = 1;
    return 0;
}

void *p_oom(Parser *p) {
    p_no_memory(p);
    return NULL;
}

/* Takes a copy of the tokenizer's error as the parser's error. */
static void take_tokenizer_error(Parser *p) {
    const SyntaxErrorInfo *te = tokenizer_error(p->tz);
    syntax_error_clear(p->err);
    p->error = 1;
    if (te->kind == SE_MEMORY || !te->msg) {
        p->err->kind = SE_MEMORY;
        return;
    }
    p->err->kind = te->kind;
    p->err->msg = mem_strndup(te->msg, strlen(te->msg));
    p->err->text = te->text ? mem_strndup(te->text, strlen(te->text)) : NULL;
    if (!p->err->msg || (te->text && !p->err->text)) {
        syntax_error_clear(p->err);
        p->err->kind = SE_MEMORY;
        return;
    }
    int shift = p->fstring ? p->line_offset : 0; /* sub-parser lines map onto the source */
    syntax_error_set_location(p->err, te->lineno + shift, te->offset, te->end_lineno + shift,
                              te->end_offset);
}

static void shift_position(Parser *p, PTok *t) {
    if (t->end_lineno == 1) {
        t->col += p->first_line_col;
        t->end_col += p->first_line_col;
    }
    t->lineno += p->line_offset;
    t->end_lineno += p->line_offset;
}

static PTok *fetch(Parser *p) {
    if (p->ntoks == p->nchunks << TOK_CHUNK_BITS) {
        PTok **chunks = mem_realloc(p->chunks, (size_t)(p->nchunks + 1) * sizeof(PTok *));
        PTok *chunk = chunks ? mem_alloc(sizeof(PTok) << TOK_CHUNK_BITS) : NULL;
        if (chunks) p->chunks = chunks;
        if (!chunk) {
            p_no_memory(p);
            return &error_token;
        }
        p->chunks[p->nchunks++] = chunk;
    }
    Token tk;
    TokenKind k = tokenizer_next(p->tz, &tk);
    /* CPython's single input ends every statement: the first ENDMARKER after other tokens
     * becomes a NEWLINE followed by DEDENTs to column 0 */
    if (k == TOK_ENDMARKER && p->mode == PARSE_SINGLE && p->single_started) {
        k = TOK_NEWLINE;
        p->single_started = 0;
        tokenizer_dedent_all(p->tz);
    } else {
        p->single_started = 1;
    }
    int no_text = k == TOK_NEWLINE ? !p->single_started
                                   : k == TOK_INDENT || k == TOK_DEDENT || k == TOK_ENDMARKER;
    PTok *t = p_tok(p, p->ntoks);
    p->ntoks++;
    t->kind = k;
    t->kw = k == TOK_NAME ? classify_name(tk.start, (size_t)(tk.end - tk.start)) : KW_NONE_KW;
    t->start = tk.start;
    t->end = tk.end;
    t->lineno = tk.lineno;
    t->col = tk.col_offset;
    t->end_lineno = tk.end_lineno;
    t->end_col = tk.end_col_offset;
    if (p->fstring) shift_position(p, t);
    if (k == TOK_LPAR || k == TOK_LSQB || k == TOK_LBRACE) p->level++;
    if ((k == TOK_RPAR || k == TOK_RSQB || k == TOK_RBRACE) && p->level > 0) p->level--;
    t->level = p->level;
    t->no_text = no_text;
    if (k == TOK_ERRORTOKEN && !p->error) take_tokenizer_error(p);
    return t;
}

PTok *p_peek(Parser *p) {
    if (p->pos < p->ntoks) return p_tok(p, p->pos);
    if (p->ntoks && p_tok(p, p->ntoks - 1)->kind == TOK_ERRORTOKEN) return p_tok(p, p->ntoks - 1);
    return fetch(p);
}

PTok *p_peek_at(Parser *p, int ahead) {
    while (p->pos + ahead >= p->ntoks) {
        if (p->ntoks && p_tok(p, p->ntoks - 1)->kind == TOK_ERRORTOKEN)
            return p_tok(p, p->ntoks - 1);
        if (fetch(p) == &error_token) return &error_token;
    }
    return p_tok(p, p->pos + ahead);
}

PTok *p_next(Parser *p) {
    PTok *t = p_peek(p);
    if (t->kind != TOK_ERRORTOKEN) p->pos++;
    return t;
}

int p_at(Parser *p, TokenKind k) { return p_peek(p)->kind == k; }
int p_at_kw(Parser *p, KwId kw) { return p_peek(p)->kw == kw; }

PTok *p_expect(Parser *p, TokenKind k) {
    PTok *t = p_peek(p);
    if (t->kind != k) return NULL;
    p->pos++;
    return t;
}

PTok *p_expect_kw(Parser *p, KwId kw) {
    PTok *t = p_peek(p);
    if (t->kw != kw || t->kind != TOK_NAME) return NULL;
    p->pos++;
    return t;
}

PTok *p_expect_soft(Parser *p, KwId kw) { return p_expect_kw(p, kw); }

PTok *p_expect_name(Parser *p) {
    PTok *t = p_peek(p);
    if (t->kind != TOK_NAME || (t->kw != KW_NONE_KW && t->kw < KW__FIRST_SOFT)) return NULL;
    p->pos++;
    return t;
}

PTok *p_expect_forced(Parser *p, TokenKind k, const char *text) {
    if (p->error) return NULL;
    PTok *t = p_peek(p);
    if (t->kind == k) {
        p->pos++;
        return t;
    }
    return raise_tok(p, t, "expected '%s'", text);
}

void parser_free_tokens(Parser *p) {
    for (int i = 0; i < p->nchunks; i++) mem_free(p->chunks[i]);
    mem_free(p->chunks);
    for (int i = 0; i < MEMO__COUNT; i++) {
        mem_free(p->memo[i]);
        p->memo[i] = NULL;
        p->memo_cap[i] = 0;
    }
    p->chunks = NULL;
    p->nchunks = p->ntoks = 0;
}

static struct MemoEntry *memo_slot(Parser *p, MemoRule rule, int pos) {
    int old = p->memo_cap[rule];
    if (pos >= old) {
        int cap = old ? old : 256;
        while (cap <= pos) cap *= 2;
        struct MemoEntry *m = mem_realloc(p->memo[rule], (size_t)cap * sizeof *m);
        if (!m) return p_oom(p);
        memset(m + old, 0, (size_t)(cap - old) * sizeof *m);
        p->memo[rule] = m;
        p->memo_cap[rule] = cap;
    }
    return &p->memo[rule][pos];
}

Expr *p_memoized(Parser *p, MemoRule rule, Expr *(*fn)(Parser *)) {
    if (!p->second_pass && rule != MEMO_T_PRIMARY) return fn(p);
    int pos = p->pos;
    struct MemoEntry *m = memo_slot(p, rule, pos);
    if (!m) return NULL;
    if (m->state) {
        if (m->state == 2) return NULL;
        p->pos = m->end;
        return m->e;
    }
    Expr *e = fn(p);
    if (p->error || !(m = memo_slot(p, rule, pos))) return NULL;
    m->state = e ? 1 : 2;
    m->e = e;
    m->end = p->pos;
    return e;
}

int p_mark(Parser *p) { return p->pos; }
void p_reset(Parser *p, int mark) { p->pos = mark; }

const PTok *p_last_tok(const Parser *p) {
    for (int i = p->pos - 1; i >= 0; i--) {
        TokenKind k = p_tok(p, i)->kind;
        if (k != TOK_ENDMARKER && k != TOK_NEWLINE && k != TOK_INDENT && k != TOK_DEDENT)
            return p_tok(p, i);
    }
    return p->ntoks ? p_tok(p, 0) : &error_token;
}

int p_enter(Parser *p, int cost) {
    if (p->error) return 0;
    if (p->depth + cost > MAX_PARSE_DEPTH) return p_no_memory(p); /* CPython: MemoryError */
    p->depth += cost;
    return 1;
}

void p_leave(Parser *p, int cost) { p->depth -= cost; }

/* ---- nodes ---- */

Loc loc_tok(const PTok *t) { return (Loc){t->lineno, t->col, t->end_lineno, t->end_col}; }

Loc loc_span(Parser *p, int start_mark) {
    const PTok *s = p_tok(p, start_mark), *e = p_last_tok(p);
    return (Loc){s->lineno, s->col, e->end_lineno, e->end_col};
}

Loc loc_expr(const Expr *e) {
    return (Loc){e->lineno, e->col_offset, e->end_lineno, e->end_col_offset};
}

Loc loc_join(Loc a, Loc b) { return (Loc){a.lineno, a.col, b.end_lineno, b.end_col}; }

void *p_alloc(Parser *p, size_t size) {
    void *m = arena_alloc(p->arena, size);
    if (!m) p_no_memory(p);
    return m;
}

Expr *new_expr(Parser *p, ExprKind kind, Loc l) {
    Expr *e = ast_expr_new(p->arena, kind, l.lineno, l.col, l.end_lineno, l.end_col);
    if (!e) p_no_memory(p);
    return e;
}

Stmt *new_stmt(Parser *p, StmtKind kind, Loc l) {
    Stmt *s = ast_stmt_new(p->arena, kind, l.lineno, l.col, l.end_lineno, l.end_col);
    if (!s) p_no_memory(p);
    return s;
}

Pattern *new_pattern(Parser *p, PatternKind kind, Loc l) {
    Pattern *pt = ast_pattern_new(p->arena, kind, l.lineno, l.col, l.end_lineno, l.end_col);
    if (!pt) p_no_memory(p);
    return pt;
}

const char *p_ident(Parser *p, const PTok *t) {
    size_t n = (size_t)(t->end - t->start);
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++) ascii = (unsigned char)t->start[i] < 0x80;
    char *s;
    if (ascii) {
        s = arena_strndup(p->arena, t->start, n);
    } else {
        size_t len;
        char *norm = identifier_normalize(t->start, n, &len);
        s = norm ? arena_strndup(p->arena, norm, len) : NULL;
        mem_free(norm);
    }
    if (!s) p_no_memory(p);
    return s;
}

Expr *new_name(Parser *p, const PTok *t, ExprContext ctx) {
    const char *id = p_ident(p, t);
    Expr *e = id ? new_expr(p, E_Name, loc_tok(t)) : NULL;
    if (!e) return NULL;
    e->Name.id = id;
    e->Name.ctx = ctx;
    return e;
}

/* ---- pointer lists ---- */

void list_init(PtrList *l) {
    l->items = l->inline_items;
    l->count = 0;
    l->cap = (int)(sizeof l->inline_items / sizeof l->inline_items[0]);
}

int list_push(Parser *p, PtrList *l, void *item) {
    if (l->count == l->cap) {
        int cap = l->cap * 2;
        void **items = l->items == l->inline_items
                           ? mem_alloc((size_t)cap * sizeof(void *))
                           : mem_realloc(l->items, (size_t)cap * sizeof(void *));
        if (!items) return p_no_memory(p);
        if (l->items == l->inline_items) memcpy(items, l->inline_items, sizeof l->inline_items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = item;
    return 1;
}

void list_move(PtrList *dst, PtrList *src) {
    *dst = *src;
    if (src->items == src->inline_items) dst->items = dst->inline_items;
    list_init(src);
}

void list_free(PtrList *l) {
    if (l->items != l->inline_items) mem_free(l->items);
    list_init(l);
}

void *list_to_seq(Parser *p, PtrList *l) {
    ExprSeq *s = NULL; /* every pointer sequence has this layout */
    if (l->count) {
        s = AST_SEQ_NEW(p->arena, ExprSeq, l->count);
        if (s)
            memcpy(s->items, l->items, (size_t)l->count * sizeof(void *));
        else
            p_no_memory(p);
    }
    list_free(l);
    return s;
}

/* ---- errors ---- */

/* The 0-based code point column of byte column `col` of line `lineno` as CPython counts it
 * (see identifier_error_offset) over the error text, which may start on an earlier line
 * (CPython's tokenizer buffer); left in bytes for undeclared bytes/file input. */
static int char_offset(Parser *p, int lineno, const char *text, size_t len, int col) {
    size_t line_len;
    if (tokenizer_columns_in_bytes(p->tz)) return col; /* CPython does not convert then */
    if (!text || text == tokenizer_line(p->tz, lineno, &line_len))
        return tokenizer_byte_to_char_offset(p->tz, lineno, col);
    return identifier_error_offset(text, text + len, (size_t)col) - 1;
}

/* Sets the error (the first one wins). Columns in `l` are 0-based bytes; end_col -1 gives
 * end_offset 0 (CPython's RAISE_ERROR_KNOWN_LOCATION with -1), col < 0 gives offset 0. The
 * text and the code point offsets come from the line `l.lineno`. */
static void *raise_va(Parser *p, SyntaxErrorKind kind, Loc l, const char *fmt, va_list ap) {
    if (p->error) return NULL;
    p->error = 1;
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    const char *prefix = p->fstring ? "f-string: " : "";
    if (syntax_error_set(p->err, kind, "%s%s", prefix, buf) < 0 && p->err->kind == SE_MEMORY)
        return NULL;
    size_t len = 0;
    int lineno = l.lineno - p->line_offset;
    /* SyntaxError.text as CPython reads it; an f-string sub-parser shows its own line */
    const char *text = p->fstring ? tokenizer_line(p->tz, lineno, &len)
                                  : tokenizer_parser_error_text(p->tz, lineno, &len);
    int col = l.col, end_col = l.end_col;
    if (p->fstring && lineno == 1) {
        col -= p->first_line_col;
        if (end_col >= 0) end_col -= p->first_line_col;
    }
    int offset = col < 0 ? 0 : char_offset(p, lineno, text, len, col) + 1;
    int end_offset = end_col < 0 ? 0 : char_offset(p, lineno, text, len, end_col) + 1;
    syntax_error_set_location(p->err, l.lineno, offset, l.end_lineno, end_offset);
    if (text) syntax_error_set_text(p->err, text, len);
    return NULL;
}

void *raise_at(Parser *p, SyntaxErrorKind kind, Loc l, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, kind, l, fmt, ap);
    va_end(ap);
    return NULL;
}

/* An error at token t. A token without text (PTok.no_text; CPython: column -1) gives offset 0
 * and end_offset 0 when the error is located at the token, and the tokenizer's position (the
 * end of the indentation, or the end of the input; 0 there for a file) with end_offset -1
 * when it is located at the last token (at_cursor). */
static void raise_token_va(Parser *p, SyntaxErrorKind kind, const PTok *t, int at_cursor,
                           const char *fmt, va_list ap) {
    if (!t->no_text) {
        raise_va(p, kind, loc_tok(t), fmt, ap);
        return;
    }
    if (p->error) return;
    int lineno = t->lineno - p->line_offset;
    size_t len = 0;
    const char *line = tokenizer_line(p->tz, lineno, &len);
    int at_eof = !line || len == 0;
    if (at_eof) {
        lineno--; /* CPython's tokens at the end are on the last line (line 0 if empty) */
        line = tokenizer_line(p->tz, lineno, &len);
    }
    if (!at_cursor) {
        raise_va(p, kind, (Loc){lineno + p->line_offset, -1, lineno + p->line_offset, -1}, fmt, ap);
        return;
    }
    /* the tokenizer's position: after the indentation, or at the end of the input */
    int col;
    if (at_eof)
        col = tokenizer_eof_column_is_zero(p->tz) ? 0 : (int)len;
    else
        col = (t->kind == TOK_INDENT ? t->end_col : t->col) -
              (p->fstring && lineno == 1 ? p->first_line_col : 0);
    raise_va(p, kind, (Loc){lineno + p->line_offset, 0, lineno + p->line_offset, 0}, fmt, ap);
    if (p->err->kind == kind) {
        p->err->offset =
            char_offset(p, lineno, p->err->text, p->err->text ? strlen(p->err->text) : 0, col);
        p->err->end_offset = -1;
    }
}

void *raise_tok(Parser *p, const PTok *t, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_token_va(p, SE_SYNTAX, t, 0, fmt, ap);
    va_end(ap);
    return NULL;
}

void *raise_range(Parser *p, Loc a, Loc b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_va(p, SE_SYNTAX, loc_join(a, b), fmt, ap);
    va_end(ap);
    return NULL;
}

static const PTok *last_fetched(const Parser *p) {
    return p->ntoks ? p_tok(p, p->ntoks - 1) : &error_token;
}

void *raise_last_indentation(Parser *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_token_va(p, SE_INDENTATION, last_fetched(p), 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* CPython's RAISE_SYNTAX_ERROR: located at the last token fetched. */
void *raise_last(Parser *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    raise_token_va(p, SE_SYNTAX, last_fetched(p), 1, fmt, ap);
    va_end(ap);
    return NULL;
}

/* ---- the start rules ---- */

static Mod *parse_file(Parser *p) {
    StmtSeq *body = parse_statements(p);
    if (p->error || !p_expect(p, TOK_ENDMARKER)) return NULL;
    Mod *m = ast_mod_new(p->arena, M_Module);
    if (!m) return p_oom(p);
    m->Module.body = body;
    return m;
}

static Mod *parse_eval(Parser *p) {
    Expr *e = parse_expressions(p);
    if (!e) return NULL;
    while (p_expect(p, TOK_NEWLINE)) {
    }
    if (!p_expect(p, TOK_ENDMARKER)) return NULL;
    Mod *m = ast_mod_new(p->arena, M_Expression);
    if (!m) return p_oom(p);
    m->Expression.body = e;
    return m;
}

static Mod *parse_interactive(Parser *p) {
    int is_eof = 0;
    StmtSeq *body = parse_statement_newline(p, &is_eof);
    if (!body && !is_eof) return NULL;
    Mod *m = ast_mod_new(p->arena, M_Interactive);
    if (!m) return p_oom(p);
    m->Interactive.body = body;
    return m;
}

static void *parse_pass(Parser *p) {
    p->pos = 0;
    p->depth = BASE_NESTING_COST;
    if (p->fstring) return parse_star_expressions(p); /* CPython's fstring rule */
    switch (p->mode) {
        case PARSE_EVAL: return parse_eval(p);
        case PARSE_SINGLE: return parse_interactive(p);
        default: return parse_file(p);
    }
}

/* Tokenizer errors CPython reports through its parser only when met while parsing; when it
 * scans the rest of the source after a parse error, they do not replace that error. */
static int is_parser_side_tokenizer_error(const char *msg) {
    static const char *const msgs[] = {
        "unindent does not match any outer indentation level",
        "inconsistent use of tabs and spaces in indentation",
        "too many levels of indentation",
        "unexpected character after line continuation character",
        "unexpected EOF while parsing",
        "invalid syntax",
    };
    for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++)
        if (strcmp(msg, msgs[i]) == 0) return 1;
    return 0;
}

static int is_unclosed_bracket_error(const char *msg) {
    size_t n = strlen(msg), k = strlen("' was never closed");
    return n > k && strcmp(msg + n - k, "' was never closed") == 0;
}

/* After a parser error: a tokenizer error later in the source takes precedence. */
static void check_rest_for_tokenizer_errors(Parser *p) {
    if (p->err->kind == SE_MEMORY || p->mode == PARSE_SINGLE) return;
    int err_line = p->ntoks ? p_tok(p, p->ntoks - 1)->lineno : 0;
    if (p->ntoks && p_tok(p, p->ntoks - 1)->kind == TOK_ERRORTOKEN) return;
    for (;;) {
        Token t;
        TokenKind k = tokenizer_next(p->tz, &t);
        if (k == TOK_ENDMARKER) return;
        if (k != TOK_ERRORTOKEN) continue;
        const SyntaxErrorInfo *te = tokenizer_error(p->tz);
        if (te->kind == SE_MEMORY) {
            p_no_memory(p);
        } else if (te->msg && is_unclosed_bracket_error(te->msg)) {
            if (err_line > te->lineno) take_tokenizer_error(p);
        } else if (te->msg && !is_parser_side_tokenizer_error(te->msg)) {
            take_tokenizer_error(p);
        }
        return;
    }
}

/* After a statement in single mode: is there more than whitespace and comments after the
 * last token fetched? (CPython's bad_single_statement, on the source text.) */
static int more_after_single_statement(Parser *p) {
    const PTok *t = last_fetched(p);
    int lineno = t->end_lineno - p->line_offset;
    size_t col = t->kind == TOK_ENDMARKER ? 0 : (size_t)t->end_col;
    for (;; lineno++, col = 0) {
        size_t len;
        const char *line = tokenizer_line(p->tz, lineno, &len);
        if (!line) return 0;
        for (size_t i = col; i < len; i++) {
            char c = line[i];
            if (c == '#') break;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') return 1;
        }
    }
}

/* Runs the passes: a Mod, or an Expr for an f-string expression; on failure *p->err
 * describes the error. */
void *parser_run(Parser *p) {
    void *m = parse_pass(p);
    if (m && p->mode == PARSE_SINGLE && !p->fstring && more_after_single_statement(p))
        return raise_last(p, "multiple statements found while compiling a single statement");
    if (m) return m;
    if (p->error && p->err->kind == SE_MEMORY) return NULL;
    int tok_failed = p->ntoks && p_tok(p, p->ntoks - 1)->kind == TOK_ERRORTOKEN;
    int check_rest = 1;
    if (!p->error) {
        PTok last = *p_tok(p, p->ntoks - 1);
        p->invalid_pass = 1;
        p->second_pass = 1;
        for (int i = 0; i < MEMO__COUNT; i++) /* drop the first pass's results */
            if (p->memo[i]) memset(p->memo[i], 0, (size_t)p->memo_cap[i] * sizeof *p->memo[i]);
        parse_pass(p);
        tok_failed = p->ntoks && p_tok(p, p->ntoks - 1)->kind == TOK_ERRORTOKEN;
        if (!p->error) {
            if (last.kind == TOK_INDENT || last.kind == TOK_DEDENT) {
                /* located at the last token fetched, which may be past `last` */
                const PTok *t = last_fetched(p);
                const char *msg =
                    last.kind == TOK_INDENT ? "unexpected indent" : "unexpected unindent";
                check_rest = 0;
                if (t->kind == TOK_INDENT || t->kind == TOK_DEDENT || t->kind == TOK_ENDMARKER)
                    raise_last_indentation(p, "%s", msg);
                else
                    raise_at(p, SE_INDENTATION, loc_tok(t), "%s", msg);
            } else {
                raise_tok(p, &last, "invalid syntax");
            }
        }
    }
    if (p->err->kind != SE_MEMORY && !tok_failed && check_rest) check_rest_for_tokenizer_errors(p);
    return NULL;
}

Mod *parse_source(const char *src, size_t len, const char *filename, ParseMode mode, int flags,
                  Arena *arena, SyntaxErrorInfo *err) {
    Parser p;
    memset(&p, 0, sizeof p);
    int tz_flags = (flags & PARSE_FROM_BYTES) ? TOKENIZE_FROM_BYTES : 0;
    if (mode != PARSE_FILE) tz_flags |= TOKENIZE_NO_FINAL_NEWLINE;
    p.tz = tokenizer_new(src, len, (flags & PARSE_FROM_STRING) != 0, tz_flags);
    p.arena = arena;
    p.err = err;
    p.mode = mode;
    p.filename = filename;
    if (!p.tz || (filename && tokenizer_set_filename(p.tz, filename) < 0)) {
        tokenizer_free(p.tz);
        p_no_memory(&p);
        return NULL;
    }
    Mod *m = parser_run(&p);
    tokenizer_free(p.tz);
    parser_free_tokens(&p);
    return m;
}
