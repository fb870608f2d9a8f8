/* compile_stmt.c: statements: assignments, control flow (if/while/for, break/continue
 * through the block stack), try/except/finally with exception-table handlers, with,
 * return, raise, assert, imports, and the module/class body prologue. */
#include <string.h>

#include "../memory/alloc.h"
#include "../object/int.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "compiler.h"
#include "fold.h"
#include "unparse.h"

static int unwind_fblock_stack_one(Compiler *c, FBlock *info, bool preserve_tos);

int compile_stmts(Compiler *c, StmtSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++)
        if (compile_stmt(c, seq->items[i]) < 0) return -1;
    return 0;
}

/* ---- annotations ---- */

static bool find_ann(StmtSeq *seq);

static bool find_ann_in(Stmt *s) {
    switch (s->kind) {
        case S_AnnAssign: return true;
        case S_For:
        case S_AsyncFor: return find_ann(s->For.body) || find_ann(s->For.orelse);
        case S_While:
        case S_If: return find_ann(s->If.body) || find_ann(s->If.orelse);
        case S_With:
        case S_AsyncWith: return find_ann(s->With.body);
        case S_Try:
        case S_TryStar:
            for (int i = 0; i < AST_SEQ_LEN(s->Try.handlers); i++)
                if (find_ann(s->Try.handlers->items[i]->body)) return true;
            return find_ann(s->Try.body) || find_ann(s->Try.finalbody) || find_ann(s->Try.orelse);
        case S_Match:
            for (int i = 0; i < AST_SEQ_LEN(s->Match.cases); i++)
                if (find_ann(s->Match.cases->items[i]->body)) return true;
            return false;
        default: return false;
    }
}

static bool find_ann(StmtSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++)
        if (find_ann_in(seq->items[i])) return true;
    return false;
}

int compile_body(Compiler *c, StmtSeq *body) {
    /* SETUP_ANNOTATIONS takes the line of the first statement */
    if (c->u->kind == UNIT_MODULE && AST_SEQ_LEN(body)) set_loc_stmt(c, body->items[0]);
    if (find_ann(body) && emit(c, SETUP_ANNOTATIONS, 0) < 0) return -1;
    if (!AST_SEQ_LEN(body)) return 0;
    int i = 0;
    if (is_docstring(c, body)) {
        i = 1;
        set_loc_stmt(c, body->items[0]);
        if (compile_expr(c, body->items[0]->ExprStmt.value) < 0) return -1;
        unset_loc(c);
        if (compiler_nameop(c, NAME(__doc__), CTX_STORE) < 0) return -1;
    }
    for (; i < body->count; i++)
        if (compile_stmt(c, body->items[i]) < 0) return -1;
    return 0;
}

static int check_ann_expr(Compiler *c, Expr *e) {
    if (compile_expr(c, e) < 0) return -1;
    return emit(c, POP_TOP, 0);
}

static int check_ann_subscr(Compiler *c, Expr *e) {
    switch (e->kind) {
        case E_Slice:
            if (e->Slice.lower && check_ann_expr(c, e->Slice.lower) < 0) return -1;
            if (e->Slice.upper && check_ann_expr(c, e->Slice.upper) < 0) return -1;
            if (e->Slice.step && check_ann_expr(c, e->Slice.step) < 0) return -1;
            return 0;
        case E_Tuple:
            for (int i = 0; i < AST_SEQ_LEN(e->Tuple.elts); i++)
                if (check_ann_subscr(c, e->Tuple.elts->items[i]) < 0) return -1;
            return 0;
        default: return check_ann_expr(c, e);
    }
}

static bool module_or_class(Compiler *c) {
    return c->u->kind == UNIT_MODULE || c->u->kind == UNIT_CLASS;
}

static int compile_annassign(Compiler *c, Stmt *s) {
    Expr *targ = s->AnnAssign.target;
    if (s->AnnAssign.value) {
        if (compile_expr(c, s->AnnAssign.value) < 0 || compile_expr(c, targ) < 0) return -1;
    }
    switch (targ->kind) {
        case E_Name:
            if (s->AnnAssign.simple && module_or_class(c)) {
                if (c->future & FUTURE_ANNOTATIONS) {
                    if (emit_const_steal(c, unparse_expr(s->AnnAssign.annotation, &c->pool)) < 0)
                        return -1;
                } else if (compile_expr(c, s->AnnAssign.annotation) < 0) {
                    return -1;
                }
                if (emit_name(c, LOAD_NAME, NAME(__annotations__), &c->u->names) < 0) return -1;
                Value name = ident(targ->Name.id);
                Value mangled = name ? mangle(c->u->private_name, name) : NULL;
                if (!mangled || emit_const(c, mangled) < 0) return -1;
                if (emit(c, STORE_SUBSCR, 0) < 0) return -1;
            }
            break;
        case E_Attribute:
            if (!s->AnnAssign.value && check_ann_expr(c, targ->Attribute.value) < 0) return -1;
            break;
        case E_Subscript:
            if (!s->AnnAssign.value && (check_ann_expr(c, targ->Subscript.value) < 0 ||
                                        check_ann_subscr(c, targ->Subscript.slice) < 0))
                return -1;
            break;
        default: break;
    }
    /* the annotation of a complex target is evaluated last */
    if (!s->AnnAssign.simple && module_or_class(c) && !(c->future & FUTURE_ANNOTATIONS))
        return check_ann_expr(c, s->AnnAssign.annotation);
    return 0;
}

/* ---- simple statements ---- */

static int compile_augassign(Compiler *c, Stmt *s) {
    Expr *e = s->AugAssign.target;
    Location saved = c->u->loc;
    set_loc_expr(c, e);
    switch (e->kind) {
        case E_Attribute: {
            if (compile_expr(c, e->Attribute.value) < 0 || emit(c, COPY, 1) < 0) return -1;
            update_loc_to_attr(c, e);
            if (emit_name(c, LOAD_ATTR, ident(e->Attribute.attr), &c->u->names) < 0) return -1;
            break;
        }
        case E_Subscript:
            if (compile_expr(c, e->Subscript.value) < 0 || compile_expr(c, e->Subscript.slice) < 0)
                return -1;
            if (emit(c, COPY, 2) < 0 || emit(c, COPY, 2) < 0 || emit(c, BINARY_SUBSCR, 0) < 0)
                return -1;
            break;
        case E_Name:
            if (compiler_nameop_id(c, e->Name.id, CTX_LOAD) < 0) return -1;
            break;
        default:
            err_set_str(&exc_SystemError, "invalid node type for augmented assignment");
            return -1;
    }
    c->u->loc = saved;
    if (compile_expr(c, s->AugAssign.value) < 0) return -1;
    if (emit(c, BINARY_OP, binop_of_operator(s->AugAssign.op) + BINOP_INPLACE) < 0) return -1;
    set_loc_expr(c, e);
    switch (e->kind) {
        case E_Attribute:
            update_loc_to_attr(c, e);
            if (emit(c, SWAP, 2) < 0) return -1;
            return emit_name(c, STORE_ATTR, ident(e->Attribute.attr), &c->u->names);
        case E_Subscript:
            if (emit(c, SWAP, 3) < 0 || emit(c, SWAP, 2) < 0) return -1;
            return emit(c, STORE_SUBSCR, 0);
        default: return compiler_nameop_id(c, e->Name.id, CTX_STORE);
    }
}

static int compile_assert(Compiler *c, Stmt *s) {
    Expr *test = s->Assert.test;
    bool tuple = test->kind == E_Tuple && AST_SEQ_LEN(test->Tuple.elts) > 0;
    if (test->kind == E_Constant) {
        Value v = ast_const(c, &test->Constant.value);
        if (!v) return -1;
        tuple = is_tuple(v) && tuple_size(v) > 0;
    }
    if (tuple && compiler_warn(c, "assertion is always true, perhaps remove parentheses?") < 0)
        return -1;
    if (c->optimize) return 0;
    Block *end = new_block(c);
    if (!end) return -1;
    if (compile_jump_if(c, s->Assert.test, end, true) < 0) return -1;
    if (emit(c, LOAD_ASSERTION_ERROR, 0) < 0) return -1;
    if (s->Assert.msg) {
        if (compile_expr(c, s->Assert.msg) < 0) return -1;
        if (emit(c, PRECALL, 0) < 0 || emit(c, CALL, 0) < 0) return -1;
    }
    if (emit(c, RAISE_VARARGS, 1) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

/* Stores the module bound by `import a.b.c as d` (IMPORT_FROM per component). */
static int import_as(Compiler *c, const char *name, const char *asname) {
    const char *dot = strchr(name, '.');
    if (dot) {
        for (;;) {
            const char *start = dot + 1;
            dot = strchr(start, '.');
            size_t n = dot ? (size_t)(dot - start) : strlen(start);
            char *attr = mem_strndup(start, n);
            if (!attr) return err_no_memory(), -1;
            Value a = ident(attr);
            mem_free(attr);
            if (!a || emit_name_raw(c, IMPORT_FROM, a, &c->u->names) < 0) return -1;
            if (!dot) break;
            if (emit(c, SWAP, 2) < 0 || emit(c, POP_TOP, 0) < 0) return -1;
        }
        if (compiler_nameop_id(c, asname, CTX_STORE) < 0) return -1;
        return emit(c, POP_TOP, 0);
    }
    return compiler_nameop_id(c, asname, CTX_STORE);
}

static int compile_import(Compiler *c, Stmt *s) {
    for (int i = 0; i < AST_SEQ_LEN(s->Import.names); i++) {
        Alias *a = s->Import.names->items[i];
        if (emit_const(c, small_int(0)) < 0 || emit_const(c, NONE) < 0) return -1;
        if (emit_name(c, IMPORT_NAME, ident(a->name), &c->u->names) < 0) return -1;
        if (a->asname) {
            if (import_as(c, a->name, a->asname) < 0) return -1;
            continue;
        }
        const char *dot = strchr(a->name, '.');
        char *top = mem_strndup(a->name, dot ? (size_t)(dot - a->name) : strlen(a->name));
        if (!top) return err_no_memory(), -1;
        int r = compiler_nameop_id(c, top, CTX_STORE);
        mem_free(top);
        if (r < 0) return -1;
    }
    return 0;
}

static int compile_from_import(Compiler *c, Stmt *s) {
    int n = AST_SEQ_LEN(s->ImportFrom.names);
    if (emit_const(c, small_int(s->ImportFrom.level)) < 0) return -1;
    if (s->lineno > c->future_lineno && s->ImportFrom.module &&
        strcmp(s->ImportFrom.module, "__future__") == 0)
        return compiler_error(c, "from __future__ imports must occur at the beginning of the file");
    Value names = tuple_new(n);
    if (!names) return -1;
    for (int i = 0; i < n; i++) {
        Value v = ident(s->ImportFrom.names->items[i]->name);
        if (!v) {
            decref(names);
            return -1;
        }
        tuple_items(names)[i] = incref(v);
    }
    if (emit_const_steal(c, names) < 0) return -1;
    const char *module = s->ImportFrom.module ? s->ImportFrom.module : "";
    if (emit_name(c, IMPORT_NAME, ident(module), &c->u->names) < 0) return -1;
    for (int i = 0; i < n; i++) {
        Alias *a = s->ImportFrom.names->items[i];
        if (i == 0 && a->name[0] == '*') return emit(c, IMPORT_STAR, 0);
        if (emit_name(c, IMPORT_FROM, ident(a->name), &c->u->names) < 0) return -1;
        if (compiler_nameop_id(c, a->asname ? a->asname : a->name, CTX_STORE) < 0) return -1;
    }
    return emit(c, POP_TOP, 0);
}

/* ---- control flow ---- */

static int compile_if(Compiler *c, Stmt *s) {
    Block *end = new_block(c), *next = end;
    if (!end) return -1;
    if (AST_SEQ_LEN(s->If.orelse) && !(next = new_block(c))) return -1;
    if (compile_jump_if(c, s->If.test, next, false) < 0) return -1;
    if (compile_stmts(c, s->If.body) < 0) return -1;
    if (AST_SEQ_LEN(s->If.orelse)) {
        if (emit_jump_noline(c, JUMP, end) < 0) return -1;
        use_next_block(c, next);
        if (compile_stmts(c, s->If.orelse) < 0) return -1;
    }
    use_next_block(c, end);
    return 0;
}

static int compile_while(Compiler *c, Stmt *s) {
    Block *loop = new_block(c), *body = new_block(c), *anchor = new_block(c), *end = new_block(c);
    if (!loop || !body || !anchor || !end) return -1;
    use_next_block(c, loop);
    if (push_fblock(c, FB_WHILE_LOOP, loop, end) < 0) return -1;
    if (compile_jump_if(c, s->While.test, anchor, false) < 0) return -1;
    use_next_block(c, body);
    if (compile_stmts(c, s->While.body) < 0) return -1;
    set_loc_stmt(c, s);
    if (compile_jump_if(c, s->While.test, body, true) < 0) return -1;
    pop_fblock(c);
    use_next_block(c, anchor);
    if (compile_stmts(c, s->While.orelse) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

static int compile_for(Compiler *c, Stmt *s) {
    Block *start = new_block(c), *body = new_block(c), *cleanup = new_block(c), *end = new_block(c);
    if (!start || !body || !cleanup || !end) return -1;
    if (push_fblock(c, FB_FOR_LOOP, start, end) < 0) return -1;
    if (compile_expr(c, s->For.iter) < 0 || emit(c, GET_ITER, 0) < 0) return -1;
    use_next_block(c, start);
    if (emit_jump(c, FOR_ITER, cleanup) < 0) return -1;
    use_next_block(c, body);
    if (compile_expr(c, s->For.target) < 0 || compile_stmts(c, s->For.body) < 0) return -1;
    unset_loc(c); /* the jump back is artificial */
    if (emit_jump(c, JUMP, start) < 0) return -1;
    use_next_block(c, cleanup);
    pop_fblock(c);
    if (compile_stmts(c, s->For.orelse) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

static int compile_async_for(Compiler *c, Stmt *s) {
    if (c->u->kind != UNIT_ASYNC_FUNCTION)
        return compiler_error(c, "'async for' outside async function");
    Block *start = new_block(c), *except = new_block(c), *end = new_block(c);
    if (!start || !except || !end) return -1;
    if (compile_expr(c, s->AsyncFor.iter) < 0 || emit(c, GET_AITER, 0) < 0) return -1;
    use_next_block(c, start);
    if (push_fblock(c, FB_FOR_LOOP, start, end) < 0) return -1;
    if (emit_jump(c, SETUP_FINALLY, except) < 0 || emit(c, GET_ANEXT, 0) < 0) return -1;
    if (emit_const(c, NONE) < 0 || add_yield_from(c, true) < 0) return -1;
    if (emit(c, POP_BLOCK, 0) < 0) return -1;
    if (compile_expr(c, s->AsyncFor.target) < 0 || compile_stmts(c, s->AsyncFor.body) < 0)
        return -1;
    unset_loc(c);
    if (emit_jump(c, JUMP, start) < 0) return -1;
    pop_fblock(c);
    use_next_block(c, except);
    set_loc_expr(c, s->AsyncFor.iter);
    if (emit(c, END_ASYNC_FOR, 0) < 0) return -1;
    if (compile_stmts(c, s->AsyncFor.orelse) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

int call_exit_with_nones(Compiler *c) {
    for (int i = 0; i < 3; i++)
        if (emit_const(c, NONE) < 0) return -1;
    if (emit(c, PRECALL, 2) < 0) return -1;
    return emit(c, CALL, 2);
}

int add_yield_from(Compiler *c, bool await) {
    Block *start = new_block(c), *resume = new_block(c), *exit = new_block(c);
    if (!start || !resume || !exit) return -1;
    use_next_block(c, start);
    if (emit_jump(c, SEND, exit) < 0) return -1;
    use_next_block(c, resume);
    if (emit(c, YIELD_VALUE, 0) < 0 || emit(c, RESUME, await ? 3 : 2) < 0) return -1;
    if (emit_jump(c, JUMP_NO_INTERRUPT, start) < 0) return -1;
    use_next_block(c, exit);
    return 0;
}

int pop_except_and_reraise(Compiler *c) {
    if (emit(c, COPY, 3) < 0 || emit(c, POP_EXCEPT, 0) < 0) return -1;
    return emit(c, RERAISE, 1);
}

/* After WITH_EXCEPT_START: reraise unless __exit__ returned true. */
int with_except_finish(Compiler *c, Block *cleanup) {
    unset_loc(c);
    Block *exit = new_block(c);
    if (!exit) return -1;
    if (emit_jump(c, POP_JUMP_IF_TRUE, exit) < 0) return -1;
    if (next_block(c) < 0 || emit(c, RERAISE, 2) < 0) return -1;
    use_next_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) return -1;
    use_next_block(c, exit);
    if (emit(c, POP_TOP, 0) < 0 || emit(c, POP_BLOCK, 0) < 0 || emit(c, POP_EXCEPT, 0) < 0)
        return -1;
    if (emit(c, POP_TOP, 0) < 0) return -1;
    return emit(c, POP_TOP, 0);
}

static int compile_with(Compiler *c, Stmt *s, int pos, bool is_async) {
    WithItem *item = s->With.items->items[pos];
    if (is_async && c->u->kind != UNIT_ASYNC_FUNCTION)
        return compiler_error(c, "'async with' outside async function");
    Block *block = new_block(c), *final = new_block(c), *exit = new_block(c),
          *cleanup = new_block(c);
    if (!block || !final || !exit || !cleanup) return -1;
    if (compile_expr(c, item->context_expr) < 0) return -1;
    if (is_async) {
        if (emit(c, BEFORE_ASYNC_WITH, 0) < 0 || emit(c, GET_AWAITABLE, 1) < 0) return -1;
        if (emit_const(c, NONE) < 0 || add_yield_from(c, true) < 0) return -1;
    } else if (emit(c, BEFORE_WITH, 0) < 0) {
        return -1;
    }
    if (emit_jump(c, SETUP_WITH, final) < 0) return -1;
    use_next_block(c, block);
    if (push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, block, final) < 0) return -1;
    top_fblock(c)->with = s;
    if (item->optional_vars) {
        if (compile_expr(c, item->optional_vars) < 0) return -1;
    } else if (emit(c, POP_TOP, 0) < 0) {
        return -1;
    }
    if (++pos == s->With.items->count) {
        if (compile_stmts(c, s->With.body) < 0) return -1;
    } else if (compile_with(c, s, pos, is_async) < 0) {
        return -1;
    }
    unset_loc(c);
    if (emit(c, POP_BLOCK, 0) < 0) return -1;
    pop_fblock(c);
    set_loc_stmt(c, s);
    if (call_exit_with_nones(c) < 0) return -1;
    if (is_async) {
        if (emit(c, GET_AWAITABLE, 2) < 0 || emit_const(c, NONE) < 0) return -1;
        if (add_yield_from(c, true) < 0) return -1;
    }
    if (emit(c, POP_TOP, 0) < 0 || emit_jump(c, JUMP, exit) < 0) return -1;
    use_next_block(c, final);
    if (emit_jump(c, SETUP_CLEANUP, cleanup) < 0 || emit(c, PUSH_EXC_INFO, 0) < 0) return -1;
    if (emit(c, WITH_EXCEPT_START, 0) < 0) return -1;
    if (is_async) {
        if (emit(c, GET_AWAITABLE, 2) < 0 || emit_const(c, NONE) < 0) return -1;
        if (add_yield_from(c, true) < 0) return -1;
    }
    if (with_except_finish(c, cleanup) < 0) return -1;
    use_next_block(c, exit);
    return 0;
}

static int compile_return(Compiler *c, Stmt *s) {
    Expr *value = s->Return.value;
    bool preserve_tos = value && value->kind != E_Constant;
    if (c->u->ste->kind != BLOCK_FUNCTION) return compiler_error(c, "'return' outside function");
    if (value && c->u->ste->coroutine && c->u->ste->generator)
        return compiler_error(c, "'return' with value in async generator");
    if (preserve_tos) {
        if (compile_expr(c, value) < 0) return -1;
    } else if (value) {
        set_loc_expr(c, value); /* an instruction with the line of the value */
        if (emit(c, NOP, 0) < 0) return -1;
    }
    if (!value || value->lineno != s->lineno) {
        set_loc_stmt(c, s);
        if (emit(c, NOP, 0) < 0) return -1;
    }
    if (unwind_fblock_stack(c, preserve_tos, NULL) < 0) return -1;
    if (!value) {
        if (emit_const(c, NONE) < 0) return -1;
    } else if (!preserve_tos) {
        Value v = ast_const(c, &value->Constant.value);
        if (!v || emit_const(c, v) < 0) return -1;
    }
    return emit(c, RETURN_VALUE, 0);
}

static int compile_break_continue(Compiler *c, bool is_break) {
    FBlock *loop = NULL;
    if (emit(c, NOP, 0) < 0) return -1; /* an instruction with the statement's line */
    if (unwind_fblock_stack(c, false, &loop) < 0) return -1;
    if (!loop)
        return compiler_error(c, is_break ? "'break' outside loop"
                                          : "'continue' not properly in loop");
    if (is_break) {
        FBlock copy = *loop;
        if (unwind_fblock_stack_one(c, &copy, false) < 0) return -1;
        if (emit_jump(c, JUMP, loop->exit) < 0) return -1;
    } else if (emit_jump(c, JUMP, loop->block) < 0) {
        return -1;
    }
    return next_block(c);
}

/* ---- unwinding for break / continue / return ---- */

static int unwind_fblock_stack_one(Compiler *c, FBlock *info, bool preserve_tos) {
    switch (info->kind) {
        case FB_WHILE_LOOP:
        case FB_EXCEPTION_HANDLER:
        case FB_EXCEPTION_GROUP_HANDLER:
        case FB_ASYNC_COMPREHENSION_GENERATOR: return 0;
        case FB_FOR_LOOP:
            if (preserve_tos && emit(c, SWAP, 2) < 0) return -1;
            return emit(c, POP_TOP, 0);
        case FB_TRY_EXCEPT: return emit(c, POP_BLOCK, 0);
        case FB_FINALLY_TRY:
            if (emit(c, POP_BLOCK, 0) < 0) return -1;
            if (preserve_tos && push_fblock(c, FB_POP_VALUE, NULL, NULL) < 0) return -1;
            if (compile_stmts(c, info->finalbody) < 0) return -1;
            if (preserve_tos) pop_fblock(c);
            unset_loc(c);
            return 0;
        case FB_FINALLY_END:
            if (preserve_tos && emit(c, SWAP, 2) < 0) return -1;
            if (emit(c, POP_TOP, 0) < 0) return -1;
            if (preserve_tos && emit(c, SWAP, 2) < 0) return -1;
            if (emit(c, POP_BLOCK, 0) < 0) return -1;
            return emit(c, POP_EXCEPT, 0);
        case FB_WITH:
        case FB_ASYNC_WITH:
            set_loc_stmt(c, info->with);
            if (emit(c, POP_BLOCK, 0) < 0) return -1;
            if (preserve_tos && emit(c, SWAP, 2) < 0) return -1;
            if (call_exit_with_nones(c) < 0) return -1;
            if (info->kind == FB_ASYNC_WITH) {
                if (emit(c, GET_AWAITABLE, 2) < 0 || emit_const(c, NONE) < 0) return -1;
                if (add_yield_from(c, true) < 0) return -1;
            }
            if (emit(c, POP_TOP, 0) < 0) return -1;
            unset_loc(c);
            return 0;
        case FB_HANDLER_CLEANUP:
            if (info->name && emit(c, POP_BLOCK, 0) < 0) return -1;
            if (preserve_tos && emit(c, SWAP, 2) < 0) return -1;
            if (emit(c, POP_BLOCK, 0) < 0 || emit(c, POP_EXCEPT, 0) < 0) return -1;
            if (info->name) {
                if (emit_const(c, NONE) < 0 || compiler_nameop(c, info->name, CTX_STORE) < 0)
                    return -1;
                if (compiler_nameop(c, info->name, CTX_DEL) < 0) return -1;
            }
            return 0;
        case FB_POP_VALUE:
            if (preserve_tos && emit(c, SWAP, 2) < 0) return -1;
            return emit(c, POP_TOP, 0);
    }
    return 0;
}

int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) return 0;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->kind == FB_EXCEPTION_GROUP_HANDLER)
        return compiler_error(c,
                              "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    if (unwind_fblock_stack_one(c, &copy, preserve_tos) < 0) return -1;
    if (unwind_fblock_stack(c, preserve_tos, loop) < 0) return -1;
    u->fblocks[u->nfblocks++] = copy;
    return 0;
}

/* ---- dispatch ---- */

static int compile_expr_stmt(Compiler *c, Expr *value) {
    if (c->interactive && c->nestlevel <= 1) {
        if (compile_expr(c, value) < 0) return -1;
        return emit(c, PRINT_EXPR, 0);
    }
    if (value->kind == E_Constant) return emit(c, NOP, 0); /* a constant statement does nothing */
    if (compile_expr(c, value) < 0) return -1;
    unset_loc(c);
    return emit(c, POP_TOP, 0);
}

static int compile_raise(Compiler *c, Stmt *s) {
    int n = 0;
    if (s->Raise.exc) {
        if (compile_expr(c, s->Raise.exc) < 0) return -1;
        n++;
        if (s->Raise.cause) {
            if (compile_expr(c, s->Raise.cause) < 0) return -1;
            n++;
        }
    }
    if (emit(c, RAISE_VARARGS, n) < 0) return -1;
    return next_block(c);
}

static int compile_assign(Compiler *c, Stmt *s) {
    int n = AST_SEQ_LEN(s->Assign.targets);
    if (compile_expr(c, s->Assign.value) < 0) return -1;
    for (int i = 0; i < n; i++) {
        if (i < n - 1 && emit(c, COPY, 1) < 0) return -1;
        if (compile_expr(c, s->Assign.targets->items[i]) < 0) return -1;
    }
    return 0;
}

static int compile_stmt_kind(Compiler *c, Stmt *s) {
    switch (s->kind) {
        case S_FunctionDef: return compile_function(c, s, false);
        case S_AsyncFunctionDef: return compile_function(c, s, true);
        case S_ClassDef: return compile_class(c, s);
        case S_Return: return compile_return(c, s);
        case S_Delete: return compile_exprs(c, s->Delete.targets);
        case S_Assign: return compile_assign(c, s);
        case S_AugAssign: return compile_augassign(c, s);
        case S_AnnAssign: return compile_annassign(c, s);
        case S_For: return compile_for(c, s);
        case S_AsyncFor: return compile_async_for(c, s);
        case S_While: return compile_while(c, s);
        case S_If: return compile_if(c, s);
        case S_Match: return compile_match(c, s);
        case S_Raise: return compile_raise(c, s);
        case S_Try:
        case S_TryStar: return compile_try(c, s);
        case S_Assert: return compile_assert(c, s);
        case S_Import: return compile_import(c, s);
        case S_ImportFrom: return compile_from_import(c, s);
        case S_Global:
        case S_Nonlocal: return 0;
        case S_Expr: return compile_expr_stmt(c, s->ExprStmt.value);
        case S_Pass: return emit(c, NOP, 0);
        case S_Break: return compile_break_continue(c, true);
        case S_Continue: return compile_break_continue(c, false);
        case S_With: return compile_with(c, s, 0, false);
        case S_AsyncWith: return compile_with(c, s, 0, true);
    }
    return 0;
}

int compile_stmt(Compiler *c, Stmt *s) {
    if (depth_enter(c) < 0) return -1;
    set_loc_stmt(c, s);
    int r = compile_stmt_kind(c, s);
    depth_leave(c);
    return r;
}
