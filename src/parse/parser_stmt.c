/* parser_stmt.c: the statement grammar of Python 3.11: blocks, simple statements (assignment
 * forms, import, raise, del, global, ...) and compound statements (if, while, for, with, try,
 * def, class, decorators, async forms); match lives in parser_pattern.c. */
#include "parser_internal.h"

#include <string.h>

static int parse_statement(Parser *p, PtrList *out);

/* ---- helpers ---- */

static Stmt *simple_node(Parser *p, StmtKind kind, int start) {
    return new_stmt(p, kind, loc_span(p, start));
}

static Expr *yield_or_star_expressions(Parser *p) {
    return p_at_kw(p, KW_YIELD) ? parse_yield_expr(p) : parse_star_expressions(p);
}

static int is_augassign(TokenKind k, OperatorKind *op) {
    switch (k) {
        case TOK_PLUSEQUAL: *op = OP_ADD; return 1;
        case TOK_MINEQUAL: *op = OP_SUB; return 1;
        case TOK_STAREQUAL: *op = OP_MULT; return 1;
        case TOK_ATEQUAL: *op = OP_MATMULT; return 1;
        case TOK_SLASHEQUAL: *op = OP_DIV; return 1;
        case TOK_PERCENTEQUAL: *op = OP_MOD; return 1;
        case TOK_AMPEREQUAL: *op = OP_BITAND; return 1;
        case TOK_VBAREQUAL: *op = OP_BITOR; return 1;
        case TOK_CIRCUMFLEXEQUAL: *op = OP_BITXOR; return 1;
        case TOK_LEFTSHIFTEQUAL: *op = OP_LSHIFT; return 1;
        case TOK_RIGHTSHIFTEQUAL: *op = OP_RSHIFT; return 1;
        case TOK_DOUBLESTAREQUAL: *op = OP_POW; return 1;
        case TOK_DOUBLESLASHEQUAL: *op = OP_FLOORDIV; return 1;
        default: return 0;
    }
}

static int is_single_target(const Expr *e) {
    return e->kind == E_Name || e->kind == E_Attribute || e->kind == E_Subscript;
}

/* ---- assignment and expression statements ---- */

static Stmt *annotated_assignment(Parser *p, Expr *target, int start) {
    if (!is_single_target(target)) return NULL;
    p_next(p); /* ':' */
    Expr *annotation = parse_expression(p);
    if (!annotation) return NULL;
    Expr *value = NULL;
    if (p_expect(p, TOK_EQUAL) && !(value = yield_or_star_expressions(p))) return NULL;
    set_store(target, CTX_STORE);
    Stmt *s = simple_node(p, S_AnnAssign, start);
    if (!s) return NULL;
    s->AnnAssign.target = target;
    s->AnnAssign.annotation = annotation;
    s->AnnAssign.value = value;
    s->AnnAssign.simple = target->kind == E_Name && p_tok(p, start)->kind == TOK_NAME;
    return s;
}

static Stmt *augmented_assignment(Parser *p, Expr *target, OperatorKind op, int start) {
    if (!is_single_target(target)) return NULL;
    p_next(p); /* the operator */
    Expr *value = yield_or_star_expressions(p);
    if (!value) return NULL;
    set_store(target, CTX_STORE);
    Stmt *s = simple_node(p, S_AugAssign, start);
    if (!s) return NULL;
    s->AugAssign.target = target;
    s->AugAssign.op = op;
    s->AugAssign.value = value;
    return s;
}

/* (star_targets '=')+ (yield_expr | star_expressions) !'=' with the first target parsed */
static Stmt *assignment(Parser *p, Expr *first, int start) {
    PtrList targets;
    list_init(&targets);
    Expr *value = first;
    while (p_expect(p, TOK_EQUAL)) {
        if (invalid_target_of(value, 1)) {
            list_free(&targets);
            return NULL;
        }
        set_store(value, CTX_STORE);
        list_push(p, &targets, value);
        value = yield_or_star_expressions(p);
        if (!value) {
            list_free(&targets);
            return NULL;
        }
    }
    Loc l = loc_span(p, start);
    ExprSeq *seq = list_to_seq(p, &targets);
    Stmt *s = p->error ? NULL : new_stmt(p, S_Assign, l);
    if (!s) return NULL;
    s->Assign.targets = seq;
    s->Assign.value = value;
    return s;
}

static Stmt *assignment_or_expression(Parser *p) {
    int start = p_mark(p);
    Expr *e = yield_or_star_expressions(p);
    if (!e) return NULL;
    OperatorKind op;
    TokenKind k = p_peek(p)->kind;
    if (k == TOK_COLON && e->kind != E_Yield && e->kind != E_YieldFrom)
        return annotated_assignment(p, e, start);
    if (k == TOK_EQUAL) return assignment(p, e, start);
    if (is_augassign(k, &op)) return augmented_assignment(p, e, op, start);
    Stmt *s = simple_node(p, S_Expr, start);
    if (s) s->ExprStmt.value = e;
    return s;
}

/* ---- keyword simple statements ---- */

static Stmt *return_stmt(Parser *p, int start) {
    Expr *v = NULL;
    int m = p_mark(p);
    if (!(v = parse_star_expressions(p))) {
        if (p->error) return NULL;
        p_reset(p, m);
    }
    Stmt *s = simple_node(p, S_Return, start);
    if (s) s->Return.value = v;
    return s;
}

static Stmt *raise_stmt(Parser *p, int start) {
    Expr *exc = NULL, *cause = NULL;
    int m = p_mark(p);
    if ((exc = parse_expression(p))) {
        m = p_mark(p);
        if (p_expect_kw(p, KW_FROM) && !(cause = parse_expression(p))) {
            if (p->error) return NULL;
            p_reset(p, m);
        }
    } else {
        if (p->error) return NULL;
        p_reset(p, m);
    }
    Stmt *s = simple_node(p, S_Raise, start);
    if (!s) return NULL;
    s->Raise.exc = exc;
    s->Raise.cause = cause;
    return s;
}

static Stmt *assert_stmt(Parser *p, int start) {
    Expr *test = parse_expression(p), *msg = NULL;
    if (!test) return NULL;
    if (p_at(p, TOK_COMMA)) {
        int m = p_mark(p);
        p_next(p);
        if (!(msg = parse_expression(p))) {
            if (p->error) return NULL;
            p_reset(p, m);
        }
    }
    Stmt *s = simple_node(p, S_Assert, start);
    if (!s) return NULL;
    s->Assert.test = test;
    s->Assert.msg = msg;
    return s;
}

static Stmt *global_stmt(Parser *p, StmtKind kind, int start) {
    PtrList names;
    list_init(&names);
    do {
        PTok *t = p_expect_name(p);
        if (!t) {
            list_free(&names);
            return NULL;
        }
        list_push(p, &names, (void *)p_ident(p, t));
        int m = p_mark(p);
        if (!p_expect(p, TOK_COMMA)) break;
        if (!p_at(p, TOK_NAME)) {
            p_reset(p, m);
            break;
        }
    } while (!p->error);
    Loc l = loc_span(p, start);
    IdentSeq *seq = list_to_seq(p, &names);
    Stmt *s = p->error ? NULL : new_stmt(p, kind, l);
    if (s) s->Global.names = seq;
    return s;
}

static Stmt *del_stmt(Parser *p, int start) {
    ExprSeq *targets = parse_del_targets(p);
    TokenKind k = p_peek(p)->kind;
    if (!targets || (k != TOK_SEMI && k != TOK_NEWLINE)) {
        if (p->invalid_pass && !p->error) invalid_del_stmt(p, start + 1);
        return NULL;
    }
    Stmt *s = simple_node(p, S_Delete, start);
    if (s) s->Delete.targets = targets;
    return s;
}

/* ---- import ---- */

static Alias *new_alias(Parser *p, const char *name, const char *asname, int start) {
    Alias *a = p_alloc(p, sizeof(Alias));
    if (!a) return NULL;
    Loc l = loc_span(p, start);
    a->lineno = l.lineno;
    a->col_offset = l.col;
    a->end_lineno = l.end_lineno;
    a->end_col_offset = l.end_col;
    a->name = name;
    a->asname = asname;
    return a;
}

/* dotted_name: NAME ('.' NAME)*, joined with '.' */
static const char *dotted_name(Parser *p) {
    PTok *t = p_expect_name(p);
    if (!t) return NULL;
    const char *name = p_ident(p, t);
    while (name && p_at(p, TOK_DOT) && p_peek_at(p, 1)->kind == TOK_NAME) {
        int m = p_mark(p);
        p_next(p);
        PTok *part = p_expect_name(p);
        if (!part) {
            p_reset(p, m);
            break;
        }
        const char *tail = p_ident(p, part);
        if (!tail) return NULL;
        size_t a = strlen(name), b = strlen(tail);
        char *joined = p_alloc(p, a + b + 2);
        if (!joined) return NULL;
        memcpy(joined, name, a);
        joined[a] = '.';
        memcpy(joined + a + 1, tail, b + 1);
        name = joined;
    }
    return name;
}

/* NAME-or-dotted_name ['as' NAME] */
static Alias *import_alias(Parser *p, int dotted) {
    int start = p_mark(p);
    const char *name;
    if (dotted) {
        name = dotted_name(p);
    } else {
        PTok *t = p_expect_name(p);
        name = t ? p_ident(p, t) : NULL;
    }
    if (!name) return NULL;
    const char *asname = NULL;
    if (p_at_kw(p, KW_AS)) {
        int m = p_mark(p);
        p_next(p);
        PTok *t = p_expect_name(p);
        if (!t) {
            p_reset(p, m);
            return NULL;
        }
        asname = p_ident(p, t);
    }
    return new_alias(p, name, asname, start);
}

static AliasSeq *import_aliases(Parser *p, int dotted) {
    PtrList names;
    list_init(&names);
    for (;;) {
        int m = p_mark(p);
        Alias *a = import_alias(p, dotted);
        if (!a) {
            p_reset(p, m);
            break;
        }
        list_push(p, &names, a);
        m = p_mark(p);
        if (!p_expect(p, TOK_COMMA)) break;
        if (!p_at(p, TOK_NAME)) {
            p_reset(p, m);
            break;
        }
    }
    if (!names.count || p->error) {
        list_free(&names);
        return NULL;
    }
    return list_to_seq(p, &names);
}

static Stmt *import_name(Parser *p, int start) {
    AliasSeq *names = import_aliases(p, 1);
    if (!names) return NULL;
    Stmt *s = simple_node(p, S_Import, start);
    if (s) s->Import.names = names;
    return s;
}

static AliasSeq *import_from_targets(Parser *p) {
    if (p_expect(p, TOK_LPAR)) {
        AliasSeq *names = import_aliases(p, 0);
        if (!names) return NULL;
        p_expect(p, TOK_COMMA);
        return p_expect(p, TOK_RPAR) ? names : NULL;
    }
    int start = p_mark(p);
    if (p_expect(p, TOK_STAR)) {
        AliasSeq *names = AST_SEQ_NEW(p->arena, AliasSeq, 1);
        char *star = arena_strndup(p->arena, "*", 1);
        if (!names || !star) return p_oom(p);
        names->items[0] = new_alias(p, star, NULL, start);
        return p->error ? NULL : names;
    }
    AliasSeq *names = import_aliases(p, 0);
    if (!names || p_at(p, TOK_COMMA)) {
        if (names && p->invalid_pass && !p->error) invalid_import_from_targets(p);
        return NULL;
    }
    return names;
}

static Stmt *import_from(Parser *p, int start) {
    int level = 0;
    for (;;) {
        if (p_expect(p, TOK_DOT)) {
            level++;
        } else if (p_expect(p, TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    const char *module = NULL;
    if (!p_at_kw(p, KW_IMPORT) || level == 0) {
        module = dotted_name(p);
        if (!module) return NULL;
    }
    if (!p_expect_kw(p, KW_IMPORT)) return NULL;
    AliasSeq *names = import_from_targets(p);
    if (!names) return NULL;
    Stmt *s = simple_node(p, S_ImportFrom, start);
    if (!s) return NULL;
    s->ImportFrom.module = module;
    s->ImportFrom.names = names;
    s->ImportFrom.level = level;
    return s;
}

/* ---- simple statements ---- */

static Stmt *simple_stmt(Parser *p) {
    int start = p_mark(p);
    PTok *t = p_peek(p);
    if (t->kind == TOK_NAME) {
        switch (t->kw) {
            case KW_RETURN: p_next(p); return return_stmt(p, start);
            case KW_IMPORT: p_next(p); return import_name(p, start);
            case KW_FROM: p_next(p); return import_from(p, start);
            case KW_RAISE: p_next(p); return raise_stmt(p, start);
            case KW_PASS: p_next(p); return simple_node(p, S_Pass, start);
            case KW_BREAK: p_next(p); return simple_node(p, S_Break, start);
            case KW_CONTINUE: p_next(p); return simple_node(p, S_Continue, start);
            case KW_DEL: p_next(p); return del_stmt(p, start);
            case KW_ASSERT: p_next(p); return assert_stmt(p, start);
            case KW_GLOBAL: p_next(p); return global_stmt(p, S_Global, start);
            case KW_NONLOCAL: p_next(p); return global_stmt(p, S_Nonlocal, start);
            default: break;
        }
    }
    Stmt *s = assignment_or_expression(p);
    if (!s && p->invalid_pass && !p->error) {
        p_reset(p, start);
        invalid_assignment(p);
    }
    return s;
}

/* simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
static int simple_stmts(Parser *p, PtrList *out) {
    for (;;) {
        int m = p_mark(p);
        Stmt *s = simple_stmt(p);
        if (!s) {
            p_reset(p, m);
            if (out->count == 0 || !p_at(p, TOK_NEWLINE)) return 0;
            break;
        }
        list_push(p, out, s);
        if (!p_expect(p, TOK_SEMI)) break;
    }
    return !p->error && p_expect(p, TOK_NEWLINE) != NULL;
}

/* ---- blocks ---- */

StmtSeq *parse_block(Parser *p) {
    PtrList body;
    list_init(&body);
    int m = p_mark(p);
    if (p_expect(p, TOK_NEWLINE)) {
        if (!p_expect(p, TOK_INDENT)) {
            if (p->invalid_pass && !p->error)
                raise_last_indentation(p, "expected an indented block");
            return NULL;
        }
        StmtSeq *body_seq = parse_statements(p);
        if (!body_seq || !p_expect(p, TOK_DEDENT)) return NULL;
        return body_seq;
    }
    p_reset(p, m);
    if (!simple_stmts(p, &body)) {
        list_free(&body);
        return NULL;
    }
    return list_to_seq(p, &body);
}

/* The block of a compound statement; in the error pass, CPython's "expected an indented
 * block after ..." when the NEWLINE is not followed by an INDENT. */
static StmtSeq *block_after(Parser *p, const PTok *kw, const char *what) {
    if (p->invalid_pass && p_at(p, TOK_NEWLINE) && p_peek_at(p, 1)->kind != TOK_INDENT) {
        p_next(p);
        p_next(p);
        raise_last_indentation(p, "expected an indented block after %s on line %d", what,
                               kw->lineno);
        return NULL;
    }
    return parse_block(p);
}

/* ---- compound statements ---- */

static StmtSeq *else_block(Parser *p) {
    PTok *kw = p_expect_kw(p, KW_ELSE);
    if (!kw || !p_expect_forced(p, TOK_COLON, ":")) return NULL;
    return block_after(p, kw, "'else' statement");
}

/* [else_block]: NULL with no error when absent */
static StmtSeq *optional_else(Parser *p) {
    if (!p_at_kw(p, KW_ELSE)) return NULL;
    int m = p_mark(p);
    StmtSeq *b = else_block(p);
    if (!b && !p->error) p_reset(p, m);
    return b;
}

/* 'if' / 'elif' named_expression ':' block (elif_stmt | [else_block]) */
static Stmt *if_stmt(Parser *p, const char *what) {
    int start = p_mark(p);
    PTok *kw = p_next(p);
    Expr *test = parse_named_expression(p);
    if (!test) return NULL;
    if (!p_expect(p, TOK_COLON)) {
        if (p->invalid_pass && p_at(p, TOK_NEWLINE)) raise_last(p, "expected ':'");
        return NULL;
    }
    StmtSeq *body = block_after(p, kw, what);
    if (!body) return NULL;
    StmtSeq *orelse = NULL;
    if (p_at_kw(p, KW_ELIF)) {
        int m = p_mark(p);
        Stmt *elif = if_stmt(p, "'elif' statement");
        if (!elif) {
            if (p->error) return NULL;
            p_reset(p, m);
        } else {
            orelse = AST_SEQ_NEW(p->arena, StmtSeq, 1);
            if (!orelse) return p_oom(p);
            orelse->items[0] = elif;
        }
    } else {
        orelse = optional_else(p);
    }
    if (p->error) return NULL;
    Stmt *s = simple_node(p, S_If, start);
    if (!s) return NULL;
    s->If.test = test;
    s->If.body = body;
    s->If.orelse = orelse;
    return s;
}

static Stmt *while_stmt(Parser *p) {
    int start = p_mark(p);
    PTok *kw = p_next(p);
    Expr *test = parse_named_expression(p);
    if (!test) return NULL;
    if (!p_expect(p, TOK_COLON)) {
        if (p->invalid_pass && p_at(p, TOK_NEWLINE)) raise_last(p, "expected ':'");
        return NULL;
    }
    StmtSeq *body = block_after(p, kw, "'while' statement");
    if (!body) return NULL;
    StmtSeq *orelse = optional_else(p);
    if (p->error) return NULL;
    Stmt *s = simple_node(p, S_While, start);
    if (!s) return NULL;
    s->While.test = test;
    s->While.body = body;
    s->While.orelse = orelse;
    return s;
}

static Stmt *for_stmt(Parser *p, int start, int is_async) {
    int m = p_mark(p);
    PTok *kw = p_next(p); /* 'for' */
    Expr *target = parse_star_targets(p);
    if (!target || !p_expect_kw(p, KW_IN)) {
        if (p->invalid_pass && !p->error) {
            p_reset(p, m);
            invalid_for_target(p);
        }
        return NULL;
    }
    Expr *iter = parse_star_expressions(p);
    if (!iter) return NULL;
    if (!p_expect(p, TOK_COLON)) {
        if (p->invalid_pass && p_at(p, TOK_NEWLINE)) raise_last(p, "expected ':'");
        return NULL;
    }
    StmtSeq *body = block_after(p, kw, "'for' statement");
    if (!body) return NULL;
    StmtSeq *orelse = optional_else(p);
    if (p->error) return NULL;
    Stmt *s = simple_node(p, is_async ? S_AsyncFor : S_For, start);
    if (!s) return NULL;
    s->For.target = target;
    s->For.iter = iter;
    s->For.body = body;
    s->For.orelse = orelse;
    return s;
}

/* expression ['as' star_target &(',' | ')' | ':')] */
static WithItem *with_item(Parser *p) {
    Expr *e = parse_expression(p);
    if (!e) return NULL;
    Expr *vars = NULL;
    if (p_at_kw(p, KW_AS)) {
        int m = p_mark(p);
        p_next(p);
        vars = parse_star_target(p);
        TokenKind k = p_peek(p)->kind;
        if (!vars || (k != TOK_COMMA && k != TOK_RPAR && k != TOK_COLON)) {
            if (p->invalid_pass && !p->error) invalid_with_item(p, m);
            if (p->error) return NULL;
            p_reset(p, m);
            vars = NULL;
        }
    }
    WithItem *w = p_alloc(p, sizeof(WithItem));
    if (!w) return NULL;
    w->context_expr = e;
    w->optional_vars = vars;
    return w;
}

/* ','.with_item+ ; the parenthesized form also allows a trailing comma */
static WithItemSeq *with_items(Parser *p, int parenthesized) {
    PtrList items;
    list_init(&items);
    int m = p_mark(p);
    for (;;) {
        WithItem *w = with_item(p);
        if (!w) {
            p_reset(p, m);
            break;
        }
        list_push(p, &items, w);
        m = p_mark(p);
        if (!p_expect(p, TOK_COMMA) || (parenthesized && p_at(p, TOK_RPAR))) break;
    }
    if (!items.count || p->error) {
        list_free(&items);
        return NULL;
    }
    return list_to_seq(p, &items);
}

/* invalid_with_stmt: with-items (whose targets need no lookahead) and then a NEWLINE */
static void invalid_with_stmt(Parser *p, int after_with) {
    for (int parenthesized = 0; parenthesized < 2 && !p->error; parenthesized++) {
        p_reset(p, after_with);
        if (parenthesized && !p_expect(p, TOK_LPAR)) return;
        int items = 0;
        for (;;) {
            Expr *e = parenthesized ? parse_expressions(p) : parse_expression(p);
            if (!e || (p_expect_kw(p, KW_AS) && !parse_star_target(p))) break;
            items++;
            if (!p_expect(p, TOK_COMMA)) break;
            if (parenthesized && p_at(p, TOK_RPAR)) break;
        }
        if (p->error || !items || (parenthesized && !p_expect(p, TOK_RPAR))) continue;
        if (p_at(p, TOK_NEWLINE)) {
            raise_last(p, "expected ':'");
            return;
        }
    }
    if (!p->error) p_reset(p, after_with);
}

static Stmt *with_stmt(Parser *p, int start, int is_async) {
    PTok *kw = p_next(p); /* 'with' */
    int m = p_mark(p);
    WithItemSeq *items = NULL;
    if (p_expect(p, TOK_LPAR)) {
        items = with_items(p, 1);
        if (!items || !p_expect(p, TOK_RPAR) || !p_at(p, TOK_COLON)) {
            if (p->error) return NULL;
            items = NULL;
            p_reset(p, m);
        }
    }
    if (!items) items = with_items(p, 0);
    if (!items || !p_expect(p, TOK_COLON)) {
        if (p->invalid_pass && !p->error) invalid_with_stmt(p, m);
        return NULL;
    }
    StmtSeq *body = block_after(p, kw, "'with' statement");
    if (!body) return NULL;
    Stmt *s = simple_node(p, is_async ? S_AsyncWith : S_With, start);
    if (!s) return NULL;
    s->With.items = items;
    s->With.body = body;
    return s;
}

/* invalid_except_stmt: the header of an except clause does not end in ':' */
static void invalid_except_stmt(Parser *p, int start) {
    p_reset(p, start);
    p_next(p);
    int star = p_expect(p, TOK_STAR) != NULL;
    if (p_at(p, TOK_NEWLINE) || (star && p_at(p, TOK_COLON))) {
        raise_last(p, star ? "expected one or more exception types" : "expected ':'");
        return;
    }
    Expr *a = parse_expression(p);
    if (!a) return;
    if (p_expect(p, TOK_COMMA) && parse_expressions(p)) {
        int ok = 1;
        if (p_expect_kw(p, KW_AS)) ok = p_expect_name(p) != NULL;
        if (ok && p_at(p, TOK_COLON)) {
            p_next(p);
            const PTok *last = p_tok(p, p->ntoks - 1);
            raise_at(p, SE_SYNTAX,
                     (Loc){a->lineno, a->col_offset, last->end_lineno, last->end_col - 1},
                     "multiple exception types must be parenthesized");
        }
        return;
    }
    if (p_expect_kw(p, KW_AS) && !p_expect_name(p)) return;
    if (p_at(p, TOK_NEWLINE)) raise_last(p, "expected ':'");
}

/* 'except' ['*'] [expression ['as' NAME]] ':' block */
static ExceptHandler *except_clause(Parser *p, int star);

static ExceptHandler *except_block(Parser *p, int star) {
    int start = p_mark(p);
    ExceptHandler *h = except_clause(p, star);
    if (!h && p->invalid_pass && !p->error) invalid_except_stmt(p, start);
    return h;
}

static ExceptHandler *except_clause(Parser *p, int star) {
    int start = p_mark(p);
    PTok *kw = p_next(p);
    if (star && !p_expect(p, TOK_STAR)) return NULL;
    Expr *type = NULL;
    const char *name = NULL;
    if (star || !p_at(p, TOK_COLON)) {
        type = parse_expression(p);
        if (!type) return NULL;
        if (p_expect_kw(p, KW_AS)) {
            PTok *t = p_expect_name(p);
            if (!t) return NULL;
            name = p_ident(p, t);
        }
    }
    if (!p_expect(p, TOK_COLON)) return NULL;
    StmtSeq *body = block_after(p, kw, star ? "'except*' statement" : "'except' statement");
    if (!body) return NULL;
    ExceptHandler *h = p_alloc(p, sizeof(ExceptHandler));
    if (!h) return NULL;
    Loc l = loc_span(p, start);
    h->lineno = l.lineno;
    h->col_offset = l.col;
    h->end_lineno = l.end_lineno;
    h->end_col_offset = l.end_col;
    h->type = type;
    h->name = name;
    h->body = body;
    return h;
}

static StmtSeq *finally_block(Parser *p) {
    PTok *kw = p_expect_kw(p, KW_FINALLY);
    if (!kw || !p_expect_forced(p, TOK_COLON, ":")) return NULL;
    return block_after(p, kw, "'finally' statement");
}

static StmtSeq *finally_block(Parser *p);

/* invalid_try_stmt: no handler after the body, or 'except' mixed with 'except*' */
static void invalid_try_stmt(Parser *p) {
    PTok *kw = p_next(p);
    if (!p_expect(p, TOK_COLON)) return;
    if (p_at(p, TOK_NEWLINE) && p_peek_at(p, 1)->kind != TOK_INDENT) return;
    if (!parse_block(p)) return;
    if (!p_at_kw(p, KW_EXCEPT) && !p_at_kw(p, KW_FINALLY)) {
        raise_last(p, "expected 'except' or 'finally' block");
        return;
    }
    int star = p_peek_at(p, 1)->kind == TOK_STAR;
    int count = 0;
    while (p_at_kw(p, KW_EXCEPT) && (p_peek_at(p, 1)->kind == TOK_STAR) == star) {
        int m = p_mark(p);
        if (!except_block(p, star)) {
            p_reset(p, m);
            break;
        }
        count++;
    }
    if (!count || p->error || !p_at_kw(p, KW_EXCEPT)) return;
    PTok *a = p_next(p);
    PTok *b = p_expect(p, TOK_STAR);
    if (!star && !b) return;
    if (star && b) return;
    if (!p_at(p, TOK_COLON)) {
        if (!parse_expression(p)) return;
        if (p_expect_kw(p, KW_AS) && !p_expect_name(p)) return;
    }
    if (!p_at(p, TOK_COLON)) return;
    if (b)
        raise_range(p, loc_tok(a), loc_tok(b),
                    "cannot have both 'except' and 'except*' on the same 'try'");
    else
        raise_tok(p, a, "cannot have both 'except' and 'except*' on the same 'try'");
    (void)kw;
}

static Stmt *try_stmt(Parser *p) {
    int start = p_mark(p);
    if (p->invalid_pass) {
        invalid_try_stmt(p);
        if (p->error) return NULL;
        p_reset(p, start);
    }
    PTok *kw = p_next(p);
    if (!p_expect_forced(p, TOK_COLON, ":")) return NULL;
    StmtSeq *body = block_after(p, kw, "'try' statement");
    if (!body) return NULL;
    PtrList handlers;
    list_init(&handlers);
    int star = p_at_kw(p, KW_EXCEPT) && p_peek_at(p, 1)->kind == TOK_STAR;
    while (p_at_kw(p, KW_EXCEPT)) {
        int m = p_mark(p);
        ExceptHandler *h = except_block(p, star);
        if (!h) {
            if (p->error) break;
            p_reset(p, m);
            break;
        }
        list_push(p, &handlers, h);
    }
    StmtSeq *orelse = NULL, *finalbody = NULL;
    if (handlers.count) orelse = optional_else(p);
    if (!p->error && p_at_kw(p, KW_FINALLY)) {
        int m = p_mark(p);
        if (!(finalbody = finally_block(p)) && !p->error) p_reset(p, m);
    }
    if (p->error || (!handlers.count && !finalbody)) {
        list_free(&handlers);
        return NULL;
    }
    Loc l = loc_span(p, start);
    ExceptHandlerSeq *hs = list_to_seq(p, &handlers);
    Stmt *s = p->error ? NULL : new_stmt(p, star ? S_TryStar : S_Try, l);
    if (!s) return NULL;
    s->Try.body = body;
    s->Try.handlers = hs;
    s->Try.orelse = orelse;
    s->Try.finalbody = finalbody;
    return s;
}

static Stmt *function_def(Parser *p, int start, int is_async) {
    PTok *kw = p_next(p); /* 'def' */
    PTok *name = p_expect_name(p);
    if (!name || !p_expect_forced(p, TOK_LPAR, "(")) return NULL;
    int params_start = p_mark(p);
    if (p->invalid_pass) {
        invalid_parameters(p, params_start, 0);
        if (p->error) return NULL;
        p_reset(p, params_start);
    }
    Arguments *args = p_at(p, TOK_RPAR) ? empty_arguments(p) : parse_params(p, 0);
    if (!args || !p_expect(p, TOK_RPAR)) return NULL;
    Expr *returns = NULL;
    if (p_expect(p, TOK_RARROW) && !(returns = parse_expression(p))) return NULL;
    if (!p_expect_forced(p, TOK_COLON, ":")) return NULL;
    StmtSeq *body = block_after(p, kw, "function definition");
    if (!body) return NULL;
    Stmt *s = simple_node(p, is_async ? S_AsyncFunctionDef : S_FunctionDef, start);
    if (!s) return NULL;
    s->FunctionDef.name = p_ident(p, name);
    s->FunctionDef.args = args;
    s->FunctionDef.body = body;
    s->FunctionDef.returns = returns;
    return s;
}

static Stmt *class_def(Parser *p) {
    int start = p_mark(p);
    PTok *kw = p_next(p);
    PTok *name = p_expect_name(p);
    if (!name) return NULL;
    ExprSeq *bases = NULL;
    KeywordSeq *keywords = NULL;
    if (p_at(p, TOK_LPAR)) {
        int m = p_mark(p);
        p_next(p);
        if (!parse_arguments(p, NULL, &bases, &keywords) || !p_expect(p, TOK_RPAR)) {
            if (p->invalid_pass && !p->error) invalid_arguments(p, m + 1);
            if (p->error) return NULL;
            p_reset(p, m);
            bases = NULL;
            keywords = NULL;
        }
    }
    if (!p_expect(p, TOK_COLON)) {
        if (p->invalid_pass && p_at(p, TOK_NEWLINE)) raise_last(p, "expected ':'");
        return NULL;
    }
    StmtSeq *body = block_after(p, kw, "class definition");
    if (!body) return NULL;
    Stmt *s = simple_node(p, S_ClassDef, start);
    if (!s) return NULL;
    s->ClassDef.name = p_ident(p, name);
    s->ClassDef.bases = bases;
    s->ClassDef.keywords = keywords;
    s->ClassDef.body = body;
    return s;
}

/* ('@' named_expression NEWLINE)+ (function_def | class_def) */
static Stmt *decorated(Parser *p) {
    PtrList decorators;
    list_init(&decorators);
    while (p_expect(p, TOK_AT)) {
        Expr *d = parse_named_expression(p);
        if (!d || !p_expect(p, TOK_NEWLINE)) {
            list_free(&decorators);
            return NULL;
        }
        list_push(p, &decorators, d);
    }
    int start = p_mark(p);
    Stmt *s = NULL;
    if (p_at_kw(p, KW_CLASS)) {
        s = class_def(p);
    } else if (p_at_kw(p, KW_DEF)) {
        s = function_def(p, start, 0);
    } else if (p_at_kw(p, KW_ASYNC) && p_peek_at(p, 1)->kw == KW_DEF) {
        p_next(p);
        s = function_def(p, start, 1);
    }
    ExprSeq *seq = list_to_seq(p, &decorators);
    if (!s || p->error) return NULL;
    if (s->kind == S_ClassDef)
        s->ClassDef.decorator_list = seq;
    else
        s->FunctionDef.decorator_list = seq;
    return s;
}

static Stmt *compound_stmt(Parser *p) {
    int start = p_mark(p);
    PTok *t = p_peek(p);
    if (t->kind == TOK_AT) return decorated(p);
    if (t->kind != TOK_NAME) return NULL;
    switch (t->kw) {
        case KW_DEF: return function_def(p, start, 0);
        case KW_IF: return if_stmt(p, "'if' statement");
        case KW_CLASS: return class_def(p);
        case KW_WITH: return with_stmt(p, start, 0);
        case KW_FOR: return for_stmt(p, start, 0);
        case KW_TRY: return try_stmt(p);
        case KW_WHILE: return while_stmt(p);
        case KW_ASYNC: {
            KwId next = p_peek_at(p, 1)->kw;
            if (next != KW_DEF && next != KW_WITH && next != KW_FOR) return NULL;
            p_next(p);
            if (next == KW_DEF) return function_def(p, start, 1);
            if (next == KW_WITH) return with_stmt(p, start, 1);
            return for_stmt(p, start, 1);
        }
        case SK_MATCH: return parse_match_stmt(p);
        default: return NULL;
    }
}

/* ---- statement sequences ---- */

static int parse_statement(Parser *p, PtrList *out) {
    int m = p_mark(p);
    Stmt *s = compound_stmt(p);
    if (s) return list_push(p, out, s);
    if (p->error) return 0;
    p_reset(p, m);
    int before = out->count;
    if (simple_stmts(p, out)) return 1;
    out->count = before;
    return 0;
}

StmtSeq *parse_statements(Parser *p) {
    PtrList body;
    list_init(&body);
    for (;;) {
        int m = p_mark(p);
        if (!parse_statement(p, &body)) {
            p_reset(p, m);
            break;
        }
    }
    if (p->error || !body.count) {
        list_free(&body);
        return NULL;
    }
    return list_to_seq(p, &body);
}

StmtSeq *parse_statement_newline(Parser *p, int *is_eof) {
    PtrList body;
    list_init(&body);
    if (p_at(p, TOK_ENDMARKER)) return NULL;
    if (p_at(p, TOK_NEWLINE)) {
        int start = p_mark(p);
        p_next(p);
        Stmt *s = simple_node(p, S_Pass, start);
        if (!s) return NULL;
        list_push(p, &body, s);
        *is_eof = 0;
        return list_to_seq(p, &body);
    }
    int m = p_mark(p);
    Stmt *s = compound_stmt(p);
    if (s && p_expect(p, TOK_NEWLINE)) {
        list_push(p, &body, s);
    } else {
        if (p->error) return NULL;
        p_reset(p, m);
        if (!simple_stmts(p, &body)) {
            list_free(&body);
            return NULL;
        }
    }
    return list_to_seq(p, &body);
}
