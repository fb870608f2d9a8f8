/* parser_errors.c: CPython 3.11's specialised syntax errors (its invalid_* grammar rules),
 * tried only in the second pass after a failed parse: invalid targets, forgotten commas,
 * '=' for '==', print without parentheses, bad call arguments and parameter lists, ... */
#include "parser_internal.h"

#include <string.h>

static Loc loc_of(const Expr *e) { return loc_expr(e); }

const char *expr_name(const Expr *e) {
    switch (e->kind) {
        case E_Attribute: return "attribute";
        case E_Subscript: return "subscript";
        case E_Starred: return "starred";
        case E_Name: return "name";
        case E_List: return "list";
        case E_Tuple: return "tuple";
        case E_Lambda: return "lambda";
        case E_Call: return "function call";
        case E_BoolOp:
        case E_BinOp:
        case E_UnaryOp: return "expression";
        case E_GeneratorExp: return "generator expression";
        case E_Yield:
        case E_YieldFrom: return "yield expression";
        case E_Await: return "await expression";
        case E_ListComp: return "list comprehension";
        case E_SetComp: return "set comprehension";
        case E_DictComp: return "dict comprehension";
        case E_Dict: return "dict literal";
        case E_Set: return "set display";
        case E_JoinedStr:
        case E_FormattedValue: return "f-string expression";
        case E_Constant:
            switch (e->Constant.value.kind) {
                case CONST_NONE: return "None";
                case CONST_FALSE: return "False";
                case CONST_TRUE: return "True";
                case CONST_ELLIPSIS: return "ellipsis";
                default: return "literal";
            }
        case E_Compare: return "comparison";
        case E_IfExp: return "conditional expression";
        case E_NamedExpr: return "named expression";
        default: return "expression";
    }
}

/* CPython's _PyPegen_get_invalid_target */
static const Expr *invalid_target(const Expr *e, TargetsType type) {
    if (!e) return NULL;
    switch (e->kind) {
        case E_List:
        case E_Tuple:
            for (int i = 0; i < AST_SEQ_LEN(e->Tuple.elts); i++) {
                const Expr *bad = invalid_target(e->Tuple.elts->items[i], type);
                if (bad) return bad;
            }
            return NULL;
        case E_Starred: return type == DEL_TARGETS ? e : invalid_target(e->Starred.value, type);
        case E_Compare:
            if (type == FOR_TARGETS)
                return e->Compare.ops->items[0] == CMPOP_IN ? invalid_target(e->Compare.left, type)
                                                            : NULL;
            return e;
        case E_Name:
        case E_Subscript:
        case E_Attribute: return NULL;
        default: return e;
    }
}

void raise_invalid_target(Parser *p, TargetsType type, const Expr *e) {
    const Expr *bad = invalid_target(e, type);
    if (!bad) return;
    raise_at(p, SE_SYNTAX, loc_of(bad),
             type == DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s", expr_name(bad));
}

static int is_legacy_name(const Expr *e) {
    return e->kind == E_Name &&
           (strcmp(e->Name.id, "print") == 0 || strcmp(e->Name.id, "exec") == 0);
}

/* Parses an expression with the error rules off (CPython's *_without_invalid rules). */
static Expr *expression_without_invalid(Parser *p) {
    int saved = p->invalid_pass;
    p->invalid_pass = 0;
    Expr *e = parse_expression_unmemoized(p);
    p->invalid_pass = saved;
    return e;
}

/* invalid_expression and invalid_legacy_expression, tried at each expression */
void invalid_expression(Parser *p) {
    int m = p_mark(p);
    PTok *t = p_peek(p);
    int soft = t->kind == TOK_NAME && t->kw >= KW__FIRST_SOFT;
    int name_string = !soft && p_is_name(t) && p_peek_at(p, 1)->kind == TOK_STRING;
    if (!name_string && !soft) {
        Expr *a = parse_disjunction(p);
        Expr *b = a ? expression_without_invalid(p) : NULL;
        if (b && !is_legacy_name(a) && p_tok(p, p->pos - 1)->level != 0) {
            raise_range(p, loc_of(a), loc_of(b), "invalid syntax. Perhaps you forgot a comma?");
            return;
        }
        if (p->error) return;
        p_reset(p, m);
    }
    Expr *a = parse_disjunction(p);
    if (a && p_expect_kw(p, KW_IF)) {
        Expr *b = parse_disjunction(p);
        if (b && !p_at_kw(p, KW_ELSE) && !p_at(p, TOK_COLON)) {
            raise_range(p, loc_of(a), loc_of(b), "expected 'else' after 'if' expression");
            return;
        }
    }
    if (p->error) return;
    p_reset(p, m);
    PTok *n = p_expect_name(p);
    if (n && !p_at(p, TOK_LPAR)) {
        Expr *b = parse_star_expressions(p);
        size_t len = (size_t)(n->end - n->start);
        int legacy = (len == 5 && memcmp(n->start, "print", 5) == 0) ||
                     (len == 4 && memcmp(n->start, "exec", 4) == 0);
        if (b && legacy) {
            raise_range(p, loc_tok(n), loc_of(b),
                        "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?", (int)len,
                        n->start, (int)len, n->start);
            return;
        }
    }
    p_reset(p, m);
}

/* the !(list|tuple|genexp|'True'|'None'|'False') lookahead of invalid_named_expression */
static int at_display_or_singleton(Parser *p) {
    int m = p_mark(p);
    PTok *t = p_peek(p);
    if (t->kind == TOK_NAME) return t->kw == KW_TRUE || t->kw == KW_NONE || t->kw == KW_FALSE;
    if (t->kind != TOK_LSQB && t->kind != TOK_LPAR) return 0;
    Expr *a = parse_atom(p);
    p_reset(p, m);
    if (!a) return 0;
    if (t->kind == TOK_LSQB) return a->kind == E_List;
    return (a->kind == E_Tuple || a->kind == E_GeneratorExp) && a->col_offset == t->col &&
           a->lineno == t->lineno;
}

static Expr *invalid_named_expression_body(Parser *p);

/* Raises its error or fails; memoised, so each position is tried once. */
void invalid_named_expression(Parser *p) {
    p_memoized(p, MEMO_INVALID_NAMED_EXPRESSION, invalid_named_expression_body);
}

static Expr *invalid_named_expression_body(Parser *p) {
    int m = p_mark(p);
    Expr *a = parse_expression(p);
    if (a && p_expect(p, TOK_COLONEQUAL) && parse_expression(p)) {
        raise_at(p, SE_SYNTAX, loc_of(a), "cannot use assignment expressions with %s",
                 expr_name(a));
        return NULL;
    }
    if (p->error) return NULL;
    p_reset(p, m);
    PTok *n = p_expect_name(p);
    if (n && p_expect(p, TOK_EQUAL)) {
        Expr *b = parse_bitwise_or(p);
        if (b && !p_at(p, TOK_EQUAL) && !p_at(p, TOK_COLONEQUAL)) {
            raise_range(p, loc_tok(n), loc_of(b),
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return NULL;
        }
    }
    if (p->error) return NULL;
    p_reset(p, m);
    if (!at_display_or_singleton(p)) {
        a = parse_bitwise_or(p);
        if (a && p_expect(p, TOK_EQUAL)) {
            Expr *b = parse_bitwise_or(p);
            if (b && !p_at(p, TOK_EQUAL) && !p_at(p, TOK_COLONEQUAL)) {
                raise_at(p, SE_SYNTAX, loc_of(a),
                         "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                         expr_name(a));
                return NULL;
            }
        }
    }
    p_reset(p, m);
    return NULL;
}

/* list | tuple | '(' invalid_ann_assign_target ')' */
static Expr *invalid_ann_assign_target(Parser *p) {
    PTok *t = p_peek(p);
    if (t->kind != TOK_LSQB && t->kind != TOK_LPAR) return NULL;
    Expr *a = parse_atom(p);
    if (!a) return NULL;
    return a->kind == E_List || a->kind == E_Tuple ? a : NULL;
}

static int is_augassign_token(TokenKind k) {
    return k == TOK_PLUSEQUAL || k == TOK_MINEQUAL || k == TOK_STAREQUAL || k == TOK_ATEQUAL ||
           k == TOK_SLASHEQUAL || k == TOK_PERCENTEQUAL || k == TOK_AMPEREQUAL ||
           k == TOK_VBAREQUAL || k == TOK_CIRCUMFLEXEQUAL || k == TOK_LEFTSHIFTEQUAL ||
           k == TOK_RIGHTSHIFTEQUAL || k == TOK_DOUBLESTAREQUAL || k == TOK_DOUBLESLASHEQUAL;
}

/* (star_targets '=')* */
static void skip_assigned_targets(Parser *p) {
    for (;;) {
        int m = p_mark(p);
        if (!parse_star_targets(p) || !p_expect(p, TOK_EQUAL)) {
            p_reset(p, m);
            return;
        }
    }
}

void invalid_assignment(Parser *p) {
    int m = p_mark(p);
    Expr *a = invalid_ann_assign_target(p);
    if (a && p_expect(p, TOK_COLON) && parse_expression(p)) {
        raise_at(p, SE_SYNTAX, loc_of(a), "only single target (not %s) can be annotated",
                 expr_name(a));
        return;
    }
    if (p->error) return;
    p_reset(p, m);
    a = parse_star_named_expression(p);
    if (a && p_expect(p, TOK_COMMA)) {
        for (;;) { /* star_named_expressions*: lists of items, one after the other */
            int m2 = p_mark(p);
            Expr *e = parse_star_named_expression(p);
            if (!e) {
                p_reset(p, m2);
                break;
            }
            p_expect(p, TOK_COMMA);
        }
        if (p_expect(p, TOK_COLON) && parse_expression(p)) {
            raise_at(p, SE_SYNTAX, loc_of(a), "only single target (not tuple) can be annotated");
            return;
        }
    }
    if (p->error) return;
    p_reset(p, m);
    a = parse_expression(p);
    if (a && p_expect(p, TOK_COLON) && parse_expression(p)) {
        raise_at(p, SE_SYNTAX, loc_of(a), "illegal target for annotation");
        return;
    }
    if (p->error) return;
    p_reset(p, m);
    skip_assigned_targets(p);
    a = parse_star_expressions(p);
    if (a && p_expect(p, TOK_EQUAL)) {
        raise_invalid_target(p, STAR_TARGETS, a);
        if (p->error) return;
    }
    if (p->error) return;
    p_reset(p, m);
    skip_assigned_targets(p);
    if (p_at_kw(p, KW_YIELD)) {
        a = parse_yield_expr(p);
        if (a && p_expect(p, TOK_EQUAL)) {
            raise_at(p, SE_SYNTAX, loc_of(a), "assignment to yield expression not possible");
            return;
        }
    }
    if (p->error) return;
    p_reset(p, m);
    a = parse_star_expressions(p);
    if (a && is_augassign_token(p_peek(p)->kind)) {
        p_next(p);
        Expr *b = p_at_kw(p, KW_YIELD) ? parse_yield_expr(p) : parse_star_expressions(p);
        if (b) {
            raise_at(p, SE_SYNTAX, loc_of(a),
                     "'%s' is an illegal expression for augmented assignment", expr_name(a));
            return;
        }
    }
    p_reset(p, m);
}

void invalid_del_stmt(Parser *p, int after_del) {
    p_reset(p, after_del);
    Expr *a = parse_star_expressions(p);
    if (a) raise_invalid_target(p, DEL_TARGETS, a);
}

/* ASYNC? 'for' star_expressions, with the position at ASYNC or 'for' */
void invalid_for_target(Parser *p) {
    int m = p_mark(p);
    p_expect_kw(p, KW_ASYNC);
    if (p_expect_kw(p, KW_FOR)) {
        Expr *a = parse_star_expressions(p);
        if (a) raise_invalid_target(p, FOR_TARGETS, a);
    }
    if (!p->error) p_reset(p, m);
}

/* expression 'as' expression &(',' | ')' | ':'), at 'as' */
void invalid_with_item(Parser *p, int at_as) {
    p_reset(p, at_as);
    p_next(p);
    Expr *a = parse_expression(p);
    TokenKind k = p_peek(p)->kind;
    if (a && (k == TOK_COMMA || k == TOK_RPAR || k == TOK_COLON))
        raise_invalid_target(p, STAR_TARGETS, a);
    if (!p->error) p_reset(p, at_as);
}

/* The last `if` condition of the last clause, else its iterable. */
static const Expr *last_comprehension_item(const ComprehensionSeq *gens) {
    const Comprehension *c = gens->items[gens->count - 1];
    return AST_SEQ_LEN(c->ifs) ? c->ifs->items[c->ifs->count - 1] : c->iter;
}

void invalid_kwarg(Parser *p) {
    int m = p_mark(p);
    PTok *t = p_peek(p);
    if (t->kind == TOK_NAME && (t->kw == KW_TRUE || t->kw == KW_FALSE || t->kw == KW_NONE) &&
        p_peek_at(p, 1)->kind == TOK_EQUAL) {
        raise_range(p, loc_tok(t), loc_tok(p_peek_at(p, 1)), "cannot assign to %.*s",
                    (int)(t->end - t->start), t->start);
        return;
    }
    PTok *n = p_expect_name(p);
    PTok *eq = n ? p_expect(p, TOK_EQUAL) : NULL;
    if (eq && parse_expression(p) && parse_for_if_clauses(p)) {
        raise_range(p, loc_tok(n), loc_tok(eq),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    if (p->error) return;
    p_reset(p, m);
    if (!(p_is_name(t) && p_peek_at(p, 1)->kind == TOK_EQUAL)) {
        Expr *a = parse_expression(p);
        PTok *b = a ? p_expect(p, TOK_EQUAL) : NULL;
        if (b) {
            raise_range(p, loc_of(a), loc_tok(b),
                        "expression cannot contain assignment, perhaps you meant \"==\"?");
            return;
        }
    }
    if (!p->error) p_reset(p, m);
}

/* One call argument as the `args` rule sees it; 0 if none. Sets the flags. */
static int scan_argument(Parser *p, int *keyword, int *double_star, Expr **value) {
    PTok *t = p_peek(p);
    *keyword = *double_star = 0;
    if (t->kind == TOK_STAR || t->kind == TOK_DOUBLESTAR) {
        p_next(p);
        *double_star = t->kind == TOK_DOUBLESTAR;
        *keyword = *double_star;
        return (*value = parse_expression(p)) != NULL;
    }
    if (p_is_name(t) && p_peek_at(p, 1)->kind == TOK_EQUAL) {
        p_next(p);
        p_next(p);
        *keyword = 1;
        return (*value = parse_expression(p)) != NULL;
    }
    *value = plain_named_expression(p);
    return *value != NULL && !p_at(p, TOK_EQUAL);
}

/* Consumes the rest of an argument list as `args` would (for the error's location). */
static void skip_arguments(Parser *p) {
    int m = p_mark(p);
    while (p_expect(p, TOK_COMMA)) {
        int keyword, double_star;
        Expr *value;
        if (!scan_argument(p, &keyword, &double_star, &value)) break;
        m = p_mark(p);
    }
    p_reset(p, m);
}

void invalid_arguments(Parser *p, int args_start) {
    p_reset(p, args_start);
    int seen_keyword = 0, seen_double_star = 0, count = 0;
    for (;;) {
        invalid_kwarg(p);
        if (p->error) return;
        int item = p_mark(p);
        PTok *t = p_peek(p);
        int keyword, double_star;
        Expr *value;
        if ((t->kind == TOK_STAR && seen_double_star) ||
            !scan_argument(p, &keyword, &double_star, &value)) {
            if (p->error) return;
            p_reset(p, item);
            if (t->kind == TOK_STAR && seen_keyword) {
                raise_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
            } else if (p_is_name(t) && p_peek_at(p, 1)->kind == TOK_EQUAL) {
                p_next(p);
                PTok *eq = p_next(p);
                if (parse_expression(p) && parse_for_if_clauses(p))
                    raise_range(p, loc_tok(t), loc_tok(eq),
                                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            return;
        }
        if (!keyword && t->kind != TOK_STAR && seen_keyword) {
            skip_arguments(p);
            raise_last(p, seen_double_star
                              ? "positional argument follows keyword argument unpacking"
                              : "positional argument follows keyword argument");
            return;
        }
        if (!keyword && t->kind != TOK_STAR &&
            (p_at_kw(p, KW_FOR) || (p_at_kw(p, KW_ASYNC) && p_peek_at(p, 1)->kw == KW_FOR))) {
            ComprehensionSeq *gens = parse_for_if_clauses(p);
            if (gens && (count > 0 || p_at(p, TOK_COMMA)))
                raise_range(p, loc_of(value), loc_of(last_comprehension_item(gens)),
                            "Generator expression must be parenthesized");
            return;
        }
        seen_keyword |= keyword;
        seen_double_star |= double_star;
        count++;
        if (!p_expect(p, TOK_COMMA)) return;
    }
}

/* ---- parameters ---- */

/* NAME [':' expression] as the error rules see a parameter; NULL if none */
static PTok *scan_param(Parser *p, int is_lambda) {
    PTok *n = p_expect_name(p);
    if (!n) return NULL;
    if (!is_lambda && p_expect(p, TOK_COLON) && !parse_expression(p)) return NULL;
    return n;
}

void invalid_parameters(Parser *p, int params_start, int is_lambda) {
    p_reset(p, params_start);
    TokenKind closer = is_lambda ? TOK_COLON : TOK_RPAR;
    int nparams = 0, seen_default = 0, seen_slash = 0, seen_star = 0, only_plain = 1;
    while (!p->error && !p_at(p, closer)) {
        PTok *t = p_peek(p);
        if (t->kind == TOK_LPAR && only_plain) {
            p_next(p);
            int ok = 0;
            while (scan_param(p, 1)) {
                ok = 1;
                if (!p_expect(p, TOK_COMMA)) break;
            }
            PTok *close = ok ? p_expect(p, TOK_RPAR) : NULL;
            if (close)
                raise_range(p, loc_tok(t), loc_tok(close),
                            is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                      : "Function parameters cannot be parenthesized");
            return;
        }
        if (t->kind == TOK_SLASH) {
            p_next(p);
            if (seen_star) return (void)raise_tok(p, t, "/ must be ahead of *");
            if (nparams == 0) {
                if (p_at(p, TOK_COMMA)) raise_tok(p, t, "at least one argument must precede /");
                return;
            }
            if (seen_slash) return (void)raise_tok(p, t, "/ may appear only once");
            seen_slash = 1;
            if (p_at(p, TOK_STAR))
                return (void)raise_tok(p, p_peek(p), "expected comma between / and *");
        } else if (t->kind == TOK_STAR) {
            p_next(p);
            only_plain = 0;
            if (seen_star) return (void)raise_tok(p, t, "* argument may appear only once");
            seen_star = 1;
            TokenKind k = p_peek(p)->kind;
            if (k == closer || (k == TOK_COMMA && (p_peek_at(p, 1)->kind == closer ||
                                                   p_peek_at(p, 1)->kind == TOK_DOUBLESTAR)))
                return (void)(is_lambda ? raise_last(p, "named arguments must follow bare *")
                                        : raise_tok(p, t, "named arguments must follow bare *"));
            if (k != TOK_COMMA) {
                if (!scan_param(p, is_lambda)) return;
                if (p_at(p, TOK_EQUAL))
                    return (void)raise_tok(p, p_peek(p),
                                           "var-positional argument cannot have default value");
            }
        } else if (t->kind == TOK_DOUBLESTAR) {
            p_next(p);
            only_plain = 0;
            if (!scan_param(p, is_lambda)) return;
            if (p_at(p, TOK_EQUAL))
                return (void)raise_tok(p, p_peek(p),
                                       "var-keyword argument cannot have default value");
            if (!p_expect(p, TOK_COMMA)) return;
            PTok *after = p_peek(p);
            if (after->kind == TOK_NAME || after->kind == TOK_STAR ||
                after->kind == TOK_DOUBLESTAR || after->kind == TOK_SLASH)
                raise_tok(p, after, "arguments cannot follow var-keyword argument");
            return;
        } else {
            int start = p_mark(p);
            if (!scan_param(p, is_lambda)) return;
            nparams++;
            if (p_at(p, TOK_EQUAL)) {
                PTok *eq = p_next(p);
                TokenKind k = p_peek(p)->kind;
                if (k == TOK_COMMA || k == closer)
                    return (void)raise_tok(p, eq, "expected default value expression");
                if (!parse_expression(p)) return;
                if (!seen_star) seen_default = 1;
                only_plain = 0;
            } else if (seen_default && !seen_star) {
                raise_at(p, SE_SYNTAX, loc_span(p, start),
                         "non-default argument follows default argument");
                return;
            }
        }
        if (!p_expect(p, TOK_COMMA)) return;
    }
}

/* ---- displays ---- */

/* '(' starred_expression ')' | '(' '**' expression ')' */
void invalid_group(Parser *p, int paren) {
    p_reset(p, paren);
    p_next(p);
    PTok *t = p_peek(p);
    if (t->kind == TOK_STAR || t->kind == TOK_DOUBLESTAR) {
        int start = p_mark(p);
        p_next(p);
        Expr *e = parse_expression(p);
        if (e && p_expect(p, TOK_RPAR)) {
            if (t->kind == TOK_STAR)
                raise_at(p, SE_SYNTAX, loc_join(loc_tok(p_tok(p, start)), loc_of(e)),
                         "cannot use starred expression here");
            else
                raise_tok(p, t, "cannot use double starred expression here");
            return;
        }
    }
    if (!p->error) p_reset(p, paren);
}

/* invalid_comprehension, at '[', '(' or '{' */
void invalid_comprehension(Parser *p, int open) {
    p_reset(p, open);
    TokenKind k = p_next(p)->kind;
    int start = p_mark(p);
    if (p_at(p, TOK_STAR)) {
        p_next(p);
        Expr *e = parse_expression(p);
        if (e && parse_for_if_clauses(p)) {
            raise_at(p, SE_SYNTAX, loc_join(loc_tok(p_tok(p, start)), loc_of(e)),
                     "iterable unpacking cannot be used in comprehension");
            return;
        }
        if (p->error) return;
        p_reset(p, start);
    }
    if (k != TOK_LPAR) {
        Expr *a = parse_star_named_expression(p);
        PTok *comma = a ? p_expect(p, TOK_COMMA) : NULL;
        if (comma) {
            int after_comma = p_mark(p);
            Expr *last = NULL;
            for (;;) {
                int m = p_mark(p);
                Expr *e = parse_star_named_expression(p);
                if (!e) {
                    p_reset(p, m);
                    break;
                }
                last = e;
                if (!p_expect(p, TOK_COMMA)) break;
            }
            if (last && parse_for_if_clauses(p)) {
                raise_range(p, loc_of(a), loc_of(last),
                            "did you forget parentheses around the comprehension target?");
                return;
            }
            if (p->error) return;
            p_reset(p, after_comma);
            if (parse_for_if_clauses(p)) {
                raise_range(p, loc_of(a), loc_tok(comma),
                            "did you forget parentheses around the comprehension target?");
                return;
            }
        }
    }
    if (!p->error) p_reset(p, open);
}

/* double_starred_kvpair: '**' bitwise_or | expression ':' expression */
static int kvpair(Parser *p, int first) {
    if (p_expect(p, TOK_DOUBLESTAR)) return parse_bitwise_or(p) != NULL;
    Expr *k = first ? parse_expression(p) : parse_dict_key(p);
    return k && p_expect(p, TOK_COLON) && parse_expression(p);
}

/* expression ':' '*' bitwise_or | expression ':' &('}'|',') ; with_key: also a=expression !':' */
static int invalid_kvpair(Parser *p, int with_key) {
    int m = p_mark(p);
    Expr *key = with_key ? parse_dict_key(p) : parse_expression(p);
    if (!key) return 0;
    PTok *colon = p_expect(p, TOK_COLON);
    if (!colon) {
        if (with_key)
            raise_at(p, SE_SYNTAX, (Loc){key->lineno, key->end_col_offset - 1, key->end_lineno, -1},
                     "':' expected after dictionary key");
        return p->error;
    }
    PTok *t = p_peek(p);
    if (t->kind == TOK_STAR) {
        p_next(p);
        if (parse_bitwise_or(p)) {
            const PTok *last = p_tok(p, p->ntoks - 1);
            raise_at(p, SE_SYNTAX, (Loc){t->lineno, t->col, last->end_lineno, last->end_col - 1},
                     "cannot use a starred expression in a dictionary value");
            return 1;
        }
    } else if (t->kind == TOK_RBRACE || t->kind == TOK_COMMA) {
        raise_tok(p, colon, "expression expected after dictionary key and ':'");
        return 1;
    }
    if (!p->error) p_reset(p, m);
    return p->error;
}

/* invalid_dict_comprehension and invalid_double_starred_kvpairs, at '{' */
void invalid_dict(Parser *p, int brace) {
    p_reset(p, brace);
    p_next(p);
    PTok *t = p_peek(p);
    if (t->kind == TOK_DOUBLESTAR) {
        p_next(p);
        if (parse_bitwise_or(p) && parse_for_if_clauses(p) && p_at(p, TOK_RBRACE)) {
            raise_tok(p, t, "dict unpacking cannot be used in dict comprehension");
            return;
        }
        if (p->error) return;
    }
    /* ','.double_starred_kvpair+ ',' invalid_kvpair */
    p_reset(p, brace + 1);
    int pairs = 0;
    for (;;) {
        int m = p_mark(p);
        if (!kvpair(p, pairs == 0)) {
            p_reset(p, m);
            break;
        }
        pairs++;
        m = p_mark(p);
        if (!p_expect(p, TOK_COMMA)) break;
        int after = p_mark(p);
        if (!kvpair(p, 0)) {
            p_reset(p, m);
            break;
        }
        p_reset(p, after);
    }
    if (p->error) return;
    if (pairs && p_expect(p, TOK_COMMA) && invalid_kvpair(p, 1)) return;
    if (p->error) return;
    p_reset(p, brace + 1);
    if (invalid_kvpair(p, 0)) return;
    if (!p->error) p_reset(p, brace);
}

/* ---- patterns and imports ---- */

/* or_pattern 'as' "_" | or_pattern 'as' !NAME expression, at 'as' */
void invalid_as_pattern(Parser *p, int at_as) {
    p_reset(p, at_as);
    p_next(p);
    PTok *t = p_peek(p);
    if (t->kind == TOK_NAME && t->kw == SK_UNDERSCORE) {
        raise_tok(p, t, "cannot use '_' as a target");
        return;
    }
    if (t->kind != TOK_NAME) {
        Expr *e = parse_expression(p);
        if (e) {
            raise_at(p, SE_SYNTAX, loc_of(e), "invalid pattern target");
            return;
        }
    }
    if (!p->error) p_reset(p, at_as);
}

/* import_from_as_names ',' NEWLINE, at the ',' */
void invalid_import_from_targets(Parser *p) {
    int m = p_mark(p);
    if (p_expect(p, TOK_COMMA) && p_at(p, TOK_NEWLINE)) {
        raise_last(p, "trailing comma not allowed without surrounding parentheses");
        return;
    }
    p_reset(p, m);
}
