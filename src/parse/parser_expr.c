/* parser_expr.c: the expression grammar of Python 3.11: conditional and boolean expressions,
 * comparisons, binary and unary operators, await, primaries (attribute, call, subscript),
 * atoms, displays and comprehensions, slices, call arguments, yield and lambda. */
#include "parser_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../memory/alloc.h"

static Expr *parse_lambdef(Parser *p);

/* ---- helpers ---- */

static Expr *new_constant(Parser *p, ConstKind kind, Loc l) {
    Expr *e = new_expr(p, E_Constant, l);
    if (e) e->Constant.value.kind = kind;
    return e;
}

static Expr *new_seq_expr(Parser *p, ExprKind kind, PtrList *elts, Loc l) {
    ExprSeq *seq = list_to_seq(p, elts);
    if (p->error) return NULL;
    Expr *e = new_expr(p, kind, l);
    if (!e) return NULL;
    if (kind == E_Set) {
        e->Set.elts = seq;
    } else {
        e->Tuple.elts = seq; /* List and Tuple share the layout */
        e->Tuple.ctx = CTX_LOAD;
    }
    return e;
}

static int at_comprehension_start(Parser *p) {
    PTok *t = p_peek(p);
    if (t->kw == KW_FOR) return 1;
    return t->kw == KW_ASYNC && p_peek_at(p, 1)->kw == KW_FOR;
}

/* A comprehension node: ListComp/SetComp/GeneratorExp (elt) or DictComp (key, value). */
static Expr *finish_comprehension(Parser *p, ExprKind kind, Expr *elt, Expr *value, TokenKind close,
                                  int start) {
    ComprehensionSeq *gens = parse_for_if_clauses(p);
    if (!gens || !p_expect(p, close)) return NULL;
    Expr *e = new_expr(p, kind, loc_span(p, start));
    if (!e) return NULL;
    if (kind == E_DictComp) {
        e->DictComp.key = elt;
        e->DictComp.value = value;
        e->DictComp.generators = gens;
    } else {
        e->ListComp.elt = elt; /* ListComp, SetComp and GeneratorExp share the layout */
        e->ListComp.generators = gens;
    }
    return e;
}

/* ---- the expression levels ---- */

static Expr *expression_body(Parser *p) {
    if (p->invalid_pass) {
        int m = p_mark(p);
        invalid_expression(p);
        if (p->error) return NULL;
        p_reset(p, m);
    }
    if (p_at_kw(p, KW_LAMBDA)) return parse_lambdef(p);
    int start = p_mark(p);
    Expr *a = parse_disjunction(p);
    if (!a || !p_at_kw(p, KW_IF)) return a;
    int m = p_mark(p);
    p_next(p);
    Expr *test = parse_disjunction(p);
    if (test && p_expect_kw(p, KW_ELSE)) {
        Expr *orelse = parse_expression(p);
        if (orelse) {
            Expr *e = new_expr(p, E_IfExp, loc_span(p, start));
            if (!e) return NULL;
            e->IfExp.test = test;
            e->IfExp.body = a;
            e->IfExp.orelse = orelse;
            return e;
        }
    }
    if (p->error) return NULL;
    p_reset(p, m);
    return a;
}

/* expression without the memo (CPython's expression_without_invalid is a rule of its own) */
Expr *parse_expression_unmemoized(Parser *p) {
    if (!p_enter(p, 1)) return NULL;
    Expr *e = expression_body(p);
    p_leave(p, 1);
    return e;
}

Expr *parse_expression(Parser *p) {
    return p_memoized(p, MEMO_EXPRESSION, parse_expression_unmemoized);
}

/* operand ('kw' operand)+ as one BoolOp, or the lone operand */
static Expr *bool_chain(Parser *p, KwId kw, BoolOpKind op, Expr *(*operand)(Parser *)) {
    int start = p_mark(p);
    Expr *a = operand(p);
    if (!a || !p_at_kw(p, kw)) return a;
    PtrList values;
    list_init(&values);
    list_push(p, &values, a);
    while (p_at_kw(p, kw)) {
        int m = p_mark(p);
        p_next(p);
        Expr *b = operand(p);
        if (!b) {
            p_reset(p, m);
            break;
        }
        list_push(p, &values, b);
    }
    if (values.count == 1 || p->error) {
        list_free(&values);
        return p->error ? NULL : a;
    }
    Loc l = loc_span(p, start);
    ExprSeq *seq = list_to_seq(p, &values);
    Expr *e = seq ? new_expr(p, E_BoolOp, l) : NULL;
    if (!e) return NULL;
    e->BoolOp.op = op;
    e->BoolOp.values = seq;
    return e;
}

static Expr *parse_comparison(Parser *p);

static Expr *parse_inversion(Parser *p) {
    if (!p_at_kw(p, KW_NOT)) return parse_comparison(p);
    int start = p_mark(p);
    p_next(p);
    if (!p_enter(p, 1)) return NULL;
    Expr *operand = parse_inversion(p);
    p_leave(p, 1);
    if (!operand) return NULL;
    Expr *e = new_expr(p, E_UnaryOp, loc_span(p, start));
    if (!e) return NULL;
    e->UnaryOp.op = UNARYOP_NOT;
    e->UnaryOp.operand = operand;
    return e;
}

static Expr *parse_conjunction(Parser *p) {
    return bool_chain(p, KW_AND, BOOLOP_AND, parse_inversion);
}

static Expr *disjunction_body(Parser *p) {
    return bool_chain(p, KW_OR, BOOLOP_OR, parse_conjunction);
}

Expr *parse_disjunction(Parser *p) { return p_memoized(p, MEMO_DISJUNCTION, disjunction_body); }

/* Consumes a comparison operator; 0 if there is none. */
static CmpOpKind compare_op(Parser *p) {
    PTok *t = p_peek(p);
    CmpOpKind op = 0;
    switch (t->kind) {
        case TOK_EQEQUAL: op = CMPOP_EQ; break;
        case TOK_NOTEQUAL: op = CMPOP_NOTEQ; break;
        case TOK_LESS: op = CMPOP_LT; break;
        case TOK_LESSEQUAL: op = CMPOP_LTE; break;
        case TOK_GREATER: op = CMPOP_GT; break;
        case TOK_GREATEREQUAL: op = CMPOP_GTE; break;
        case TOK_NAME:
            if (t->kw == KW_IN) {
                op = CMPOP_IN;
            } else if (t->kw == KW_NOT) {
                if (p_peek_at(p, 1)->kw != KW_IN) return 0;
                p_next(p);
                op = CMPOP_NOTIN;
            } else if (t->kw == KW_IS) {
                op = CMPOP_IS;
                if (p_peek_at(p, 1)->kw == KW_NOT) {
                    p_next(p);
                    op = CMPOP_ISNOT;
                }
            }
            break;
        default: break;
    }
    if (op) p_next(p);
    return op;
}

static Expr *parse_comparison(Parser *p) {
    int start = p_mark(p);
    Expr *a = parse_bitwise_or(p);
    if (!a) return NULL;
    PtrList ops, comparators;
    list_init(&ops);
    list_init(&comparators);
    for (;;) {
        int m = p_mark(p);
        CmpOpKind op = compare_op(p);
        if (!op) break;
        Expr *b = parse_bitwise_or(p);
        if (!b) {
            p_reset(p, m);
            break;
        }
        list_push(p, &ops, (void *)(intptr_t)op);
        list_push(p, &comparators, b);
    }
    if (!ops.count || p->error) {
        list_free(&ops);
        list_free(&comparators);
        return p->error ? NULL : a;
    }
    CmpOpSeq *opseq = AST_SEQ_NEW(p->arena, CmpOpSeq, ops.count);
    if (!opseq) p_no_memory(p);
    for (int i = 0; opseq && i < ops.count; i++)
        opseq->items[i] = (CmpOpKind)(intptr_t)ops.items[i];
    list_free(&ops);
    Loc l = loc_span(p, start);
    ExprSeq *cmps = list_to_seq(p, &comparators);
    Expr *e = p->error ? NULL : new_expr(p, E_Compare, l);
    if (!e) return NULL;
    e->Compare.left = a;
    e->Compare.ops = opseq;
    e->Compare.comparators = cmps;
    return e;
}

/* The binary operator levels from loosest to tightest: | ^ & shift sum term. */
enum { LEVEL_BITOR, LEVEL_BITXOR, LEVEL_BITAND, LEVEL_SHIFT, LEVEL_SUM, LEVEL_TERM, LEVEL_COUNT };

static OperatorKind binary_op_at(TokenKind k, int level) {
    switch (level) {
        case LEVEL_BITOR: return k == TOK_VBAR ? OP_BITOR : 0;
        case LEVEL_BITXOR: return k == TOK_CIRCUMFLEX ? OP_BITXOR : 0;
        case LEVEL_BITAND: return k == TOK_AMPER ? OP_BITAND : 0;
        case LEVEL_SHIFT:
            return k == TOK_LEFTSHIFT ? OP_LSHIFT : k == TOK_RIGHTSHIFT ? OP_RSHIFT : 0;
        case LEVEL_SUM: return k == TOK_PLUS ? OP_ADD : k == TOK_MINUS ? OP_SUB : 0;
        default:
            switch (k) {
                case TOK_STAR: return OP_MULT;
                case TOK_SLASH: return OP_DIV;
                case TOK_DOUBLESLASH: return OP_FLOORDIV;
                case TOK_PERCENT: return OP_MOD;
                case TOK_AT: return OP_MATMULT;
                default: return 0;
            }
    }
}

static Expr *parse_factor(Parser *p);

static Expr *binary_level(Parser *p, int level) {
    if (level == LEVEL_COUNT) return parse_factor(p);
    int start = p_mark(p);
    Expr *a = binary_level(p, level + 1);
    while (a) {
        OperatorKind op = binary_op_at(p_peek(p)->kind, level);
        if (!op) break;
        int m = p_mark(p);
        p_next(p);
        Expr *b = binary_level(p, level + 1);
        if (!b) {
            p_reset(p, m);
            break;
        }
        Expr *e = new_expr(p, E_BinOp, loc_span(p, start));
        if (!e) return NULL;
        e->BinOp.left = a;
        e->BinOp.op = op;
        e->BinOp.right = b;
        a = e;
    }
    return p->error ? NULL : a;
}

static Expr *bitwise_or_body(Parser *p) { return binary_level(p, LEVEL_BITOR); }
Expr *parse_bitwise_or(Parser *p) { return p_memoized(p, MEMO_BITWISE_OR, bitwise_or_body); }

static Expr *await_primary(Parser *p) {
    if (!p_at_kw(p, KW_AWAIT)) return parse_primary(p);
    int start = p_mark(p);
    p_next(p);
    Expr *v = parse_primary(p);
    Expr *a = v ? new_expr(p, E_Await, loc_span(p, start)) : NULL;
    if (a) a->Await.value = v;
    return a;
}

static Expr *parse_power(Parser *p) {
    int start = p_mark(p);
    Expr *a = p_memoized(p, MEMO_AWAIT_PRIMARY, await_primary);
    if (!a) return NULL;
    if (!p_at(p, TOK_DOUBLESTAR)) return a;
    int m = p_mark(p);
    p_next(p);
    Expr *b = parse_factor(p);
    if (!b) {
        if (p->error) return NULL;
        p_reset(p, m);
        return a;
    }
    Expr *e = new_expr(p, E_BinOp, loc_span(p, start));
    if (!e) return NULL;
    e->BinOp.left = a;
    e->BinOp.op = OP_POW;
    e->BinOp.right = b;
    return e;
}

static Expr *parse_factor(Parser *p) {
    UnaryOpKind op;
    switch (p_peek(p)->kind) {
        case TOK_PLUS: op = UNARYOP_UADD; break;
        case TOK_MINUS: op = UNARYOP_USUB; break;
        case TOK_TILDE: op = UNARYOP_INVERT; break;
        default: return parse_power(p);
    }
    int start = p_mark(p);
    p_next(p);
    if (!p_enter(p, 1)) return NULL;
    Expr *operand = parse_factor(p);
    p_leave(p, 1);
    if (!operand) return NULL;
    Expr *e = new_expr(p, E_UnaryOp, loc_span(p, start));
    if (!e) return NULL;
    e->UnaryOp.op = op;
    e->UnaryOp.operand = operand;
    return e;
}

/* ---- primaries ---- */

static Expr *subscript_trailer(Parser *p, Expr *value, int start) {
    int m = p_mark(p);
    p_next(p); /* '[' */
    Expr *slice = parse_slices(p);
    if (!slice || !p_expect(p, TOK_RSQB)) {
        p_reset(p, m);
        return NULL;
    }
    Expr *e = new_expr(p, E_Subscript, loc_span(p, start));
    if (!e) return NULL;
    e->Subscript.value = value;
    e->Subscript.slice = slice;
    e->Subscript.ctx = CTX_LOAD;
    return e;
}

static Expr *attribute_trailer(Parser *p, Expr *value, int start) {
    int m = p_mark(p);
    p_next(p); /* '.' */
    PTok *name = p_expect_name(p);
    if (!name) {
        p_reset(p, m);
        return NULL;
    }
    const char *attr = p_ident(p, name);
    Expr *e = attr ? new_expr(p, E_Attribute, loc_span(p, start)) : NULL;
    if (!e) return NULL;
    e->Attribute.value = value;
    e->Attribute.attr = attr;
    e->Attribute.ctx = CTX_LOAD;
    return e;
}

/* One trailer (.name, (args), [slices]) applied to `e`; NULL (position kept) if none. */
Expr *primary_trailer(Parser *p, Expr *e, int start) {
    TokenKind k = p_peek(p)->kind;
    if (k == TOK_DOT) return attribute_trailer(p, e, start);
    if (k != TOK_LPAR && k != TOK_LSQB) return NULL;
    if (!p_enter(p, TRAILER_NESTING_COST)) return NULL;
    Expr *r = k == TOK_LPAR ? parse_call_trailer(p, e, start) : subscript_trailer(p, e, start);
    p_leave(p, TRAILER_NESTING_COST);
    return r;
}

Expr *parse_primary(Parser *p) {
    int start = p_mark(p);
    Expr *a = parse_atom(p);
    while (a) {
        Expr *b = primary_trailer(p, a, start);
        if (!b) break;
        a = b;
    }
    return p->error ? NULL : a;
}

/* t_primary of the target grammar: atom followed by trailers, each followed by another
 * trailer start (t_lookahead). On success the current token starts the final trailer. */
int at_t_lookahead(Parser *p) {
    TokenKind k = p_peek(p)->kind;
    return k == TOK_LPAR || k == TOK_LSQB || k == TOK_DOT;
}

/* ---- call arguments ---- */

static Keyword *new_keyword(Parser *p, const char *arg, Expr *value, Loc l) {
    Keyword *k = p_alloc(p, sizeof(Keyword));
    if (!k) return NULL;
    k->lineno = l.lineno;
    k->col_offset = l.col;
    k->end_lineno = l.end_lineno;
    k->end_col_offset = l.end_col;
    k->arg = arg;
    k->value = value;
    return k;
}

/* assignment_expression | expression !':=' */
Expr *plain_named_expression(Parser *p) {
    PTok *t = p_peek(p);
    if (p_is_name(t) && p_peek_at(p, 1)->kind == TOK_COLONEQUAL) {
        int start = p_mark(p);
        p_next(p);
        p_next(p);
        Expr *value = parse_expression(p);
        if (!value) return NULL;
        Expr *target = new_name(p, t, CTX_STORE);
        Expr *e = target ? new_expr(p, E_NamedExpr, loc_span(p, start)) : NULL;
        if (!e) return NULL;
        e->NamedExpr.target = target;
        e->NamedExpr.value = value;
        return e;
    }
    Expr *e = parse_expression(p);
    if (e && p_at(p, TOK_COLONEQUAL)) return NULL;
    return e;
}

/* assignment_expression | invalid_named_expression | expression !':=' */
Expr *parse_named_expression(Parser *p) {
    PTok *t = p_peek(p);
    if (p_is_name(t) && p_peek_at(p, 1)->kind == TOK_COLONEQUAL) return plain_named_expression(p);
    if (p->invalid_pass) {
        int m = p_mark(p);
        invalid_named_expression(p);
        if (p->error) return NULL;
        p_reset(p, m);
    }
    return plain_named_expression(p);
}

static Expr *starred(Parser *p, Expr *(*operand)(Parser *)) {
    int start = p_mark(p);
    p_next(p); /* '*' */
    Expr *v = operand(p);
    if (!v) return NULL;
    Expr *e = new_expr(p, E_Starred, loc_span(p, start));
    if (!e) return NULL;
    e->Starred.value = v;
    e->Starred.ctx = CTX_LOAD;
    return e;
}

/* args [','] &')' ; fills *args and *kws. `first`, if not NULL, is the first positional
 * argument, already parsed. Returns 0 if the arguments do not parse. */
int parse_arguments(Parser *p, Expr *first, ExprSeq **args, KeywordSeq **kws) {
    PtrList pos, kw;
    list_init(&pos);
    list_init(&kw);
    int seen_keyword = 0, seen_double_star = 0, ok = 1;
    if (first) {
        ok = !p_at(p, TOK_EQUAL) && list_push(p, &pos, first);
        if (ok && !p_expect(p, TOK_COMMA)) goto done;
    }
    while (ok && !p_at(p, TOK_RPAR)) {
        int start = p_mark(p);
        if (p->invalid_pass) {
            invalid_kwarg(p);
            if (p->error) break;
        }
        PTok *t = p_peek(p);
        if (t->kind == TOK_STAR) {
            Expr *e = seen_double_star ? NULL : starred(p, parse_expression);
            ok = e && list_push(p, &pos, e);
        } else if (t->kind == TOK_DOUBLESTAR) {
            p_next(p);
            Expr *v = parse_expression(p);
            Keyword *k = v ? new_keyword(p, NULL, v, loc_span(p, start)) : NULL;
            ok = k && list_push(p, &kw, k);
            seen_keyword = seen_double_star = 1;
        } else if (p_is_name(t) && p_peek_at(p, 1)->kind == TOK_EQUAL) {
            p_next(p);
            p_next(p);
            Expr *v = parse_expression(p);
            const char *name = v ? p_ident(p, t) : NULL;
            Keyword *k = name ? new_keyword(p, name, v, loc_span(p, start)) : NULL;
            ok = k && list_push(p, &kw, k);
            seen_keyword = 1;
        } else {
            Expr *e = seen_keyword ? NULL : plain_named_expression(p);
            ok = e && !p_at(p, TOK_EQUAL) && list_push(p, &pos, e);
        }
        if (ok && !p_expect(p, TOK_COMMA)) break;
    }
done:
    ok = ok && !p->error && p_at(p, TOK_RPAR);
    if (!ok) {
        list_free(&pos);
        list_free(&kw);
        return 0;
    }
    *args = list_to_seq(p, &pos);
    *kws = list_to_seq(p, &kw);
    return !p->error;
}

/* primary genexp | primary '(' [arguments] ')' at '(' ; NULL (position kept) if neither */
Expr *parse_call_trailer(Parser *p, Expr *func, int start) {
    int paren = p_mark(p);
    p_next(p);
    ExprSeq *args = NULL;
    KeywordSeq *kws = NULL;
    Expr *first = NULL;
    int ok = 1;
    PTok *t = p_peek(p);
    if (p->invalid_pass) invalid_kwarg(p);
    if (!p->error && t->kind != TOK_RPAR && t->kind != TOK_STAR && t->kind != TOK_DOUBLESTAR &&
        !(p_is_name(t) && p_peek_at(p, 1)->kind == TOK_EQUAL)) {
        first = plain_named_expression(p);
        ok = first != NULL;
        if (ok && at_comprehension_start(p)) {
            Expr *g = finish_comprehension(p, E_GeneratorExp, first, NULL, TOK_RPAR, paren);
            args = g ? AST_SEQ_NEW(p->arena, ExprSeq, 1) : NULL;
            if (g && !args) return p_oom(p);
            if (args) args->items[0] = g;
            ok = g != NULL;
            goto done;
        }
    }
    ok = ok && !p->error && parse_arguments(p, first, &args, &kws) && p_expect(p, TOK_RPAR);
done:
    if (!ok) {
        if (p->invalid_pass && !p->error) invalid_arguments(p, paren + 1);
        p_reset(p, paren);
        return NULL;
    }
    Expr *e = new_expr(p, E_Call, loc_span(p, start));
    if (!e) return NULL;
    e->Call.func = func;
    e->Call.args = args;
    e->Call.keywords = kws;
    return e;
}

/* ---- slices ---- */

static Expr *parse_slice(Parser *p) {
    int start = p_mark(p);
    Expr *lower = NULL;
    if (!p_at(p, TOK_COLON)) {
        PTok *t = p_peek(p);
        if (p_is_name(t) && p_peek_at(p, 1)->kind == TOK_COLONEQUAL)
            return parse_named_expression(p);
        if (p->invalid_pass) {
            invalid_named_expression(p);
            if (p->error) return NULL;
            p_reset(p, start);
        }
        lower = parse_expression(p);
        if (!lower || p_at(p, TOK_COLONEQUAL)) return NULL;
        if (!p_at(p, TOK_COLON)) return lower; /* the named_expression alternative */
    }
    p_next(p); /* ':' */
    Expr *upper = NULL, *step = NULL;
    int m = p_mark(p);
    if (!(upper = parse_expression(p))) p_reset(p, m);
    if (p_expect(p, TOK_COLON)) {
        m = p_mark(p);
        if (!(step = parse_expression(p))) p_reset(p, m);
    }
    if (p->error) return NULL;
    Expr *e = new_expr(p, E_Slice, loc_span(p, start));
    if (!e) return NULL;
    e->Slice.lower = lower;
    e->Slice.upper = upper;
    e->Slice.step = step;
    return e;
}

Expr *parse_slices(Parser *p) {
    int start = p_mark(p);
    Expr *first = p_at(p, TOK_STAR) ? starred(p, parse_expression) : parse_slice(p);
    if (!first) return NULL;
    if (!p_at(p, TOK_COMMA) && first->kind != E_Starred) return first;
    PtrList elts;
    list_init(&elts);
    list_push(p, &elts, first);
    while (p_expect(p, TOK_COMMA)) {
        int m = p_mark(p);
        Expr *e = p_at(p, TOK_STAR) ? starred(p, parse_expression) : parse_slice(p);
        if (!e) {
            p_reset(p, m);
            break;
        }
        list_push(p, &elts, e);
    }
    if (p->error) {
        list_free(&elts);
        return NULL;
    }
    return new_seq_expr(p, E_Tuple, &elts, loc_span(p, start));
}

/* ---- displays ---- */

Expr *parse_star_named_expression(Parser *p) {
    if (p_at(p, TOK_STAR)) return starred(p, parse_bitwise_or);
    return parse_named_expression(p);
}

/* Appends `',' star_named_expression` items to `elts` until one does not parse. */
static void star_named_tail(Parser *p, PtrList *elts) {
    while (p_expect(p, TOK_COMMA)) {
        int m = p_mark(p);
        Expr *e = parse_star_named_expression(p);
        if (!e) {
            p_reset(p, m);
            return;
        }
        list_push(p, elts, e);
    }
}

static Expr *paren_body(Parser *p);

/* '(' ... ')': tuple, group or generator expression */
static Expr *parse_paren(Parser *p) {
    int start = p_mark(p);
    Expr *e = paren_body(p);
    if (!e && p->invalid_pass && !p->error) {
        invalid_group(p, start);
        if (!p->error) invalid_comprehension(p, start);
    }
    return e;
}

static Expr *paren_body(Parser *p) {
    int start = p_mark(p);
    p_next(p);
    PtrList elts;
    list_init(&elts);
    if (p_expect(p, TOK_RPAR)) return new_seq_expr(p, E_Tuple, &elts, loc_span(p, start));
    if (p_at_kw(p, KW_YIELD)) {
        Expr *y = parse_yield_expr(p);
        return y && p_expect(p, TOK_RPAR) ? y : NULL;
    }
    Expr *first = parse_star_named_expression(p);
    if (!first) return NULL;
    if (p_at(p, TOK_COMMA)) {
        list_push(p, &elts, first);
        star_named_tail(p, &elts);
        if (!p_expect(p, TOK_RPAR)) {
            list_free(&elts);
            return NULL;
        }
        return new_seq_expr(p, E_Tuple, &elts, loc_span(p, start));
    }
    if (first->kind == E_Starred) return NULL;
    if (p_expect(p, TOK_RPAR)) return first;
    if (at_comprehension_start(p))
        return finish_comprehension(p, E_GeneratorExp, first, NULL, TOK_RPAR, start);
    return NULL;
}

static Expr *list_body(Parser *p);

/* '[' ... ']': list or list comprehension */
static Expr *parse_list(Parser *p) {
    int start = p_mark(p);
    Expr *e = list_body(p);
    if (!e && p->invalid_pass && !p->error) invalid_comprehension(p, start);
    return e;
}

static Expr *list_body(Parser *p) {
    int start = p_mark(p);
    p_next(p);
    PtrList elts;
    list_init(&elts);
    if (!p_at(p, TOK_RSQB)) {
        Expr *first = parse_star_named_expression(p);
        if (!first) return NULL;
        if (first->kind != E_Starred && at_comprehension_start(p))
            return finish_comprehension(p, E_ListComp, first, NULL, TOK_RSQB, start);
        list_push(p, &elts, first);
        star_named_tail(p, &elts);
    }
    if (!p_expect(p, TOK_RSQB)) {
        list_free(&elts);
        return NULL;
    }
    return new_seq_expr(p, E_List, &elts, loc_span(p, start));
}

/* A dict key after the first entry. CPython's second pass never reports the errors of
 * invalid_expression there (it reports "':' expected after dictionary key" instead). */
Expr *parse_dict_key(Parser *p) {
    int saved = p->invalid_pass;
    p->invalid_pass = 0;
    Expr *k = parse_expression(p);
    p->invalid_pass = saved;
    return k;
}

/* The rest of a dict display after its first entry. */
static Expr *finish_dict(Parser *p, PtrList *keys, PtrList *values, int start) {
    while (p_expect(p, TOK_COMMA)) {
        int m = p_mark(p);
        Expr *k = NULL, *v;
        if (p_expect(p, TOK_DOUBLESTAR)) {
            v = parse_bitwise_or(p);
        } else {
            k = parse_dict_key(p);
            v = k && p_expect(p, TOK_COLON) ? parse_expression(p) : NULL;
        }
        if (!v) {
            p_reset(p, m);
            break;
        }
        list_push(p, keys, k);
        list_push(p, values, v);
    }
    if (p->error || !p_expect(p, TOK_RBRACE)) {
        list_free(keys);
        list_free(values);
        return NULL;
    }
    Loc l = loc_span(p, start);
    ExprSeq *ks = list_to_seq(p, keys), *vs = list_to_seq(p, values);
    Expr *e = p->error ? NULL : new_expr(p, E_Dict, l);
    if (!e) return NULL;
    e->Dict.keys = ks;
    e->Dict.values = vs;
    return e;
}

static Expr *brace_body(Parser *p);

/* '{' ... '}': dict, set, dict or set comprehension */
static Expr *parse_brace(Parser *p) {
    int start = p_mark(p);
    Expr *e = brace_body(p);
    if (!e && p->invalid_pass && !p->error) {
        invalid_dict(p, start);
        if (!p->error) invalid_comprehension(p, start);
    }
    return e;
}

static Expr *brace_body(Parser *p) {
    int start = p_mark(p);
    p_next(p);
    PtrList keys, values;
    list_init(&keys);
    list_init(&values);
    if (p_at(p, TOK_RBRACE) || p_at(p, TOK_DOUBLESTAR)) {
        if (p_expect(p, TOK_DOUBLESTAR)) {
            Expr *v = parse_bitwise_or(p);
            if (!v) return NULL;
            list_push(p, &keys, NULL);
            list_push(p, &values, v);
        }
        return finish_dict(p, &keys, &values, start);
    }
    int first_tok = p_mark(p);
    Expr *first = parse_star_named_expression(p);
    if (!first) return NULL;
    int bare_walrus = first->kind == E_NamedExpr && p_tok(p, first_tok)->kind == TOK_NAME;
    if (p_at(p, TOK_COLON) && first->kind != E_Starred && !bare_walrus) {
        p_next(p);
        Expr *v = parse_expression(p);
        if (!v) return NULL;
        if (at_comprehension_start(p))
            return finish_comprehension(p, E_DictComp, first, v, TOK_RBRACE, start);
        list_push(p, &keys, first);
        list_push(p, &values, v);
        return finish_dict(p, &keys, &values, start);
    }
    if (first->kind != E_Starred && at_comprehension_start(p))
        return finish_comprehension(p, E_SetComp, first, NULL, TOK_RBRACE, start);
    list_push(p, &values, first);
    star_named_tail(p, &values);
    if (!p_expect(p, TOK_RBRACE)) {
        list_free(&values);
        return NULL;
    }
    return new_seq_expr(p, E_Set, &values, loc_span(p, start));
}

/* ---- atoms ---- */

Expr *parse_atom(Parser *p) {
    PTok *t = p_peek(p);
    switch (t->kind) {
        case TOK_NAME:
            switch (t->kw) {
                case KW_TRUE: p_next(p); return new_constant(p, CONST_TRUE, loc_tok(t));
                case KW_FALSE: p_next(p); return new_constant(p, CONST_FALSE, loc_tok(t));
                case KW_NONE: p_next(p); return new_constant(p, CONST_NONE, loc_tok(t));
                default:
                    if (t->kw != KW_NONE_KW && t->kw < KW__FIRST_SOFT) return NULL;
                    p_next(p);
                    return new_name(p, t, CTX_LOAD);
            }
        case TOK_STRING: return parse_strings(p);
        case TOK_NUMBER: p_next(p); return parse_number(p, t);
        case TOK_LPAR:
        case TOK_LSQB:
        case TOK_LBRACE: {
            if (!p_enter(p, BRACKET_NESTING_COST)) return NULL;
            Expr *e = t->kind == TOK_LPAR   ? parse_paren(p)
                      : t->kind == TOK_LSQB ? parse_list(p)
                                            : parse_brace(p);
            p_leave(p, BRACKET_NESTING_COST);
            return e;
        }
        case TOK_ELLIPSIS: p_next(p); return new_constant(p, CONST_ELLIPSIS, loc_tok(t));
        default: return NULL;
    }
}

/* A NUMBER token: int digits kept as text (underscores removed), floats converted. */
Expr *parse_number(Parser *p, const PTok *t) {
    size_t n = (size_t)(t->end - t->start), len = 0;
    char *text = p_alloc(p, n + 1);
    if (!text) return NULL;
    for (size_t i = 0; i < n; i++)
        if (t->start[i] != '_') text[len++] = t->start[i];
    text[len] = '\0';
    ConstKind kind = CONST_INT;
    int prefixed = len > 1 && text[0] == '0' && strchr("xXoObB", text[1]) && text[1];
    if (text[len - 1] == 'j' || text[len - 1] == 'J') {
        kind = CONST_COMPLEX;
        text[--len] = '\0';
    } else if (!prefixed && strpbrk(text, ".eE")) {
        kind = CONST_FLOAT;
    }
    Expr *e = new_constant(p, kind, loc_tok(t));
    if (!e) return NULL;
    if (kind == CONST_INT) {
        e->Constant.value.data = text;
        e->Constant.value.len = len;
    } else {
        e->Constant.value.f = strtod(text, NULL);
    }
    return e;
}

/* ---- comprehensions ---- */

ComprehensionSeq *parse_for_if_clauses(Parser *p) {
    PtrList gens;
    list_init(&gens);
    while (at_comprehension_start(p)) {
        int m = p_mark(p);
        int is_async = p_expect_kw(p, KW_ASYNC) != NULL;
        p_next(p); /* 'for' */
        Expr *target = parse_star_targets(p);
        if (!target || !p_expect_kw(p, KW_IN)) {
            if (p->invalid_pass && !p->error) {
                p_reset(p, m);
                invalid_for_target(p);
            }
            p_reset(p, m);
            break;
        }
        Expr *iter = parse_disjunction(p);
        if (!iter) {
            list_free(&gens);
            return NULL;
        }
        PtrList ifs;
        list_init(&ifs);
        while (p_at_kw(p, KW_IF)) {
            int mi = p_mark(p);
            p_next(p);
            Expr *cond = parse_disjunction(p);
            if (!cond) {
                p_reset(p, mi);
                break;
            }
            list_push(p, &ifs, cond);
        }
        Comprehension *c = p_alloc(p, sizeof(Comprehension));
        if (c) {
            c->target = target;
            c->iter = iter;
            c->ifs = list_to_seq(p, &ifs);
            c->is_async = is_async;
        } else {
            list_free(&ifs);
        }
        list_push(p, &gens, c);
        if (p->error) break;
    }
    if (p->error || !gens.count) {
        list_free(&gens);
        return NULL;
    }
    return list_to_seq(p, &gens);
}

/* ---- expression lists ---- */

/* item (',' item)* [','] as a Tuple when there is a comma, else the item */
static Expr *expr_list(Parser *p, Expr *(*item)(Parser *)) {
    int start = p_mark(p);
    Expr *a = item(p);
    if (!a || !p_at(p, TOK_COMMA)) return a;
    PtrList elts;
    list_init(&elts);
    list_push(p, &elts, a);
    while (p_expect(p, TOK_COMMA)) {
        int m = p_mark(p);
        Expr *b = item(p);
        if (!b) {
            p_reset(p, m);
            break;
        }
        list_push(p, &elts, b);
    }
    if (p->error) {
        list_free(&elts);
        return NULL;
    }
    return new_seq_expr(p, E_Tuple, &elts, loc_span(p, start));
}

Expr *parse_star_expression(Parser *p) {
    if (p_at(p, TOK_STAR)) return starred(p, parse_bitwise_or);
    return parse_expression(p);
}

Expr *parse_star_expressions(Parser *p) { return expr_list(p, parse_star_expression); }
Expr *parse_expressions(Parser *p) { return expr_list(p, parse_expression); }

/* subject_expr's first alternative: star_named_expression ',' star_named_expressions? */
Expr *parse_star_named_expressions_tuple(Parser *p, int start) {
    Expr *first = parse_star_named_expression(p);
    if (!first || !p_at(p, TOK_COMMA)) return NULL;
    PtrList elts;
    list_init(&elts);
    list_push(p, &elts, first);
    star_named_tail(p, &elts);
    if (p->error) {
        list_free(&elts);
        return NULL;
    }
    return new_seq_expr(p, E_Tuple, &elts, loc_span(p, start));
}

Expr *parse_yield_expr(Parser *p) {
    int start = p_mark(p);
    p_next(p); /* 'yield' */
    if (p_expect_kw(p, KW_FROM)) {
        Expr *v = parse_expression(p);
        Expr *e = v ? new_expr(p, E_YieldFrom, loc_span(p, start)) : NULL;
        if (e) e->YieldFrom.value = v;
        return e;
    }
    int m = p_mark(p);
    Expr *v = parse_star_expressions(p);
    if (!v) {
        if (p->error) return NULL;
        p_reset(p, m);
    }
    Expr *e = new_expr(p, E_Yield, loc_span(p, start));
    if (e) e->Yield.value = v;
    return e;
}

/* ---- lambda ---- */

static Expr *parse_lambdef(Parser *p) {
    int start = p_mark(p);
    p_next(p); /* 'lambda' */
    Arguments *args;
    if (p->invalid_pass) {
        invalid_parameters(p, start + 1, 1);
        if (p->error) return NULL;
        p_reset(p, start + 1);
    }
    if (p_at(p, TOK_COLON)) {
        args = empty_arguments(p);
    } else {
        args = parse_params(p, 1);
    }
    if (!args || !p_expect(p, TOK_COLON)) return NULL;
    Expr *body = parse_expression(p);
    if (!body) return NULL;
    Expr *e = new_expr(p, E_Lambda, loc_span(p, start));
    if (!e) return NULL;
    e->Lambda.args = args;
    e->Lambda.body = body;
    return e;
}
