/* compiler.c: the compiler core: code units (one per module, class, function, lambda and
 * comprehension), instruction emission into the control-flow graph, name resolution to
 * LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME, the block stack, unit assembly
 * (cell and free variable slots, prefix instructions, flags) and the entry points. */
#include "compiler.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/complex.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/set.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../parse/parser.h"
#include "../vm/errors.h"
#include "compile.h"

/* ---- emission ---- */

Block *new_block(Compiler *c) { return cfg_new_block(&c->u->cfg); }

void use_next_block(Compiler *c, Block *b) {
    c->u->cur->next = b;
    c->u->cur = b;
}

int next_block(Compiler *c) {
    Block *b = new_block(c);
    if (!b) return -1;
    use_next_block(c, b);
    return 0;
}

static Instr *add_instr(Compiler *c, int op, int arg, Block *target, bool noline) {
    Block *b = c->u->cur;
    /* nothing may follow a jump or an exit inside a block */
    if (b->n && (op_is_terminator(b->instrs[b->n - 1].op) || op_is_jump(b->instrs[b->n - 1].op))) {
        if (next_block(c) < 0) return NULL;
        b = c->u->cur;
    }
    Instr *in = block_add(b);
    if (!in) return NULL;
    in->op = op;
    in->arg = arg;
    in->target = target;
    in->loc = c->u->loc;
    if (noline) in->loc.lineno = -1;
    return in;
}

int emit(Compiler *c, int op, int arg) { return add_instr(c, op, arg, NULL, false) ? 0 : -1; }
int emit_noline(Compiler *c, int op, int arg) { return add_instr(c, op, arg, NULL, true) ? 0 : -1; }
int emit_jump(Compiler *c, int op, Block *target) {
    return add_instr(c, op, 0, target, false) ? 0 : -1;
}
int emit_jump_noline(Compiler *c, int op, Block *target) {
    return add_instr(c, op, 0, target, true) ? 0 : -1;
}

int add_const(Compiler *c, Value v) { return consts_add(&c->u->consts, v); }

int emit_const(Compiler *c, Value v) {
    int i = add_const(c, v);
    return i < 0 ? -1 : emit(c, LOAD_CONST, i);
}

int emit_const_steal(Compiler *c, Value v) {
    if (!v) return -1;
    int r = emit_const(c, v);
    decref(v);
    return r;
}

int emit_name_raw(Compiler *c, int op, Value name, NameMap *map) {
    int i = namemap_index(map, name);
    return i < 0 ? -1 : emit(c, op, i);
}

int emit_name(Compiler *c, int op, Value name, NameMap *map) {
    if (!name) return -1;
    Value mangled = mangle(c->u->private_name, name);
    return mangled ? emit_name_raw(c, op, mangled, map) : -1;
}

void set_loc_expr(Compiler *c, const Expr *e) {
    c->u->loc = (Location){e->lineno, e->end_lineno, e->col_offset, e->end_col_offset};
}

void set_loc_stmt(Compiler *c, const Stmt *s) {
    c->u->loc = (Location){s->lineno, s->end_lineno, s->col_offset, s->end_col_offset};
}

void update_loc_to_attr(Compiler *c, const Expr *attr) {
    if (attr->lineno == attr->end_lineno) return;
    /* a multi-line attribute: start at the attribute name */
    int n = 0;
    for (const unsigned char *p = (const unsigned char *)attr->Attribute.attr; *p; p++)
        n += (*p & 0xC0) != 0x80;
    c->u->loc.lineno = attr->end_lineno;
    c->u->loc.col_offset = attr->end_col_offset - n;
}

int compiler_error(Compiler *c, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Location l = c->u->loc;
    return compile_error_at(&c->source, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset,
                            "%s", msg);
}

int compiler_warn(Compiler *c, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* no warnings registry at compile time: a body compiled twice warns twice, as CPython */
    return compile_warn(&c->source, c->u->loc.lineno, "%s", msg);
}

/* The type an expression evaluates to, when its form tells (for warnings), else NULL. */
static const char *inferred_type_name(Compiler *c, Expr *e) {
    switch (e->kind) {
        case E_Tuple: return "tuple";
        case E_List:
        case E_ListComp: return "list";
        case E_Dict:
        case E_DictComp: return "dict";
        case E_Set:
        case E_SetComp: return "set";
        case E_GeneratorExp: return "generator";
        case E_Lambda: return "function";
        case E_JoinedStr:
        case E_FormattedValue: return "str";
        case E_Constant: {
            Value v = ast_const(c, &e->Constant.value);
            if (!v) {
                err_clear();
                return NULL;
            }
            return type_of(v)->name;
        }
        default: return NULL;
    }
}

int check_caller(Compiler *c, Expr *e) {
    switch (e->kind) {
        case E_Constant:
        case E_Tuple:
        case E_List:
        case E_ListComp:
        case E_Dict:
        case E_DictComp:
        case E_Set:
        case E_SetComp:
        case E_GeneratorExp:
        case E_JoinedStr:
        case E_FormattedValue:
            return compiler_warn(c, "'%.200s' object is not callable; perhaps you missed a comma?",
                                 inferred_type_name(c, e));
        default: return 0;
    }
}

static bool const_is(Compiler *c, Expr *e, bool (*pred)(Value)) {
    Value v = ast_const(c, &e->Constant.value);
    if (!v) err_clear();
    return v && pred(v);
}

static bool unsubscriptable_const(Value v) {
    return v == NONE || v == ELLIPSIS || is_int(v) || is_instance_of(v, &type_float) ||
           is_instance_of(v, &type_complex) || is_instance_of(v, &type_set) ||
           is_instance_of(v, &type_frozenset);
}

static bool sequence_const(Value v) { return is_str(v) || is_bytes(v) || is_tuple(v); }

int check_subscript(Compiler *c, Expr *value, Expr *index) {
    switch (value->kind) {
        case E_Constant:
            if (!const_is(c, value, unsubscriptable_const)) break;
            /* fall through */
        case E_Set:
        case E_SetComp:
        case E_GeneratorExp:
        case E_Lambda:
            return compiler_warn(
                c, "'%.200s' object is not subscriptable; perhaps you missed a comma?",
                inferred_type_name(c, value));
        default: break;
    }
    const char *index_type = inferred_type_name(c, index);
    if (!index_type || strcmp(index_type, "int") == 0 || strcmp(index_type, "bool") == 0) return 0;
    switch (value->kind) {
        case E_Constant:
            if (!const_is(c, value, sequence_const)) return 0;
            /* fall through */
        case E_Tuple:
        case E_List:
        case E_ListComp:
        case E_JoinedStr:
        case E_FormattedValue:
            return compiler_warn(c,
                                 "%.200s indices must be integers or slices, not %.200s; perhaps "
                                 "you missed a comma?",
                                 inferred_type_name(c, value), index_type);
        default: return 0;
    }
}

static bool is_singleton_arg(Compiler *c, Expr *e) {
    if (e->kind != E_Constant) return true;
    Value v = ast_const(c, &e->Constant.value);
    if (!v) err_clear();
    return v == NONE || v == TRUE_VALUE || v == FALSE_VALUE || v == ELLIPSIS;
}

int check_compare(Compiler *c, Expr *e) {
    bool left = is_singleton_arg(c, e->Compare.left);
    for (int i = 0; i < e->Compare.ops->count; i++) {
        CmpOpKind op = e->Compare.ops->items[i];
        bool right = is_singleton_arg(c, e->Compare.comparators->items[i]);
        if ((op == CMPOP_IS || op == CMPOP_ISNOT) && (!left || !right))
            return compiler_warn(c, op == CMPOP_IS
                                        ? "\"is\" with a literal. Did you mean \"==\"?"
                                        : "\"is not\" with a literal. Did you mean \"!=\"?");
        left = right;
    }
    return 0;
}

int depth_enter(Compiler *c) {
    if (++c->depth > c->depth_limit) {
        c->depth--;
        return compile_recursion_error();
    }
    return 0;
}

/* ---- constants ---- */

Value ast_const(Compiler *c, ConstValue *cv) { return const_value(&c->pool, cv); }

bool is_docstring(Compiler *c, StmtSeq *body) {
    if (!AST_SEQ_LEN(body) || c->optimize >= 2) return false;
    Stmt *s = body->items[0];
    if (s->kind != S_Expr || s->ExprStmt.value->kind != E_Constant) return false;
    ConstValue *cv = &s->ExprStmt.value->Constant.value;
    return cv->kind == CONST_STR || (cv->kind == CONST_VALUE && is_str_exact(cv->value));
}

/* ---- names ---- */

int compiler_nameop(Compiler *c, Value name, ExprContext ctx) {
    Unit *u = c->u;
    if (!name) return -1;
    if (str_equal_cstr(name, "__debug__") && ctx != CTX_LOAD)
        return compiler_error(c, ctx == CTX_STORE ? "cannot assign to __debug__"
                                                  : "cannot delete __debug__");
    Value mangled = mangle(u->private_name, name);
    if (!mangled) return -1;
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    NameMap *map = &u->names;
    bool function = u->ste->kind == BLOCK_FUNCTION;
    switch (symblock_scope(u->ste, mangled)) {
        case SCOPE_FREE:
            map = &u->freevars;
            optype = OP_DEREF;
            break;
        case SCOPE_CELL:
            map = &u->cellvars;
            optype = OP_DEREF;
            break;
        case SCOPE_LOCAL:
            if (function) optype = OP_FAST;
            break;
        case SCOPE_GLOBAL_IMPLICIT:
            if (function) optype = OP_GLOBAL;
            break;
        case SCOPE_GLOBAL_EXPLICIT: optype = OP_GLOBAL; break;
        default: break;
    }
    static const int ops[4][3] = {
        [OP_FAST] = {LOAD_FAST, STORE_FAST, DELETE_FAST},
        [OP_GLOBAL] = {LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL},
        [OP_DEREF] = {LOAD_DEREF, STORE_DEREF, DELETE_DEREF},
        [OP_NAME] = {LOAD_NAME, STORE_NAME, DELETE_NAME},
    };
    int k = ctx == CTX_STORE ? 1 : ctx == CTX_DEL ? 2 : 0;
    int op = ops[optype][k];
    if (optype == OP_FAST) return emit_name_raw(c, op, mangled, &u->varnames);
    if (op == LOAD_DEREF && u->ste->kind == BLOCK_CLASS) op = LOAD_CLASSDEREF;
    int arg = namemap_index(map, mangled);
    if (arg < 0) return -1;
    return emit(c, op, op == LOAD_GLOBAL ? arg << 1 : arg);
}

int compiler_nameop_id(Compiler *c, const char *name, ExprContext ctx) {
    Value v = ident(name);
    return v ? compiler_nameop(c, v, ctx) : -1;
}

/* ---- block stack ---- */

int push_fblock(Compiler *c, FBlockKind kind, Block *block, Block *exit) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) return compiler_error(c, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (FBlock){kind, block, exit, NULL, NULL, NULL};
    return 0;
}

FBlock *top_fblock(Compiler *c) { return &c->u->fblocks[c->u->nfblocks - 1]; }

void pop_fblock(Compiler *c) { c->u->nfblocks--; }

/* ---- units ---- */

static int compare_names(const void *a, const void *b) {
    return str_compare(*(Value const *)a, *(Value const *)b);
}

/* Names of ste with the given scope (or flag), sorted, into map with values offset.. */
static int names_by_scope(NameMap *map, SymBlock *ste, int scope, int flag, int offset) {
    Value *names = mem_alloc(sizeof(Value) * (size_t)(ste->symbols.count + 1));
    if (!names) return err_no_memory(), -1;
    int n = 0, flags;
    Value name;
    for (int i = 0; namemap_next(&ste->symbols, &i, &name, &flags);)
        if (((flags >> SCOPE_SHIFT) & 7) == scope || (flags & flag)) names[n++] = name;
    qsort(names, (size_t)n, sizeof(Value), compare_names);
    int r = 0;
    for (int i = 0; i < n && r == 0; i++) r = namemap_set(map, names[i], offset + i);
    mem_free(names);
    return r;
}

static Value make_qualname(Compiler *c, Unit *u) {
    Unit *parent = u->parent;
    if (!parent || parent->kind == UNIT_MODULE) return incref(u->name);
    if (u->kind == UNIT_FUNCTION || u->kind == UNIT_ASYNC_FUNCTION || u->kind == UNIT_CLASS) {
        Value mangled = mangle(parent->private_name, u->name);
        if (!mangled) return NULL;
        if (symblock_scope(parent->ste, mangled) == SCOPE_GLOBAL_EXPLICIT) return incref(u->name);
    }
    (void)c;
    bool in_function = parent->kind == UNIT_FUNCTION || parent->kind == UNIT_ASYNC_FUNCTION ||
                       parent->kind == UNIT_LAMBDA;
    return str_from_format(in_function ? "%U.<locals>.%U" : "%U.%U", parent->qualname, u->name);
}

static void unit_free(Unit *u) {
    xdecref(u->qualname);
    consts_clear(&u->consts);
    namemap_clear(&u->names);
    namemap_clear(&u->varnames);
    namemap_clear(&u->cellvars);
    namemap_clear(&u->freevars);
    cfg_clear(&u->cfg);
    mem_free(u);
}

int enter_scope(Compiler *c, Value name, UnitKind kind, const void *key, int lineno) {
    Unit *u = mem_calloc(1, sizeof(Unit));
    if (!u) return err_no_memory(), -1;
    u->kind = kind;
    u->name = name;
    u->firstlineno = lineno;
    u->consts.pool = &c->pool;
    u->parent = c->u;
    u->ste = symtable_lookup(c->st, key);
    if (!u->ste) {
        mem_free(u);
        err_set_str(&exc_SystemError, "compiler: no symbol table for a scope");
        return -1;
    }
    c->u = u;
    if (u->parent) u->private_name = u->parent->private_name;
    if (namemap_update(&u->varnames, &u->ste->params) < 0) goto fail;
    if (u->ste->needs_class_closure) {
        if (namemap_set(&u->cellvars, NAME(__class__), 0) < 0) goto fail;
    } else if (names_by_scope(&u->cellvars, u->ste, SCOPE_CELL, 0, 0) < 0) {
        goto fail;
    }
    if (names_by_scope(&u->freevars, u->ste, SCOPE_FREE, DEF_FREE_CLASS, u->cellvars.count) < 0)
        goto fail;
    u->cur = u->cfg.entry = new_block(c);
    if (!u->cur) goto fail;
    c->nestlevel++;
    u->loc = (Location){lineno, lineno, 0, 0};
    if (kind == UNIT_MODULE) {
        u->loc.lineno = 0;
        u->qualname = incref(name);
    } else if (!(u->qualname = make_qualname(c, u))) {
        goto fail;
    }
    return emit(c, RESUME, 0);
fail:
    c->u = u->parent;
    unit_free(u);
    return -1;
}

void exit_scope(Compiler *c) {
    Unit *u = c->u;
    c->nestlevel--;
    c->u = u->parent;
    unit_free(u);
}

/* ---- assembly of a unit ---- */

enum {
    CO_FUTURE_ANNOTATIONS = 0x1000000,
    CO_FUTURE_BARRY_AS_BDFL = 0x400000,
};

static int code_flags(Compiler *c) {
    SymBlock *ste = c->u->ste;
    int flags = 0;
    if (ste->kind == BLOCK_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->nested) flags |= CO_NESTED;
        if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
        if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
        if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->varargs) flags |= CO_VARARGS;
        if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (c->future & FUTURE_ANNOTATIONS) flags |= CO_FUTURE_ANNOTATIONS;
    if (c->future & FUTURE_BARRY) flags |= CO_FUTURE_BARRY_AS_BDFL;
    return flags;
}

static bool is_deref_op(int op) {
    return op == MAKE_CELL || op == LOAD_CLOSURE || op == LOAD_DEREF || op == STORE_DEREF ||
           op == DELETE_DEREF || op == LOAD_CLASSDEREF;
}

/* Cell/free indexes (cells first, then frees) -> localsplus slots: a cell that is also a
 * parameter uses the parameter's slot; the other cells and the frees follow the locals. */
static int *cell_slots(Unit *u) {
    int nlocals = u->varnames.count, ncells = u->cellvars.count;
    int n = ncells + u->freevars.count;
    int *fixed = mem_alloc(sizeof(int) * (size_t)(n + 1));
    if (!fixed) {
        err_no_memory();
        return NULL;
    }
    Value name;
    int index, slot;
    for (int i = 0; i < n; i++) fixed[i] = nlocals + i;
    for (int i = 0; namemap_next(&u->cellvars, &i, &name, &index);)
        if (namemap_get(&u->varnames, name, &slot)) fixed[index] = slot;
    int dropped = 0;
    for (int i = 0; i < n; i++) {
        if (fixed[i] == i + nlocals)
            fixed[i] -= dropped;
        else
            dropped++;
    }
    return fixed;
}

static int insert_prefix(Unit *u, const int *fixed, int flags) {
    Block *entry = u->cfg.entry;
    Location noloc = {-1, -1, -1, -1};
    if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
        Instr gen = {.op = RETURN_GENERATOR, .loc = {u->firstlineno, u->firstlineno, -1, -1}};
        Instr pop = {.op = POP_TOP, .loc = noloc};
        if (block_insert(entry, 0, &gen) < 0 || block_insert(entry, 1, &pop) < 0) return -1;
    }
    /* MAKE_CELL in slot order */
    int ncells = u->cellvars.count, nslots = u->varnames.count + ncells, used = 0;
    for (int slot = 0; slot < nslots && used < ncells; slot++) {
        for (int i = 0; i < ncells; i++) {
            if (fixed[i] != slot) continue;
            Instr mk = {.op = MAKE_CELL, .arg = i, .loc = noloc};
            if (block_insert(entry, used++, &mk) < 0) return -1;
        }
    }
    if (u->freevars.count) {
        Instr copy = {.op = COPY_FREE_VARS, .arg = u->freevars.count, .loc = noloc};
        if (block_insert(entry, 0, &copy) < 0) return -1;
    }
    return 0;
}

static void fix_cell_offsets(Unit *u, const int *fixed) {
    for (Block *b = u->cfg.blocks; b; b = b->list)
        for (int i = 0; i < b->n; i++)
            if (is_deref_op(b->instrs[i].op)) b->instrs[i].arg = fixed[b->instrs[i].arg];
}

static Value names_tuple(const NameMap *m) {
    Value t = tuple_new(m->count);
    if (!t) return NULL;
    Value name;
    int index;
    for (int i = 0; namemap_next(m, &i, &name, &index);) tuple_items(t)[index] = incref(name);
    return t;
}

/* localsplus names and kinds: locals, then cells that are not parameters, then frees. */
static int localsplus(Unit *u, const int *fixed, Value *names, Value *kinds) {
    int nlocals = u->varnames.count, ncells = u->cellvars.count, nfree = u->freevars.count;
    int n = nlocals, index;
    for (int i = 0; i < ncells; i++) n += fixed[i] >= nlocals;
    n += nfree;
    *names = tuple_new(n);
    *kinds = bytes_new(NULL, n);
    if (!*names || !*kinds) return -1;
    Value name;
    char *k = bytes_data(*kinds);
    for (int i = 0; namemap_next(&u->varnames, &i, &name, &index);) {
        tuple_items(*names)[index] = incref(name);
        k[index] = CO_FAST_LOCAL;
    }
    for (int i = 0; namemap_next(&u->cellvars, &i, &name, &index);) {
        int slot = fixed[index];
        if (slot < nlocals) {
            k[slot] |= CO_FAST_CELL;
            continue;
        }
        tuple_items(*names)[slot] = incref(name);
        k[slot] = CO_FAST_CELL;
    }
    for (int i = 0; namemap_next(&u->freevars, &i, &name, &index);) {
        int slot = fixed[index];
        tuple_items(*names)[slot] = incref(name);
        k[slot] = (char)CO_FAST_FREE;
    }
    return 0;
}

Value assemble_unit(Compiler *c, bool add_none) {
    Unit *u = c->u;
    Block *cur = u->cur;
    if (!cur->n || cur->instrs[cur->n - 1].op != RETURN_VALUE) {
        unset_loc(c);
        if (add_none && emit_const(c, NONE) < 0) return NULL;
        if (emit(c, RETURN_VALUE, 0) < 0) return NULL;
    }
    int flags = code_flags(c);
    int *fixed = cell_slots(u);
    if (!fixed) return NULL;
    Value names = NULL, lp_names = NULL, lp_kinds = NULL, code = NULL;
    if (insert_prefix(u, fixed, flags) < 0) goto done;
    fix_cell_offsets(u, fixed);
    names = names_tuple(&u->names);
    if (!names || localsplus(u, fixed, &lp_names, &lp_kinds) < 0) goto done;
    AssembleInput in = {
        .cfg = &u->cfg,
        .consts = &u->consts,
        .names = names,
        .localsplusnames = lp_names,
        .localspluskinds = lp_kinds,
        .filename = c->filename,
        .name = u->name,
        .qualname = u->qualname,
        .argcount = u->argcount + u->posonlyargcount,
        .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount,
        .flags = flags,
        .firstlineno = u->firstlineno,
    };
    code = flow_assemble(&in);
done:
    mem_free(fixed);
    xdecref(names);
    xdecref(lp_names);
    xdecref(lp_kinds);
    return code;
}

/* ---- __future__ ---- */

static int future_features(Compiler *c, StmtSeq *body) {
    static const char *const known[] = {"nested_scopes",    "generators",     "division",
                                        "absolute_import",  "with_statement", "print_function",
                                        "unicode_literals", "generator_stop", NULL};
    int i = 0;
    if (is_docstring(c, body)) i = 1; /* a docstring may precede the imports */
    for (; i < AST_SEQ_LEN(body); i++) {
        Stmt *s = body->items[i];
        if (s->kind != S_ImportFrom || !s->ImportFrom.module ||
            strcmp(s->ImportFrom.module, "__future__") != 0 || s->ImportFrom.level != 0)
            break;
        c->future_lineno = s->lineno;
        for (int k = 0; k < AST_SEQ_LEN(s->ImportFrom.names); k++) {
            Alias *a = s->ImportFrom.names->items[k];
            const char *f = a->name;
            bool ok = false;
            for (int j = 0; known[j]; j++) ok |= strcmp(f, known[j]) == 0;
            if (strcmp(f, "annotations") == 0) {
                c->future |= FUTURE_ANNOTATIONS;
            } else if (strcmp(f, "barry_as_FLUFL") == 0) {
                c->future |= FUTURE_BARRY;
            } else if (strcmp(f, "braces") == 0) {
                /* located at the statement, without an end column, as CPython */
                return compile_error_at(&c->source, s->lineno, s->col_offset, s->lineno, -1,
                                        "not a chance");
            } else if (!ok) {
                return compile_error_at(&c->source, s->lineno, s->col_offset, s->lineno, -1,
                                        "future feature %s is not defined", f);
            }
        }
    }
    return 0;
}

/* ---- entry points ---- */

static Value compile_mod(Compiler *c, Mod *mod) {
    Value name = ident("<module>");
    if (!name || enter_scope(c, name, UNIT_MODULE, mod, 1) < 0) return NULL;
    int r = 0;
    bool add_none = true;
    switch (mod->kind) {
        case M_Module: r = compile_body(c, mod->Module.body); break;
        case M_Interactive:
            c->interactive = true;
            r = compile_stmts(c, mod->Interactive.body);
            break;
        case M_Expression:
            r = compile_expr(c, mod->Expression.body);
            add_none = false;
            break;
        case M_FunctionType:
            r = -1;
            err_set_str(&exc_ValueError, "cannot compile a function type");
            break;
    }
    Value code = r < 0 ? NULL : assemble_unit(c, add_none);
    exit_scope(c);
    return code;
}

Value compile_module(Mod *mod, Value filename, int mode, int optimize, Arena *arena,
                     const char *src, size_t len) {
    (void)mode;
    Compiler c = {0};
    c.filename = filename;
    c.optimize = optimize;
    c.source = (SourceRef){str_utf8(filename), src, len};
    if (!c.source.filename) return NULL;
    c.pool.src = src;
    c.pool.len = len;
    c.depth_limit = compile_depth_limit();
    Value code = NULL;
    StmtSeq *body = mod->kind == M_Module ? mod->Module.body : NULL;
    if (future_features(&c, body) < 0) goto done;
    if (fold_module(mod, &c.pool, arena, optimize, c.future & FUTURE_ANNOTATIONS) < 0) goto done;
    c.st = symtable_build(mod, &c.source, c.future);
    if (!c.st) goto done;
    code = compile_mod(&c, mod);
done:
    while (c.u) exit_scope(&c);
    symtable_free(c.st);
    const_pool_clear(&c.pool);
    return code;
}

Value compile_source_opt(const char *src, size_t len, const char *filename, int mode,
                         int from_string, int optimize) {
    Arena *arena = arena_new();
    if (!arena) return err_no_memory();
    SyntaxErrorInfo err = {0};
    ParseMode pm = mode == COMPILE_EVAL     ? PARSE_EVAL
                   : mode == COMPILE_SINGLE ? PARSE_SINGLE
                                            : PARSE_FILE;
    int flags = from_string == 2 ? PARSE_FROM_BYTES : from_string ? PARSE_FROM_STRING : 0;
    Mod *mod = parse_source(src, len, filename, pm, flags, arena, &err);
    Value code = NULL;
    if (!mod) {
        err_from_syntax_info(&err, filename);
        syntax_error_clear(&err);
    } else {
        Value fname = str_from_utf8(filename, strlen(filename));
        if (fname) {
            code = compile_module(mod, fname, mode, optimize, arena, src, len);
            decref(fname);
        }
    }
    arena_free(arena);
    return code;
}

Value compile_source(const char *src, size_t len, const char *filename, int mode, int from_string) {
    return compile_source_opt(src, len, filename, mode, from_string, 0);
}
