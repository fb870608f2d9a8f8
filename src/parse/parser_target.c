/* parser_target.c: assignment and deletion targets: the star_targets / del_targets grammar
 * (used by for, comprehensions, with-as and del), and turning an expression already parsed
 * as an assignment target into a Store target (used by assignment statements). */
#include "parser_internal.h"

static Expr *target_with_star_atom(Parser *p, ExprContext ctx);

static Expr *set_ctx_of(Expr *e, ExprContext ctx) {
    switch (e->kind) {
        case E_Attribute: e->Attribute.ctx = ctx; break;
        case E_Subscript: e->Subscript.ctx = ctx; break;
        default: break;
    }
    return e;
}

/* t_primary: atom &t_lookahead, extended by every trailer that is followed by t_lookahead
 * (memoised, as CPython's left-recursive t_primary). */
static Expr *t_primary_body(Parser *p) {
    int start = p_mark(p);
    Expr *a = parse_atom(p);
    if (!a || !at_t_lookahead(p)) return NULL;
    for (;;) {
        int m = p_mark(p);
        Expr *b = primary_trailer(p, a, start);
        if (!b || !at_t_lookahead(p)) {
            p_reset(p, m);
            return p->error ? NULL : a;
        }
        a = b;
    }
}

/* t_primary ('.' NAME | '[' slices ']') !t_lookahead: an attribute or subscript target. */
static Expr *primary_target(Parser *p, ExprContext ctx) {
    int start = p_mark(p);
    Expr *a = p_memoized(p, MEMO_T_PRIMARY, t_primary_body);
    if (!a) return NULL;
    PTok *t = p_peek(p);
    if (t->kind != TOK_DOT && t->kind != TOK_LSQB) return NULL;
    Expr *b = primary_trailer(p, a, start);
    if (!b || at_t_lookahead(p)) return NULL;
    return set_ctx_of(b, ctx);
}

/* star_target (del_target when ctx is Del: no starred targets) */
static Expr *star_target(Parser *p, ExprContext ctx) {
    if (!p_at(p, TOK_STAR) || ctx == CTX_DEL) return target_with_star_atom(p, ctx);
    int start = p_mark(p);
    p_next(p);
    if (p_at(p, TOK_STAR) || !p_enter(p, 1)) return NULL;
    Expr *v = star_target(p, ctx);
    p_leave(p, 1);
    if (!v) return NULL;
    Expr *e = new_expr(p, E_Starred, loc_span(p, start));
    if (!e) return NULL;
    e->Starred.value = v;
    e->Starred.ctx = ctx;
    return e;
}

/* ','.star_target+ [','] items appended to l, up to a token that does not start a target */
static void target_seq(Parser *p, PtrList *l, ExprContext ctx) {
    for (;;) {
        int m = p_mark(p);
        Expr *e = star_target(p, ctx);
        if (!e) {
            p_reset(p, m);
            return;
        }
        list_push(p, l, e);
        if (!p_expect(p, TOK_COMMA)) return;
    }
}

static Expr *new_target_seq(Parser *p, ExprKind kind, PtrList *l, int start, ExprContext ctx) {
    Loc loc = loc_span(p, start);
    ExprSeq *elts = list_to_seq(p, l);
    Expr *e = p->error ? NULL : new_expr(p, kind, loc);
    if (!e) return NULL;
    e->Tuple.elts = elts;
    e->Tuple.ctx = ctx;
    return e;
}

static Expr *star_atom(Parser *p, ExprContext ctx) {
    int start = p_mark(p);
    PTok *t = p_peek(p);
    PtrList elts;
    list_init(&elts);
    if (t->kind == TOK_NAME) {
        PTok *name = p_expect_name(p);
        return name ? new_name(p, name, ctx) : NULL;
    }
    if (t->kind == TOK_LSQB) {
        p_next(p);
        target_seq(p, &elts, ctx);
        if (p->error || !p_expect(p, TOK_RSQB)) {
            list_free(&elts);
            return NULL;
        }
        return new_target_seq(p, E_List, &elts, start, ctx);
    }
    if (t->kind != TOK_LPAR) return NULL;
    p_next(p);
    if (!p_at(p, TOK_RPAR)) {
        if (!p_enter(p, 1)) return NULL;
        Expr *first = star_target(p, ctx);
        p_leave(p, 1);
        if (!first) return NULL;
        if (first->kind != E_Starred && p_expect(p, TOK_RPAR)) return first;
        if (!p_expect(p, TOK_COMMA)) return NULL;
        list_push(p, &elts, first);
        target_seq(p, &elts, ctx);
    }
    if (p->error || !p_expect(p, TOK_RPAR)) {
        list_free(&elts);
        return NULL;
    }
    return new_target_seq(p, E_Tuple, &elts, start, ctx);
}

static Expr *target_with_star_atom(Parser *p, ExprContext ctx) {
    int start = p_mark(p);
    Expr *e = primary_target(p, ctx);
    if (e || p->error) return e;
    p_reset(p, start);
    return star_atom(p, ctx);
}

Expr *parse_star_target(Parser *p) { return star_target(p, CTX_STORE); }

/* star_target !',' | star_target (',' star_target)* [','] (a Tuple) */
Expr *parse_star_targets(Parser *p) {
    int start = p_mark(p);
    Expr *first = star_target(p, CTX_STORE);
    if (!first || !p_at(p, TOK_COMMA)) return first;
    PtrList elts;
    list_init(&elts);
    list_push(p, &elts, first);
    p_next(p);
    target_seq(p, &elts, CTX_STORE);
    if (p->error) {
        list_free(&elts);
        return NULL;
    }
    return new_target_seq(p, E_Tuple, &elts, start, CTX_STORE);
}

/* del_targets: a list of del_target; returns it as a Tuple-shaped holder's elts */
ExprSeq *parse_del_targets(Parser *p) {
    PtrList elts;
    list_init(&elts);
    target_seq(p, &elts, CTX_DEL);
    if (p->error || !elts.count) {
        list_free(&elts);
        return NULL;
    }
    return list_to_seq(p, &elts);
}

/* ---- expressions parsed first, then used as targets ---- */

/* The first sub-expression that cannot be a target, or NULL if `e` is a valid target.
 * allow_seq: star_targets (tuples, lists, starred) rather than single_target. */
const Expr *invalid_target_of(const Expr *e, int allow_seq) {
    switch (e->kind) {
        case E_Name:
        case E_Attribute:
        case E_Subscript: return NULL;
        case E_Starred: return allow_seq ? invalid_target_of(e->Starred.value, 1) : e;
        case E_Tuple:
        case E_List:
            if (!allow_seq) return e;
            for (int i = 0; i < AST_SEQ_LEN(e->Tuple.elts); i++) {
                const Expr *bad = invalid_target_of(e->Tuple.elts->items[i], 1);
                if (bad) return bad;
            }
            return NULL;
        default: return e;
    }
}

void set_store(Expr *e, ExprContext ctx) {
    switch (e->kind) {
        case E_Name: e->Name.ctx = ctx; break;
        case E_Attribute: e->Attribute.ctx = ctx; break;
        case E_Subscript: e->Subscript.ctx = ctx; break;
        case E_Starred:
            e->Starred.ctx = ctx;
            set_store(e->Starred.value, ctx);
            break;
        case E_Tuple:
        case E_List:
            e->Tuple.ctx = ctx;
            for (int i = 0; i < AST_SEQ_LEN(e->Tuple.elts); i++)
                set_store(e->Tuple.elts->items[i], ctx);
            break;
        default: break;
    }
}
