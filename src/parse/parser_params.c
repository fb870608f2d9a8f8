/* parser_params.c: parameter lists of def and lambda (positional-only '/', defaults, '*args'
 * with 3.11's starred annotation, keyword-only parameters, '**kwargs'), as one state machine
 * that accepts exactly what the `parameters` / `lambda_parameters` rules accept. */
#include "parser_internal.h"

Arguments *empty_arguments(Parser *p) { return p_alloc(p, sizeof(Arguments)); }

/* NAME [':' annotation]; star_annotation allows ': *expr' (for *args only) */
static Arg *param(Parser *p, int is_lambda, int star_annotation) {
    int start = p_mark(p);
    PTok *name = p_expect_name(p);
    if (!name) return NULL;
    Expr *annotation = NULL;
    if (!is_lambda && p_expect(p, TOK_COLON)) {
        annotation = star_annotation ? parse_star_expression(p) : parse_expression(p);
        if (!annotation) return NULL;
    }
    Arg *a = p_alloc(p, sizeof(Arg));
    if (!a) return NULL;
    Loc l = loc_span(p, start);
    a->lineno = l.lineno;
    a->col_offset = l.col;
    a->end_lineno = l.end_lineno;
    a->end_col_offset = l.end_col;
    a->arg = p_ident(p, name);
    a->annotation = annotation;
    return a;
}

/* A parameter ends with ',' (consumed) or is followed by the closing token. */
static int end_of_param(Parser *p, TokenKind closer) {
    return p_expect(p, TOK_COMMA) != NULL || p_at(p, closer);
}

typedef struct ParamLists {
    PtrList posonly, args, defaults, kwonly, kw_defaults;
    Arg *vararg, *kwarg;
} ParamLists;

static void free_lists(ParamLists *pl) {
    list_free(&pl->posonly);
    list_free(&pl->args);
    list_free(&pl->defaults);
    list_free(&pl->kwonly);
    list_free(&pl->kw_defaults);
}

/* The state machine over the parameter list; 0 if it does not parse. */
static int param_list(Parser *p, int is_lambda, ParamLists *pl) {
    TokenKind closer = is_lambda ? TOK_COLON : TOK_RPAR;
    int keyword_only = 0, seen_slash = 0, need_kwonly = 0;
    while (!p_at(p, closer)) {
        if (p->error) return 0;
        PTok *t = p_peek(p);
        if (t->kind == TOK_SLASH) {
            if (keyword_only || seen_slash || pl->args.count == 0) return 0;
            p_next(p);
            list_move(&pl->posonly, &pl->args);
            seen_slash = 1;
            if (!end_of_param(p, closer)) return 0;
        } else if (t->kind == TOK_STAR) {
            if (keyword_only) return 0;
            p_next(p);
            keyword_only = 1;
            if (p_expect(p, TOK_COMMA)) {
                need_kwonly = 1;
                continue;
            }
            pl->vararg = param(p, is_lambda, 1);
            if (!pl->vararg || !end_of_param(p, closer)) return 0;
        } else if (t->kind == TOK_DOUBLESTAR) {
            p_next(p);
            pl->kwarg = param(p, is_lambda, 0);
            if (!pl->kwarg || !end_of_param(p, closer) || !p_at(p, closer)) return 0;
        } else {
            Arg *a = param(p, is_lambda, 0);
            if (!a) return 0;
            Expr *dflt = NULL;
            if (p_expect(p, TOK_EQUAL) && !(dflt = parse_expression(p))) return 0;
            if (keyword_only) {
                list_push(p, &pl->kwonly, a);
                list_push(p, &pl->kw_defaults, dflt);
            } else {
                if (!dflt && pl->defaults.count) return 0;
                list_push(p, &pl->args, a);
                if (dflt) list_push(p, &pl->defaults, dflt);
            }
            if (!end_of_param(p, closer)) return 0;
        }
    }
    return !p->error && !(need_kwonly && pl->kwonly.count == 0);
}

Arguments *parse_params(Parser *p, int is_lambda) {
    ParamLists pl = {.vararg = NULL, .kwarg = NULL};
    list_init(&pl.posonly);
    list_init(&pl.args);
    list_init(&pl.defaults);
    list_init(&pl.kwonly);
    list_init(&pl.kw_defaults);
    if (!param_list(p, is_lambda, &pl)) {
        free_lists(&pl);
        return NULL;
    }
    Arguments *a = empty_arguments(p);
    if (!a) {
        free_lists(&pl);
        return NULL;
    }
    a->posonlyargs = list_to_seq(p, &pl.posonly);
    a->args = list_to_seq(p, &pl.args);
    a->defaults = list_to_seq(p, &pl.defaults);
    a->kwonlyargs = list_to_seq(p, &pl.kwonly);
    a->kw_defaults = list_to_seq(p, &pl.kw_defaults);
    a->vararg = pl.vararg;
    a->kwarg = pl.kwarg;
    return p->error ? NULL : a;
}
