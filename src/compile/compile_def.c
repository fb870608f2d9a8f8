/* compile_def.c: code that creates code objects: def (defaults, keyword-only defaults,
 * annotations, closures, decorators), class (the body function and __build_class__),
 * lambda, comprehensions (nested functions taking the outermost iterator as `.0`), and
 * calls (PUSH_NULL/PRECALL/CALL, LOAD_METHOD, KW_NAMES, CALL_FUNCTION_EX). */
#include <string.h>

#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "compiler.h"
#include "unparse.h"

/* ---- closures ---- */

/* LOAD_CLOSURE for each free variable of code, then the function. */
static int make_closure(Compiler *c, Value code, int flags) {
    Code *co = (Code *)code;
    if (co->nfreevars) {
        for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
            Value name = tuple_get(co->localsplusnames, i);
            int arg;
            bool found;
            if (c->u->kind == UNIT_CLASS && name == NAME(__class__))
                found = namemap_get(&c->u->cellvars, name, &arg);
            else if (symblock_scope(c->u->ste, name) == SCOPE_CELL)
                found = namemap_get(&c->u->cellvars, name, &arg);
            else
                found = namemap_get(&c->u->freevars, name, &arg);
            if (!found) {
                err_format(&exc_SystemError, "compiler: no closure cell for %R", name);
                return -1;
            }
            if (emit(c, LOAD_CLOSURE, arg) < 0) return -1;
        }
        flags |= 0x08;
        if (emit(c, BUILD_TUPLE, co->nfreevars) < 0) return -1;
    }
    if (emit_const(c, code) < 0) return -1;
    return emit(c, MAKE_FUNCTION, flags);
}

/* ---- defaults and annotations ---- */

static int kwonly_defaults(Compiler *c, Arguments *a) {
    int n = 0;
    for (int i = 0; i < AST_SEQ_LEN(a->kwonlyargs); i++) n += a->kw_defaults->items[i] != NULL;
    if (!n) return 0;
    Value keys = tuple_new(n);
    if (!keys) return -1;
    for (int i = 0, k = 0; i < AST_SEQ_LEN(a->kwonlyargs); i++) {
        Expr *d = a->kw_defaults->items[i];
        if (!d) continue;
        Value name = ident(a->kwonlyargs->items[i]->arg);
        Value mangled = name ? mangle(c->u->private_name, name) : NULL;
        if (!mangled || compile_expr(c, d) < 0) {
            decref(keys);
            return -1;
        }
        tuple_items(keys)[k++] = incref(mangled);
    }
    if (emit_const_steal(c, keys) < 0) return -1;
    if (emit(c, BUILD_CONST_KEY_MAP, n) < 0) return -1;
    return 1;
}

/* Pushes the defaults tuple and kwdefaults dict; the MAKE_FUNCTION flags, or -1. */
static int default_arguments(Compiler *c, Arguments *a) {
    int flags = 0;
    if (AST_SEQ_LEN(a->defaults)) {
        if (compile_exprs(c, a->defaults) < 0) return -1;
        if (emit(c, BUILD_TUPLE, a->defaults->count) < 0) return -1;
        flags |= 0x01;
    }
    int r = kwonly_defaults(c, a);
    if (r < 0) return -1;
    return r ? flags | 0x02 : flags;
}

static int annotation(Compiler *c, const char *id, Expr *ann, int *count) {
    if (!ann) return 0;
    Value name = ident(id);
    Value mangled = name ? mangle(c->u->private_name, name) : NULL;
    if (!mangled || emit_const(c, mangled) < 0) return -1;
    if (c->future & FUTURE_ANNOTATIONS) {
        if (emit_const_steal(c, unparse_expr(ann, &c->pool)) < 0) return -1;
    } else if (ann->kind == E_Starred) { /* *args: *Ts */
        if (compile_expr(c, ann->Starred.value) < 0 || emit(c, UNPACK_SEQUENCE, 1) < 0) return -1;
    } else if (compile_expr(c, ann) < 0) {
        return -1;
    }
    *count += 2;
    return 0;
}

static int arg_annotations(Compiler *c, ArgSeq *args, int *count) {
    for (int i = 0; i < AST_SEQ_LEN(args); i++)
        if (annotation(c, args->items[i]->arg, args->items[i]->annotation, count) < 0) return -1;
    return 0;
}

/* Pushes the (name, annotation, ...) tuple; 1 if pushed, 0 if none, -1 on error. */
static int annotations(Compiler *c, Arguments *a, Expr *returns) {
    int count = 0;
    if (arg_annotations(c, a->args, &count) < 0 || arg_annotations(c, a->posonlyargs, &count) < 0)
        return -1;
    if (a->vararg && annotation(c, a->vararg->arg, a->vararg->annotation, &count) < 0) return -1;
    if (arg_annotations(c, a->kwonlyargs, &count) < 0) return -1;
    if (a->kwarg && annotation(c, a->kwarg->arg, a->kwarg->annotation, &count) < 0) return -1;
    if (annotation(c, "return", returns, &count) < 0) return -1;
    if (!count) return 0;
    return emit(c, BUILD_TUPLE, count) < 0 ? -1 : 1;
}

static void set_arg_counts(Unit *u, Arguments *a) {
    u->argcount = AST_SEQ_LEN(a->args);
    u->posonlyargcount = AST_SEQ_LEN(a->posonlyargs);
    u->kwonlyargcount = AST_SEQ_LEN(a->kwonlyargs);
}

/* Applies the decorators (loaded before the function) innermost first. */
static int apply_decorators(Compiler *c, ExprSeq *decos) {
    for (int i = AST_SEQ_LEN(decos) - 1; i >= 0; i--) {
        set_loc_expr(c, decos->items[i]);
        if (emit(c, PRECALL, 0) < 0 || emit(c, CALL, 0) < 0) return -1;
    }
    return 0;
}

int compile_function(Compiler *c, Stmt *s, bool is_async) {
    Arguments *args = s->FunctionDef.args;
    ExprSeq *decos = s->FunctionDef.decorator_list;
    StmtSeq *body = s->FunctionDef.body;
    if (compile_exprs(c, decos) < 0) return -1;
    int firstlineno = AST_SEQ_LEN(decos) ? decos->items[0]->lineno : s->lineno;
    int flags = default_arguments(c, args);
    if (flags < 0) return -1;
    int ann = annotations(c, args, s->FunctionDef.returns);
    if (ann < 0) return -1;
    if (ann) flags |= 0x04;
    Value name = ident(s->FunctionDef.name);
    if (!name) return -1;
    if (enter_scope(c, name, is_async ? UNIT_ASYNC_FUNCTION : UNIT_FUNCTION, s, firstlineno) < 0)
        return -1;
    bool doc = is_docstring(c, body);
    Value first = doc ? ast_const(c, &body->items[0]->ExprStmt.value->Constant.value) : NONE;
    Value code = NULL;
    if (!first || add_const(c, first) < 0) goto done;
    set_arg_counts(c->u, args);
    for (int i = doc ? 1 : 0; i < AST_SEQ_LEN(body); i++)
        if (compile_stmt(c, body->items[i]) < 0) goto done;
    code = assemble_unit(c, true);
done:
    exit_scope(c);
    if (!code) return -1;
    int r = make_closure(c, code, flags);
    decref(code);
    if (r < 0 || apply_decorators(c, decos) < 0) return -1;
    set_loc_stmt(c, s);
    return compiler_nameop(c, name, CTX_STORE);
}

static int compile_class_body(Compiler *c, Stmt *s) {
    Unit *u = c->u;
    u->private_name = u->name;
    if (compiler_nameop(c, NAME(__name__), CTX_LOAD) < 0) return -1;
    if (compiler_nameop(c, NAME(__module__), CTX_STORE) < 0) return -1;
    if (emit_const(c, u->qualname) < 0) return -1;
    if (compiler_nameop(c, NAME(__qualname__), CTX_STORE) < 0) return -1;
    if (compile_body(c, s->ClassDef.body) < 0) return -1;
    unset_loc(c);
    if (u->ste->needs_class_closure) {
        /* store __classcell__ in the namespace and return it */
        if (emit(c, LOAD_CLOSURE, 0) < 0 || emit(c, COPY, 1) < 0) return -1;
        if (compiler_nameop(c, NAME(__classcell__), CTX_STORE) < 0) return -1;
    } else if (emit_const(c, NONE) < 0) {
        return -1;
    }
    return emit(c, RETURN_VALUE, 0);
}

int compile_class(Compiler *c, Stmt *s) {
    ExprSeq *decos = s->ClassDef.decorator_list;
    if (compile_exprs(c, decos) < 0) return -1;
    int firstlineno = AST_SEQ_LEN(decos) ? decos->items[0]->lineno : s->lineno;
    Value name = ident(s->ClassDef.name);
    if (!name || enter_scope(c, name, UNIT_CLASS, s, firstlineno) < 0) return -1;
    Value code = compile_class_body(c, s) < 0 ? NULL : assemble_unit(c, true);
    exit_scope(c);
    if (!code) return -1;
    int r = emit(c, PUSH_NULL, 0) < 0 || emit(c, LOAD_BUILD_CLASS, 0) < 0
                ? -1
                : make_closure(c, code, 0);
    decref(code);
    if (r < 0 || emit_const(c, name) < 0) return -1;
    if (call_helper(c, 2, s->ClassDef.bases, s->ClassDef.keywords) < 0) return -1;
    if (apply_decorators(c, decos) < 0) return -1;
    set_loc_stmt(c, s);
    return compiler_nameop(c, name, CTX_STORE);
}

int compile_lambda(Compiler *c, Expr *e) {
    Arguments *args = e->Lambda.args;
    int flags = default_arguments(c, args);
    if (flags < 0) return -1;
    Value name = ident("<lambda>");
    if (!name || enter_scope(c, name, UNIT_LAMBDA, e, e->lineno) < 0) return -1;
    Value code = NULL;
    if (add_const(c, NONE) < 0) goto done; /* so a lambda has no docstring */
    set_arg_counts(c->u, args);
    if (compile_expr(c, e->Lambda.body) < 0) goto done;
    if (c->u->ste->generator) {
        code = assemble_unit(c, false);
    } else if (emit(c, RETURN_VALUE, 0) == 0) {
        code = assemble_unit(c, true);
    }
done:
    exit_scope(c);
    if (!code) return -1;
    int r = make_closure(c, code, flags);
    decref(code);
    return r;
}

/* ---- comprehensions ---- */

typedef struct Comp {
    int kind; /* E_ListComp, ... */
    ComprehensionSeq *gens;
    Expr *elt, *val;
} Comp;

static int comprehension_generator(Compiler *c, Comp *k, int gen_index, int depth);

static int comprehension_element(Compiler *c, Comp *k, int depth) {
    switch (k->kind) {
        case E_GeneratorExp:
            if (compile_expr(c, k->elt) < 0 || compile_yield_op(c) < 0) return -1;
            return emit(c, POP_TOP, 0);
        case E_ListComp:
            if (compile_expr(c, k->elt) < 0) return -1;
            return emit(c, LIST_APPEND, depth + 1);
        case E_SetComp:
            if (compile_expr(c, k->elt) < 0) return -1;
            return emit(c, SET_ADD, depth + 1);
        default:
            if (compile_expr(c, k->elt) < 0 || compile_expr(c, k->val) < 0) return -1;
            return emit(c, MAP_ADD, depth + 1);
    }
}

static int comprehension_rest(Compiler *c, Comp *k, Comprehension *gen, int gen_index, int depth,
                              Block *if_cleanup) {
    for (int i = 0; i < AST_SEQ_LEN(gen->ifs); i++)
        if (compile_jump_if(c, gen->ifs->items[i], if_cleanup, false) < 0) return -1;
    if (++gen_index < k->gens->count) return comprehension_generator(c, k, gen_index, depth);
    return comprehension_element(c, k, depth);
}

static int sync_comprehension_generator(Compiler *c, Comp *k, int gen_index, int depth) {
    Block *start = new_block(c), *if_cleanup = new_block(c), *anchor = new_block(c);
    if (!start || !if_cleanup || !anchor) return -1;
    Comprehension *gen = k->gens->items[gen_index];
    if (gen_index == 0) {
        c->u->argcount = 1; /* the outermost iterator arrives as argument .0 */
        if (emit(c, LOAD_FAST, 0) < 0) return -1;
    } else {
        /* `for y in [f(x)]` binds without a loop */
        ExprSeq *elts = gen->iter->kind == E_List    ? gen->iter->List.elts
                        : gen->iter->kind == E_Tuple ? gen->iter->Tuple.elts
                                                     : NULL;
        if (AST_SEQ_LEN(elts) == 1 && elts->items[0]->kind != E_Starred) {
            if (compile_expr(c, elts->items[0]) < 0) return -1;
            start = NULL;
        } else if (compile_expr(c, gen->iter) < 0 || emit(c, GET_ITER, 0) < 0) {
            return -1;
        }
    }
    if (start) {
        depth++;
        use_next_block(c, start);
        if (emit_jump(c, FOR_ITER, anchor) < 0) return -1;
    }
    if (compile_expr(c, gen->target) < 0) return -1;
    if (comprehension_rest(c, k, gen, gen_index, depth, if_cleanup) < 0) return -1;
    use_next_block(c, if_cleanup);
    if (start) {
        if (emit_jump(c, JUMP, start) < 0) return -1;
        use_next_block(c, anchor);
    }
    return 0;
}

static int async_comprehension_generator(Compiler *c, Comp *k, int gen_index, int depth) {
    Block *start = new_block(c), *except = new_block(c), *if_cleanup = new_block(c);
    if (!start || !except || !if_cleanup) return -1;
    Comprehension *gen = k->gens->items[gen_index];
    if (gen_index == 0) {
        c->u->argcount = 1;
        if (emit(c, LOAD_FAST, 0) < 0) return -1;
    } else if (compile_expr(c, gen->iter) < 0 || emit(c, GET_AITER, 0) < 0) {
        return -1;
    }
    use_next_block(c, start);
    if (push_fblock(c, FB_ASYNC_COMPREHENSION_GENERATOR, start, NULL) < 0) return -1;
    if (emit_jump(c, SETUP_FINALLY, except) < 0 || emit(c, GET_ANEXT, 0) < 0) return -1;
    if (emit_const(c, NONE) < 0 || add_yield_from(c, true) < 0) return -1;
    if (emit(c, POP_BLOCK, 0) < 0 || compile_expr(c, gen->target) < 0) return -1;
    if (comprehension_rest(c, k, gen, gen_index, depth + 1, if_cleanup) < 0) return -1;
    use_next_block(c, if_cleanup);
    if (emit_jump(c, JUMP, start) < 0) return -1;
    pop_fblock(c);
    use_next_block(c, except);
    return emit(c, END_ASYNC_FOR, 0);
}

static int comprehension_generator(Compiler *c, Comp *k, int gen_index, int depth) {
    if (depth_enter(c) < 0) return -1;
    int r = k->gens->items[gen_index]->is_async
                ? async_comprehension_generator(c, k, gen_index, depth)
                : sync_comprehension_generator(c, k, gen_index, depth);
    depth_leave(c);
    return r;
}

int compile_comprehension(Compiler *c, Expr *e) {
    Comp k = {.kind = e->kind};
    const char *name_str;
    switch (e->kind) {
        case E_GeneratorExp:
            name_str = "<genexpr>";
            k.gens = e->GeneratorExp.generators;
            k.elt = e->GeneratorExp.elt;
            break;
        case E_ListComp:
            name_str = "<listcomp>";
            k.gens = e->ListComp.generators;
            k.elt = e->ListComp.elt;
            break;
        case E_SetComp:
            name_str = "<setcomp>";
            k.gens = e->SetComp.generators;
            k.elt = e->SetComp.elt;
            break;
        default:
            name_str = "<dictcomp>";
            k.gens = e->DictComp.generators;
            k.elt = e->DictComp.key;
            k.val = e->DictComp.value;
            break;
    }
    Comprehension *outermost = k.gens->items[0];
    UnitKind outer_kind = c->u->kind;
    Value name = ident(name_str);
    if (!name || enter_scope(c, name, UNIT_COMPREHENSION, e, e->lineno) < 0) return -1;
    set_loc_expr(c, e);
    bool is_async_gen = c->u->ste->coroutine;
    Value code = NULL;
    if (is_async_gen && e->kind != E_GeneratorExp && outer_kind != UNIT_ASYNC_FUNCTION &&
        outer_kind != UNIT_COMPREHENSION) {
        compiler_error(c, "asynchronous comprehension outside of an asynchronous function");
        goto done;
    }
    if (e->kind != E_GeneratorExp) {
        int op = e->kind == E_ListComp ? BUILD_LIST : e->kind == E_SetComp ? BUILD_SET : BUILD_MAP;
        if (emit(c, op, 0) < 0) goto done;
    }
    if (comprehension_generator(c, &k, 0, 0) < 0) goto done;
    if (e->kind != E_GeneratorExp && emit(c, RETURN_VALUE, 0) < 0) goto done;
    code = assemble_unit(c, true);
done:
    exit_scope(c);
    if (!code) return -1;
    int r = make_closure(c, code, 0);
    decref(code);
    if (r < 0 || compile_expr(c, outermost->iter) < 0) return -1;
    if (emit(c, outermost->is_async ? GET_AITER : GET_ITER, 0) < 0) return -1;
    if (emit(c, PRECALL, 0) < 0 || emit(c, CALL, 0) < 0) return -1;
    if (is_async_gen && e->kind != E_GeneratorExp) {
        if (emit(c, GET_AWAITABLE, 0) < 0 || emit_const(c, NONE) < 0) return -1;
        return add_yield_from(c, true);
    }
    return 0;
}

/* ---- calls ---- */

static int kw_names(Compiler *c, KeywordSeq *kws) {
    int n = AST_SEQ_LEN(kws);
    Value names = tuple_new(n);
    if (!names) return -1;
    for (int i = 0; i < n; i++) {
        Value v = ident(kws->items[i]->arg);
        if (!v) {
            decref(names);
            return -1;
        }
        tuple_items(names)[i] = incref(v);
    }
    int index = consts_add_steal(&c->u->consts, names);
    return index < 0 ? -1 : emit(c, KW_NAMES, index);
}

static int keyword_values(Compiler *c, KeywordSeq *kws, int begin, int end) {
    for (int i = begin; i < end; i++)
        if (compile_expr(c, kws->items[i]->value) < 0) return -1;
    return 0;
}

static int validate_keywords(Compiler *c, KeywordSeq *kws) {
    for (int i = 0; i < AST_SEQ_LEN(kws); i++) {
        Keyword *k = kws->items[i];
        if (!k->arg) continue;
        if (strcmp(k->arg, "__debug__") == 0) {
            c->u->loc = (Location){k->lineno, k->end_lineno, k->col_offset, k->end_col_offset};
            return compiler_error(c, "cannot assign to __debug__");
        }
        for (int j = i + 1; j < kws->count; j++) {
            Keyword *o = kws->items[j];
            if (o->arg && strcmp(k->arg, o->arg) == 0) {
                c->u->loc = (Location){o->lineno, o->end_lineno, o->col_offset, o->end_col_offset};
                return compiler_error(c, "keyword argument repeated: %s", k->arg);
            }
        }
    }
    return 0;
}

/* keywords[begin:end] (all named) as one dict */
static int subkwargs(Compiler *c, KeywordSeq *kws, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        if (keyword_values(c, kws, begin, end) < 0) return -1;
        Value keys = tuple_new(n);
        if (!keys) return -1;
        for (int i = begin; i < end; i++) {
            Value v = ident(kws->items[i]->arg);
            if (!v) {
                decref(keys);
                return -1;
            }
            tuple_items(keys)[i - begin] = incref(v);
        }
        if (emit_const_steal(c, keys) < 0) return -1;
        return emit(c, BUILD_CONST_KEY_MAP, n);
    }
    if (big && emit_noline(c, BUILD_MAP, 0) < 0) return -1;
    for (int i = begin; i < end; i++) {
        Value key = ident(kws->items[i]->arg);
        if (!key || emit_const(c, key) < 0) return -1;
        if (compile_expr(c, kws->items[i]->value) < 0) return -1;
        if (big && emit_noline(c, MAP_ADD, 1) < 0) return -1;
    }
    return big ? 0 : emit(c, BUILD_MAP, n);
}

static int call_ex(Compiler *c, int n, ExprSeq *args, KeywordSeq *kws) {
    int nelts = AST_SEQ_LEN(args), nkw = AST_SEQ_LEN(kws);
    if (n == 0 && nelts == 1 && args->items[0]->kind == E_Starred) {
        if (compile_expr(c, args->items[0]->Starred.value) < 0) return -1;
    } else if (starunpack_helper(c, args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true) < 0) {
        return -1;
    }
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Keyword *kw = kws->items[i];
            if (kw->arg) {
                nseen++;
                continue;
            }
            if (nseen) {
                if (subkwargs(c, kws, i - nseen, i) < 0) return -1;
                if (have_dict && emit(c, DICT_MERGE, 1) < 0) return -1;
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                if (emit(c, BUILD_MAP, 0) < 0) return -1;
                have_dict = true;
            }
            if (compile_expr(c, kw->value) < 0 || emit(c, DICT_MERGE, 1) < 0) return -1;
        }
        if (nseen) {
            if (subkwargs(c, kws, nkw - nseen, nkw) < 0) return -1;
            if (have_dict && emit(c, DICT_MERGE, 1) < 0) return -1;
        }
    }
    return emit(c, CALL_FUNCTION_EX, nkw > 0);
}

int call_helper(Compiler *c, int n, ExprSeq *args, KeywordSeq *kws) {
    if (validate_keywords(c, kws) < 0) return -1;
    int nelts = AST_SEQ_LEN(args), nkw = AST_SEQ_LEN(kws);
    bool ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (int i = 0; i < nelts; i++) ex |= args->items[i]->kind == E_Starred;
    for (int i = 0; i < nkw; i++) ex |= kws->items[i]->arg == NULL;
    if (ex) return call_ex(c, n, args, kws);
    if (compile_exprs(c, args) < 0) return -1;
    if (nkw && (keyword_values(c, kws, 0, nkw) < 0 || kw_names(c, kws) < 0)) return -1;
    if (emit(c, PRECALL, n + nelts + nkw) < 0) return -1;
    return emit(c, CALL, n + nelts + nkw);
}

static bool is_import_originated(Compiler *c, Expr *e) {
    if (e->kind != E_Name) return false;
    Value name = ident(e->Name.id);
    if (!name) {
        err_clear();
        return false;
    }
    return (symblock_flags(c->st->top, name) & DEF_IMPORT) != 0; /* imported at module level */
}

/* obj.meth(args) without * or **: LOAD_METHOD ... PRECALL n / CALL n. 1 if not
 * applicable. */
static int method_call(Compiler *c, Expr *e) {
    Expr *meth = e->Call.func;
    ExprSeq *args = e->Call.args;
    KeywordSeq *kws = e->Call.keywords;
    if (meth->kind != E_Attribute || meth->Attribute.ctx != CTX_LOAD) return 1;
    if (is_import_originated(c, meth->Attribute.value)) return 1;
    int nargs = AST_SEQ_LEN(args), nkw = AST_SEQ_LEN(kws);
    if (nargs + nkw + (nkw != 0) >= STACK_USE_GUIDELINE) return 1;
    for (int i = 0; i < nargs; i++)
        if (args->items[i]->kind == E_Starred) return 1;
    for (int i = 0; i < nkw; i++)
        if (!kws->items[i]->arg) return 1;
    if (validate_keywords(c, kws) < 0) return -1;
    if (compile_expr(c, meth->Attribute.value) < 0) return -1;
    set_loc_expr(c, meth);
    update_loc_to_attr(c, meth);
    if (emit_name(c, LOAD_METHOD, ident(meth->Attribute.attr), &c->u->names) < 0) return -1;
    if (compile_exprs(c, args) < 0) return -1;
    if (nkw && (keyword_values(c, kws, 0, nkw) < 0 || kw_names(c, kws) < 0)) return -1;
    set_loc_expr(c, e);
    update_loc_to_attr(c, meth);
    if (emit(c, PRECALL, nargs + nkw) < 0) return -1;
    return emit(c, CALL, nargs + nkw);
}

int compile_call(Compiler *c, Expr *e) {
    int r = method_call(c, e);
    if (r <= 0) return r;
    if (check_caller(c, e->Call.func) < 0) return -1;
    set_loc_expr(c, e->Call.func);
    if (emit(c, PUSH_NULL, 0) < 0) return -1;
    set_loc_expr(c, e);
    if (compile_expr(c, e->Call.func) < 0) return -1;
    return call_helper(c, 0, e->Call.args, e->Call.keywords);
}
