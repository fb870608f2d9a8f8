/* fstring.c: the inside of an f-string as CPython 3.11 parses it: literal text with {{ }} and
 * escapes, `{expr[=][!conv][:spec]}` replacement fields with nested specs, and the f-string
 * error messages. Each expression is parsed by a sub-parser over "(expr)" whose token
 * positions are mapped back onto the source. */
#include "fstring.h"

#include <string.h>

#include "../memory/alloc.h"
#include "string_literal.h"

#define MAX_FSTRING_PARENS 200

typedef struct FScan {
    const char *s, *end; /* scan position and end of the body */
    int raw;
    const PTok *t; /* the STRING token */
    StrSpan span;
} FScan;

static int parse_fstring(Parser *p, StrBuilder *b, FScan *f, int level);

/* Decodes a literal chunk and appends it. */
static int append_literal(Parser *p, StrBuilder *b, FScan *f, const char *s, size_t n) {
    if (!n) return 1;
    if (f->raw) return strb_append(p, b, s, n);
    StrLitPrefix prefix = {0, 0, 0, 0};
    SyntaxErrorInfo err = {0};
    size_t len;
    char *text = strlit_decode(s, n, prefix, &len, &err);
    if (!text) {
        if (err.kind == SE_MEMORY) {
            syntax_error_clear(&err);
            return p_no_memory(p);
        }
        raise_last(p, "%s", err.msg ? err.msg : "invalid string literal");
        syntax_error_clear(&err);
        return 0;
    }
    int ok = strb_append(p, b, text, len);
    mem_free(text);
    return ok;
}

/* Literal text up to a single '{' (or '}' ending a format spec) or the end.
 * Returns -1 on error, 1 if a doubled brace was taken (scan again), else 0. */
static int find_literal(Parser *p, StrBuilder *b, FScan *f, int level) {
    const char *start = f->s, *s = f->s;
    while (s < f->end) {
        char ch = *s++;
        if (!f->raw && ch == '\\' && s < f->end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < f->end && *s++ == '{')
                    while (s < f->end && *s++ != '}') {
                    }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (s < f->end && *s == ch) {
                    f->s = s + 1;
                    return append_literal(p, b, f, start, (size_t)(s - start)) ? 1 : -1;
                }
                if (ch == '}') {
                    f->s = s - 1;
                    raise_last(p, "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    f->s = s;
    return append_literal(p, b, f, start, (size_t)(s - start)) ? 0 : -1;
}

/* Where the expression starting after the '{' at `brace` sits in the source: the line
 * count within the token and the column of the '{' (CPython's fstring_find_expr_location). */
static void expr_location(const PTok *t, const char *brace, int *lines, int *cols) {
    *lines = 0;
    *cols = 0;
    int newline_after_brace = 1;
    for (const char *s = brace + 1; *s != '}' && *s != '\n'; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *s = brace;
        while (s > t->start && *s != '\n') s--;
        *cols = (int)(brace - s) - (*s == '\n');
    }
    for (const char *s = t->start; s < brace; s++) *lines += *s == '\n';
}

/* Parses the expression text [start, end) with a sub-parser. */
static Expr *compile_expr(Parser *p, FScan *f, const char *start, const char *end) {
    const char *s = start;
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) s++;
    if (s == end) {
        if (*end == '!' || *end == ':' || *end == '=')
            return raise_last(p, "f-string: expression required before '%c'", *end);
        return raise_last(p, "f-string: empty expression not allowed");
    }
    size_t n = (size_t)(end - start);
    char *text = mem_alloc(n + 3);
    if (!text) return p_oom(p);
    text[0] = '(';
    memcpy(text + 1, start, n);
    text[n + 1] = ')';
    text[n + 2] = '\0';
    int lines, cols;
    expr_location(f->t, start - 1, &lines, &cols);

    Parser sub;
    memset(&sub, 0, sizeof sub);
    SyntaxErrorInfo err = {0};
    sub.tz = tokenizer_new(text, n + 2, 1, 0);
    sub.arena = p->arena;
    sub.err = &err;
    sub.mode = PARSE_EVAL;
    sub.fstring = FSTR_EXPR;
    sub.filename = p->filename;
    sub.line_offset = f->t->lineno + lines - 1;
    sub.first_line_col = lines ? cols : f->t->col + cols;
    Expr *e = NULL;
    if (!sub.tz) {
        p_no_memory(p);
    } else {
        e = parser_run(&sub);
        if (!e && !p->error) {
            syntax_error_clear(p->err);
            *p->err = err;
            memset(&err, 0, sizeof err);
            p->error = 1;
        }
    }
    syntax_error_clear(&err);
    tokenizer_free(sub.tz);
    parser_free_tokens(&sub);
    mem_free(text);
    return e;
}

/* Scans the expression part of a replacement field, stopping at a top-level '!', ':', '}'
 * or '='; returns its end, or NULL on error. */
static const char *scan_expr(Parser *p, FScan *f) {
    char parens[MAX_FSTRING_PARENS];
    int depth = 0, quote = 0, triple = 0;
    const char *s = f->s;
    for (; s < f->end; s++) {
        char ch = *s;
        if (ch == '\\') return raise_last(p, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (!triple) {
                    quote = 0;
                } else if (s + 2 < f->end && s[1] == ch && s[2] == ch) {
                    s += 2;
                    quote = triple = 0;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            triple = s + 2 < f->end && s[1] == ch && s[2] == ch;
            if (triple) s += 2;
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= MAX_FSTRING_PARENS)
                return raise_last(p, "f-string: too many nested parenthesis");
            parens[depth++] = ch;
        } else if (ch == '#') {
            return raise_last(p, "f-string expression part cannot include '#'");
        } else if (depth == 0 && strchr("!:}=<>", ch)) {
            if (s + 1 < f->end && s[1] == '=' && strchr("!=<>", ch)) {
                s++;
                continue;
            }
            if (ch == '<' || ch == '>') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!depth) return raise_last(p, "f-string: unmatched '%c'", ch);
            char open = parens[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}')))
                return raise_last(p,
                                  "f-string: closing parenthesis '%c' does not match opening "
                                  "parenthesis '%c'",
                                  ch, open);
        }
    }
    if (quote) return raise_last(p, "f-string: unterminated string");
    if (depth) return raise_last(p, "f-string: unmatched '%c'", parens[depth - 1]);
    if (s >= f->end) return raise_last(p, "f-string: expecting '}'");
    return s;
}

/* At '{': one replacement field, appended to b as a FormattedValue. */
static int replacement_field(Parser *p, StrBuilder *b, FScan *f, int level) {
    if (level >= 2) return raise_last(p, "f-string: expressions nested too deeply"), 0;
    const char *expr_start = ++f->s;
    const char *expr_end = scan_expr(p, f);
    if (!expr_end) return 0;
    f->s = expr_end;
    Expr *value = compile_expr(p, f, expr_start, expr_end);
    if (!value) return 0;
    int debug = 0, conversion = -1;
    if (*f->s == '=') {
        f->s++;
        while (f->s < f->end && (*f->s == ' ' || *f->s == '\t' || *f->s == '\n' || *f->s == '\r' ||
                                 *f->s == '\f' || *f->s == '\v'))
            f->s++;
        if (f->s >= f->end) return raise_last(p, "f-string: expecting '}'"), 0;
        if (!strb_append(p, b, expr_start, (size_t)(f->s - expr_start))) return 0;
        debug = 1;
    }
    if (*f->s == '!') {
        if (++f->s >= f->end) return raise_last(p, "f-string: expecting '}'"), 0;
        conversion = (unsigned char)*f->s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return raise_last(p, "f-string: invalid conversion character: expected 's', 'r', or "
                                 "'a'"),
                   0;
    }
    Expr *spec = NULL;
    if (f->s < f->end && *f->s == ':') {
        if (++f->s >= f->end) return raise_last(p, "f-string: expecting '}'"), 0;
        StrBuilder sb;
        strb_init(&sb);
        sb.fmode = 1;
        if (!parse_fstring(p, &sb, f, level + 1)) {
            strb_free(&sb);
            return 0;
        }
        StrSpan tspan = {f->t, f->t};
        spec = strb_finish(p, &sb, tspan);
        if (!spec) return 0;
    }
    if (f->s >= f->end || *f->s != '}') return raise_last(p, "f-string: expecting '}'"), 0;
    f->s++;
    if (debug && !spec && conversion == -1) conversion = 'r';
    if (!strb_flush(p, b, f->span)) return 0;
    Loc l = {f->span.first->lineno, f->span.first->col, f->span.last->end_lineno,
             f->span.last->end_col};
    Expr *fv = new_expr(p, E_FormattedValue, l);
    if (!fv) return 0;
    fv->FormattedValue.value = value;
    fv->FormattedValue.conversion = conversion;
    fv->FormattedValue.format_spec = spec;
    return list_push(p, &b->parts, fv);
}

/* Literal parts and replacement fields until the end (level 0) or a '}' (a format spec). */
static int parse_fstring(Parser *p, StrBuilder *b, FScan *f, int level) {
    for (;;) {
        int r = find_literal(p, b, f, level);
        if (r < 0) return 0;
        if (r == 1) continue;
        if (f->s >= f->end || *f->s == '}') break;
        if (!replacement_field(p, b, f, level)) return 0;
    }
    if (level == 0 && f->s < f->end) return raise_last(p, "f-string: unexpected end of string"), 0;
    if (level != 0 && (f->s >= f->end || *f->s != '}'))
        return raise_last(p, "f-string: expecting '}'"), 0;
    return 1;
}

int fstring_parse_body(Parser *p, StrBuilder *b, const char *body, size_t len, int raw,
                       const PTok *t, StrSpan span) {
    FScan f = {body, body + len, raw, t, span};
    return parse_fstring(p, b, &f, 0);
}
