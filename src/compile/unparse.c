/* unparse.c: writes an expression back as source text with CPython's spacing and
 * minimal parentheses (by operator precedence), for string annotations. */
#include "unparse.h"

#include <math.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/complex.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/str.h"
#include "../vm/errors.h"
#include "compile_error.h"

enum {
    PR_TUPLE,
    PR_TEST,
    PR_OR,
    PR_AND,
    PR_NOT,
    PR_CMP,
    PR_EXPR,
    PR_BOR = PR_EXPR,
    PR_BXOR,
    PR_BAND,
    PR_SHIFT,
    PR_ARITH,
    PR_TERM,
    PR_FACTOR,
    PR_POWER,
    PR_AWAIT,
    PR_ATOM,
};

typedef struct Writer {
    char *buf;
    size_t len, cap;
    int depth, limit;
    ConstPool *pool;
} Writer;

static int put(Writer *w, const char *s, size_t n) {
    if (w->len + n + 1 > w->cap) {
        size_t cap = w->cap ? w->cap : 64;
        while (cap < w->len + n + 1) cap *= 2;
        char *b = mem_realloc(w->buf, cap);
        if (!b) return err_no_memory(), -1;
        w->buf = b;
        w->cap = cap;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
    w->buf[w->len] = 0;
    return 0;
}

static int puts_(Writer *w, const char *s) { return put(w, s, strlen(s)); }

static int put_if(Writer *w, bool cond, const char *s) { return cond ? puts_(w, s) : 0; }

/* Appends the text of a str Value, -1 on error. */
static int put_str(Writer *w, Value s) {
    intptr_t n;
    const char *u = s ? str_utf8_len(s, &n) : NULL;
    return u ? put(w, u, (size_t)n) : -1;
}

static int put_repr(Writer *w, Value v) {
    Value r = object_repr(v);
    if (!r) return -1;
    int rc;
    bool inf = (is_float_exact(v) && isinf(float_value(v))) ||
               (!is_small_int(v) && v->type == &type_complex);
    if (!inf) {
        rc = put_str(w, r);
    } else { /* inf is written 1e309 so the text is valid source */
        intptr_t n;
        const char *u = str_utf8_len(r, &n);
        rc = u ? 0 : -1;
        for (intptr_t i = 0; rc == 0 && i < n; i++) {
            if (i + 3 <= n && memcmp(u + i, "inf", 3) == 0) {
                rc = puts_(w, "1e309");
                i += 2;
            } else {
                rc = put(w, u + i, 1);
            }
        }
    }
    decref(r);
    return rc;
}

static int expr(Writer *w, Expr *e, int level);

static int exprs(Writer *w, ExprSeq *seq, const char *sep, int level) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++) {
        if (i && puts_(w, sep) < 0) return -1;
        if (expr(w, seq->items[i], level) < 0) return -1;
    }
    return 0;
}

static int arg(Writer *w, Arg *a) {
    if (puts_(w, a->arg) < 0) return -1;
    if (!a->annotation) return 0;
    if (puts_(w, ": ") < 0) return -1;
    return expr(w, a->annotation, PR_TEST);
}

static int args(Writer *w, Arguments *a) {
    bool first = true;
    int npos = AST_SEQ_LEN(a->posonlyargs), nargs = AST_SEQ_LEN(a->args);
    int ndef = AST_SEQ_LEN(a->defaults);
    for (int i = 0; i < npos + nargs; i++) {
        if (!first && puts_(w, ", ") < 0) return -1;
        first = false;
        if (arg(w, i < npos ? a->posonlyargs->items[i] : a->args->items[i - npos]) < 0) return -1;
        int di = i - npos - nargs + ndef;
        if (di >= 0 && (puts_(w, "=") < 0 || expr(w, a->defaults->items[di], PR_TEST) < 0))
            return -1;
        if (npos && i + 1 == npos && puts_(w, ", /") < 0) return -1;
    }
    if (a->vararg || AST_SEQ_LEN(a->kwonlyargs)) {
        if (!first && puts_(w, ", ") < 0) return -1;
        first = false;
        if (puts_(w, "*") < 0 || (a->vararg && arg(w, a->vararg) < 0)) return -1;
    }
    int nkw = AST_SEQ_LEN(a->kwonlyargs), nkwdef = AST_SEQ_LEN(a->kw_defaults);
    for (int i = 0; i < nkw; i++) {
        if (!first && puts_(w, ", ") < 0) return -1;
        first = false;
        if (arg(w, a->kwonlyargs->items[i]) < 0) return -1;
        int di = i - nkw + nkwdef;
        Expr *d = di >= 0 ? a->kw_defaults->items[di] : NULL;
        if (d && (puts_(w, "=") < 0 || expr(w, d, PR_TEST) < 0)) return -1;
    }
    if (a->kwarg) {
        if (!first && puts_(w, ", ") < 0) return -1;
        if (puts_(w, "**") < 0 || arg(w, a->kwarg) < 0) return -1;
    }
    return 0;
}

static int comprehensions(Writer *w, ComprehensionSeq *gens) {
    for (int i = 0; i < AST_SEQ_LEN(gens); i++) {
        Comprehension *c = gens->items[i];
        if (puts_(w, c->is_async ? " async for " : " for ") < 0) return -1;
        if (expr(w, c->target, PR_TUPLE) < 0 || puts_(w, " in ") < 0) return -1;
        if (expr(w, c->iter, PR_TEST + 1) < 0) return -1;
        for (int k = 0; k < AST_SEQ_LEN(c->ifs); k++)
            if (puts_(w, " if ") < 0 || expr(w, c->ifs->items[k], PR_TEST + 1) < 0) return -1;
    }
    return 0;
}

static int comp(Writer *w, const char *open, Expr *elt, Expr *val, ComprehensionSeq *gens,
                const char *close) {
    if (puts_(w, open) < 0 || expr(w, elt, PR_TEST) < 0) return -1;
    if (val && (puts_(w, ": ") < 0 || expr(w, val, PR_TEST) < 0)) return -1;
    if (comprehensions(w, gens) < 0) return -1;
    return puts_(w, close);
}

/* ---- f-strings ---- */

static int fstring_element(Writer *w, Expr *e, bool is_spec);

/* The body of an f-string (literal braces doubled) into w. */
static int fstring_body(Writer *w, ExprSeq *values, bool is_spec) {
    for (int i = 0; i < AST_SEQ_LEN(values); i++)
        if (fstring_element(w, values->items[i], is_spec) < 0) return -1;
    return 0;
}

static int joinedstr(Writer *w, ExprSeq *values, bool is_spec) {
    Writer body = {.pool = w->pool, .depth = w->depth, .limit = w->limit};
    int rc = fstring_body(&body, values, is_spec);
    if (rc == 0 && is_spec) {
        rc = put(w, body.buf ? body.buf : "", body.len);
    } else if (rc == 0) {
        Value s = str_from_utf8(body.buf ? body.buf : "", body.len);
        rc = s && puts_(w, "f") == 0 ? put_repr(w, s) : -1;
        xdecref(s);
    }
    mem_free(body.buf);
    return rc;
}

static int formatted_value(Writer *w, Expr *e) {
    Writer inner = {.pool = w->pool, .depth = w->depth, .limit = w->limit};
    int rc = expr(&inner, e->FormattedValue.value, PR_TEST + 1);
    if (rc == 0) rc = puts_(w, inner.len && inner.buf[0] == '{' ? "{ " : "{");
    if (rc == 0) rc = put(w, inner.buf ? inner.buf : "", inner.len);
    mem_free(inner.buf);
    if (rc < 0) return -1;
    int conv = e->FormattedValue.conversion;
    if (conv == 'a' || conv == 'r' || conv == 's') {
        char c[3] = {'!', (char)conv, 0};
        if (puts_(w, c) < 0) return -1;
    }
    if (e->FormattedValue.format_spec) {
        if (puts_(w, ":") < 0 || fstring_element(w, e->FormattedValue.format_spec, true) < 0)
            return -1;
    }
    return puts_(w, "}");
}

static int fstring_element(Writer *w, Expr *e, bool is_spec) {
    switch (e->kind) {
        case E_Constant: {
            Value v = const_value(w->pool, &e->Constant.value);
            intptr_t n;
            const char *u = v && is_str(v) ? str_utf8_len(v, &n) : NULL;
            if (!u) return v ? 0 : -1;
            for (intptr_t i = 0; i < n; i++) {
                if ((u[i] == '{' || u[i] == '}') && put(w, u + i, 1) < 0) return -1;
                if (put(w, u + i, 1) < 0) return -1;
            }
            return 0;
        }
        case E_JoinedStr: return joinedstr(w, e->JoinedStr.values, is_spec);
        case E_FormattedValue: return formatted_value(w, e);
        default: return err_bad_internal_call("unparse fstring"), -1;
    }
}

/* ---- expressions ---- */

static const char *binop_text(OperatorKind op, int *pr) {
    switch (op) {
        case OP_ADD: *pr = PR_ARITH; return " + ";
        case OP_SUB: *pr = PR_ARITH; return " - ";
        case OP_MULT: *pr = PR_TERM; return " * ";
        case OP_MATMULT: *pr = PR_TERM; return " @ ";
        case OP_DIV: *pr = PR_TERM; return " / ";
        case OP_MOD: *pr = PR_TERM; return " % ";
        case OP_LSHIFT: *pr = PR_SHIFT; return " << ";
        case OP_RSHIFT: *pr = PR_SHIFT; return " >> ";
        case OP_BITOR: *pr = PR_BOR; return " | ";
        case OP_BITXOR: *pr = PR_BXOR; return " ^ ";
        case OP_BITAND: *pr = PR_BAND; return " & ";
        case OP_FLOORDIV: *pr = PR_TERM; return " // ";
        case OP_POW: *pr = PR_POWER; return " ** ";
    }
    *pr = PR_ATOM;
    return "";
}

static const char *cmpop_text(CmpOpKind op) {
    static const char *const t[] = {
        [CMPOP_EQ] = " == ",        [CMPOP_NOTEQ] = " != ",     [CMPOP_LT] = " < ",
        [CMPOP_LTE] = " <= ",       [CMPOP_GT] = " > ",         [CMPOP_GTE] = " >= ",
        [CMPOP_IS] = " is ",        [CMPOP_ISNOT] = " is not ", [CMPOP_IN] = " in ",
        [CMPOP_NOTIN] = " not in ",
    };
    return t[op];
}

static int constant(Writer *w, Expr *e) {
    Value v = const_value(w->pool, &e->Constant.value);
    if (!v) return -1;
    if (v == ELLIPSIS) return puts_(w, "...");
    if (e->Constant.kind && puts_(w, e->Constant.kind) < 0) return -1;
    return put_repr(w, v);
}

static int expr_kind(Writer *w, Expr *e, int level) {
    int pr;
    switch (e->kind) {
        case E_BoolOp: {
            pr = e->BoolOp.op == BOOLOP_AND ? PR_AND : PR_OR;
            if (put_if(w, level > pr, "(") < 0) return -1;
            if (exprs(w, e->BoolOp.values, e->BoolOp.op == BOOLOP_AND ? " and " : " or ", pr + 1) <
                0)
                return -1;
            return put_if(w, level > pr, ")");
        }
        case E_BinOp: {
            const char *op = binop_text(e->BinOp.op, &pr);
            int rassoc = e->BinOp.op == OP_POW;
            if (put_if(w, level > pr, "(") < 0) return -1;
            if (expr(w, e->BinOp.left, pr + rassoc) < 0 || puts_(w, op) < 0) return -1;
            if (expr(w, e->BinOp.right, pr + !rassoc) < 0) return -1;
            return put_if(w, level > pr, ")");
        }
        case E_UnaryOp: {
            static const char *const ops[] = {[UNARYOP_INVERT] = "~",
                                              [UNARYOP_NOT] = "not ",
                                              [UNARYOP_UADD] = "+",
                                              [UNARYOP_USUB] = "-"};
            pr = e->UnaryOp.op == UNARYOP_NOT ? PR_NOT : PR_FACTOR;
            if (put_if(w, level > pr, "(") < 0 || puts_(w, ops[e->UnaryOp.op]) < 0) return -1;
            if (expr(w, e->UnaryOp.operand, pr) < 0) return -1;
            return put_if(w, level > pr, ")");
        }
        case E_Lambda: {
            Arguments *a = e->Lambda.args;
            int npos = AST_SEQ_LEN(a->args) + AST_SEQ_LEN(a->posonlyargs);
            if (put_if(w, level > PR_TEST, "(") < 0) return -1;
            if (puts_(w, npos ? "lambda " : "lambda") < 0 || args(w, a) < 0) return -1;
            if (puts_(w, ": ") < 0 || expr(w, e->Lambda.body, PR_TEST) < 0) return -1;
            return put_if(w, level > PR_TEST, ")");
        }
        case E_IfExp:
            if (put_if(w, level > PR_TEST, "(") < 0) return -1;
            if (expr(w, e->IfExp.body, PR_TEST + 1) < 0 || puts_(w, " if ") < 0) return -1;
            if (expr(w, e->IfExp.test, PR_TEST + 1) < 0 || puts_(w, " else ") < 0) return -1;
            if (expr(w, e->IfExp.orelse, PR_TEST) < 0) return -1;
            return put_if(w, level > PR_TEST, ")");
        case E_Dict:
            if (puts_(w, "{") < 0) return -1;
            for (int i = 0; i < AST_SEQ_LEN(e->Dict.values); i++) {
                if (i && puts_(w, ", ") < 0) return -1;
                Expr *k = e->Dict.keys->items[i];
                if (k) {
                    if (expr(w, k, PR_TEST) < 0 || puts_(w, ": ") < 0) return -1;
                    if (expr(w, e->Dict.values->items[i], PR_TEST) < 0) return -1;
                } else if (puts_(w, "**") < 0 || expr(w, e->Dict.values->items[i], PR_EXPR) < 0) {
                    return -1;
                }
            }
            return puts_(w, "}");
        case E_Set:
            if (!AST_SEQ_LEN(e->Set.elts)) return puts_(w, "{*()}");
            if (puts_(w, "{") < 0 || exprs(w, e->Set.elts, ", ", PR_TEST) < 0) return -1;
            return puts_(w, "}");
        case E_ListComp: return comp(w, "[", e->ListComp.elt, NULL, e->ListComp.generators, "]");
        case E_SetComp: return comp(w, "{", e->SetComp.elt, NULL, e->SetComp.generators, "}");
        case E_DictComp:
            return comp(w, "{", e->DictComp.key, e->DictComp.value, e->DictComp.generators, "}");
        case E_GeneratorExp:
            return comp(w, "(", e->GeneratorExp.elt, NULL, e->GeneratorExp.generators, ")");
        case E_Await:
            if (put_if(w, level > PR_AWAIT, "(") < 0 || puts_(w, "await ") < 0) return -1;
            if (expr(w, e->Await.value, PR_ATOM) < 0) return -1;
            return put_if(w, level > PR_AWAIT, ")");
        case E_Yield:
            if (!e->Yield.value) return puts_(w, "(yield)");
            if (puts_(w, "(yield ") < 0 || expr(w, e->Yield.value, PR_TEST) < 0) return -1;
            return puts_(w, ")");
        case E_YieldFrom:
            if (puts_(w, "(yield from ") < 0 || expr(w, e->YieldFrom.value, PR_TEST) < 0) return -1;
            return puts_(w, ")");
        case E_Compare:
            if (put_if(w, level > PR_CMP, "(") < 0) return -1;
            if (expr(w, e->Compare.left, PR_CMP + 1) < 0) return -1;
            for (int i = 0; i < e->Compare.ops->count; i++) {
                if (puts_(w, cmpop_text(e->Compare.ops->items[i])) < 0) return -1;
                if (expr(w, e->Compare.comparators->items[i], PR_CMP + 1) < 0) return -1;
            }
            return put_if(w, level > PR_CMP, ")");
        case E_Call: {
            if (expr(w, e->Call.func, PR_ATOM) < 0) return -1;
            ExprSeq *a = e->Call.args;
            KeywordSeq *kws = e->Call.keywords;
            if (AST_SEQ_LEN(a) == 1 && !AST_SEQ_LEN(kws) && a->items[0]->kind == E_GeneratorExp)
                return expr(w, a->items[0], PR_TEST);
            if (puts_(w, "(") < 0 || exprs(w, a, ", ", PR_TEST) < 0) return -1;
            for (int i = 0; i < AST_SEQ_LEN(kws); i++) {
                Keyword *k = kws->items[i];
                if ((AST_SEQ_LEN(a) || i) && puts_(w, ", ") < 0) return -1;
                if (k->arg ? puts_(w, k->arg) < 0 || puts_(w, "=") < 0 : puts_(w, "**") < 0)
                    return -1;
                if (expr(w, k->value, PR_TEST) < 0) return -1;
            }
            return puts_(w, ")");
        }
        case E_Constant: return constant(w, e);
        case E_JoinedStr: return joinedstr(w, e->JoinedStr.values, false);
        case E_FormattedValue: {
            Writer body = {.pool = w->pool, .depth = w->depth, .limit = w->limit};
            int rc = formatted_value(&body, e);
            Value s = rc == 0 ? str_from_utf8(body.buf ? body.buf : "", body.len) : NULL;
            mem_free(body.buf);
            rc = s && puts_(w, "f") == 0 ? put_repr(w, s) : -1;
            xdecref(s);
            return rc;
        }
        case E_Attribute: {
            Expr *v = e->Attribute.value;
            bool int_const = false;
            if (v->kind == E_Constant) {
                Value c = const_value(w->pool, &v->Constant.value);
                if (!c) return -1;
                int_const = is_int_exact(c);
            }
            if (expr(w, v, PR_ATOM) < 0 || puts_(w, int_const ? " ." : ".") < 0) return -1;
            return puts_(w, e->Attribute.attr);
        }
        case E_Subscript:
            if (expr(w, e->Subscript.value, PR_ATOM) < 0 || puts_(w, "[") < 0) return -1;
            if (expr(w, e->Subscript.slice, PR_TUPLE) < 0) return -1;
            return puts_(w, "]");
        case E_Starred:
            if (puts_(w, "*") < 0) return -1;
            return expr(w, e->Starred.value, PR_EXPR);
        case E_Name: return puts_(w, e->Name.id);
        case E_List:
            if (puts_(w, "[") < 0 || exprs(w, e->List.elts, ", ", PR_TEST) < 0) return -1;
            return puts_(w, "]");
        case E_Tuple: {
            int n = AST_SEQ_LEN(e->Tuple.elts);
            if (!n) return puts_(w, "()");
            if (put_if(w, level > PR_TUPLE, "(") < 0) return -1;
            if (exprs(w, e->Tuple.elts, ", ", PR_TEST) < 0) return -1;
            if (put_if(w, n == 1, ",") < 0) return -1;
            return put_if(w, level > PR_TUPLE, ")");
        }
        case E_Slice:
            if (e->Slice.lower && expr(w, e->Slice.lower, PR_TEST) < 0) return -1;
            if (puts_(w, ":") < 0) return -1;
            if (e->Slice.upper && expr(w, e->Slice.upper, PR_TEST) < 0) return -1;
            if (e->Slice.step && (puts_(w, ":") < 0 || expr(w, e->Slice.step, PR_TEST) < 0))
                return -1;
            return 0;
        case E_NamedExpr:
            if (put_if(w, level > PR_TUPLE, "(") < 0) return -1;
            if (expr(w, e->NamedExpr.target, PR_ATOM) < 0 || puts_(w, " := ") < 0) return -1;
            if (expr(w, e->NamedExpr.value, PR_ATOM) < 0) return -1;
            return put_if(w, level > PR_TUPLE, ")");
    }
    return 0;
}

static int expr(Writer *w, Expr *e, int level) {
    if (++w->depth > w->limit) return compile_recursion_error();
    int r = expr_kind(w, e, level);
    w->depth--;
    return r;
}

Value unparse_expr(Expr *e, ConstPool *pool) {
    Writer w = {.pool = pool, .limit = compile_depth_limit()};
    Value s = NULL;
    if (expr(&w, e, PR_TEST) == 0) s = str_from_utf8(w.buf ? w.buf : "", w.len);
    mem_free(w.buf);
    return s;
}
