/* compile_expr.c: expressions: operators, comparisons (chained with SWAP/COPY),
 * and/or and conditional jumps, displays (with the constant-list and star-unpacking
 * forms), subscripts and slices, attributes, names, f-strings, yield/await. */
#include "../object/set.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "compiler.h"
#include "fold.h"

int compile_exprs(Compiler *c, ExprSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++)
        if (compile_expr(c, seq->items[i]) < 0) return -1;
    return 0;
}

int compile_cmpop(Compiler *c, CmpOpKind op) {
    switch (op) {
        case CMPOP_EQ: return emit(c, COMPARE_OP, CMP_EQ);
        case CMPOP_NOTEQ: return emit(c, COMPARE_OP, CMP_NE);
        case CMPOP_LT: return emit(c, COMPARE_OP, CMP_LT);
        case CMPOP_LTE: return emit(c, COMPARE_OP, CMP_LE);
        case CMPOP_GT: return emit(c, COMPARE_OP, CMP_GT);
        case CMPOP_GTE: return emit(c, COMPARE_OP, CMP_GE);
        case CMPOP_IS: return emit(c, IS_OP, 0);
        case CMPOP_ISNOT: return emit(c, IS_OP, 1);
        case CMPOP_IN: return emit(c, CONTAINS_OP, 0);
        case CMPOP_NOTIN: return emit(c, CONTAINS_OP, 1);
    }
    return -1;
}

/* ---- conditional jumps ---- */

static int jump_if_compare(Compiler *c, Expr *e, Block *next, bool cond) {
    if (check_compare(c, e) < 0) return -1;
    int n = e->Compare.ops->count - 1;
    Block *cleanup = new_block(c);
    if (!cleanup || compile_expr(c, e->Compare.left) < 0) return -1;
    for (int i = 0; i < n; i++) {
        if (compile_expr(c, e->Compare.comparators->items[i]) < 0) return -1;
        if (emit(c, SWAP, 2) < 0 || emit(c, COPY, 2) < 0) return -1;
        if (compile_cmpop(c, e->Compare.ops->items[i]) < 0) return -1;
        if (emit_jump(c, POP_JUMP_IF_FALSE, cleanup) < 0 || next_block(c) < 0) return -1;
    }
    if (compile_expr(c, e->Compare.comparators->items[n]) < 0) return -1;
    if (compile_cmpop(c, e->Compare.ops->items[n]) < 0) return -1;
    if (emit_jump(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next) < 0) return -1;
    if (next_block(c) < 0) return -1;
    Block *end = new_block(c);
    if (!end || emit_jump_noline(c, JUMP, end) < 0) return -1;
    use_next_block(c, cleanup);
    if (emit(c, POP_TOP, 0) < 0) return -1;
    if (!cond && emit_jump_noline(c, JUMP, next) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

int compile_jump_if(Compiler *c, Expr *e, Block *next, bool cond) {
    if (depth_enter(c) < 0) return -1;
    int r = -1;
    switch (e->kind) {
        case E_UnaryOp:
            if (e->UnaryOp.op != UNARYOP_NOT) break;
            r = compile_jump_if(c, e->UnaryOp.operand, next, !cond);
            goto done;
        case E_BoolOp: {
            ExprSeq *s = e->BoolOp.values;
            int n = s->count - 1;
            bool cond2 = e->BoolOp.op == BOOLOP_OR;
            Block *next2 = next;
            if (cond2 != cond && !(next2 = new_block(c))) goto done;
            for (int i = 0; i < n; i++)
                if (compile_jump_if(c, s->items[i], next2, cond2) < 0) goto done;
            if (compile_jump_if(c, s->items[n], next, cond) < 0) goto done;
            if (next2 != next) use_next_block(c, next2);
            r = 0;
            goto done;
        }
        case E_IfExp: {
            Block *end = new_block(c), *next2 = new_block(c);
            if (!end || !next2) goto done;
            if (compile_jump_if(c, e->IfExp.test, next2, false) < 0) goto done;
            if (compile_jump_if(c, e->IfExp.body, next, cond) < 0) goto done;
            if (emit_jump_noline(c, JUMP, end) < 0) goto done;
            use_next_block(c, next2);
            if (compile_jump_if(c, e->IfExp.orelse, next, cond) < 0) goto done;
            use_next_block(c, end);
            r = 0;
            goto done;
        }
        case E_Compare:
            set_loc_expr(c, e); /* kept for the jump and what follows, as CPython */
            if (e->Compare.ops->count < 2) break;
            r = jump_if_compare(c, e, next, cond);
            goto done;
        default: break;
    }
    if (compile_expr(c, e) < 0) goto done;
    if (emit_jump(c, cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next) < 0) goto done;
    r = next_block(c);
done:
    depth_leave(c);
    return r;
}

static int compile_boolop(Compiler *c, Expr *e) {
    int jump = e->BoolOp.op == BOOLOP_AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
    Block *end = new_block(c);
    if (!end) return -1;
    ExprSeq *s = e->BoolOp.values;
    for (int i = 0; i < s->count - 1; i++) {
        if (compile_expr(c, s->items[i]) < 0 || emit_jump(c, jump, end) < 0) return -1;
        if (next_block(c) < 0) return -1;
    }
    if (compile_expr(c, s->items[s->count - 1]) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

static int compile_compare(Compiler *c, Expr *e) {
    if (check_compare(c, e) < 0 || compile_expr(c, e->Compare.left) < 0) return -1;
    int n = e->Compare.ops->count - 1;
    if (n == 0) {
        if (compile_expr(c, e->Compare.comparators->items[0]) < 0) return -1;
        return compile_cmpop(c, e->Compare.ops->items[0]);
    }
    Block *cleanup = new_block(c);
    if (!cleanup) return -1;
    for (int i = 0; i < n; i++) {
        if (compile_expr(c, e->Compare.comparators->items[i]) < 0) return -1;
        if (emit(c, SWAP, 2) < 0 || emit(c, COPY, 2) < 0) return -1;
        if (compile_cmpop(c, e->Compare.ops->items[i]) < 0) return -1;
        if (emit_jump(c, JUMP_IF_FALSE_OR_POP, cleanup) < 0 || next_block(c) < 0) return -1;
    }
    if (compile_expr(c, e->Compare.comparators->items[n]) < 0) return -1;
    if (compile_cmpop(c, e->Compare.ops->items[n]) < 0) return -1;
    Block *end = new_block(c);
    if (!end || emit_jump_noline(c, JUMP, end) < 0) return -1;
    use_next_block(c, cleanup);
    if (emit(c, SWAP, 2) < 0 || emit(c, POP_TOP, 0) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

static int compile_ifexp(Compiler *c, Expr *e) {
    Block *end = new_block(c), *next = new_block(c);
    if (!end || !next) return -1;
    if (compile_jump_if(c, e->IfExp.test, next, false) < 0) return -1;
    if (compile_expr(c, e->IfExp.body) < 0 || emit_jump_noline(c, JUMP, end) < 0) return -1;
    use_next_block(c, next);
    if (compile_expr(c, e->IfExp.orelse) < 0) return -1;
    use_next_block(c, end);
    return 0;
}

/* ---- displays ---- */

bool are_all_items_const(Compiler *c, ExprSeq *seq, int begin, int end) {
    (void)c;
    for (int i = begin; i < end; i++)
        if (!seq->items[i] || seq->items[i]->kind != E_Constant) return false;
    return true;
}

static Value const_tuple_of(Compiler *c, ExprSeq *seq, int begin, int end) {
    Value t = tuple_new(end - begin);
    if (!t) return NULL;
    for (int i = begin; i < end; i++) {
        Value v = ast_const(c, &seq->items[i]->Constant.value);
        if (!v) {
            decref(t);
            return NULL;
        }
        tuple_items(t)[i - begin] = incref(v);
    }
    return t;
}

int starunpack_helper(Compiler *c, ExprSeq *elts, int pushed, int build, int add, int extend,
                      bool tuple) {
    int n = AST_SEQ_LEN(elts);
    if (n > 2 && are_all_items_const(c, elts, 0, n)) {
        Value folded = const_tuple_of(c, elts, 0, n);
        if (folded && add == SET_ADD) setref(&folded, set_new_from(&type_frozenset, folded));
        if (!folded) return -1;
        if (tuple && !pushed) return emit_const_steal(c, folded);
        if (emit(c, build, pushed) < 0 || emit_const_steal(c, folded) < 0) return -1;
        if (emit(c, extend, 1) < 0) return -1;
        return tuple ? emit(c, LIST_TO_TUPLE, 0) : 0;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE, seen_star = false;
    for (int i = 0; i < n; i++) seen_star |= elts->items[i]->kind == E_Starred;
    if (!seen_star && !big) {
        if (compile_exprs(c, elts) < 0) return -1;
        return emit(c, tuple ? BUILD_TUPLE : build, n + pushed);
    }
    bool built = false;
    if (big) {
        if (emit(c, build, pushed) < 0) return -1;
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Expr *elt = elts->items[i];
        if (elt->kind == E_Starred) {
            if (!built) {
                if (emit(c, build, i + pushed) < 0) return -1;
                built = true;
            }
            if (compile_expr(c, elt->Starred.value) < 0 || emit(c, extend, 1) < 0) return -1;
        } else {
            if (compile_expr(c, elt) < 0) return -1;
            if (built && emit(c, add, 1) < 0) return -1;
        }
    }
    return tuple ? emit(c, LIST_TO_TUPLE, 0) : 0;
}

int unpack_helper(Compiler *c, ExprSeq *elts) {
    int n = AST_SEQ_LEN(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != E_Starred) continue;
        if (seen_star) return compiler_error(c, "multiple starred expressions in assignment");
        if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8))
            return compiler_error(c, "too many expressions in star-unpacking assignment");
        if (emit(c, UNPACK_EX, i + ((n - i - 1) << 8)) < 0) return -1;
        seen_star = true;
    }
    return seen_star ? 0 : emit(c, UNPACK_SEQUENCE, n);
}

static int assignment_helper(Compiler *c, ExprSeq *elts) {
    if (unpack_helper(c, elts) < 0) return -1;
    for (int i = 0; i < AST_SEQ_LEN(elts); i++) {
        Expr *elt = elts->items[i];
        if (compile_expr(c, elt->kind == E_Starred ? elt->Starred.value : elt) < 0) return -1;
    }
    return 0;
}

static int compile_list_or_tuple(Compiler *c, ExprSeq *elts, ExprContext ctx, bool tuple) {
    if (ctx == CTX_STORE) return assignment_helper(c, elts);
    if (ctx == CTX_LOAD)
        return starunpack_helper(c, elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, tuple);
    return compile_exprs(c, elts);
}

static int compile_subdict(Compiler *c, Expr *e, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && are_all_items_const(c, e->Dict.keys, begin, end)) {
        for (int i = begin; i < end; i++)
            if (compile_expr(c, e->Dict.values->items[i]) < 0) return -1;
        if (emit_const_steal(c, const_tuple_of(c, e->Dict.keys, begin, end)) < 0) return -1;
        return emit(c, BUILD_CONST_KEY_MAP, n);
    }
    if (big && emit(c, BUILD_MAP, 0) < 0) return -1;
    for (int i = begin; i < end; i++) {
        if (compile_expr(c, e->Dict.keys->items[i]) < 0) return -1;
        if (compile_expr(c, e->Dict.values->items[i]) < 0) return -1;
        if (big && emit(c, MAP_ADD, 1) < 0) return -1;
    }
    return big ? 0 : emit(c, BUILD_MAP, n);
}

static int compile_dict(Compiler *c, Expr *e) {
    int n = AST_SEQ_LEN(e->Dict.values), elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (!e->Dict.keys->items[i]) { /* **mapping */
            if (elements) {
                if (compile_subdict(c, e, i - elements, i) < 0) return -1;
                if (have_dict && emit(c, DICT_UPDATE, 1) < 0) return -1;
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                if (emit(c, BUILD_MAP, 0) < 0) return -1;
                have_dict = true;
            }
            if (compile_expr(c, e->Dict.values->items[i]) < 0) return -1;
            if (emit(c, DICT_UPDATE, 1) < 0) return -1;
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            if (compile_subdict(c, e, i - elements, i + 1) < 0) return -1;
            if (have_dict && emit(c, DICT_UPDATE, 1) < 0) return -1;
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        if (compile_subdict(c, e, n - elements, n) < 0) return -1;
        if (have_dict && emit(c, DICT_UPDATE, 1) < 0) return -1;
        have_dict = true;
    }
    return have_dict ? 0 : emit(c, BUILD_MAP, 0);
}

/* ---- other expressions ---- */

static int compile_slice(Compiler *c, Expr *e) {
    int n = 2;
    if (e->Slice.lower ? compile_expr(c, e->Slice.lower) : emit_const(c, NONE)) return -1;
    if (e->Slice.upper ? compile_expr(c, e->Slice.upper) : emit_const(c, NONE)) return -1;
    if (e->Slice.step) {
        n++;
        if (compile_expr(c, e->Slice.step) < 0) return -1;
    }
    return emit(c, BUILD_SLICE, n);
}

static int compile_attribute(Compiler *c, Expr *e) {
    if (compile_expr(c, e->Attribute.value) < 0) return -1;
    update_loc_to_attr(c, e);
    static const int ops[] = {
        [CTX_LOAD] = LOAD_ATTR, [CTX_STORE] = STORE_ATTR, [CTX_DEL] = DELETE_ATTR};
    return emit_name(c, ops[e->Attribute.ctx], ident(e->Attribute.attr), &c->u->names);
}

static int compile_joined_str(Compiler *c, Expr *e) {
    ExprSeq *values = e->JoinedStr.values;
    int n = AST_SEQ_LEN(values);
    if (n > STACK_USE_GUIDELINE) {
        Value empty = str_from_utf8("", 0);
        if (emit_const_steal(c, empty) < 0) return -1;
        if (emit_name(c, LOAD_METHOD, ident("join"), &c->u->names) < 0) return -1;
        if (emit(c, BUILD_LIST, 0) < 0) return -1;
        for (int i = 0; i < n; i++)
            if (compile_expr(c, values->items[i]) < 0 || emit(c, LIST_APPEND, 1) < 0) return -1;
        if (emit(c, PRECALL, 1) < 0) return -1;
        return emit(c, CALL, 1);
    }
    if (compile_exprs(c, values) < 0) return -1;
    return n != 1 ? emit(c, BUILD_STRING, n) : 0;
}

static int compile_formatted_value(Compiler *c, Expr *e) {
    if (compile_expr(c, e->FormattedValue.value) < 0) return -1;
    int arg;
    switch (e->FormattedValue.conversion) {
        case 's': arg = 1; break;
        case 'r': arg = 2; break;
        case 'a': arg = 3; break;
        default: arg = 0; break;
    }
    if (e->FormattedValue.format_spec) {
        if (compile_expr(c, e->FormattedValue.format_spec) < 0) return -1;
        arg |= 4;
    }
    return emit(c, FORMAT_VALUE, arg);
}

int compile_yield_op(Compiler *c) {
    if (c->u->ste->generator && c->u->ste->coroutine && emit(c, ASYNC_GEN_WRAP, 0) < 0) return -1;
    if (emit(c, YIELD_VALUE, 0) < 0) return -1;
    return emit(c, RESUME, 1);
}

static int compile_yield(Compiler *c, Expr *e) {
    if (c->u->ste->kind != BLOCK_FUNCTION) return compiler_error(c, "'yield' outside function");
    if (e->kind == E_Yield) {
        if (e->Yield.value ? compile_expr(c, e->Yield.value) : emit_const(c, NONE)) return -1;
        return compile_yield_op(c);
    }
    if (c->u->kind == UNIT_ASYNC_FUNCTION)
        return compiler_error(c, "'yield from' inside async function");
    if (compile_expr(c, e->YieldFrom.value) < 0 || emit(c, GET_YIELD_FROM_ITER, 0) < 0) return -1;
    if (emit_const(c, NONE) < 0) return -1;
    return add_yield_from(c, false);
}

static int compile_await(Compiler *c, Expr *e) {
    if (c->u->ste->kind != BLOCK_FUNCTION) return compiler_error(c, "'await' outside function");
    if (c->u->kind != UNIT_ASYNC_FUNCTION && c->u->kind != UNIT_COMPREHENSION)
        return compiler_error(c, "'await' outside async function");
    if (compile_expr(c, e->Await.value) < 0 || emit(c, GET_AWAITABLE, 0) < 0) return -1;
    if (emit_const(c, NONE) < 0) return -1;
    return add_yield_from(c, true);
}

static int compile_expr_kind(Compiler *c, Expr *e) {
    switch (e->kind) {
        case E_NamedExpr:
            if (compile_expr(c, e->NamedExpr.value) < 0 || emit(c, COPY, 1) < 0) return -1;
            return compile_expr(c, e->NamedExpr.target);
        case E_BoolOp: return compile_boolop(c, e);
        case E_BinOp:
            if (compile_expr(c, e->BinOp.left) < 0 || compile_expr(c, e->BinOp.right) < 0)
                return -1;
            return emit(c, BINARY_OP, binop_of_operator(e->BinOp.op));
        case E_UnaryOp: {
            if (compile_expr(c, e->UnaryOp.operand) < 0) return -1;
            static const int ops[] = {[UNARYOP_INVERT] = UNARY_INVERT,
                                      [UNARYOP_NOT] = UNARY_NOT,
                                      [UNARYOP_UADD] = UNARY_POSITIVE,
                                      [UNARYOP_USUB] = UNARY_NEGATIVE};
            return emit(c, ops[e->UnaryOp.op], 0);
        }
        case E_Lambda: return compile_lambda(c, e);
        case E_IfExp: return compile_ifexp(c, e);
        case E_Dict: return compile_dict(c, e);
        case E_Set:
            return starunpack_helper(c, e->Set.elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
        case E_ListComp:
        case E_SetComp:
        case E_DictComp:
        case E_GeneratorExp: return compile_comprehension(c, e);
        case E_Yield:
        case E_YieldFrom: return compile_yield(c, e);
        case E_Await: return compile_await(c, e);
        case E_Compare: return compile_compare(c, e);
        case E_Call: return compile_call(c, e);
        case E_Constant: {
            Value v = ast_const(c, &e->Constant.value);
            return v ? emit_const(c, v) : -1;
        }
        case E_JoinedStr: return compile_joined_str(c, e);
        case E_FormattedValue: return compile_formatted_value(c, e);
        case E_Attribute: return compile_attribute(c, e);
        case E_Subscript: {
            int op = e->Subscript.ctx == CTX_LOAD    ? BINARY_SUBSCR
                     : e->Subscript.ctx == CTX_STORE ? STORE_SUBSCR
                                                     : DELETE_SUBSCR;
            if (op == BINARY_SUBSCR &&
                check_subscript(c, e->Subscript.value, e->Subscript.slice) < 0)
                return -1;
            if (compile_expr(c, e->Subscript.value) < 0) return -1;
            if (compile_expr(c, e->Subscript.slice) < 0) return -1;
            return emit(c, op, 0);
        }
        case E_Starred:
            return compiler_error(c, e->Starred.ctx == CTX_STORE
                                         ? "starred assignment target must be in a list or tuple"
                                         : "can't use starred expression here");
        case E_Slice: return compile_slice(c, e);
        case E_Name: return compiler_nameop_id(c, e->Name.id, e->Name.ctx);
        case E_List: return compile_list_or_tuple(c, e->List.elts, e->List.ctx, false);
        case E_Tuple: return compile_list_or_tuple(c, e->Tuple.elts, e->Tuple.ctx, true);
    }
    return 0;
}

int compile_expr(Compiler *c, Expr *e) {
    if (depth_enter(c) < 0) return -1;
    Location saved = c->u->loc;
    set_loc_expr(c, e);
    int r = compile_expr_kind(c, e);
    c->u->loc = saved;
    depth_leave(c);
    return r;
}
