/* compile_try.c: try statements: the body under a SETUP_FINALLY handler, except clauses
 * (PUSH_EXC_INFO, CHECK_EXC_MATCH, `as name` cleanup), except* (CHECK_EG_MATCH and
 * PREP_RERAISE_STAR over the list of raised parts), finally bodies compiled twice (normal
 * and exceptional path), and the COPY 3 / POP_EXCEPT / RERAISE 1 cleanup handlers. */
#include "compiler.h"

static int compile_try_except(Compiler *c, Stmt *s) {
    Block *body = new_block(c), *except = new_block(c), *end = new_block(c),
          *cleanup = new_block(c);
    if (!body || !except || !end || !cleanup) return -1;
    if (emit_jump(c, SETUP_FINALLY, except) < 0) return -1;
    use_next_block(c, body);
    if (push_fblock(c, FB_TRY_EXCEPT, body, NULL) < 0) return -1;
    if (compile_stmts(c, s->Try.body) < 0) return -1;
    pop_fblock(c);
    if (emit_noline(c, POP_BLOCK, 0) < 0) return -1;
    if (compile_stmts(c, s->Try.orelse) < 0) return -1;
    if (emit_jump_noline(c, JUMP, end) < 0) return -1;
    int n = AST_SEQ_LEN(s->Try.handlers);
    use_next_block(c, except);
    unset_loc(c);
    if (emit_jump(c, SETUP_CLEANUP, cleanup) < 0 || emit(c, PUSH_EXC_INFO, 0) < 0) return -1;
    if (push_fblock(c, FB_EXCEPTION_HANDLER, NULL, NULL) < 0) return -1;
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = s->Try.handlers->items[i];
        c->u->loc = (Location){h->lineno, h->end_lineno, h->col_offset, h->end_col_offset};
        if (!h->type && i < n - 1) return compiler_error(c, "default 'except:' must be last");
        except = new_block(c);
        if (!except) return -1;
        if (h->type) {
            if (compile_expr(c, h->type) < 0 || emit(c, CHECK_EXC_MATCH, 0) < 0) return -1;
            if (emit_jump(c, POP_JUMP_IF_FALSE, except) < 0) return -1;
        }
        if (h->name) {
            Value name = ident(h->name);
            Block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
            if (!name || !cleanup_end || !cleanup_body) return -1;
            if (compiler_nameop(c, name, CTX_STORE) < 0) return -1;
            /* try: body finally: name = None; del name */
            if (emit_jump(c, SETUP_CLEANUP, cleanup_end) < 0) return -1;
            use_next_block(c, cleanup_body);
            if (push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL) < 0) return -1;
            top_fblock(c)->name = name;
            if (compile_stmts(c, h->body) < 0) return -1;
            pop_fblock(c);
            unset_loc(c);
            if (emit(c, POP_BLOCK, 0) < 0 || emit(c, POP_BLOCK, 0) < 0) return -1;
            if (emit(c, POP_EXCEPT, 0) < 0 || emit_const(c, NONE) < 0) return -1;
            if (compiler_nameop(c, name, CTX_STORE) < 0 || compiler_nameop(c, name, CTX_DEL) < 0)
                return -1;
            if (emit_jump(c, JUMP, end) < 0) return -1;
            use_next_block(c, cleanup_end);
            unset_loc(c);
            if (emit_const(c, NONE) < 0 || compiler_nameop(c, name, CTX_STORE) < 0) return -1;
            if (compiler_nameop(c, name, CTX_DEL) < 0 || emit(c, RERAISE, 1) < 0) return -1;
        } else {
            Block *cleanup_body = new_block(c);
            if (!cleanup_body) return -1;
            if (emit(c, POP_TOP, 0) < 0) return -1;
            use_next_block(c, cleanup_body);
            if (push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL) < 0) return -1;
            if (compile_stmts(c, h->body) < 0) return -1;
            pop_fblock(c);
            unset_loc(c);
            if (emit(c, POP_BLOCK, 0) < 0 || emit(c, POP_EXCEPT, 0) < 0) return -1;
            if (emit_jump(c, JUMP, end) < 0) return -1;
        }
        use_next_block(c, except);
    }
    unset_loc(c);
    pop_fblock(c);
    if (emit(c, RERAISE, 0) < 0) return -1;
    use_next_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

static int compile_try_star_except(Compiler *c, Stmt *s);

static int compile_try_finally(Compiler *c, Stmt *s) {
    Block *body = new_block(c), *end = new_block(c), *exit = new_block(c), *cleanup = new_block(c);
    if (!body || !end || !exit || !cleanup) return -1;
    if (emit_jump(c, SETUP_FINALLY, end) < 0) return -1;
    use_next_block(c, body);
    if (push_fblock(c, FB_FINALLY_TRY, body, end) < 0) return -1;
    top_fblock(c)->finalbody = s->Try.finalbody;
    if (AST_SEQ_LEN(s->Try.handlers)) {
        int r = s->kind == S_TryStar ? compile_try_star_except(c, s) : compile_try_except(c, s);
        if (r < 0) return -1;
    } else if (compile_stmts(c, s->Try.body) < 0) {
        return -1;
    }
    if (emit_noline(c, POP_BLOCK, 0) < 0) return -1;
    pop_fblock(c);
    if (compile_stmts(c, s->Try.finalbody) < 0) return -1;
    if (emit_jump_noline(c, JUMP, exit) < 0) return -1;
    use_next_block(c, end);
    unset_loc(c);
    if (emit_jump(c, SETUP_CLEANUP, cleanup) < 0 || emit(c, PUSH_EXC_INFO, 0) < 0) return -1;
    if (push_fblock(c, FB_FINALLY_END, end, NULL) < 0) return -1;
    if (compile_stmts(c, s->Try.finalbody) < 0) return -1;
    pop_fblock(c);
    if (emit(c, RERAISE, 0) < 0) return -1;
    use_next_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) return -1;
    use_next_block(c, exit);
    return 0;
}

/* Runs the except* clause h on the exception group; ends in `next` with
 * [orig, result list, rest] on the stack. */
static int try_star_handler(Compiler *c, ExceptHandler *h, bool first, bool last,
                            Block *reraise_star) {
    c->u->loc = (Location){h->lineno, h->end_lineno, h->col_offset, h->end_col_offset};
    Block *except = new_block(c), *except_with_error = new_block(c), *no_match = new_block(c);
    if (!except || !except_with_error || !no_match) return -1;
    /* [orig] -> [orig, [], orig]: the list collects what the clauses raise */
    if (first && (emit(c, COPY, 1) < 0 || emit(c, BUILD_LIST, 0) < 0 || emit(c, SWAP, 2) < 0))
        return -1;
    if (h->type) {
        if (compile_expr(c, h->type) < 0 || emit(c, CHECK_EG_MATCH, 0) < 0) return -1;
        if (emit(c, COPY, 1) < 0 || emit_jump(c, POP_JUMP_IF_NONE, no_match) < 0) return -1;
    }
    Block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
    if (!cleanup_end || !cleanup_body) return -1;
    Value name = NULL;
    if (h->name) {
        if (!(name = ident(h->name)) || compiler_nameop(c, name, CTX_STORE) < 0) return -1;
    } else if (emit(c, POP_TOP, 0) < 0) {
        return -1;
    }
    if (emit_jump(c, SETUP_CLEANUP, cleanup_end) < 0) return -1;
    use_next_block(c, cleanup_body);
    if (push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL) < 0) return -1;
    top_fblock(c)->name = name;
    if (compile_stmts(c, h->body) < 0) return -1;
    pop_fblock(c);
    if (emit(c, POP_BLOCK, 0) < 0) return -1;
    if (name && (emit_const(c, NONE) < 0 || compiler_nameop(c, name, CTX_STORE) < 0 ||
                 compiler_nameop(c, name, CTX_DEL) < 0))
        return -1;
    if (emit_jump(c, JUMP, except) < 0) return -1;
    use_next_block(c, cleanup_end);
    unset_loc(c);
    if (name && (emit_const(c, NONE) < 0 || compiler_nameop(c, name, CTX_STORE) < 0 ||
                 compiler_nameop(c, name, CTX_DEL) < 0))
        return -1;
    /* the exception raised in the clause joins the list */
    if (emit(c, LIST_APPEND, 3) < 0 || emit(c, POP_TOP, 0) < 0) return -1;
    if (emit_jump(c, JUMP, except_with_error) < 0) return -1;
    use_next_block(c, except);
    if (emit(c, NOP, 0) < 0 || emit_jump(c, JUMP, except_with_error) < 0) return -1;
    use_next_block(c, no_match);
    if (emit(c, POP_TOP, 0) < 0) return -1;
    use_next_block(c, except_with_error);
    if (last) { /* the unhandled rest (or None) joins the list */
        if (emit(c, LIST_APPEND, 1) < 0 || emit_jump(c, JUMP, reraise_star) < 0) return -1;
    }
    return 0;
}

static int compile_try_star_except(Compiler *c, Stmt *s) {
    Block *body = new_block(c), *except = new_block(c), *orelse = new_block(c), *end = new_block(c),
          *cleanup = new_block(c), *reraise_star = new_block(c);
    if (!body || !except || !orelse || !end || !cleanup || !reraise_star) return -1;
    if (emit_jump(c, SETUP_FINALLY, except) < 0) return -1;
    use_next_block(c, body);
    if (push_fblock(c, FB_TRY_EXCEPT, body, NULL) < 0) return -1;
    if (compile_stmts(c, s->TryStar.body) < 0) return -1;
    pop_fblock(c);
    if (emit_noline(c, POP_BLOCK, 0) < 0 || emit_jump_noline(c, JUMP, orelse) < 0) return -1;
    use_next_block(c, except);
    unset_loc(c);
    if (emit_jump(c, SETUP_CLEANUP, cleanup) < 0 || emit(c, PUSH_EXC_INFO, 0) < 0) return -1;
    if (push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL) < 0) return -1;
    int n = AST_SEQ_LEN(s->TryStar.handlers);
    for (int i = 0; i < n; i++)
        if (try_star_handler(c, s->TryStar.handlers->items[i], i == 0, i == n - 1, reraise_star) <
            0)
            return -1;
    unset_loc(c);
    pop_fblock(c);
    Block *reraise = new_block(c);
    if (!reraise) return -1;
    use_next_block(c, reraise_star);
    if (emit(c, PREP_RERAISE_STAR, 0) < 0 || emit(c, COPY, 1) < 0) return -1;
    if (emit_jump(c, POP_JUMP_IF_NOT_NONE, reraise) < 0) return -1;
    /* nothing to reraise */
    if (emit(c, POP_TOP, 0) < 0 || emit(c, POP_BLOCK, 0) < 0 || emit(c, POP_EXCEPT, 0) < 0)
        return -1;
    if (emit_jump(c, JUMP, end) < 0) return -1;
    use_next_block(c, reraise);
    if (emit(c, POP_BLOCK, 0) < 0 || emit(c, SWAP, 2) < 0 || emit(c, POP_EXCEPT, 0) < 0) return -1;
    if (emit(c, RERAISE, 0) < 0) return -1;
    use_next_block(c, cleanup);
    if (pop_except_and_reraise(c) < 0) return -1;
    use_next_block(c, orelse);
    if (compile_stmts(c, s->TryStar.orelse) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

int compile_try(Compiler *c, Stmt *s) {
    if (AST_SEQ_LEN(s->Try.finalbody)) return compile_try_finally(c, s);
    return s->kind == S_TryStar ? compile_try_star_except(c, s) : compile_try_except(c, s);
}
