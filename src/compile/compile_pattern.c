/* compile_pattern.c: the match statement. Each case's pattern runs on a copy of the
 * subject; captured values stay on the stack (below anything still being matched) and are
 * stored only once the whole pattern matched; a failed test jumps to the fail_pop block
 * that pops exactly what is on the stack at that point. As CPython 3.11. */
#include <string.h>

#include "../memory/alloc.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "compiler.h"

typedef struct Names {
    Value *items; /* interned names */
    int n, cap;
} Names;

typedef struct PatternContext {
    Names stores; /* names captured so far, in stack order */
    bool allow_irrefutable;
    Block **fail_pop; /* fail_pop[k]: pops k items, then fails */
    int fail_pop_size;
    int on_top; /* items above the captures */
} PatternContext;

static int names_push(Names *s, Value name) {
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        Value *items = mem_realloc(s->items, sizeof(Value) * (size_t)cap);
        if (!items) return err_no_memory(), -1;
        s->items = items;
        s->cap = cap;
    }
    s->items[s->n++] = name;
    return 0;
}

static int names_index(const Names *s, Value name) {
    for (int i = 0; i < s->n; i++)
        if (s->items[i] == name) return i;
    return -1;
}

static bool is_wildcard(const Pattern *p) { return p->kind == P_MatchAs && !p->MatchAs.name; }
static bool is_star_wildcard(const Pattern *p) {
    return p->kind == P_MatchStar && !p->MatchStar.name;
}

static void set_loc_pattern(Compiler *c, const Pattern *p) {
    c->u->loc = (Location){p->lineno, p->end_lineno, p->col_offset, p->end_col_offset};
}

static int ensure_fail_pop(Compiler *c, PatternContext *pc, int n) {
    int size = n + 1;
    if (size <= pc->fail_pop_size) return 0;
    Block **resized = mem_realloc(pc->fail_pop, sizeof(Block *) * (size_t)size);
    if (!resized) return err_no_memory(), -1;
    pc->fail_pop = resized;
    while (pc->fail_pop_size < size) {
        Block *b = new_block(c);
        if (!b) return -1;
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 0;
}

static int jump_to_fail_pop(Compiler *c, PatternContext *pc, int op) {
    int pops = pc->on_top + pc->stores.n;
    if (ensure_fail_pop(c, pc, pops) < 0) return -1;
    if (emit_jump(c, op, pc->fail_pop[pops]) < 0) return -1;
    return next_block(c);
}

static void reset_fail_pop(PatternContext *pc) {
    mem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
}

static int emit_and_reset_fail_pop(Compiler *c, PatternContext *pc) {
    if (!pc->fail_pop_size) return next_block(c);
    while (--pc->fail_pop_size) {
        use_next_block(c, pc->fail_pop[pc->fail_pop_size]);
        if (emit(c, POP_TOP, 0) < 0) {
            reset_fail_pop(pc);
            return -1;
        }
    }
    use_next_block(c, pc->fail_pop[0]);
    reset_fail_pop(pc);
    return 0;
}

static int rotate(Compiler *c, int count) {
    while (count > 1)
        if (emit(c, SWAP, count--) < 0) return -1;
    return 0;
}

static int duplicate_store(Compiler *c, Value name) {
    return compiler_error(c, "multiple assignments to name '%s' in pattern", str_utf8(name));
}

static int store_name(Compiler *c, const char *id, PatternContext *pc) {
    if (!id) return emit(c, POP_TOP, 0);
    if (strcmp(id, "__debug__") == 0) return compiler_error(c, "cannot assign to __debug__");
    Value name = ident(id);
    if (!name) return -1;
    if (names_index(&pc->stores, name) >= 0) return duplicate_store(c, name);
    /* move the value below everything that must stay on top */
    if (rotate(c, pc->on_top + pc->stores.n + 1) < 0) return -1;
    return names_push(&pc->stores, name);
}

static int compile_pattern(Compiler *c, Pattern *p, PatternContext *pc);

static int subpattern(Compiler *c, Pattern *p, PatternContext *pc) {
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    if (compile_pattern(c, p, pc) < 0) return -1;
    pc->allow_irrefutable = allow;
    return 0;
}

static int emit_size_const(Compiler *c, intptr_t n) { return emit_const(c, small_int(n)); }

static int unpack_patterns(Compiler *c, PatternSeq *elts) {
    int n = AST_SEQ_LEN(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != P_MatchStar) continue;
        if (seen_star) return compiler_error(c, "multiple starred expressions in sequence pattern");
        if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8))
            return compiler_error(c, "too many expressions in star-unpacking sequence pattern");
        if (emit(c, UNPACK_EX, i + ((n - i - 1) << 8)) < 0) return -1;
        seen_star = true;
    }
    return seen_star ? 0 : emit(c, UNPACK_SEQUENCE, n);
}

static int sequence_unpack(Compiler *c, PatternSeq *patterns, PatternContext *pc) {
    if (unpack_patterns(c, patterns) < 0) return -1;
    int size = AST_SEQ_LEN(patterns);
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        if (subpattern(c, patterns->items[i], pc) < 0) return -1;
    }
    return 0;
}

/* [a, *_, b]: index the subject instead of unpacking it */
static int sequence_subscr(Compiler *c, PatternSeq *patterns, int star, PatternContext *pc) {
    pc->on_top++;
    int size = AST_SEQ_LEN(patterns);
    for (int i = 0; i < size; i++) {
        Pattern *p = patterns->items[i];
        if (is_wildcard(p) || i == star) continue;
        if (emit(c, COPY, 1) < 0) return -1;
        if (i < star) {
            if (emit_size_const(c, i) < 0) return -1;
        } else {
            if (emit(c, GET_LEN, 0) < 0 || emit_size_const(c, size - i) < 0) return -1;
            if (emit(c, BINARY_OP, BINOP_SUBTRACT) < 0) return -1;
        }
        if (emit(c, BINARY_SUBSCR, 0) < 0 || subpattern(c, p, pc) < 0) return -1;
    }
    pc->on_top--;
    return emit(c, POP_TOP, 0);
}

static int pattern_sequence(Compiler *c, Pattern *p, PatternContext *pc) {
    PatternSeq *patterns = p->MatchSequence.patterns;
    int size = AST_SEQ_LEN(patterns), star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        Pattern *q = patterns->items[i];
        if (q->kind == P_MatchStar) {
            if (star >= 0) return compiler_error(c, "multiple starred names in sequence pattern");
            star_wildcard = is_star_wildcard(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= is_wildcard(q);
    }
    pc->on_top++;
    if (emit(c, MATCH_SEQUENCE, 0) < 0 || jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE) < 0) return -1;
    if (star < 0 || size > 1) { /* len == size, or len >= size - 1 with a star */
        if (emit(c, GET_LEN, 0) < 0 || emit_size_const(c, star < 0 ? size : size - 1) < 0)
            return -1;
        if (emit(c, COMPARE_OP, star < 0 ? CMP_EQ : CMP_GE) < 0) return -1;
        if (jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE) < 0) return -1;
    }
    pc->on_top--;
    if (only_wildcard) return emit(c, POP_TOP, 0);
    if (star_wildcard) return sequence_subscr(c, patterns, star, pc);
    return sequence_unpack(c, patterns, pc);
}

static int pattern_as(Compiler *c, Pattern *p, PatternContext *pc) {
    if (!p->MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->MatchAs.name)
                return compiler_error(c, "name capture '%s' makes remaining patterns unreachable",
                                      p->MatchAs.name);
            return compiler_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->MatchAs.name, pc);
    }
    pc->on_top++;
    if (emit(c, COPY, 1) < 0 || compile_pattern(c, p->MatchAs.pattern, pc) < 0) return -1;
    pc->on_top--;
    return store_name(c, p->MatchAs.name, pc);
}

static int pattern_class(Compiler *c, Pattern *p, PatternContext *pc) {
    PatternSeq *patterns = p->MatchClass.patterns, *kwd_patterns = p->MatchClass.kwd_patterns;
    IdentSeq *attrs = p->MatchClass.kwd_attrs;
    int nargs = AST_SEQ_LEN(patterns), nattrs = AST_SEQ_LEN(attrs);
    if (nattrs != AST_SEQ_LEN(kwd_patterns))
        return compiler_error(c, "kwd_attrs / kwd_patterns length mismatch in class pattern");
    if (nattrs) {
        for (int i = 0; i < nattrs; i++) {
            set_loc_pattern(c, kwd_patterns->items[i]);
            if (strcmp(attrs->items[i], "__debug__") == 0)
                return compiler_error(c, "cannot assign to __debug__");
            for (int j = i + 1; j < nattrs; j++) {
                if (strcmp(attrs->items[i], attrs->items[j]) != 0) continue;
                set_loc_pattern(c, kwd_patterns->items[j]);
                return compiler_error(c, "attribute name repeated in class pattern: %s",
                                      attrs->items[i]);
            }
        }
        set_loc_pattern(c, p);
    }
    if (compile_expr(c, p->MatchClass.cls) < 0) return -1;
    Value names = tuple_new(nattrs);
    if (!names) return -1;
    for (int i = 0; i < nattrs; i++) {
        Value v = ident(attrs->items[i]);
        if (!v) {
            decref(names);
            return -1;
        }
        tuple_items(names)[i] = incref(v);
    }
    if (emit_const_steal(c, names) < 0 || emit(c, MATCH_CLASS, nargs) < 0) return -1;
    if (emit(c, COPY, 1) < 0 || emit_const(c, NONE) < 0 || emit(c, IS_OP, 1) < 0) return -1;
    pc->on_top++; /* the tuple of attributes (or None) */
    if (jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE) < 0) return -1;
    if (emit(c, UNPACK_SEQUENCE, nargs + nattrs) < 0) return -1;
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *q = i < nargs ? patterns->items[i] : kwd_patterns->items[i - nargs];
        if (is_wildcard(q)) {
            if (emit(c, POP_TOP, 0) < 0) return -1;
            continue;
        }
        if (subpattern(c, q, pc) < 0) return -1;
    }
    return 0;
}

/* Raises for a literal key equal to an earlier one. */
static int check_duplicate_key(Compiler *c, ExprSeq *keys, int i) {
    Value v = ast_const(c, &keys->items[i]->Constant.value);
    if (!v) return -1;
    for (int j = 0; j < i; j++) {
        if (keys->items[j]->kind != E_Constant) continue;
        Value w = ast_const(c, &keys->items[j]->Constant.value);
        int eq = w ? object_richcompare_bool(v, w, CMP_EQ) : -1;
        if (eq < 0) return -1;
        if (!eq) continue;
        Value r = object_repr(v);
        if (!r) return -1;
        compiler_error(c, "mapping pattern checks duplicate key (%s)", str_utf8(r));
        decref(r);
        return -1;
    }
    return 0;
}

static int pattern_mapping(Compiler *c, Pattern *p, PatternContext *pc) {
    ExprSeq *keys = p->MatchMapping.keys;
    PatternSeq *patterns = p->MatchMapping.patterns;
    int size = AST_SEQ_LEN(keys);
    if (size != AST_SEQ_LEN(patterns))
        return compiler_error(c, "keys / patterns length mismatch in mapping pattern");
    const char *star_target = p->MatchMapping.rest;
    pc->on_top++;
    if (emit(c, MATCH_MAPPING, 0) < 0 || jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE) < 0) return -1;
    if (!size && !star_target) {
        pc->on_top--;
        return emit(c, POP_TOP, 0);
    }
    if (size) {
        if (emit(c, GET_LEN, 0) < 0 || emit_size_const(c, size) < 0) return -1;
        if (emit(c, COMPARE_OP, CMP_GE) < 0 || jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE) < 0)
            return -1;
    }
    for (int i = 0; i < size; i++) {
        Expr *key = keys->items[i];
        if (!key) {
            set_loc_pattern(c, patterns->items[i]);
            return compiler_error(c, "can't use NULL keys in MatchMapping (set 'rest' parameter "
                                     "instead)");
        }
        if (key->kind == E_Constant) {
            if (check_duplicate_key(c, keys, i) < 0) return -1;
        } else if (key->kind != E_Attribute) {
            return compiler_error(c, "mapping pattern keys may only match literals and attribute "
                                     "lookups");
        }
        if (compile_expr(c, key) < 0) return -1;
    }
    if (emit(c, BUILD_TUPLE, size) < 0 || emit(c, MATCH_KEYS, 0) < 0) return -1;
    pc->on_top += 2; /* the keys and the values (or None) */
    if (emit(c, COPY, 1) < 0 || emit_const(c, NONE) < 0 || emit(c, IS_OP, 1) < 0) return -1;
    if (jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE) < 0) return -1;
    if (emit(c, UNPACK_SEQUENCE, size) < 0) return -1;
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        if (subpattern(c, patterns->items[i], pc) < 0) return -1;
    }
    pc->on_top -= 2;
    if (!star_target) {
        if (emit(c, POP_TOP, 0) < 0) return -1; /* the keys */
        return emit(c, POP_TOP, 0);             /* the subject */
    }
    /* rest = dict(subject); del rest[key] for each key */
    if (emit(c, BUILD_MAP, 0) < 0 || emit(c, SWAP, 3) < 0 || emit(c, DICT_UPDATE, 2) < 0) return -1;
    if (emit(c, UNPACK_SEQUENCE, size) < 0) return -1;
    while (size) {
        if (emit(c, COPY, 1 + size--) < 0 || emit(c, SWAP, 2) < 0) return -1;
        if (emit(c, DELETE_SUBSCR, 0) < 0) return -1;
    }
    return store_name(c, star_target, pc);
}

/* Brings an alternative's captures into the order of the first alternative's. */
static int reorder_captures(Compiler *c, PatternContext *pc, const Names *control) {
    for (int icontrol = control->n - 1; icontrol >= 0; icontrol--) {
        int istores = names_index(&pc->stores, control->items[icontrol]);
        if (istores < 0) return 1;
        if (icontrol == istores) continue;
        int rotations = istores + 1;
        /* stores[:rotations] move to position icontrol - istores */
        Value moved[256];
        if (rotations > 256) return err_no_memory(), -1;
        memcpy(moved, pc->stores.items, sizeof(Value) * (size_t)rotations);
        memmove(pc->stores.items, pc->stores.items + rotations,
                sizeof(Value) * (size_t)(pc->stores.n - rotations));
        int at = icontrol - istores;
        memmove(pc->stores.items + at + rotations, pc->stores.items + at,
                sizeof(Value) * (size_t)(pc->stores.n - rotations - at));
        memcpy(pc->stores.items + at, moved, sizeof(Value) * (size_t)rotations);
        while (rotations--)
            if (rotate(c, icontrol + 1) < 0) return -1;
    }
    return 0;
}

static int pattern_or_alternatives(Compiler *c, Pattern *p, PatternContext *pc, PatternContext *old,
                                   Names *control, Block *end) {
    int size = p->MatchOr.patterns->count;
    for (int i = 0; i < size; i++) {
        Pattern *alt = p->MatchOr.patterns->items[i];
        set_loc_pattern(c, alt);
        pc->stores.n = 0;
        pc->allow_irrefutable = i == size - 1 && old->allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (emit(c, COPY, 1) < 0 || compile_pattern(c, alt, pc) < 0) return -1;
        if (i == 0) {
            for (int k = 0; k < pc->stores.n; k++)
                if (names_push(control, pc->stores.items[k]) < 0) return -1;
        } else if (pc->stores.n != control->n) {
            return 1;
        } else if (pc->stores.n) {
            int r = reorder_captures(c, pc, control);
            if (r) return r;
        }
        if (emit_jump(c, JUMP, end) < 0 || emit_and_reset_fail_pop(c, pc) < 0) return -1;
    }
    return 0;
}

static int pattern_or(Compiler *c, Pattern *p, PatternContext *pc) {
    Block *end = new_block(c);
    if (!end) return -1;
    PatternContext old = *pc;
    Names control = {0};
    pc->stores = (Names){0};
    int r = pattern_or_alternatives(c, p, pc, &old, &control, end);
    mem_free(pc->stores.items);
    mem_free(pc->fail_pop);
    *pc = old;
    if (r == 1) compiler_error(c, "alternative patterns bind different names");
    if (r) goto done;
    r = -1;
    /* no alternative matched: pop the copy of the subject and fail */
    if (emit(c, POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, JUMP) < 0) goto done;
    use_next_block(c, end);
    int nrots = control.n + 1 + pc->on_top + pc->stores.n;
    for (int i = 0; i < control.n; i++) {
        if (rotate(c, nrots) < 0) goto done;
        if (names_index(&pc->stores, control.items[i]) >= 0) {
            duplicate_store(c, control.items[i]);
            goto done;
        }
        if (names_push(&pc->stores, control.items[i]) < 0) goto done;
    }
    r = emit(c, POP_TOP, 0); /* the copy of the subject */
done:
    mem_free(control.items);
    return r;
}

static int compile_pattern_kind(Compiler *c, Pattern *p, PatternContext *pc) {
    set_loc_pattern(c, p);
    switch (p->kind) {
        case P_MatchValue: {
            Expr *value = p->MatchValue.value;
            if (value->kind != E_Constant && value->kind != E_Attribute)
                return compiler_error(c, "patterns may only match literals and attribute lookups");
            if (compile_expr(c, value) < 0 || emit(c, COMPARE_OP, CMP_EQ) < 0) return -1;
            return jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
        }
        case P_MatchSingleton: {
            Value v = ast_const(c, &p->MatchSingleton.value);
            if (!v || emit_const(c, v) < 0 || emit(c, IS_OP, 0) < 0) return -1;
            return jump_to_fail_pop(c, pc, POP_JUMP_IF_FALSE);
        }
        case P_MatchSequence: return pattern_sequence(c, p, pc);
        case P_MatchMapping: return pattern_mapping(c, p, pc);
        case P_MatchClass: return pattern_class(c, p, pc);
        case P_MatchStar: return store_name(c, p->MatchStar.name, pc);
        case P_MatchAs: return pattern_as(c, p, pc);
        case P_MatchOr: return pattern_or(c, p, pc);
    }
    return compiler_error(c, "invalid match pattern node in AST");
}

static int compile_pattern(Compiler *c, Pattern *p, PatternContext *pc) {
    if (depth_enter(c) < 0) return -1;
    int r = compile_pattern_kind(c, p, pc);
    depth_leave(c);
    return r;
}

static int compile_case(Compiler *c, MatchCase *m, bool last_tested, bool last, Block *end,
                        PatternContext *pc) {
    set_loc_pattern(c, m->pattern);
    if (!last_tested && emit(c, COPY, 1) < 0) return -1; /* keep the subject for the next case */
    pc->stores.n = 0;
    pc->allow_irrefutable = m->guard || last;
    pc->fail_pop = NULL;
    pc->fail_pop_size = 0;
    pc->on_top = 0;
    if (compile_pattern(c, m->pattern, pc) < 0) return -1;
    for (int n = 0; n < pc->stores.n; n++)
        if (compiler_nameop(c, pc->stores.items[n], CTX_STORE) < 0) return -1;
    if (m->guard) {
        if (ensure_fail_pop(c, pc, 0) < 0) return -1;
        if (compile_jump_if(c, m->guard, pc->fail_pop[0], false) < 0) return -1;
    }
    if (!last_tested && emit(c, POP_TOP, 0) < 0) return -1;
    if (compile_stmts(c, m->body) < 0 || emit_jump(c, JUMP, end) < 0) return -1;
    set_loc_pattern(c, m->pattern); /* the failure path belongs to the pattern's line */
    return emit_and_reset_fail_pop(c, pc);
}

int compile_match(Compiler *c, Stmt *s) {
    if (compile_expr(c, s->Match.subject) < 0) return -1;
    Block *end = new_block(c);
    if (!end) return -1;
    MatchCaseSeq *cases = s->Match.cases;
    int n = cases->count;
    MatchCase *m = cases->items[n - 1];
    bool has_default = is_wildcard(m->pattern) && n > 1;
    PatternContext pc = {0};
    int r = 0;
    for (int i = 0; i < n - has_default && r == 0; i++)
        r = compile_case(c, cases->items[i], i == n - has_default - 1, i == n - 1, end, &pc);
    mem_free(pc.stores.items);
    mem_free(pc.fail_pop);
    if (r < 0) return -1;
    if (has_default) {
        set_loc_pattern(c, m->pattern);
        if (emit(c, n == 1 ? POP_TOP : NOP, 0) < 0) return -1;
        if (m->guard && compile_jump_if(c, m->guard, end, false) < 0) return -1;
        if (compile_stmts(c, m->body) < 0) return -1;
    }
    use_next_block(c, end);
    return 0;
}
