/* ast_dump.c: ast.dump() of CPython 3.11 over our tree: the same field order, the same
 * omission of optional fields that are None, the same one-line / indented layout rule
 * (a node stays on one line when all its arguments are simple and there are at most 3). */
#include "ast_dump.h"

#include <string.h>

#define MAX_DUMP_DEPTH 3000
#define MAX_FIELDS     12

typedef struct Dumper {
    int indent; /* < 0: none */
    int attrs;
    int depth;
    int failed;
} Dumper;

/* The formatted arguments of one node (or items of one list) before layout. */
typedef struct Fields {
    int n, allsimple;
    TextBuf args[MAX_FIELDS];
} Fields;

typedef int (*FormatFn)(Dumper *d, const void *node, int level, TextBuf *out);

static int fmt_expr(Dumper *d, const void *node, int level, TextBuf *out);
static int fmt_stmt(Dumper *d, const void *node, int level, TextBuf *out);
static int fmt_pattern(Dumper *d, const void *node, int level, TextBuf *out);

/* ---- layout ---- */

static void put_prefix(Dumper *d, TextBuf *out, int level, int with_comma) {
    if (d->indent < 0) {
        if (with_comma) textbuf_puts(out, ", ");
        return;
    }
    textbuf_puts(out, with_comma ? ",\n" : "\n");
    for (int i = 0; i < d->indent * level; i++) textbuf_append(out, " ", 1);
}

static void fields_init(Fields *f) {
    f->n = 0;
    f->allsimple = 1;
}

static TextBuf *new_arg(Fields *f, const char *name) {
    TextBuf *t = &f->args[f->n++];
    textbuf_init(t);
    if (name) textbuf_printf(t, "%s=", name);
    return t;
}

/* Writes cls(args) with CPython's layout; returns whether the result is "simple". */
static int finish_node(Dumper *d, const char *cls, Fields *f, int level, TextBuf *out) {
    textbuf_puts(out, cls);
    textbuf_puts(out, "(");
    int one_line = f->allsimple && f->n <= 3;
    for (int i = 0; i < f->n; i++) {
        if (one_line) {
            if (i) textbuf_puts(out, ", ");
        } else {
            put_prefix(d, out, level, i > 0);
        }
        const char *s = textbuf_cstr(&f->args[i]);
        if (!s) d->failed = 1;
        textbuf_puts(out, s ? s : "");
        textbuf_free(&f->args[i]);
    }
    textbuf_puts(out, ")");
    return one_line && f->n == 0;
}

static int enter(Dumper *d, int level) {
    if (++d->depth > MAX_DUMP_DEPTH) d->failed = 1;
    return d->indent >= 0 ? level + 1 : level;
}

/* ---- fields ---- */

static void field_node(Dumper *d, Fields *f, const char *name, FormatFn fn, const void *node,
                       int level) {
    TextBuf *t = new_arg(f, name);
    if (!node) {
        textbuf_puts(t, "None");
        return;
    }
    if (d->failed) return;
    f->allsimple &= fn(d, node, level, t);
}

/* an optional (?) field: omitted when None */
static void field_opt(Dumper *d, Fields *f, const char *name, FormatFn fn, const void *node,
                      int level) {
    if (node) field_node(d, f, name, fn, node, level);
}

static void field_int(Fields *f, const char *name, int v) {
    textbuf_printf(new_arg(f, name), "%d", v);
}

static void field_str(Fields *f, const char *name, const char *s) {
    TextBuf *t = new_arg(f, name);
    if (s)
        repr_str(t, s, strlen(s));
    else
        textbuf_puts(t, "None");
}

static void field_opt_str(Fields *f, const char *name, const char *s) {
    if (s) field_str(f, name, s);
}

static void field_enum(Fields *f, const char *name, const char *cls) {
    textbuf_printf(new_arg(f, name), "%s()", cls);
}

/* [item, ...] of a pointer sequence (all sequence types share the pointer layout) */
static void field_list(Dumper *d, Fields *f, const char *name, FormatFn fn, const void *seq,
                       int level) {
    TextBuf *t = new_arg(f, name);
    const ExprSeq *s = seq;
    int n = AST_SEQ_LEN(s);
    if (!n) {
        textbuf_puts(t, "[]");
        return;
    }
    f->allsimple = 0;
    int lvl = d->indent >= 0 ? level + 1 : level;
    textbuf_puts(t, "[");
    for (int i = 0; i < n && !d->failed; i++) {
        if (d->indent >= 0 || i) put_prefix(d, t, lvl, i > 0);
        if (s->items[i])
            fn(d, s->items[i], lvl, t);
        else
            textbuf_puts(t, "None");
    }
    textbuf_puts(t, "]");
}

static void field_ident_list(Dumper *d, Fields *f, const char *name, const IdentSeq *s, int level) {
    TextBuf *t = new_arg(f, name);
    int n = AST_SEQ_LEN(s);
    if (!n) {
        textbuf_puts(t, "[]");
        return;
    }
    f->allsimple = 0;
    int lvl = d->indent >= 0 ? level + 1 : level;
    textbuf_puts(t, "[");
    for (int i = 0; i < n; i++) {
        if (d->indent >= 0 || i) put_prefix(d, t, lvl, i > 0);
        repr_str(t, s->items[i], strlen(s->items[i]));
    }
    textbuf_puts(t, "]");
}

static void field_cmpops(Dumper *d, Fields *f, const CmpOpSeq *s, int level) {
    TextBuf *t = new_arg(f, "ops");
    int n = AST_SEQ_LEN(s);
    if (!n) {
        textbuf_puts(t, "[]");
        return;
    }
    f->allsimple = 0;
    int lvl = d->indent >= 0 ? level + 1 : level;
    textbuf_puts(t, "[");
    for (int i = 0; i < n; i++) {
        if (d->indent >= 0 || i) put_prefix(d, t, lvl, i > 0);
        textbuf_printf(t, "%s()", ast_cmpop_name(s->items[i]));
    }
    textbuf_puts(t, "]");
}

static void field_constant(Fields *f, const char *name, const ConstValue *c) {
    TextBuf *t = new_arg(f, name);
    switch (c->kind) {
        case CONST_NONE: textbuf_puts(t, "None"); break;
        case CONST_TRUE: textbuf_puts(t, "True"); break;
        case CONST_FALSE: textbuf_puts(t, "False"); break;
        case CONST_ELLIPSIS: textbuf_puts(t, "Ellipsis"); break;
        case CONST_INT: repr_int_literal(t, c->data); break;
        case CONST_FLOAT: repr_float(t, c->f); break;
        case CONST_COMPLEX: repr_imaginary(t, c->f); break;
        case CONST_STR: repr_str(t, c->data, c->len); break;
        case CONST_BYTES: repr_bytes(t, c->data, c->len); break;
        case CONST_VALUE: textbuf_puts(t, "<object>"); break;
    }
}

static void field_position(Dumper *d, Fields *f, int lineno, int col, int end_lineno, int end_col) {
    if (!d->attrs) return;
    field_int(f, "lineno", lineno);
    field_int(f, "col_offset", col);
    field_int(f, "end_lineno", end_lineno);
    field_int(f, "end_col_offset", end_col);
}

/* ---- the product types ---- */

static int fmt_arg(Dumper *d, const void *node, int level, TextBuf *out) {
    const Arg *a = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    field_str(&f, "arg", a->arg);
    field_opt(d, &f, "annotation", fmt_expr, a->annotation, level);
    field_opt_str(&f, "type_comment", a->type_comment);
    field_position(d, &f, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    d->depth--;
    return finish_node(d, "arg", &f, level, out);
}

static int fmt_arguments(Dumper *d, const void *node, int level, TextBuf *out) {
    const Arguments *a = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    field_list(d, &f, "posonlyargs", fmt_arg, a->posonlyargs, level);
    field_list(d, &f, "args", fmt_arg, a->args, level);
    field_opt(d, &f, "vararg", fmt_arg, a->vararg, level);
    field_list(d, &f, "kwonlyargs", fmt_arg, a->kwonlyargs, level);
    field_list(d, &f, "kw_defaults", fmt_expr, a->kw_defaults, level);
    field_opt(d, &f, "kwarg", fmt_arg, a->kwarg, level);
    field_list(d, &f, "defaults", fmt_expr, a->defaults, level);
    d->depth--;
    return finish_node(d, "arguments", &f, level, out);
}

static int fmt_keyword(Dumper *d, const void *node, int level, TextBuf *out) {
    const Keyword *k = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    field_opt_str(&f, "arg", k->arg);
    field_node(d, &f, "value", fmt_expr, k->value, level);
    field_position(d, &f, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
    d->depth--;
    return finish_node(d, "keyword", &f, level, out);
}

static int fmt_alias(Dumper *d, const void *node, int level, TextBuf *out) {
    const Alias *a = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    field_str(&f, "name", a->name);
    field_opt_str(&f, "asname", a->asname);
    field_position(d, &f, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    d->depth--;
    return finish_node(d, "alias", &f, level, out);
}

static int fmt_withitem(Dumper *d, const void *node, int level, TextBuf *out) {
    const WithItem *w = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    field_node(d, &f, "context_expr", fmt_expr, w->context_expr, level);
    field_opt(d, &f, "optional_vars", fmt_expr, w->optional_vars, level);
    d->depth--;
    return finish_node(d, "withitem", &f, level, out);
}

static int fmt_comprehension(Dumper *d, const void *node, int level, TextBuf *out) {
    const Comprehension *c = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    field_node(d, &f, "target", fmt_expr, c->target, level);
    field_node(d, &f, "iter", fmt_expr, c->iter, level);
    field_list(d, &f, "ifs", fmt_expr, c->ifs, level);
    field_int(&f, "is_async", c->is_async);
    d->depth--;
    return finish_node(d, "comprehension", &f, level, out);
}

static int fmt_handler(Dumper *d, const void *node, int level, TextBuf *out) {
    const ExceptHandler *h = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    field_opt(d, &f, "type", fmt_expr, h->type, level);
    field_opt_str(&f, "name", h->name);
    field_list(d, &f, "body", fmt_stmt, h->body, level);
    field_position(d, &f, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
    d->depth--;
    return finish_node(d, "ExceptHandler", &f, level, out);
}

static int fmt_match_case(Dumper *d, const void *node, int level, TextBuf *out) {
    const MatchCase *c = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    field_node(d, &f, "pattern", fmt_pattern, c->pattern, level);
    field_opt(d, &f, "guard", fmt_expr, c->guard, level);
    field_list(d, &f, "body", fmt_stmt, c->body, level);
    d->depth--;
    return finish_node(d, "match_case", &f, level, out);
}

/* ---- expressions ---- */

static const char *const expr_class[] = {
    [E_BoolOp] = "BoolOp",       [E_NamedExpr] = "NamedExpr",
    [E_BinOp] = "BinOp",         [E_UnaryOp] = "UnaryOp",
    [E_Lambda] = "Lambda",       [E_IfExp] = "IfExp",
    [E_Dict] = "Dict",           [E_Set] = "Set",
    [E_ListComp] = "ListComp",   [E_SetComp] = "SetComp",
    [E_DictComp] = "DictComp",   [E_GeneratorExp] = "GeneratorExp",
    [E_Await] = "Await",         [E_Yield] = "Yield",
    [E_YieldFrom] = "YieldFrom", [E_Compare] = "Compare",
    [E_Call] = "Call",           [E_FormattedValue] = "FormattedValue",
    [E_JoinedStr] = "JoinedStr", [E_Constant] = "Constant",
    [E_Attribute] = "Attribute", [E_Subscript] = "Subscript",
    [E_Starred] = "Starred",     [E_Name] = "Name",
    [E_List] = "List",           [E_Tuple] = "Tuple",
    [E_Slice] = "Slice",
};

static int fmt_expr(Dumper *d, const void *node, int level, TextBuf *out) {
    const Expr *e = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    switch (e->kind) {
        case E_BoolOp:
            field_enum(&f, "op", ast_boolop_name(e->BoolOp.op));
            field_list(d, &f, "values", fmt_expr, e->BoolOp.values, level);
            break;
        case E_NamedExpr:
            field_node(d, &f, "target", fmt_expr, e->NamedExpr.target, level);
            field_node(d, &f, "value", fmt_expr, e->NamedExpr.value, level);
            break;
        case E_BinOp:
            field_node(d, &f, "left", fmt_expr, e->BinOp.left, level);
            field_enum(&f, "op", ast_operator_name(e->BinOp.op));
            field_node(d, &f, "right", fmt_expr, e->BinOp.right, level);
            break;
        case E_UnaryOp:
            field_enum(&f, "op", ast_unaryop_name(e->UnaryOp.op));
            field_node(d, &f, "operand", fmt_expr, e->UnaryOp.operand, level);
            break;
        case E_Lambda:
            field_node(d, &f, "args", fmt_arguments, e->Lambda.args, level);
            field_node(d, &f, "body", fmt_expr, e->Lambda.body, level);
            break;
        case E_IfExp:
            field_node(d, &f, "test", fmt_expr, e->IfExp.test, level);
            field_node(d, &f, "body", fmt_expr, e->IfExp.body, level);
            field_node(d, &f, "orelse", fmt_expr, e->IfExp.orelse, level);
            break;
        case E_Dict:
            field_list(d, &f, "keys", fmt_expr, e->Dict.keys, level);
            field_list(d, &f, "values", fmt_expr, e->Dict.values, level);
            break;
        case E_Set: field_list(d, &f, "elts", fmt_expr, e->Set.elts, level); break;
        case E_ListComp:
        case E_SetComp:
        case E_GeneratorExp:
            field_node(d, &f, "elt", fmt_expr, e->ListComp.elt, level);
            field_list(d, &f, "generators", fmt_comprehension, e->ListComp.generators, level);
            break;
        case E_DictComp:
            field_node(d, &f, "key", fmt_expr, e->DictComp.key, level);
            field_node(d, &f, "value", fmt_expr, e->DictComp.value, level);
            field_list(d, &f, "generators", fmt_comprehension, e->DictComp.generators, level);
            break;
        case E_Await:
        case E_YieldFrom: field_node(d, &f, "value", fmt_expr, e->Await.value, level); break;
        case E_Yield: field_opt(d, &f, "value", fmt_expr, e->Yield.value, level); break;
        case E_Compare:
            field_node(d, &f, "left", fmt_expr, e->Compare.left, level);
            field_cmpops(d, &f, e->Compare.ops, level);
            field_list(d, &f, "comparators", fmt_expr, e->Compare.comparators, level);
            break;
        case E_Call:
            field_node(d, &f, "func", fmt_expr, e->Call.func, level);
            field_list(d, &f, "args", fmt_expr, e->Call.args, level);
            field_list(d, &f, "keywords", fmt_keyword, e->Call.keywords, level);
            break;
        case E_FormattedValue:
            field_node(d, &f, "value", fmt_expr, e->FormattedValue.value, level);
            field_int(&f, "conversion", e->FormattedValue.conversion);
            field_opt(d, &f, "format_spec", fmt_expr, e->FormattedValue.format_spec, level);
            break;
        case E_JoinedStr: field_list(d, &f, "values", fmt_expr, e->JoinedStr.values, level); break;
        case E_Constant:
            field_constant(&f, "value", &e->Constant.value);
            field_opt_str(&f, "kind", e->Constant.kind);
            break;
        case E_Attribute:
            field_node(d, &f, "value", fmt_expr, e->Attribute.value, level);
            field_str(&f, "attr", e->Attribute.attr);
            field_enum(&f, "ctx", ast_context_name(e->Attribute.ctx));
            break;
        case E_Subscript:
            field_node(d, &f, "value", fmt_expr, e->Subscript.value, level);
            field_node(d, &f, "slice", fmt_expr, e->Subscript.slice, level);
            field_enum(&f, "ctx", ast_context_name(e->Subscript.ctx));
            break;
        case E_Starred:
            field_node(d, &f, "value", fmt_expr, e->Starred.value, level);
            field_enum(&f, "ctx", ast_context_name(e->Starred.ctx));
            break;
        case E_Name:
            field_str(&f, "id", e->Name.id);
            field_enum(&f, "ctx", ast_context_name(e->Name.ctx));
            break;
        case E_List:
        case E_Tuple:
            field_list(d, &f, "elts", fmt_expr, e->Tuple.elts, level);
            field_enum(&f, "ctx", ast_context_name(e->Tuple.ctx));
            break;
        case E_Slice:
            field_opt(d, &f, "lower", fmt_expr, e->Slice.lower, level);
            field_opt(d, &f, "upper", fmt_expr, e->Slice.upper, level);
            field_opt(d, &f, "step", fmt_expr, e->Slice.step, level);
            break;
    }
    field_position(d, &f, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    d->depth--;
    return finish_node(d, expr_class[e->kind], &f, level, out);
}

/* ---- patterns ---- */

static int fmt_pattern(Dumper *d, const void *node, int level, TextBuf *out) {
    const Pattern *p = node;
    static const char *const cls[] = {
        [P_MatchValue] = "MatchValue",
        [P_MatchSingleton] = "MatchSingleton",
        [P_MatchSequence] = "MatchSequence",
        [P_MatchMapping] = "MatchMapping",
        [P_MatchClass] = "MatchClass",
        [P_MatchStar] = "MatchStar",
        [P_MatchAs] = "MatchAs",
        [P_MatchOr] = "MatchOr",
    };
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    switch (p->kind) {
        case P_MatchValue: field_node(d, &f, "value", fmt_expr, p->MatchValue.value, level); break;
        case P_MatchSingleton: field_constant(&f, "value", &p->MatchSingleton.value); break;
        case P_MatchSequence:
        case P_MatchOr:
            field_list(d, &f, "patterns", fmt_pattern, p->MatchSequence.patterns, level);
            break;
        case P_MatchMapping:
            field_list(d, &f, "keys", fmt_expr, p->MatchMapping.keys, level);
            field_list(d, &f, "patterns", fmt_pattern, p->MatchMapping.patterns, level);
            field_opt_str(&f, "rest", p->MatchMapping.rest);
            break;
        case P_MatchClass:
            field_node(d, &f, "cls", fmt_expr, p->MatchClass.cls, level);
            field_list(d, &f, "patterns", fmt_pattern, p->MatchClass.patterns, level);
            field_ident_list(d, &f, "kwd_attrs", p->MatchClass.kwd_attrs, level);
            field_list(d, &f, "kwd_patterns", fmt_pattern, p->MatchClass.kwd_patterns, level);
            break;
        case P_MatchStar: field_opt_str(&f, "name", p->MatchStar.name); break;
        case P_MatchAs:
            field_opt(d, &f, "pattern", fmt_pattern, p->MatchAs.pattern, level);
            field_opt_str(&f, "name", p->MatchAs.name);
            break;
    }
    field_position(d, &f, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
    d->depth--;
    return finish_node(d, cls[p->kind], &f, level, out);
}

/* ---- statements ---- */

static const char *const stmt_class[] = {
    [S_FunctionDef] = "FunctionDef",
    [S_AsyncFunctionDef] = "AsyncFunctionDef",
    [S_ClassDef] = "ClassDef",
    [S_Return] = "Return",
    [S_Delete] = "Delete",
    [S_Assign] = "Assign",
    [S_AugAssign] = "AugAssign",
    [S_AnnAssign] = "AnnAssign",
    [S_For] = "For",
    [S_AsyncFor] = "AsyncFor",
    [S_While] = "While",
    [S_If] = "If",
    [S_With] = "With",
    [S_AsyncWith] = "AsyncWith",
    [S_Match] = "Match",
    [S_Raise] = "Raise",
    [S_Try] = "Try",
    [S_TryStar] = "TryStar",
    [S_Assert] = "Assert",
    [S_Import] = "Import",
    [S_ImportFrom] = "ImportFrom",
    [S_Global] = "Global",
    [S_Nonlocal] = "Nonlocal",
    [S_Expr] = "Expr",
    [S_Pass] = "Pass",
    [S_Break] = "Break",
    [S_Continue] = "Continue",
};

static int fmt_stmt(Dumper *d, const void *node, int level, TextBuf *out) {
    const Stmt *s = node;
    Fields f;
    fields_init(&f);
    level = enter(d, level);
    switch (s->kind) {
        case S_FunctionDef:
        case S_AsyncFunctionDef:
            field_str(&f, "name", s->FunctionDef.name);
            field_node(d, &f, "args", fmt_arguments, s->FunctionDef.args, level);
            field_list(d, &f, "body", fmt_stmt, s->FunctionDef.body, level);
            field_list(d, &f, "decorator_list", fmt_expr, s->FunctionDef.decorator_list, level);
            field_opt(d, &f, "returns", fmt_expr, s->FunctionDef.returns, level);
            field_opt_str(&f, "type_comment", s->FunctionDef.type_comment);
            break;
        case S_ClassDef:
            field_str(&f, "name", s->ClassDef.name);
            field_list(d, &f, "bases", fmt_expr, s->ClassDef.bases, level);
            field_list(d, &f, "keywords", fmt_keyword, s->ClassDef.keywords, level);
            field_list(d, &f, "body", fmt_stmt, s->ClassDef.body, level);
            field_list(d, &f, "decorator_list", fmt_expr, s->ClassDef.decorator_list, level);
            break;
        case S_Return: field_opt(d, &f, "value", fmt_expr, s->Return.value, level); break;
        case S_Delete: field_list(d, &f, "targets", fmt_expr, s->Delete.targets, level); break;
        case S_Assign:
            field_list(d, &f, "targets", fmt_expr, s->Assign.targets, level);
            field_node(d, &f, "value", fmt_expr, s->Assign.value, level);
            field_opt_str(&f, "type_comment", s->Assign.type_comment);
            break;
        case S_AugAssign:
            field_node(d, &f, "target", fmt_expr, s->AugAssign.target, level);
            field_enum(&f, "op", ast_operator_name(s->AugAssign.op));
            field_node(d, &f, "value", fmt_expr, s->AugAssign.value, level);
            break;
        case S_AnnAssign:
            field_node(d, &f, "target", fmt_expr, s->AnnAssign.target, level);
            field_node(d, &f, "annotation", fmt_expr, s->AnnAssign.annotation, level);
            field_opt(d, &f, "value", fmt_expr, s->AnnAssign.value, level);
            field_int(&f, "simple", s->AnnAssign.simple);
            break;
        case S_For:
        case S_AsyncFor:
            field_node(d, &f, "target", fmt_expr, s->For.target, level);
            field_node(d, &f, "iter", fmt_expr, s->For.iter, level);
            field_list(d, &f, "body", fmt_stmt, s->For.body, level);
            field_list(d, &f, "orelse", fmt_stmt, s->For.orelse, level);
            field_opt_str(&f, "type_comment", s->For.type_comment);
            break;
        case S_While:
        case S_If:
            field_node(d, &f, "test", fmt_expr, s->If.test, level);
            field_list(d, &f, "body", fmt_stmt, s->If.body, level);
            field_list(d, &f, "orelse", fmt_stmt, s->If.orelse, level);
            break;
        case S_With:
        case S_AsyncWith:
            field_list(d, &f, "items", fmt_withitem, s->With.items, level);
            field_list(d, &f, "body", fmt_stmt, s->With.body, level);
            field_opt_str(&f, "type_comment", s->With.type_comment);
            break;
        case S_Match:
            field_node(d, &f, "subject", fmt_expr, s->Match.subject, level);
            field_list(d, &f, "cases", fmt_match_case, s->Match.cases, level);
            break;
        case S_Raise:
            field_opt(d, &f, "exc", fmt_expr, s->Raise.exc, level);
            field_opt(d, &f, "cause", fmt_expr, s->Raise.cause, level);
            break;
        case S_Try:
        case S_TryStar:
            field_list(d, &f, "body", fmt_stmt, s->Try.body, level);
            field_list(d, &f, "handlers", fmt_handler, s->Try.handlers, level);
            field_list(d, &f, "orelse", fmt_stmt, s->Try.orelse, level);
            field_list(d, &f, "finalbody", fmt_stmt, s->Try.finalbody, level);
            break;
        case S_Assert:
            field_node(d, &f, "test", fmt_expr, s->Assert.test, level);
            field_opt(d, &f, "msg", fmt_expr, s->Assert.msg, level);
            break;
        case S_Import: field_list(d, &f, "names", fmt_alias, s->Import.names, level); break;
        case S_ImportFrom:
            field_opt_str(&f, "module", s->ImportFrom.module);
            field_list(d, &f, "names", fmt_alias, s->ImportFrom.names, level);
            field_int(&f, "level", s->ImportFrom.level);
            break;
        case S_Global:
        case S_Nonlocal: field_ident_list(d, &f, "names", s->Global.names, level); break;
        case S_Expr: field_node(d, &f, "value", fmt_expr, s->ExprStmt.value, level); break;
        case S_Pass:
        case S_Break:
        case S_Continue: break;
    }
    field_position(d, &f, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    d->depth--;
    return finish_node(d, stmt_class[s->kind], &f, level, out);
}

/* ---- modules ---- */

int ast_dump_text(const Mod *m, int indent, int include_attributes, TextBuf *out) {
    Dumper d = {indent, include_attributes, 0, 0};
    Fields f;
    fields_init(&f);
    int level = enter(&d, 0);
    const char *cls = "Module";
    switch (m->kind) {
        case M_Module:
            field_list(&d, &f, "body", fmt_stmt, m->Module.body, level);
            field_list(&d, &f, "type_ignores", fmt_stmt, m->Module.type_ignores, level);
            break;
        case M_Interactive:
            cls = "Interactive";
            field_list(&d, &f, "body", fmt_stmt, m->Interactive.body, level);
            break;
        case M_Expression:
            cls = "Expression";
            field_node(&d, &f, "body", fmt_expr, m->Expression.body, level);
            break;
        case M_FunctionType:
            cls = "FunctionType";
            field_list(&d, &f, "argtypes", fmt_expr, m->FunctionType.argtypes, level);
            field_node(&d, &f, "returns", fmt_expr, m->FunctionType.returns, level);
            break;
    }
    finish_node(&d, cls, &f, level, out);
    return d.failed || out->failed ? -1 : 0;
}

int ast_dump(const Mod *m, FILE *fp, int indent, int include_attributes) {
    TextBuf out;
    textbuf_init(&out);
    int r = ast_dump_text(m, indent, include_attributes, &out);
    if (r == 0) {
        fputs(textbuf_cstr(&out), fp);
        fputc('\n', fp);
    }
    textbuf_free(&out);
    return r;
}
