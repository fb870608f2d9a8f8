/* parser_pattern.c: the match statement and its pattern grammar (PEP 634): literal, capture,
 * wildcard, value, group, sequence, mapping, class, star, or- and as-patterns. */
#include "parser_internal.h"

static Pattern *parse_pattern(Parser *p);

static Pattern *pattern_node(Parser *p, PatternKind kind, int start) {
    return new_pattern(p, kind, loc_span(p, start));
}

/* NAME that is not '_' and not followed by '.', '(' or '=' */
static PTok *capture_target(Parser *p) {
    PTok *t = p_peek(p);
    if (!p_is_name(t) || t->kw == SK_UNDERSCORE) return NULL;
    TokenKind next = p_peek_at(p, 1)->kind;
    if (next == TOK_DOT || next == TOK_LPAR || next == TOK_EQUAL) return NULL;
    return p_expect_name(p);
}

/* ---- literals ---- */

/* NUMBER | '-' NUMBER */
static Expr *signed_number(Parser *p) {
    int start = p_mark(p);
    int neg = p_expect(p, TOK_MINUS) != NULL;
    PTok *t = p_expect(p, TOK_NUMBER);
    if (!t) return NULL;
    Expr *n = parse_number(p, t);
    if (!n || !neg) return n;
    Expr *e = new_expr(p, E_UnaryOp, loc_span(p, start));
    if (!e) return NULL;
    e->UnaryOp.op = UNARYOP_USUB;
    e->UnaryOp.operand = n;
    return e;
}

static int is_imaginary(const Expr *e) {
    if (e->kind == E_UnaryOp) e = e->UnaryOp.operand;
    return e->kind == E_Constant && e->Constant.value.kind == CONST_COMPLEX;
}

/* signed_number !('+' | '-') | signed_real_number ('+' | '-') imaginary_number */
static Expr *number_literal(Parser *p) {
    int start = p_mark(p);
    Expr *real = signed_number(p);
    if (!real) return NULL;
    TokenKind k = p_peek(p)->kind;
    if (k != TOK_PLUS && k != TOK_MINUS) return real;
    if (is_imaginary(real))
        return raise_at(p, SE_SYNTAX,
                        loc_expr(real->kind == E_UnaryOp ? real->UnaryOp.operand : real),
                        "real number required in complex literal");
    p_next(p);
    PTok *t = p_expect(p, TOK_NUMBER);
    if (!t) return NULL;
    Expr *imag = parse_number(p, t);
    if (!imag) return NULL;
    if (!is_imaginary(imag))
        return raise_at(p, SE_SYNTAX, loc_expr(imag),
                        "imaginary number required in complex literal");
    Expr *e = new_expr(p, E_BinOp, loc_span(p, start));
    if (!e) return NULL;
    e->BinOp.left = real;
    e->BinOp.op = k == TOK_PLUS ? OP_ADD : OP_SUB;
    e->BinOp.right = imag;
    return e;
}

/* literal_expr / literal_pattern's value part: numbers, strings, None, True, False */
static Expr *literal_expr(Parser *p) {
    PTok *t = p_peek(p);
    if (t->kind == TOK_NUMBER || t->kind == TOK_MINUS) return number_literal(p);
    if (t->kind == TOK_STRING) return parse_strings(p);
    if (t->kind == TOK_NAME && (t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE))
        return parse_atom(p);
    return NULL;
}

/* name_or_attr: NAME ('.' NAME)* as Name / Attribute loads */
static Expr *name_or_attr(Parser *p) {
    int start = p_mark(p);
    PTok *t = p_expect_name(p);
    Expr *e = t ? new_name(p, t, CTX_LOAD) : NULL;
    while (e && p_at(p, TOK_DOT)) {
        int m = p_mark(p);
        p_next(p);
        PTok *n = p_expect_name(p);
        if (!n) {
            p_reset(p, m);
            break;
        }
        Expr *a = new_expr(p, E_Attribute, loc_span(p, start));
        if (!a) return NULL;
        a->Attribute.value = e;
        a->Attribute.attr = p_ident(p, n);
        a->Attribute.ctx = CTX_LOAD;
        e = a;
    }
    return e;
}

/* ---- sequences ---- */

/* star_pattern | pattern */
static Pattern *maybe_star_pattern(Parser *p) {
    int start = p_mark(p);
    if (!p_expect(p, TOK_STAR)) return parse_pattern(p);
    const char *name = NULL;
    PTok *t = capture_target(p);
    if (t) {
        name = p_ident(p, t);
    } else if (!p_expect_soft(p, SK_UNDERSCORE)) {
        return NULL;
    }
    Pattern *pt = pattern_node(p, P_MatchStar, start);
    if (pt) pt->MatchStar.name = name;
    return pt;
}

/* ','.maybe_star_pattern+ ','? appended to l */
static void pattern_seq(Parser *p, PtrList *l) {
    for (;;) {
        int m = p_mark(p);
        Pattern *pt = maybe_star_pattern(p);
        if (!pt) {
            p_reset(p, m);
            return;
        }
        list_push(p, l, pt);
        if (!p_expect(p, TOK_COMMA)) return;
    }
}

static Pattern *sequence_node(Parser *p, PtrList *l, int start) {
    Loc loc = loc_span(p, start);
    PatternSeq *seq = list_to_seq(p, l);
    Pattern *pt = p->error ? NULL : new_pattern(p, P_MatchSequence, loc);
    if (pt) pt->MatchSequence.patterns = seq;
    return pt;
}

/* '(' ... ')': group or sequence pattern; '[' ... ']': sequence pattern */
static Pattern *bracketed_pattern(Parser *p) {
    int start = p_mark(p);
    TokenKind close = p_next(p)->kind == TOK_LPAR ? TOK_RPAR : TOK_RSQB;
    PtrList items;
    list_init(&items);
    if (close == TOK_RPAR && !p_at(p, TOK_RPAR)) {
        Pattern *first = maybe_star_pattern(p);
        if (!first) return NULL;
        if (first->kind != P_MatchStar && p_expect(p, TOK_RPAR)) return first; /* group */
        if (!p_expect(p, TOK_COMMA)) return NULL;
        list_push(p, &items, first);
    }
    pattern_seq(p, &items);
    if (p->error || !p_expect(p, close)) {
        list_free(&items);
        return NULL;
    }
    return sequence_node(p, &items, start);
}

/* ---- mapping and class patterns ---- */

static Pattern *mapping_pattern(Parser *p) {
    int start = p_mark(p);
    p_next(p); /* '{' */
    PtrList keys, values;
    list_init(&keys);
    list_init(&values);
    const char *rest = NULL;
    int ok = 1;
    while (ok && !p_at(p, TOK_RBRACE)) {
        if (p_expect(p, TOK_DOUBLESTAR)) {
            PTok *t = capture_target(p);
            ok = t && (rest = p_ident(p, t)) != NULL;
            p_expect(p, TOK_COMMA);
            break;
        }
        Expr *key =
            p_at(p, TOK_NAME) && p_peek(p)->kw == KW_NONE_KW ? name_or_attr(p) : literal_expr(p);
        if (key && key->kind == E_Name) key = NULL; /* attr needs a dot */
        Pattern *v = key && p_expect(p, TOK_COLON) ? parse_pattern(p) : NULL;
        ok = v && list_push(p, &keys, key) && list_push(p, &values, v);
        if (ok && !p_expect(p, TOK_COMMA)) break;
    }
    if (!ok || p->error || !p_expect(p, TOK_RBRACE)) {
        list_free(&keys);
        list_free(&values);
        return NULL;
    }
    Loc l = loc_span(p, start);
    ExprSeq *ks = list_to_seq(p, &keys);
    PatternSeq *vs = list_to_seq(p, &values);
    Pattern *pt = p->error ? NULL : new_pattern(p, P_MatchMapping, l);
    if (!pt) return NULL;
    pt->MatchMapping.keys = ks;
    pt->MatchMapping.patterns = vs;
    pt->MatchMapping.rest = rest;
    return pt;
}

/* invalid_class_argument_pattern: positional patterns after keyword patterns */
static void positional_after_keyword(Parser *p) {
    Pattern *first = NULL, *last = NULL;
    for (;;) {
        int m = p_mark(p);
        if (p_is_name(p_peek(p)) && p_peek_at(p, 1)->kind == TOK_EQUAL) break;
        Pattern *v = parse_pattern(p);
        if (!v) {
            p_reset(p, m);
            break;
        }
        if (!first) first = v;
        last = v;
        if (!p_expect(p, TOK_COMMA)) break;
    }
    if (first)
        raise_range(
            p, (Loc){first->lineno, first->col_offset, first->end_lineno, first->end_col_offset},
            (Loc){last->lineno, last->col_offset, last->end_lineno, last->end_col_offset},
            "positional patterns follow keyword patterns");
}

/* name_or_attr '(' [positional patterns] [keyword patterns] ','? ')' */
static Pattern *class_pattern(Parser *p, Expr *cls, int start) {
    p_next(p); /* '(' */
    PtrList pos, kwd_attrs, kwd_pats;
    list_init(&pos);
    list_init(&kwd_attrs);
    list_init(&kwd_pats);
    int ok = 1;
    while (ok && !p_at(p, TOK_RPAR)) {
        PTok *t = p_peek(p);
        if (p_is_name(t) && p_peek_at(p, 1)->kind == TOK_EQUAL) {
            p_next(p);
            p_next(p);
            Pattern *v = parse_pattern(p);
            ok = v && list_push(p, &kwd_attrs, (void *)p_ident(p, t)) && list_push(p, &kwd_pats, v);
        } else {
            if (kwd_attrs.count) {
                if (p->invalid_pass) positional_after_keyword(p);
                ok = 0;
                break;
            }
            Pattern *v = parse_pattern(p);
            ok = v && list_push(p, &pos, v);
        }
        if (ok && !p_expect(p, TOK_COMMA)) break;
    }
    if (!ok || p->error || !p_expect(p, TOK_RPAR)) {
        list_free(&pos);
        list_free(&kwd_attrs);
        list_free(&kwd_pats);
        return NULL;
    }
    Loc l = loc_span(p, start);
    PatternSeq *ps = list_to_seq(p, &pos), *kps = list_to_seq(p, &kwd_pats);
    IdentSeq *attrs = list_to_seq(p, &kwd_attrs);
    Pattern *pt = p->error ? NULL : new_pattern(p, P_MatchClass, l);
    if (!pt) return NULL;
    pt->MatchClass.cls = cls;
    pt->MatchClass.patterns = ps;
    pt->MatchClass.kwd_attrs = attrs;
    pt->MatchClass.kwd_patterns = kps;
    return pt;
}

/* capture, wildcard, value or class pattern, all starting with a NAME */
static Pattern *name_pattern(Parser *p) {
    int start = p_mark(p);
    PTok *t = capture_target(p);
    if (t) {
        const char *name = p_ident(p, t);
        Pattern *pt = pattern_node(p, P_MatchAs, start);
        if (pt) pt->MatchAs.name = name;
        return pt;
    }
    if (p_expect_soft(p, SK_UNDERSCORE)) return pattern_node(p, P_MatchAs, start);
    Expr *e = name_or_attr(p);
    if (!e) return NULL;
    if (p_at(p, TOK_LPAR)) return class_pattern(p, e, start);
    TokenKind k = p_peek(p)->kind;
    if (e->kind != E_Attribute || k == TOK_DOT || k == TOK_EQUAL) return NULL;
    Pattern *pt = pattern_node(p, P_MatchValue, start);
    if (pt) pt->MatchValue.value = e;
    return pt;
}

static Pattern *closed_pattern(Parser *p) {
    int start = p_mark(p);
    PTok *t = p_peek(p);
    switch (t->kind) {
        case TOK_NUMBER:
        case TOK_MINUS:
        case TOK_STRING: {
            Expr *v = literal_expr(p);
            Pattern *pt = v ? pattern_node(p, P_MatchValue, start) : NULL;
            if (pt) pt->MatchValue.value = v;
            return pt;
        }
        case TOK_NAME: {
            ConstKind c = t->kw == KW_NONE   ? CONST_NONE
                          : t->kw == KW_TRUE ? CONST_TRUE
                                             : CONST_FALSE;
            if (t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE) {
                p_next(p);
                Pattern *pt = pattern_node(p, P_MatchSingleton, start);
                if (pt) pt->MatchSingleton.value.kind = c;
                return pt;
            }
            return name_pattern(p);
        }
        case TOK_LPAR:
        case TOK_LSQB: return bracketed_pattern(p);
        case TOK_LBRACE: return mapping_pattern(p);
        default: return NULL;
    }
}

/* or_pattern ['as' pattern_capture_target] */
static Pattern *pattern_body(Parser *p) {
    int start = p_mark(p);
    PtrList alts;
    list_init(&alts);
    int m = p_mark(p);
    for (;;) {
        Pattern *pt = closed_pattern(p);
        if (!pt) {
            p_reset(p, m);
            break;
        }
        list_push(p, &alts, pt);
        m = p_mark(p);
        if (!p_expect(p, TOK_VBAR)) break;
    }
    if (!alts.count || p->error) {
        list_free(&alts);
        return NULL;
    }
    Pattern * or = alts.items[0];
    if (alts.count == 1) {
        list_free(&alts);
    } else {
        Loc l = loc_span(p, start);
        PatternSeq *seq = list_to_seq(p, &alts);
        or = p->error ? NULL : new_pattern(p, P_MatchOr, l);
        if (! or) return NULL;
        or->MatchOr.patterns = seq;
    }
    if (!p_at_kw(p, KW_AS)) return or ;
    m = p_mark(p);
    p_next(p);
    PTok *t = capture_target(p);
    if (!t) {
        if (p->invalid_pass) invalid_as_pattern(p, m);
        if (p->error) return NULL;
        p_reset(p, m);
        return or ;
    }
    Pattern *as = pattern_node(p, P_MatchAs, start);
    if (!as) return NULL;
    as->MatchAs.pattern = or ;
    as->MatchAs.name = p_ident(p, t);
    return as;
}

static Pattern *parse_pattern(Parser *p) {
    if (!p_enter(p, 1)) return NULL;
    Pattern *pt = pattern_body(p);
    p_leave(p, 1);
    return pt;
}

/* open_sequence_pattern | pattern */
static Pattern *patterns(Parser *p) {
    int start = p_mark(p);
    Pattern *first = maybe_star_pattern(p);
    if (!first) return NULL;
    if (!p_at(p, TOK_COMMA)) return first->kind == P_MatchStar ? NULL : first;
    p_next(p);
    PtrList items;
    list_init(&items);
    list_push(p, &items, first);
    pattern_seq(p, &items);
    if (p->error) {
        list_free(&items);
        return NULL;
    }
    return sequence_node(p, &items, start);
}

/* "case" patterns guard? ':' block */
static MatchCase *case_block(Parser *p) {
    PTok *kw = p_expect_soft(p, SK_CASE);
    if (!kw) return NULL;
    Pattern *pt = patterns(p);
    if (!pt) return NULL;
    Expr *guard = NULL;
    if (p_expect_kw(p, KW_IF) && !(guard = parse_named_expression(p))) return NULL;
    if (!p_expect(p, TOK_COLON)) {
        if (p->invalid_pass && p_at(p, TOK_NEWLINE)) raise_last(p, "expected ':'");
        return NULL;
    }
    StmtSeq *body;
    if (p->invalid_pass && p_at(p, TOK_NEWLINE) && p_peek_at(p, 1)->kind != TOK_INDENT) {
        p_next(p);
        p_next(p);
        return raise_last_indentation(p,
                                      "expected an indented block after 'case' statement on "
                                      "line %d",
                                      kw->lineno);
    }
    body = parse_block(p);
    if (!body) return NULL;
    MatchCase *c = p_alloc(p, sizeof(MatchCase));
    if (!c) return NULL;
    c->pattern = pt;
    c->guard = guard;
    c->body = body;
    return c;
}

Stmt *parse_match_stmt(Parser *p) {
    int start = p_mark(p);
    PTok *kw = p_next(p); /* "match" */
    Expr *subject = parse_star_named_expressions_tuple(p, p_mark(p));
    if (!subject) {
        if (p->error) return NULL;
        p_reset(p, start + 1);
        subject = parse_named_expression(p);
        if (!subject) return NULL;
    }
    if (!p_expect(p, TOK_COLON)) {
        if (p->invalid_pass && p_at(p, TOK_NEWLINE)) raise_last(p, "expected ':'");
        return NULL;
    }
    if (!p_expect(p, TOK_NEWLINE)) return NULL;
    if (!p_expect(p, TOK_INDENT)) {
        if (p->invalid_pass)
            raise_last_indentation(
                p, "expected an indented block after 'match' statement on line %d", kw->lineno);
        return NULL;
    }
    PtrList cases;
    list_init(&cases);
    for (;;) {
        int m = p_mark(p);
        MatchCase *c = case_block(p);
        if (!c) {
            p_reset(p, m);
            break;
        }
        list_push(p, &cases, c);
    }
    if (p->error || !cases.count || !p_expect(p, TOK_DEDENT)) {
        list_free(&cases);
        return NULL;
    }
    Loc l = loc_span(p, start);
    MatchCaseSeq *seq = list_to_seq(p, &cases);
    Stmt *s = p->error ? NULL : new_stmt(p, S_Match, l);
    if (!s) return NULL;
    s->Match.subject = subject;
    s->Match.cases = seq;
    return s;
}
