/* parser_string.c: the `strings` rule: a run of adjacent STRING tokens becomes one Constant
 * (str or bytes) or, if any is an f-string, one JoinedStr; mixing bytes and str is an error.
 * Also the StrBuilder that merges literal text into Constant parts (see fstring.h). */
#include "fstring.h"

#include <string.h>

#include "../memory/alloc.h"
#include "string_literal.h"

void strb_init(StrBuilder *b) {
    list_init(&b->parts);
    b->lit = NULL;
    b->lit_len = b->lit_cap = 0;
    b->fmode = 0;
}

void strb_free(StrBuilder *b) {
    list_free(&b->parts);
    mem_free(b->lit);
    b->lit = NULL;
    b->lit_len = b->lit_cap = 0;
}

int strb_append(Parser *p, StrBuilder *b, const char *s, size_t n) {
    if (b->lit_len + n + 1 > b->lit_cap) {
        size_t cap = b->lit_cap ? b->lit_cap : 64;
        while (cap < b->lit_len + n + 1) cap *= 2;
        char *lit = mem_realloc(b->lit, cap);
        if (!lit) return p_no_memory(p);
        b->lit = lit;
        b->lit_cap = cap;
    }
    memcpy(b->lit + b->lit_len, s, n);
    b->lit_len += n;
    return 1;
}

/* A str Constant spanning the run; kind "u" when the first token starts with 'u'. */
static Expr *str_constant(Parser *p, const char *s, size_t n, StrSpan span) {
    char *data = arena_strndup(p->arena, s ? s : "", n);
    if (!data) return p_oom(p);
    Loc l = {span.first->lineno, span.first->col, span.last->end_lineno, span.last->end_col};
    Expr *e = new_expr(p, E_Constant, l);
    if (!e) return NULL;
    e->Constant.value.kind = CONST_STR;
    e->Constant.value.data = data;
    e->Constant.value.len = n;
    e->Constant.kind = span.first->start[0] == 'u' ? "u" : NULL;
    return e;
}

int strb_flush(Parser *p, StrBuilder *b, StrSpan span) {
    if (!b->lit_len) return 1;
    Expr *c = str_constant(p, b->lit, b->lit_len, span);
    b->lit_len = 0;
    return c && list_push(p, &b->parts, c);
}

Expr *strb_finish(Parser *p, StrBuilder *b, StrSpan span) {
    Expr *e = NULL;
    if (!b->fmode) {
        e = str_constant(p, b->lit, b->lit_len, span);
    } else if (strb_flush(p, b, span)) {
        Loc l = {span.first->lineno, span.first->col, span.last->end_lineno, span.last->end_col};
        ExprSeq *values = list_to_seq(p, &b->parts);
        e = p->error ? NULL : new_expr(p, E_JoinedStr, l);
        if (e) e->JoinedStr.values = values;
    }
    strb_free(b);
    return e;
}

/* A decoding error of a literal: CPython reports the ASCII-only bytes error at the token and
 * the "(unicode error)" ones at the last token fetched. */
static void *decode_error(Parser *p, const PTok *t, SyntaxErrorInfo *err) {
    if (err->kind == SE_MEMORY) {
        syntax_error_clear(err);
        return p_oom(p);
    }
    const char *msg = err->msg ? err->msg : "invalid string literal";
    if (strncmp(msg, "bytes can only contain", 22) == 0)
        raise_tok(p, t, "%s", msg);
    else
        raise_last(p, "%s", msg);
    syntax_error_clear(err);
    return NULL;
}

/* Decodes the literal body [s, s+n) per prefix and appends it to b (or to bytes). */
static int append_decoded(Parser *p, StrBuilder *b, const char *s, size_t n, StrLitPrefix prefix,
                          const PTok *t) {
    SyntaxErrorInfo err = {0};
    size_t len;
    char *text = strlit_decode(s, n, prefix, &len, &err);
    if (!text) return decode_error(p, t, &err), 0;
    int ok = strb_append(p, b, text, len);
    mem_free(text);
    return ok;
}

Expr *parse_strings(Parser *p) {
    int first_index = p_mark(p);
    while (p_at(p, TOK_STRING)) p_next(p);
    int end_index = p_mark(p);
    StrSpan span = {p_tok(p, first_index), p_tok(p, end_index - 1)};
    p_peek(p); /* CPython's STRING+ looks at the token after the run */
    StrBuilder b;
    strb_init(&b);
    int bytesmode = 0;
    for (int i = first_index; i < end_index && !p->error; i++) {
        const PTok *t = p_tok(p, i);
        StrLitPrefix prefix;
        const char *body;
        size_t body_len;
        if (strlit_split(t->start, (size_t)(t->end - t->start), &prefix, &body, &body_len) < 0) {
            raise_tok(p, t, "invalid string literal");
            break;
        }
        if (i != first_index && bytesmode != prefix.is_bytes) {
            if (!prefix.is_fstring && !append_decoded(p, &b, body, body_len, prefix, t)) break;
            raise_last(p, "cannot mix bytes and nonbytes literals");
            break;
        }
        bytesmode = prefix.is_bytes;
        if (prefix.is_fstring) {
            b.fmode = 1;
            fstring_parse_body(p, &b, body, body_len, prefix.is_raw, t, span);
        } else {
            append_decoded(p, &b, body, body_len, prefix, t);
        }
    }
    if (p->error) {
        strb_free(&b);
        return NULL;
    }
    if (!bytesmode) return strb_finish(p, &b, span);
    char *data = arena_strndup(p->arena, b.lit ? b.lit : "", b.lit_len);
    size_t len = b.lit_len;
    strb_free(&b);
    if (!data) return p_oom(p);
    Expr *e = new_expr(p, E_Constant, loc_span(p, first_index));
    if (!e) return NULL;
    e->Constant.value.kind = CONST_BYTES;
    e->Constant.value.data = data;
    e->Constant.value.len = len;
    return e;
}
