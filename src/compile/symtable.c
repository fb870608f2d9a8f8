/* symtable.c: builds the symbol table of a module in two passes: a walk of the AST that
 * records every name's uses and definitions per block, then an analysis that resolves
 * each name to local / global (explicit or implicit) / free / cell as CPython 3.11 does,
 * including the implicit __class__ cell and comprehension scopes. */
#include "symtable.h"

#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/str.h"
#include "../vm/errors.h"

/* ---- names ---- */

Value ident(const char *name) {
    Value s = str_intern_cstr(name);
    if (!s && !err_occurred()) err_no_memory();
    return s;
}

Value mangle(Value private_name, Value name) {
    if (!private_name) return name;
    intptr_t n;
    const char *s = str_utf8_len(name, &n);
    if (!s) return NULL;
    if (n < 2 || s[0] != '_' || s[1] != '_') return name;
    if ((s[n - 1] == '_' && s[n - 2] == '_') || memchr(s, '.', (size_t)n)) return name;
    const char *p = str_utf8(private_name);
    if (!p) return NULL;
    while (*p == '_') p++;
    if (!*p) return name;
    size_t plen = strlen(p);
    char *buf = mem_alloc(plen + (size_t)n + 2);
    if (!buf) return err_no_memory();
    buf[0] = '_';
    memcpy(buf + 1, p, plen);
    memcpy(buf + 1 + plen, s, (size_t)n + 1);
    Value r = ident(buf);
    mem_free(buf);
    return r;
}

/* ---- blocks ---- */

static void block_free(SymBlock *b) {
    namemap_clear(&b->symbols);
    namemap_clear(&b->params);
    namemap_clear(&b->directives);
    mem_free(b->dir_locs);
    mem_free(b->children);
    mem_free(b);
}

void symtable_free(SymTable *st) {
    if (!st) return;
    for (int i = 0; i < st->nblocks; i++) block_free(st->blocks[i]);
    mem_free(st->blocks);
    mem_free(st->stack);
    namemap_clear(&st->by_key);
    mem_free(st);
}

SymBlock *symtable_lookup(SymTable *st, const void *key) {
    int i;
    if (!namemap_get(&st->by_key, (Value)(uintptr_t)key, &i)) return NULL;
    return st->blocks[i];
}

int symblock_flags(SymBlock *b, Value name) {
    int flags = 0;
    namemap_get(&b->symbols, name, &flags);
    return flags;
}

/* Appends p to a growable pointer array; -1 on MemoryError. */
static int ptr_push(void ***arr, int *n, int *cap, void *p) {
    if (*n == *cap) {
        int c = *cap ? *cap * 2 : 4;
        void **a = mem_realloc(*arr, sizeof(void *) * (size_t)c);
        if (!a) return err_no_memory(), -1;
        *arr = a;
        *cap = c;
    }
    (*arr)[(*n)++] = p;
    return 0;
}

typedef struct Loc {
    int lineno, col, end_lineno, end_col;
} Loc;
#define LOC(n) ((Loc){(n)->lineno, (n)->col_offset, (n)->end_lineno, (n)->end_col_offset})

static int st_error(SymTable *st, Loc l, const char *fmt, const char *name) {
    return compile_error_at(&st->source, l.lineno, l.col, l.end_lineno, l.end_col, fmt, name);
}

static int enter_block(SymTable *st, Value name, BlockKind kind, const void *key, Loc l) {
    SymBlock *b = mem_calloc(1, sizeof(SymBlock));
    if (!b) return err_no_memory(), -1;
    b->kind = kind;
    b->name = name;
    b->key = key;
    b->lineno = l.lineno;
    b->col_offset = l.col;
    b->end_lineno = l.end_lineno;
    b->end_col_offset = l.end_col;
    SymBlock *prev = st->cur;
    b->nested = prev && (prev->nested || prev->kind == BLOCK_FUNCTION);
    if (ptr_push((void ***)&st->blocks, &st->nblocks, &st->capblocks, b) < 0) {
        block_free(b);
        return -1;
    }
    if (namemap_set(&st->by_key, (Value)(uintptr_t)key, st->nblocks - 1) < 0) return -1;
    if (ptr_push((void ***)&st->stack, &st->nstack, &st->capstack, b) < 0) return -1;
    if (prev) b->comp_iter_expr = prev->comp_iter_expr;
    st->cur = b;
    if (kind == BLOCK_ANNOTATION) return 0;
    if (prev) return ptr_push((void ***)&prev->children, &prev->nchildren, &prev->capchildren, b);
    return 0;
}

static void exit_block(SymTable *st) {
    st->nstack--;
    st->cur = st->nstack > 0 ? st->stack[st->nstack - 1] : NULL;
}

/* ---- recording definitions ---- */

static int add_def_in(SymTable *st, Value name, int flag, SymBlock *b, Loc l) {
    Value mangled = mangle(st->private_name, name);
    if (!mangled) return -1;
    int val;
    if (namemap_get(&b->symbols, mangled, &val)) {
        if ((flag & DEF_PARAM) && (val & DEF_PARAM))
            return st_error(st, l, "duplicate argument '%s' in function definition",
                            str_utf8(name));
        val |= flag;
    } else {
        val = flag;
    }
    if (b->comp_iter_target) {
        if (val & (DEF_GLOBAL | DEF_NONLOCAL))
            return st_error(st, l,
                            "comprehension inner loop cannot rebind assignment expression "
                            "target '%s'",
                            str_utf8(name));
        val |= DEF_COMP_ITER;
    }
    if (namemap_set(&b->symbols, mangled, val) < 0) return -1;
    if (flag & DEF_PARAM) return namemap_set(&b->params, mangled, b->params.count);
    if (flag & DEF_GLOBAL) {
        int g = 0;
        namemap_get(&st->top->symbols, mangled, &g);
        return namemap_set(&st->top->symbols, mangled, g | flag);
    }
    return 0;
}

static int add_def(SymTable *st, Value name, int flag, Loc l) {
    return add_def_in(st, name, flag, st->cur, l);
}

static int add_def_id(SymTable *st, const char *name, int flag, Loc l) {
    Value v = ident(name);
    return v ? add_def(st, v, flag, l) : -1;
}

static int record_directive(SymTable *st, Value name, Loc l) {
    SymBlock *b = st->cur;
    Value mangled = mangle(st->private_name, name);
    if (!mangled) return -1;
    if (namemap_has(&b->directives, mangled)) return 0;
    int(*locs)[4] = mem_realloc(b->dir_locs, sizeof(int[4]) * (size_t)(b->ndir_locs + 1));
    if (!locs) return err_no_memory(), -1;
    b->dir_locs = locs;
    int *d = locs[b->ndir_locs];
    d[0] = l.lineno, d[1] = l.col, d[2] = l.end_lineno, d[3] = l.end_col;
    if (namemap_set(&b->directives, mangled, b->ndir_locs) < 0) return -1;
    b->ndir_locs++;
    return 0;
}

static long lookup_flags(SymTable *st, Value name) {
    Value mangled = mangle(st->private_name, name);
    return mangled ? symblock_flags(st->cur, mangled) : -1;
}

/* ---- the walk ---- */

static int visit_expr(SymTable *st, Expr *e);
static int visit_stmt(SymTable *st, Stmt *s);

static int visit_exprs(SymTable *st, ExprSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++)
        if (seq->items[i] && visit_expr(st, seq->items[i]) < 0) return -1;
    return 0;
}

static int visit_stmts(SymTable *st, StmtSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++)
        if (visit_stmt(st, seq->items[i]) < 0) return -1;
    return 0;
}

static int visit_opt(SymTable *st, Expr *e) { return e ? visit_expr(st, e) : 0; }

static int visit_annotation(SymTable *st, Expr *annotation) {
    bool future = (st->future & FUTURE_ANNOTATIONS) != 0;
    if (future &&
        enter_block(st, ident("_annotation"), BLOCK_ANNOTATION, annotation, LOC(annotation)) < 0)
        return -1;
    if (visit_expr(st, annotation) < 0) return -1;
    if (future) exit_block(st);
    return 0;
}

static int visit_arg_annotations(SymTable *st, ArgSeq *args) {
    for (int i = 0; i < AST_SEQ_LEN(args); i++)
        if (visit_opt(st, args->items[i]->annotation) < 0) return -1;
    return 0;
}

static int visit_annotations(SymTable *st, Stmt *s, Arguments *a, Expr *returns) {
    bool future = (st->future & FUTURE_ANNOTATIONS) != 0;
    if (future && enter_block(st, ident("_annotation"), BLOCK_ANNOTATION, s, LOC(s)) < 0) return -1;
    if (visit_arg_annotations(st, a->posonlyargs) < 0 || visit_arg_annotations(st, a->args) < 0)
        return -1;
    if (a->vararg && visit_opt(st, a->vararg->annotation) < 0) return -1;
    if (a->kwarg && visit_opt(st, a->kwarg->annotation) < 0) return -1;
    if (visit_arg_annotations(st, a->kwonlyargs) < 0) return -1;
    if (future) exit_block(st);
    return returns ? visit_annotation(st, returns) : 0;
}

static int visit_params(SymTable *st, ArgSeq *args) {
    for (int i = 0; i < AST_SEQ_LEN(args); i++)
        if (add_def_id(st, args->items[i]->arg, DEF_PARAM, LOC(args->items[i])) < 0) return -1;
    return 0;
}

static int visit_arguments(SymTable *st, Arguments *a) {
    if (visit_params(st, a->posonlyargs) < 0 || visit_params(st, a->args) < 0 ||
        visit_params(st, a->kwonlyargs) < 0)
        return -1;
    if (a->vararg) {
        if (add_def_id(st, a->vararg->arg, DEF_PARAM, LOC(a->vararg)) < 0) return -1;
        st->cur->varargs = true;
    }
    if (a->kwarg) {
        if (add_def_id(st, a->kwarg->arg, DEF_PARAM, LOC(a->kwarg)) < 0) return -1;
        st->cur->varkeywords = true;
    }
    return 0;
}

static int visit_function(SymTable *st, Stmt *s, bool is_async) {
    const char *name = s->FunctionDef.name;
    Arguments *args = s->FunctionDef.args;
    if (add_def_id(st, name, DEF_LOCAL, LOC(s)) < 0) return -1;
    if (visit_exprs(st, args->defaults) < 0 || visit_exprs(st, args->kw_defaults) < 0) return -1;
    if (visit_annotations(st, s, args, s->FunctionDef.returns) < 0) return -1;
    if (visit_exprs(st, s->FunctionDef.decorator_list) < 0) return -1;
    Value n = ident(name);
    if (!n || enter_block(st, n, BLOCK_FUNCTION, s, LOC(s)) < 0) return -1;
    if (is_async) st->cur->coroutine = true;
    if (visit_arguments(st, args) < 0 || visit_stmts(st, s->FunctionDef.body) < 0) return -1;
    exit_block(st);
    return 0;
}

static int visit_class(SymTable *st, Stmt *s) {
    if (add_def_id(st, s->ClassDef.name, DEF_LOCAL, LOC(s)) < 0) return -1;
    if (visit_exprs(st, s->ClassDef.bases) < 0) return -1;
    for (int i = 0; i < AST_SEQ_LEN(s->ClassDef.keywords); i++)
        if (visit_expr(st, s->ClassDef.keywords->items[i]->value) < 0) return -1;
    if (visit_exprs(st, s->ClassDef.decorator_list) < 0) return -1;
    Value n = ident(s->ClassDef.name);
    if (!n || enter_block(st, n, BLOCK_CLASS, s, LOC(s)) < 0) return -1;
    Value saved = st->private_name;
    st->private_name = n;
    int r = visit_stmts(st, s->ClassDef.body);
    st->private_name = saved;
    if (r < 0) return -1;
    exit_block(st);
    return 0;
}

static int visit_global_nonlocal(SymTable *st, Stmt *s, bool global) {
    IdentSeq *names = global ? s->Global.names : s->Nonlocal.names;
    const char *kind = global ? "global" : "nonlocal";
    for (int i = 0; i < AST_SEQ_LEN(names); i++) {
        Value name = ident(names->items[i]);
        if (!name) return -1;
        long cur = lookup_flags(st, name);
        if (cur < 0) return -1;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            char msg[128];
            if (cur & DEF_PARAM)
                snprintf(msg, sizeof msg, "name '%%s' is parameter and %s", kind);
            else if (cur & DEF_USE)
                snprintf(msg, sizeof msg, "name '%%s' is used prior to %s declaration", kind);
            else if (cur & DEF_ANNOT)
                snprintf(msg, sizeof msg, "annotated name '%%s' can't be %s", kind);
            else
                snprintf(msg, sizeof msg, "name '%%s' is assigned to before %s declaration", kind);
            return compile_error_at(&st->source, s->lineno, s->col_offset, s->end_lineno,
                                    s->end_col_offset, msg, str_utf8(name));
        }
        if (add_def(st, name, global ? DEF_GLOBAL : DEF_NONLOCAL, LOC(s)) < 0) return -1;
        if (record_directive(st, name, LOC(s)) < 0) return -1;
    }
    return 0;
}

static int visit_ann_assign(SymTable *st, Stmt *s) {
    Expr *target = s->AnnAssign.target;
    if (target->kind == E_Name) {
        Value name = ident(target->Name.id);
        if (!name) return -1;
        long cur = lookup_flags(st, name);
        if (cur < 0) return -1;
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st->cur != st->top && s->AnnAssign.simple)
            return st_error(st, LOC(s),
                            (cur & DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                               : "annotated name '%s' can't be nonlocal",
                            str_utf8(name));
        if (s->AnnAssign.simple) {
            if (add_def(st, name, DEF_ANNOT | DEF_LOCAL, LOC(target)) < 0) return -1;
        } else if (s->AnnAssign.value && add_def(st, name, DEF_LOCAL, LOC(target)) < 0) {
            return -1;
        }
    } else if (visit_expr(st, target) < 0) {
        return -1;
    }
    if (visit_annotation(st, s->AnnAssign.annotation) < 0) return -1;
    return visit_opt(st, s->AnnAssign.value);
}

static int visit_alias(SymTable *st, Alias *a) {
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0) {
        if (st->cur->kind != BLOCK_MODULE)
            return st_error(st, LOC(a), "%s", "import * only allowed at module level");
        return 0;
    }
    const char *dot = strchr(name, '.');
    char *store = mem_strndup(name, dot ? (size_t)(dot - name) : strlen(name));
    if (!store) return err_no_memory(), -1;
    int r = add_def_id(st, store, DEF_IMPORT, LOC(a));
    mem_free(store);
    return r;
}

static int visit_pattern(SymTable *st, Pattern *p) {
    if (++st->depth > st->depth_limit) return compile_recursion_error();
    int r = 0;
    switch (p->kind) {
        case P_MatchValue: r = visit_expr(st, p->MatchValue.value); break;
        case P_MatchSingleton: break;
        case P_MatchSequence:
        case P_MatchOr:
            for (int i = 0; r == 0 && i < AST_SEQ_LEN(p->MatchSequence.patterns); i++)
                r = visit_pattern(st, p->MatchSequence.patterns->items[i]);
            break;
        case P_MatchStar:
            if (p->MatchStar.name) r = add_def_id(st, p->MatchStar.name, DEF_LOCAL, LOC(p));
            break;
        case P_MatchMapping:
            r = visit_exprs(st, p->MatchMapping.keys);
            for (int i = 0; r == 0 && i < AST_SEQ_LEN(p->MatchMapping.patterns); i++)
                r = visit_pattern(st, p->MatchMapping.patterns->items[i]);
            if (r == 0 && p->MatchMapping.rest)
                r = add_def_id(st, p->MatchMapping.rest, DEF_LOCAL, LOC(p));
            break;
        case P_MatchClass:
            r = visit_expr(st, p->MatchClass.cls);
            for (int i = 0; r == 0 && i < AST_SEQ_LEN(p->MatchClass.patterns); i++)
                r = visit_pattern(st, p->MatchClass.patterns->items[i]);
            for (int i = 0; r == 0 && i < AST_SEQ_LEN(p->MatchClass.kwd_patterns); i++)
                r = visit_pattern(st, p->MatchClass.kwd_patterns->items[i]);
            break;
        case P_MatchAs:
            if (p->MatchAs.pattern) r = visit_pattern(st, p->MatchAs.pattern);
            if (r == 0 && p->MatchAs.name) r = add_def_id(st, p->MatchAs.name, DEF_LOCAL, LOC(p));
            break;
    }
    st->depth--;
    return r;
}

static int visit_handlers(SymTable *st, ExceptHandlerSeq *handlers) {
    for (int i = 0; i < AST_SEQ_LEN(handlers); i++) {
        ExceptHandler *h = handlers->items[i];
        if (visit_opt(st, h->type) < 0) return -1;
        if (h->name && add_def_id(st, h->name, DEF_LOCAL, LOC(h)) < 0) return -1;
        if (visit_stmts(st, h->body) < 0) return -1;
    }
    return 0;
}

static int visit_withitems(SymTable *st, WithItemSeq *items) {
    for (int i = 0; i < AST_SEQ_LEN(items); i++)
        if (visit_expr(st, items->items[i]->context_expr) < 0 ||
            visit_opt(st, items->items[i]->optional_vars) < 0)
            return -1;
    return 0;
}

static int visit_stmt_kind(SymTable *st, Stmt *s) {
    switch (s->kind) {
        case S_FunctionDef: return visit_function(st, s, false);
        case S_AsyncFunctionDef: return visit_function(st, s, true);
        case S_ClassDef: return visit_class(st, s);
        case S_Return:
            if (!s->Return.value) return 0;
            if (visit_expr(st, s->Return.value) < 0) return -1;
            st->cur->returns_value = true;
            return 0;
        case S_Delete: return visit_exprs(st, s->Delete.targets);
        case S_Assign:
            if (visit_exprs(st, s->Assign.targets) < 0) return -1;
            return visit_expr(st, s->Assign.value);
        case S_AnnAssign: return visit_ann_assign(st, s);
        case S_AugAssign:
            if (visit_expr(st, s->AugAssign.target) < 0) return -1;
            return visit_expr(st, s->AugAssign.value);
        case S_For:
        case S_AsyncFor:
            if (visit_expr(st, s->For.target) < 0 || visit_expr(st, s->For.iter) < 0) return -1;
            if (visit_stmts(st, s->For.body) < 0) return -1;
            return visit_stmts(st, s->For.orelse);
        case S_While:
        case S_If:
            if (visit_expr(st, s->If.test) < 0 || visit_stmts(st, s->If.body) < 0) return -1;
            return visit_stmts(st, s->If.orelse);
        case S_Match:
            if (visit_expr(st, s->Match.subject) < 0) return -1;
            for (int i = 0; i < AST_SEQ_LEN(s->Match.cases); i++) {
                MatchCase *c = s->Match.cases->items[i];
                if (visit_pattern(st, c->pattern) < 0 || visit_opt(st, c->guard) < 0 ||
                    visit_stmts(st, c->body) < 0)
                    return -1;
            }
            return 0;
        case S_Raise:
            if (visit_opt(st, s->Raise.exc) < 0) return -1;
            return visit_opt(st, s->Raise.cause);
        case S_Try:
        case S_TryStar:
            if (visit_stmts(st, s->Try.body) < 0 || visit_stmts(st, s->Try.orelse) < 0) return -1;
            if (visit_handlers(st, s->Try.handlers) < 0) return -1;
            return visit_stmts(st, s->Try.finalbody);
        case S_Assert:
            if (visit_expr(st, s->Assert.test) < 0) return -1;
            return visit_opt(st, s->Assert.msg);
        case S_Import:
        case S_ImportFrom: {
            AliasSeq *names = s->kind == S_Import ? s->Import.names : s->ImportFrom.names;
            for (int i = 0; i < AST_SEQ_LEN(names); i++)
                if (visit_alias(st, names->items[i]) < 0) return -1;
            return 0;
        }
        case S_Global: return visit_global_nonlocal(st, s, true);
        case S_Nonlocal: return visit_global_nonlocal(st, s, false);
        case S_Expr: return visit_expr(st, s->ExprStmt.value);
        case S_Pass:
        case S_Break:
        case S_Continue: return 0;
        case S_With:
        case S_AsyncWith:
            if (visit_withitems(st, s->With.items) < 0) return -1;
            return visit_stmts(st, s->With.body);
    }
    return 0;
}

static int visit_stmt(SymTable *st, Stmt *s) {
    if (++st->depth > st->depth_limit) return compile_recursion_error();
    int r = visit_stmt_kind(st, s);
    st->depth--;
    return r;
}

static int raise_if_annotation(SymTable *st, const char *what, Expr *e) {
    if (st->cur->kind != BLOCK_ANNOTATION) return 0;
    return st_error(st, LOC(e), "'%s' can not be used within an annotation", what);
}

static int raise_comprehension_yield(SymTable *st, Expr *e) {
    static const char *const msgs[] = {
        [COMP_LIST] = "'yield' inside list comprehension",
        [COMP_SET] = "'yield' inside set comprehension",
        [COMP_DICT] = "'yield' inside dict comprehension",
        [COMP_GEN] = "'yield' inside generator expression",
    };
    return st_error(st, LOC(e), "%s", msgs[st->cur->comprehension]);
}

/* A walrus inside a comprehension binds in the nearest enclosing function / module. */
static int extend_namedexpr_scope(SymTable *st, Expr *target) {
    Value name = ident(target->Name.id);
    if (!name) return -1;
    for (int i = st->nstack - 1; i >= 0; i--) {
        SymBlock *b = st->stack[i];
        if (b->comprehension) {
            if (symblock_flags(b, name) & DEF_COMP_ITER)
                return st_error(st, LOC(target),
                                "assignment expression cannot rebind comprehension iteration "
                                "variable '%s'",
                                str_utf8(name));
            continue;
        }
        if (b->kind == BLOCK_FUNCTION) {
            int flag = (symblock_flags(b, name) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (add_def(st, name, flag, LOC(target)) < 0) return -1;
            if (record_directive(st, name, LOC(target)) < 0) return -1;
            return add_def_in(st, name, DEF_LOCAL, b, LOC(target));
        }
        if (b->kind == BLOCK_MODULE) {
            if (add_def(st, name, DEF_GLOBAL, LOC(target)) < 0) return -1;
            if (record_directive(st, name, LOC(target)) < 0) return -1;
            return add_def_in(st, name, DEF_GLOBAL, b, LOC(target));
        }
        if (b->kind == BLOCK_CLASS)
            return st_error(st, LOC(target), "%s",
                            "assignment expression within a comprehension cannot be used in a "
                            "class body");
    }
    return 0;
}

static int visit_namedexpr(SymTable *st, Expr *e) {
    if (raise_if_annotation(st, "named expression", e) < 0) return -1;
    if (st->cur->comp_iter_expr > 0)
        return st_error(st, LOC(e), "%s",
                        "assignment expression cannot be used in a comprehension iterable "
                        "expression");
    if (st->cur->comprehension && extend_namedexpr_scope(st, e->NamedExpr.target) < 0) return -1;
    if (visit_expr(st, e->NamedExpr.value) < 0) return -1;
    return visit_expr(st, e->NamedExpr.target);
}

static int visit_comprehension_target(SymTable *st, Expr *target) {
    st->cur->comp_iter_target = true;
    int r = visit_expr(st, target);
    st->cur->comp_iter_target = false;
    return r;
}

static int visit_comp_iter(SymTable *st, Expr *iter) {
    st->cur->comp_iter_expr++;
    int r = visit_expr(st, iter);
    st->cur->comp_iter_expr--;
    return r;
}

static int visit_comprehension(SymTable *st, Expr *e, const char *scope_name, CompKind kind,
                               ComprehensionSeq *gens, Expr *elt, Expr *value) {
    Comprehension *outermost = gens->items[0];
    if (visit_comp_iter(st, outermost->iter) < 0) return -1;
    Value name = ident(scope_name);
    if (!name || enter_block(st, name, BLOCK_FUNCTION, e, LOC(e)) < 0) return -1;
    SymBlock *b = st->cur;
    b->comprehension = kind;
    if (outermost->is_async) b->coroutine = true;
    if (add_def_id(st, ".0", DEF_PARAM, LOC(e)) < 0) return -1;
    if (visit_comprehension_target(st, outermost->target) < 0) return -1;
    if (visit_exprs(st, outermost->ifs) < 0) return -1;
    for (int i = 1; i < gens->count; i++) {
        Comprehension *c = gens->items[i];
        if (visit_comprehension_target(st, c->target) < 0) return -1;
        if (visit_comp_iter(st, c->iter) < 0) return -1;
        if (visit_exprs(st, c->ifs) < 0) return -1;
        if (c->is_async) b->coroutine = true;
    }
    if (value && visit_expr(st, value) < 0) return -1;
    if (visit_expr(st, elt) < 0) return -1;
    bool is_generator = kind == COMP_GEN;
    b->generator = is_generator;
    bool is_async = b->coroutine && !is_generator;
    exit_block(st);
    if (is_async) st->cur->coroutine = true;
    return 0;
}

static int visit_lambda(SymTable *st, Expr *e) {
    Arguments *args = e->Lambda.args;
    if (visit_exprs(st, args->defaults) < 0 || visit_exprs(st, args->kw_defaults) < 0) return -1;
    Value name = ident("lambda");
    if (!name || enter_block(st, name, BLOCK_FUNCTION, e, LOC(e)) < 0) return -1;
    if (visit_arguments(st, args) < 0 || visit_expr(st, e->Lambda.body) < 0) return -1;
    exit_block(st);
    return 0;
}

static int visit_yield(SymTable *st, Expr *e, Expr *value) {
    if (raise_if_annotation(st, "yield expression", e) < 0) return -1;
    if (value && visit_expr(st, value) < 0) return -1;
    st->cur->generator = true;
    if (st->cur->comprehension) return raise_comprehension_yield(st, e);
    return 0;
}

static int visit_expr_kind(SymTable *st, Expr *e) {
    switch (e->kind) {
        case E_NamedExpr: return visit_namedexpr(st, e);
        case E_BoolOp: return visit_exprs(st, e->BoolOp.values);
        case E_BinOp:
            if (visit_expr(st, e->BinOp.left) < 0) return -1;
            return visit_expr(st, e->BinOp.right);
        case E_UnaryOp: return visit_expr(st, e->UnaryOp.operand);
        case E_Lambda: return visit_lambda(st, e);
        case E_IfExp:
            if (visit_expr(st, e->IfExp.test) < 0 || visit_expr(st, e->IfExp.body) < 0) return -1;
            return visit_expr(st, e->IfExp.orelse);
        case E_Dict:
            if (visit_exprs(st, e->Dict.keys) < 0) return -1;
            return visit_exprs(st, e->Dict.values);
        case E_Set: return visit_exprs(st, e->Set.elts);
        case E_GeneratorExp:
            return visit_comprehension(st, e, "genexpr", COMP_GEN, e->GeneratorExp.generators,
                                       e->GeneratorExp.elt, NULL);
        case E_ListComp:
            return visit_comprehension(st, e, "listcomp", COMP_LIST, e->ListComp.generators,
                                       e->ListComp.elt, NULL);
        case E_SetComp:
            return visit_comprehension(st, e, "setcomp", COMP_SET, e->SetComp.generators,
                                       e->SetComp.elt, NULL);
        case E_DictComp:
            return visit_comprehension(st, e, "dictcomp", COMP_DICT, e->DictComp.generators,
                                       e->DictComp.key, e->DictComp.value);
        case E_Yield: return visit_yield(st, e, e->Yield.value);
        case E_YieldFrom: return visit_yield(st, e, e->YieldFrom.value);
        case E_Await:
            if (raise_if_annotation(st, "await expression", e) < 0) return -1;
            if (visit_expr(st, e->Await.value) < 0) return -1;
            st->cur->coroutine = true;
            return 0;
        case E_Compare:
            if (visit_expr(st, e->Compare.left) < 0) return -1;
            return visit_exprs(st, e->Compare.comparators);
        case E_Call:
            if (visit_expr(st, e->Call.func) < 0 || visit_exprs(st, e->Call.args) < 0) return -1;
            for (int i = 0; i < AST_SEQ_LEN(e->Call.keywords); i++)
                if (visit_expr(st, e->Call.keywords->items[i]->value) < 0) return -1;
            return 0;
        case E_FormattedValue:
            if (visit_expr(st, e->FormattedValue.value) < 0) return -1;
            return visit_opt(st, e->FormattedValue.format_spec);
        case E_JoinedStr: return visit_exprs(st, e->JoinedStr.values);
        case E_Constant: return 0;
        case E_Attribute: return visit_expr(st, e->Attribute.value);
        case E_Subscript:
            if (visit_expr(st, e->Subscript.value) < 0) return -1;
            return visit_expr(st, e->Subscript.slice);
        case E_Starred: return visit_expr(st, e->Starred.value);
        case E_Slice:
            if (visit_opt(st, e->Slice.lower) < 0 || visit_opt(st, e->Slice.upper) < 0) return -1;
            return visit_opt(st, e->Slice.step);
        case E_Name:
            if (add_def_id(st, e->Name.id, e->Name.ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL, LOC(e)) <
                0)
                return -1;
            /* a use of super counts as a use of __class__ */
            if (e->Name.ctx == CTX_LOAD && st->cur->kind == BLOCK_FUNCTION &&
                strcmp(e->Name.id, "super") == 0)
                return add_def(st, NAME(__class__), DEF_USE, LOC(e));
            return 0;
        case E_List: return visit_exprs(st, e->List.elts);
        case E_Tuple: return visit_exprs(st, e->Tuple.elts);
    }
    return 0;
}

static int visit_expr(SymTable *st, Expr *e) {
    if (++st->depth > st->depth_limit) return compile_recursion_error();
    int r = visit_expr_kind(st, e);
    st->depth--;
    return r;
}

/* ---- analysis ---- */

static int error_at_directive(SymTable *st, SymBlock *b, Value name, const char *fmt) {
    int i;
    if (!namemap_get(&b->directives, name, &i))
        return compile_error_at(&st->source, b->lineno, b->col_offset, b->end_lineno,
                                b->end_col_offset, fmt, str_utf8(name));
    int *d = b->dir_locs[i];
    return compile_error_at(&st->source, d[0], d[1], d[2], d[3], fmt, str_utf8(name));
}

typedef struct Sets {
    NameMap *bound; /* NULL at module level */
    NameMap *free, *global;
} Sets;

static int analyze_name(SymTable *st, SymBlock *b, NameMap *scopes, Value name, int flags, Sets s,
                        NameMap *local) {
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL)
            return error_at_directive(st, b, name, "name '%s' is nonlocal and global");
        if (namemap_set(scopes, name, SCOPE_GLOBAL_EXPLICIT) < 0) return -1;
        if (namemap_set(s.global, name, 1) < 0) return -1;
        if (s.bound) namemap_del(s.bound, name);
        return 0;
    }
    if (flags & DEF_NONLOCAL) {
        if (!s.bound)
            return error_at_directive(st, b, name,
                                      "nonlocal declaration not allowed at module level");
        if (!namemap_has(s.bound, name))
            return error_at_directive(st, b, name, "no binding for nonlocal '%s' found");
        b->has_free = true;
        if (namemap_set(scopes, name, SCOPE_FREE) < 0) return -1;
        return namemap_set(s.free, name, 1);
    }
    if (flags & DEF_BOUND) {
        if (namemap_set(scopes, name, SCOPE_LOCAL) < 0) return -1;
        if (namemap_set(local, name, 1) < 0) return -1;
        namemap_del(s.global, name);
        return 0;
    }
    if (s.bound && namemap_has(s.bound, name)) {
        b->has_free = true;
        if (namemap_set(scopes, name, SCOPE_FREE) < 0) return -1;
        return namemap_set(s.free, name, 1);
    }
    if (!namemap_has(s.global, name) && b->nested) b->has_free = true;
    return namemap_set(scopes, name, SCOPE_GLOBAL_IMPLICIT);
}

static int update_symbols(SymBlock *b, NameMap *scopes, NameMap *bound, NameMap *free) {
    Value name;
    int flags;
    for (int i = 0; namemap_next(&b->symbols, &i, &name, &flags);) {
        int scope = SCOPE_NONE;
        namemap_get(scopes, name, &scope);
        if (namemap_set(&b->symbols, name, flags | scope << SCOPE_SHIFT) < 0) return -1;
    }
    for (int i = 0; namemap_next(free, &i, &name, NULL);) {
        if (namemap_get(&b->symbols, name, &flags)) {
            /* a free variable of a method with the same name as a class-level name */
            if (b->kind == BLOCK_CLASS && (flags & (DEF_BOUND | DEF_GLOBAL)) &&
                namemap_set(&b->symbols, name, flags | DEF_FREE_CLASS) < 0)
                return -1;
            continue;
        }
        if (bound && !namemap_has(bound, name)) continue; /* global */
        if (namemap_set(&b->symbols, name, SCOPE_FREE << SCOPE_SHIFT) < 0) return -1;
    }
    return 0;
}

static int analyze_block(SymTable *st, SymBlock *b, Sets s);

static int analyze_child(SymTable *st, SymBlock *child, NameMap *newbound, NameMap *newfree,
                         NameMap *newglobal, NameMap *allfree) {
    NameMap bound = {0}, free = {0}, global = {0};
    int r = -1;
    if (namemap_update(&bound, newbound) < 0 || namemap_update(&free, newfree) < 0 ||
        namemap_update(&global, newglobal) < 0)
        goto done;
    if (analyze_block(st, child, (Sets){&bound, &free, &global}) < 0) goto done;
    r = namemap_update(allfree, &free);
done:
    namemap_clear(&bound);
    namemap_clear(&free);
    namemap_clear(&global);
    return r;
}

static int analyze_block(SymTable *st, SymBlock *b, Sets s) {
    if (++st->depth > st->depth_limit) return compile_recursion_error();
    NameMap local = {0}, scopes = {0}, newbound = {0}, newglobal = {0}, newfree = {0},
            allfree = {0};
    int r = -1;
    Value name;
    int flags;
    if (b->kind == BLOCK_CLASS) {
        /* class names are invisible to nested scopes: pass the enclosing sets unchanged */
        if (namemap_update(&newglobal, s.global) < 0) goto done;
        if (s.bound && namemap_update(&newbound, s.bound) < 0) goto done;
    }
    for (int i = 0; namemap_next(&b->symbols, &i, &name, &flags);)
        if (analyze_name(st, b, &scopes, name, flags, s, &local) < 0) goto done;
    if (b->kind != BLOCK_CLASS) {
        if (b->kind == BLOCK_FUNCTION && namemap_update(&newbound, &local) < 0) goto done;
        if (s.bound && namemap_update(&newbound, s.bound) < 0) goto done;
        if (namemap_update(&newglobal, s.global) < 0) goto done;
    } else if (namemap_set(&newbound, NAME(__class__), 1) < 0) {
        goto done;
    }
    for (int i = 0; i < b->nchildren; i++) {
        SymBlock *c = b->children[i];
        if (analyze_child(st, c, &newbound, &newfree, &newglobal, &allfree) < 0) goto done;
        if (c->has_free || c->child_free) b->child_free = true;
    }
    if (namemap_update(&newfree, &allfree) < 0) goto done;
    if (b->kind == BLOCK_FUNCTION) {
        /* locals that nested scopes use become cells */
        for (int i = 0; namemap_next(&scopes, &i, &name, &flags);) {
            if (flags != SCOPE_LOCAL || !namemap_has(&newfree, name)) continue;
            if (namemap_set(&scopes, name, SCOPE_CELL) < 0) goto done;
            namemap_del(&newfree, name);
        }
    } else if (b->kind == BLOCK_CLASS && namemap_has(&newfree, NAME(__class__))) {
        b->needs_class_closure = true;
        namemap_del(&newfree, NAME(__class__));
    }
    if (update_symbols(b, &scopes, s.bound, &newfree) < 0) goto done;
    r = namemap_update(s.free, &newfree);
done:
    namemap_clear(&local);
    namemap_clear(&scopes);
    namemap_clear(&newbound);
    namemap_clear(&newglobal);
    namemap_clear(&newfree);
    namemap_clear(&allfree);
    st->depth--;
    return r;
}

/* ---- entry point ---- */

SymTable *symtable_build(Mod *mod, const SourceRef *source, int future) {
    SymTable *st = mem_calloc(1, sizeof(SymTable));
    if (!st) {
        err_no_memory();
        return NULL;
    }
    st->source = *source;
    st->future = future;
    st->depth_limit = compile_depth_limit();
    Value top = ident("top");
    if (!top || enter_block(st, top, BLOCK_MODULE, mod, (Loc){0, 0, 0, 0}) < 0) goto fail;
    st->top = st->cur;
    int r = 0;
    switch (mod->kind) {
        case M_Module: r = visit_stmts(st, mod->Module.body); break;
        case M_Interactive: r = visit_stmts(st, mod->Interactive.body); break;
        case M_Expression: r = visit_expr(st, mod->Expression.body); break;
        case M_FunctionType: break;
    }
    if (r < 0) goto fail;
    exit_block(st);
    NameMap free = {0}, global = {0};
    r = analyze_block(st, st->top, (Sets){NULL, &free, &global});
    namemap_clear(&free);
    namemap_clear(&global);
    if (r < 0) goto fail;
    return st;
fail:
    symtable_free(st);
    return NULL;
}
