/* fold.c: AST literal conversion and the constant folder of fold.h. A fold that would
 * raise, or produce a too large value (CPython's limits: 128-bit ints, 256-item
 * collections, 4096-character strings), leaves the node unchanged. */
#include "fold.h"

#include <gmp.h>
#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/complex.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/str.h"
#include "../object/set.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "../parse/tokenizer.h"
#include "compile_error.h"
#include "startup_names.h"

/* ---- literal values ---- */

int binop_of_operator(OperatorKind op) {
    static const int binops[] = {
        [OP_ADD] = BINOP_ADD,
        [OP_SUB] = BINOP_SUBTRACT,
        [OP_MULT] = BINOP_MULTIPLY,
        [OP_MATMULT] = BINOP_MATRIX_MULTIPLY,
        [OP_DIV] = BINOP_TRUE_DIVIDE,
        [OP_MOD] = BINOP_REMAINDER,
        [OP_POW] = BINOP_POWER,
        [OP_LSHIFT] = BINOP_LSHIFT,
        [OP_RSHIFT] = BINOP_RSHIFT,
        [OP_BITOR] = BINOP_OR,
        [OP_BITXOR] = BINOP_XOR,
        [OP_BITAND] = BINOP_AND,
        [OP_FLOORDIV] = BINOP_FLOOR_DIVIDE,
    };
    return binops[op];
}
static bool all_name_chars(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_'))
            return false;
    }
    return true;
}

int const_set_value(ConstPool *pool, ConstValue *cv, Value v) {
    if (!v) return -1;
    if (pool->n == pool->cap) {
        int cap = pool->cap ? pool->cap * 2 : 32;
        Value *items = mem_realloc(pool->items, sizeof(Value) * (size_t)cap);
        if (!items) {
            decref(v);
            return err_no_memory(), -1;
        }
        pool->items = items;
        pool->cap = cap;
    }
    pool->items[pool->n++] = v;
    *cv = (ConstValue){.kind = CONST_VALUE, .value = v};
    return 0;
}

/* str_intern(s), recording s in pool->fresh when it is the first of its value */
static Value intern_const(ConstPool *pool, Value s) {
    Value created = s;
    s = str_intern(s);
    if (!s || s != created) return s;
    if (!pool->fresh && !(pool->fresh = set_new_from(&type_set, NULL))) return NULL;
    return set_add(pool->fresh, s) < 0 ? NULL : s;
}

/* The set of the NAME tokens of pool->src (empty when unknown; a scan that fails keeps
 * the names before the failure). */
static Value source_names(ConstPool *pool) {
    if (pool->source_names) return pool->source_names;
    Value names = set_new_from(&type_set, NULL);
    Tokenizer *tz = names && pool->src ? tokenizer_new(pool->src, pool->len, 0, 0) : NULL;
    Token tok;
    TokenKind kind;
    while (tz && (kind = tokenizer_next(tz, &tok)) != TOK_ENDMARKER && kind != TOK_ERRORTOKEN) {
        if (kind != TOK_NAME) continue;
        Value name = str_from_utf8(tok.start, (size_t)(tok.end - tok.start));
        if (!name || set_add(names, name) < 0) CLEAR(names);
        xdecref(name);
        if (!names) break;
    }
    if (tz) tokenizer_free(tz);
    return pool->source_names = names;
}

/* identifier-like strs that constants of earlier compilations interned first */
static Value earlier_constants;

bool const_pool_interned_before(ConstPool *pool, Value s) {
    const char *u = pool ? str_utf8(s) : NULL;
    if (!u) err_clear();
    if (!u || cpython_interns_at_startup(u)) return true;
    bool before = earlier_constants && set_contains(earlier_constants, s) == 1;
    Value names = before ? NULL : source_names(pool);
    if (names) before = set_contains(names, s) == 1;
    if (err_occurred()) err_clear(); /* (out of memory) only the order may differ */
    return before;
}

Value const_value(ConstPool *pool, ConstValue *cv) {
    Value v;
    switch (cv->kind) {
        case CONST_VALUE: return cv->value;
        case CONST_NONE: return NONE;
        case CONST_TRUE: return TRUE_VALUE;
        case CONST_FALSE: return FALSE_VALUE;
        case CONST_ELLIPSIS: return ELLIPSIS;
        case CONST_INT: v = int_from_literal(cv->data); break;
        case CONST_FLOAT: v = float_new(cv->f); break;
        case CONST_COMPLEX: v = complex_new(0.0, cv->f); break;
        case CONST_STR:
            v = str_from_utf8(cv->data, cv->len);
            /* like CPython, identifier-like string constants are interned */
            if (v && all_name_chars(cv->data, cv->len)) v = intern_const(pool, v);
            break;
        case CONST_BYTES: v = bytes_new(cv->data, (intptr_t)cv->len); break;
        default: return err_bad_internal_call("const_value");
    }
    return const_set_value(pool, cv, v) < 0 ? NULL : v;
}

void const_pool_clear(ConstPool *pool) {
    for (int i = 0; i < pool->n; i++) decref(pool->items[i]);
    mem_free(pool->items);
    if (pool->fresh && !err_occurred()) { /* (a failed compilation keeps its exception) */
        if (!earlier_constants) earlier_constants = set_new_from(&type_set, NULL);
        if (!earlier_constants || set_update(earlier_constants, pool->fresh) < 0)
            err_clear(); /* (out of memory) only the order of later frozensets may differ */
    }
    xdecref(pool->fresh);
    xdecref(pool->source_names);
    *pool = (ConstPool){0};
}

/* ---- the folder ---- */

typedef struct Folder {
    ConstPool *pool;
    Arena *arena;
    int optimize;
    bool string_annotations;
    int depth, limit;
} Folder;

enum { MAX_INT_SIZE = 128, MAX_COLLECTION_SIZE = 256, MAX_STR_SIZE = 4096, MAX_TOTAL_ITEMS = 1024 };

static Value cval(Folder *f, Expr *e) { return const_value(f->pool, &e->Constant.value); }

/* Turns e into a Constant holding v (stolen). v NULL: a failed fold, leave e alone. */
static int make_const(Folder *f, Expr *e, Value v) {
    if (!v) {
        if (err_matches(&exc_MemoryError)) return -1;
        err_clear();
        return 0;
    }
    ConstValue cv;
    if (const_set_value(f->pool, &cv, v) < 0) return -1;
    e->kind = E_Constant;
    e->Constant.value = cv;
    e->Constant.kind = NULL;
    return 0;
}

static bool is_const(Expr *e) { return e && e->kind == E_Constant; }

static bool has_starred(ExprSeq *elts) {
    for (int i = 0; i < AST_SEQ_LEN(elts); i++)
        if (elts->items[i]->kind == E_Starred) return true;
    return false;
}

/* A tuple of the elements if all are constants, else NULL without an error. */
static Value make_const_tuple(Folder *f, ExprSeq *elts) {
    for (int i = 0; i < AST_SEQ_LEN(elts); i++)
        if (!is_const(elts->items[i])) return NULL;
    Value t = tuple_new(AST_SEQ_LEN(elts));
    if (!t) return NULL;
    for (int i = 0; i < AST_SEQ_LEN(elts); i++) {
        Value v = cval(f, elts->items[i]);
        if (!v) {
            decref(t);
            return NULL;
        }
        tuple_items(t)[i] = incref(v);
    }
    return t;
}

static size_t num_bits(Value v) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    size_t n = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    mpz_clear(z);
    return n;
}

/* w as a non-negative size_t, or (size_t)-1 */
static size_t as_size(Value w) {
    long long n;
    if (int_as_long(w, &n) < 0 || n < 0) {
        err_clear();
        return (size_t)-1;
    }
    return (size_t)n;
}

static long check_complexity(Value obj, long limit) {
    if (is_tuple(obj)) {
        limit -= (long)tuple_size(obj);
        for (intptr_t i = 0; limit >= 0 && i < tuple_size(obj); i++)
            limit = check_complexity(tuple_get(obj, i), limit);
    } else if (is_frozenset_exact(obj)) {
        limit -= (long)set_size(obj);
        Value key;
        hash_t hash;
        for (intptr_t pos = 0; limit >= 0 && set_next(obj, &pos, &key, &hash);)
            limit = check_complexity(key, limit);
    }
    return limit;
}

static intptr_t seq_size(Value v) {
    if (is_tuple(v)) return tuple_size(v);
    if (is_frozenset_exact(v)) return set_size(v);
    if (is_str(v)) return str_length(v);
    if (is_bytes(v)) return bytes_size(v);
    return -1;
}

static Value safe_multiply(Value v, Value w) {
    if (is_int(v) && is_int(w)) {
        if (int_sign(v) && int_sign(w) && num_bits(v) + num_bits(w) > MAX_INT_SIZE) return NULL;
    } else if (is_int(v) && seq_size(w) >= 0) {
        intptr_t size = seq_size(w);
        if (size) {
            long long n;
            if (int_as_long(v, &n) < 0) return NULL;
            bool collection = is_tuple(w) || is_frozenset_exact(w);
            long limit = collection ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            if (n < 0 || n > limit / size) return NULL;
            if (collection && n && check_complexity(w, MAX_TOTAL_ITEMS / (long)n) < 0) return NULL;
        }
    } else if (is_int(w) && seq_size(v) >= 0) {
        return safe_multiply(w, v);
    }
    return binary_op(v, w, BINOP_MULTIPLY);
}

static Value safe_power(Value v, Value w) {
    if (is_int(v) && is_int(w) && int_sign(v) && int_sign(w) > 0) {
        size_t vbits = num_bits(v), wbits = as_size(w);
        if (wbits == (size_t)-1 || vbits > MAX_INT_SIZE / wbits) return NULL;
    }
    return binary_op(v, w, BINOP_POWER);
}

static Value safe_lshift(Value v, Value w) {
    if (is_int(v) && is_int(w) && int_sign(v) && int_sign(w)) {
        size_t vbits = num_bits(v), wbits = as_size(w);
        if (wbits == (size_t)-1 || wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits)
            return NULL;
    }
    return binary_op(v, w, BINOP_LSHIFT);
}

static Value safe_mod(Value v, Value w) {
    if (is_str(v) || is_bytes(v)) return NULL;
    return binary_op(v, w, BINOP_REMAINDER);
}

/* ---- '%s' % (a, b) -> f'{a!s}{b}' ---- */

static Expr *new_const_expr(Folder *f, Value v) {
    Expr *e = v ? ast_expr_new(f->arena, E_Constant, -1, -1, -1, -1) : NULL;
    ConstValue cv;
    if (!e || const_set_value(f->pool, &cv, v) < 0) {
        if (!e) {
            xdecref(v);
            if (!err_occurred()) err_no_memory();
        }
        return NULL;
    }
    e->Constant.value = cv;
    return e;
}

/* The literal text from *pos up to the next lone '%', with "%%" -> "%". NULL (no error)
 * when empty. */
static Expr *parse_literal(Folder *f, const char *s, size_t n, size_t *pos, bool *failed) {
    size_t start = *pos, p = start;
    bool percents = false;
    while (p < n) {
        if (s[p] != '%') {
            p++;
        } else if (p + 1 < n && s[p + 1] == '%') {
            percents = true;
            p += 2;
        } else {
            break;
        }
    }
    *pos = p;
    if (p == start) return NULL;
    char *buf = mem_alloc(p - start + 1);
    if (!buf) {
        *failed = true;
        err_no_memory();
        return NULL;
    }
    size_t k = 0;
    for (size_t i = start; i < p; i++) {
        buf[k++] = s[i];
        if (percents && s[i] == '%') i++;
    }
    Expr *e = new_const_expr(f, str_from_utf8(buf, k));
    mem_free(buf);
    if (!e) *failed = true;
    return e;
}

enum { MAXDIGITS = 3 };

/* Parses one conversion after '%': flags, width, precision, type. 0 if unsupported. */
static int parse_format_spec(const char *s, size_t n, size_t *pos, int *spec, bool *ljust,
                             int *width, int *prec) {
    size_t p = *pos;
    int ch;
#define NEXTC                                                                                      \
    do {                                                                                           \
        if (p >= n) return 0;                                                                      \
        ch = (unsigned char)s[p++];                                                                \
    } while (0)
    *ljust = false;
    for (;;) {
        NEXTC;
        if (ch == '-') {
            *ljust = true;
            continue;
        }
        if (ch == '+' || ch == ' ' || ch == '#' || ch == '0') continue;
        break;
    }
    if (ch >= '0' && ch <= '9') {
        *width = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *width = *width * 10 + (ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS) return 0;
        }
    }
    if (ch == '.') {
        NEXTC;
        *prec = 0;
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
            *prec = *prec * 10 + (ch - '0');
            NEXTC;
            if (++digits >= MAXDIGITS) return 0;
        }
    }
#undef NEXTC
    *spec = ch;
    *pos = p;
    return 1;
}

static Expr *parse_format(Folder *f, const char *s, size_t n, size_t *pos, Expr *arg,
                          bool *failed) {
    int spec, width = -1, prec = -1;
    bool ljust;
    if (!parse_format_spec(s, n, pos, &spec, &ljust, &width, &prec)) return NULL;
    if (spec != 's' && spec != 'r' && spec != 'a') return NULL;
    char buf[16], *p = buf;
    if (!ljust && width > 0) *p++ = '>';
    if (width >= 0) p += snprintf(p, MAXDIGITS + 1, "%d", width);
    if (prec >= 0) p += snprintf(p, MAXDIGITS + 2, ".%d", prec);
    Expr *format_spec = NULL;
    if (p != buf && !(format_spec = new_const_expr(f, str_from_utf8(buf, (size_t)(p - buf))))) {
        *failed = true;
        return NULL;
    }
    Expr *e = ast_expr_new(f->arena, E_FormattedValue, arg->lineno, arg->col_offset,
                           arg->end_lineno, arg->end_col_offset);
    if (!e) {
        *failed = true;
        err_no_memory();
        return NULL;
    }
    e->FormattedValue.value = arg;
    e->FormattedValue.conversion = spec;
    e->FormattedValue.format_spec = format_spec;
    return e;
}

static int optimize_format(Folder *f, Expr *node, Value fmt, ExprSeq *elts) {
    intptr_t n;
    const char *s = str_utf8_len(fmt, &n);
    if (!s) return -1;
    ExprSeq *seq = AST_SEQ_NEW(f->arena, ExprSeq, AST_SEQ_LEN(elts) * 2 + 1);
    if (!seq) return err_no_memory(), -1;
    seq->count = 0;
    size_t pos = 0;
    int cnt = 0;
    bool failed = false;
    for (;;) {
        Expr *lit = parse_literal(f, s, (size_t)n, &pos, &failed);
        if (failed) return -1;
        if (lit) seq->items[seq->count++] = lit;
        if (pos >= (size_t)n) break;
        if (cnt >= AST_SEQ_LEN(elts)) return 0; /* more format units than items */
        pos++;
        Expr *e = parse_format(f, s, (size_t)n, &pos, elts->items[cnt++], &failed);
        if (!e) return failed ? -1 : 0;
        seq->items[seq->count++] = e;
    }
    if (cnt < AST_SEQ_LEN(elts)) return 0; /* more items than format units */
    node->kind = E_JoinedStr;
    node->JoinedStr.values = seq;
    return 0;
}

/* ---- folding of one node ---- */

static int fold_binop(Folder *f, Expr *e) {
    Expr *lhs = e->BinOp.left, *rhs = e->BinOp.right;
    if (!is_const(lhs)) return 0;
    Value lv = cval(f, lhs);
    if (!lv) return -1;
    if (e->BinOp.op == OP_MOD && rhs->kind == E_Tuple && is_str(lv) &&
        !has_starred(rhs->Tuple.elts))
        return optimize_format(f, e, lv, rhs->Tuple.elts);
    if (!is_const(rhs)) return 0;
    Value rv = cval(f, rhs), r;
    if (!rv) return -1;
    switch (e->BinOp.op) {
        case OP_MULT: r = safe_multiply(lv, rv); break;
        case OP_MOD: r = safe_mod(lv, rv); break;
        case OP_POW: r = safe_power(lv, rv); break;
        case OP_LSHIFT: r = safe_lshift(lv, rv); break;
        default: r = binary_op(lv, rv, binop_of_operator(e->BinOp.op)); break;
    }
    return make_const(f, e, r);
}

static int fold_unaryop(Folder *f, Expr *e) {
    Expr *arg = e->UnaryOp.operand;
    if (!is_const(arg)) {
        /* not (a is b) -> a is not b, and the same for in */
        if (e->UnaryOp.op == UNARYOP_NOT && arg->kind == E_Compare &&
            arg->Compare.ops->count == 1) {
            CmpOpKind op = arg->Compare.ops->items[0], inv = 0;
            if (op == CMPOP_IS) inv = CMPOP_ISNOT;
            if (op == CMPOP_ISNOT) inv = CMPOP_IS;
            if (op == CMPOP_IN) inv = CMPOP_NOTIN;
            if (op == CMPOP_NOTIN) inv = CMPOP_IN;
            if (inv) {
                arg->Compare.ops->items[0] = inv;
                *e = *arg;
            }
        }
        return 0;
    }
    Value v = cval(f, arg), r = NULL;
    if (!v) return -1;
    switch (e->UnaryOp.op) {
        case UNARYOP_INVERT: r = unary_invert(v); break;
        case UNARYOP_NOT: {
            int t = object_is_true(v);
            r = t < 0 ? NULL : bool_value(!t);
            break;
        }
        case UNARYOP_UADD: r = unary_positive(v); break;
        case UNARYOP_USUB: r = unary_negative(v); break;
    }
    return make_const(f, e, r);
}

/* A list iterated over (or tested with `in`) becomes a tuple, constant if possible; a set
 * of constants becomes a frozenset. */
static int fold_iter(Folder *f, Expr *arg) {
    Value t;
    if (arg->kind == E_List) {
        if (has_starred(arg->List.elts)) return 0;
        arg->kind = E_Tuple;
        t = make_const_tuple(f, arg->Tuple.elts);
    } else if (arg->kind == E_Set) {
        t = make_const_tuple(f, arg->Set.elts);
        if (t) setref(&t, set_new_from(&type_frozenset, t));
    } else {
        return 0;
    }
    if (!t && err_occurred()) return make_const(f, arg, NULL);
    return t ? make_const(f, arg, t) : 0;
}

static int fold_compare(Folder *f, Expr *e) {
    int last = e->Compare.ops->count - 1;
    CmpOpKind op = e->Compare.ops->items[last];
    if (op == CMPOP_IN || op == CMPOP_NOTIN)
        return fold_iter(f, e->Compare.comparators->items[last]);
    return 0;
}

/* ---- the walk ---- */

static int fold_expr(Folder *f, Expr *e);
static int fold_stmts(Folder *f, StmtSeq *seq);

static int fold_opt(Folder *f, Expr *e) { return e ? fold_expr(f, e) : 0; }

static int fold_exprs(Folder *f, ExprSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++)
        if (fold_opt(f, seq->items[i]) < 0) return -1;
    return 0;
}

static int fold_comprehensions(Folder *f, ComprehensionSeq *gens) {
    for (int i = 0; i < AST_SEQ_LEN(gens); i++) {
        Comprehension *c = gens->items[i];
        if (fold_expr(f, c->target) < 0 || fold_expr(f, c->iter) < 0 || fold_exprs(f, c->ifs) < 0)
            return -1;
        if (fold_iter(f, c->iter) < 0) return -1;
    }
    return 0;
}

static int fold_annotation(Folder *f, Expr *e) {
    return f->string_annotations ? 0 : fold_opt(f, e);
}

static int fold_args(Folder *f, ArgSeq *args) {
    for (int i = 0; i < AST_SEQ_LEN(args); i++)
        if (fold_annotation(f, args->items[i]->annotation) < 0) return -1;
    return 0;
}

static int fold_arguments(Folder *f, Arguments *a) {
    if (fold_args(f, a->posonlyargs) < 0 || fold_args(f, a->args) < 0) return -1;
    if (a->vararg && fold_annotation(f, a->vararg->annotation) < 0) return -1;
    if (fold_args(f, a->kwonlyargs) < 0 || fold_exprs(f, a->kw_defaults) < 0) return -1;
    if (a->kwarg && fold_annotation(f, a->kwarg->annotation) < 0) return -1;
    return fold_exprs(f, a->defaults);
}

static int fold_keywords(Folder *f, KeywordSeq *kws) {
    for (int i = 0; i < AST_SEQ_LEN(kws); i++)
        if (fold_expr(f, kws->items[i]->value) < 0) return -1;
    return 0;
}

static int fold_expr_kind(Folder *f, Expr *e) {
    switch (e->kind) {
        case E_BoolOp: return fold_exprs(f, e->BoolOp.values);
        case E_BinOp:
            if (fold_expr(f, e->BinOp.left) < 0 || fold_expr(f, e->BinOp.right) < 0) return -1;
            return fold_binop(f, e);
        case E_UnaryOp:
            if (fold_expr(f, e->UnaryOp.operand) < 0) return -1;
            return fold_unaryop(f, e);
        case E_Lambda:
            if (fold_arguments(f, e->Lambda.args) < 0) return -1;
            return fold_expr(f, e->Lambda.body);
        case E_IfExp:
            if (fold_expr(f, e->IfExp.test) < 0 || fold_expr(f, e->IfExp.body) < 0) return -1;
            return fold_expr(f, e->IfExp.orelse);
        case E_Dict:
            if (fold_exprs(f, e->Dict.keys) < 0) return -1;
            return fold_exprs(f, e->Dict.values);
        case E_Set: return fold_exprs(f, e->Set.elts);
        case E_ListComp:
        case E_SetComp:
        case E_GeneratorExp:
            if (fold_expr(f, e->ListComp.elt) < 0) return -1;
            return fold_comprehensions(f, e->ListComp.generators);
        case E_DictComp:
            if (fold_expr(f, e->DictComp.key) < 0 || fold_expr(f, e->DictComp.value) < 0) return -1;
            return fold_comprehensions(f, e->DictComp.generators);
        case E_Await:
        case E_Yield:
        case E_YieldFrom: return fold_opt(f, e->Await.value);
        case E_Compare:
            if (fold_expr(f, e->Compare.left) < 0 || fold_exprs(f, e->Compare.comparators) < 0)
                return -1;
            return fold_compare(f, e);
        case E_Call:
            if (fold_expr(f, e->Call.func) < 0 || fold_exprs(f, e->Call.args) < 0) return -1;
            return fold_keywords(f, e->Call.keywords);
        case E_FormattedValue:
            if (fold_expr(f, e->FormattedValue.value) < 0) return -1;
            return fold_opt(f, e->FormattedValue.format_spec);
        case E_JoinedStr: return fold_exprs(f, e->JoinedStr.values);
        case E_Attribute: return fold_expr(f, e->Attribute.value);
        case E_Subscript:
            if (fold_expr(f, e->Subscript.value) < 0 || fold_expr(f, e->Subscript.slice) < 0)
                return -1;
            if (e->Subscript.ctx != CTX_LOAD || !is_const(e->Subscript.value) ||
                !is_const(e->Subscript.slice))
                return 0;
            {
                Value v = cval(f, e->Subscript.value), k = cval(f, e->Subscript.slice);
                if (!v || !k) return -1;
                return make_const(f, e, object_getitem(v, k));
            }
        case E_Starred: return fold_expr(f, e->Starred.value);
        case E_Slice:
            if (fold_opt(f, e->Slice.lower) < 0 || fold_opt(f, e->Slice.upper) < 0) return -1;
            return fold_opt(f, e->Slice.step);
        case E_List: return fold_exprs(f, e->List.elts);
        case E_Tuple:
            if (fold_exprs(f, e->Tuple.elts) < 0) return -1;
            if (e->Tuple.ctx != CTX_LOAD) return 0;
            {
                Value t = make_const_tuple(f, e->Tuple.elts);
                if (!t && err_occurred()) return -1;
                return t ? make_const(f, e, t) : 0;
            }
        case E_Name:
            if (e->Name.ctx == CTX_LOAD && strcmp(e->Name.id, "__debug__") == 0)
                return make_const(f, e, bool_value(f->optimize == 0));
            return 0;
        case E_NamedExpr: return fold_expr(f, e->NamedExpr.value);
        case E_Constant: return 0;
    }
    return 0;
}

static int fold_expr(Folder *f, Expr *e) {
    if (++f->depth > f->limit) return compile_recursion_error();
    int r = fold_expr_kind(f, e);
    f->depth--;
    return r;
}

static bool is_str_const_stmt(Folder *f, StmtSeq *body) {
    if (!AST_SEQ_LEN(body)) return false;
    Stmt *s = body->items[0];
    if (s->kind != S_Expr || s->ExprStmt.value->kind != E_Constant) return false;
    ConstValue *cv = &s->ExprStmt.value->Constant.value;
    (void)f;
    return cv->kind == CONST_STR || (cv->kind == CONST_VALUE && is_str_exact(cv->value));
}

/* A body whose first statement becomes a string only by folding must not gain a
 * docstring: such a constant is wrapped in a JoinedStr. */
static int fold_body(Folder *f, StmtSeq *body) {
    bool docstring = is_str_const_stmt(f, body);
    if (fold_stmts(f, body) < 0) return -1;
    if (docstring || !is_str_const_stmt(f, body)) return 0;
    Stmt *s = body->items[0];
    ExprSeq *values = AST_SEQ_NEW(f->arena, ExprSeq, 1);
    Expr *j = ast_expr_new(f->arena, E_JoinedStr, s->lineno, s->col_offset, s->end_lineno,
                           s->end_col_offset);
    if (!values || !j) return err_no_memory(), -1;
    values->items[0] = s->ExprStmt.value;
    j->JoinedStr.values = values;
    s->ExprStmt.value = j;
    return 0;
}

static int fold_pattern(Folder *f, Pattern *p) {
    if (++f->depth > f->limit) return compile_recursion_error();
    int r = 0;
    switch (p->kind) {
        case P_MatchValue: r = fold_expr(f, p->MatchValue.value); break;
        case P_MatchSequence:
        case P_MatchOr:
            for (int i = 0; r == 0 && i < AST_SEQ_LEN(p->MatchSequence.patterns); i++)
                r = fold_pattern(f, p->MatchSequence.patterns->items[i]);
            break;
        case P_MatchMapping:
            r = fold_exprs(f, p->MatchMapping.keys);
            for (int i = 0; r == 0 && i < AST_SEQ_LEN(p->MatchMapping.patterns); i++)
                r = fold_pattern(f, p->MatchMapping.patterns->items[i]);
            break;
        case P_MatchClass:
            r = fold_expr(f, p->MatchClass.cls);
            for (int i = 0; r == 0 && i < AST_SEQ_LEN(p->MatchClass.patterns); i++)
                r = fold_pattern(f, p->MatchClass.patterns->items[i]);
            for (int i = 0; r == 0 && i < AST_SEQ_LEN(p->MatchClass.kwd_patterns); i++)
                r = fold_pattern(f, p->MatchClass.kwd_patterns->items[i]);
            break;
        case P_MatchAs:
            if (p->MatchAs.pattern) r = fold_pattern(f, p->MatchAs.pattern);
            break;
        case P_MatchSingleton:
        case P_MatchStar: break;
    }
    f->depth--;
    return r;
}

static int fold_handlers(Folder *f, ExceptHandlerSeq *hs) {
    for (int i = 0; i < AST_SEQ_LEN(hs); i++)
        if (fold_opt(f, hs->items[i]->type) < 0 || fold_stmts(f, hs->items[i]->body) < 0) return -1;
    return 0;
}

static int fold_stmt_kind(Folder *f, Stmt *s) {
    switch (s->kind) {
        case S_FunctionDef:
        case S_AsyncFunctionDef:
            if (fold_arguments(f, s->FunctionDef.args) < 0 || fold_body(f, s->FunctionDef.body) < 0)
                return -1;
            if (fold_exprs(f, s->FunctionDef.decorator_list) < 0) return -1;
            return fold_annotation(f, s->FunctionDef.returns);
        case S_ClassDef:
            if (fold_exprs(f, s->ClassDef.bases) < 0 || fold_keywords(f, s->ClassDef.keywords) < 0)
                return -1;
            if (fold_body(f, s->ClassDef.body) < 0) return -1;
            return fold_exprs(f, s->ClassDef.decorator_list);
        case S_Return: return fold_opt(f, s->Return.value);
        case S_Delete: return fold_exprs(f, s->Delete.targets);
        case S_Assign:
            if (fold_exprs(f, s->Assign.targets) < 0) return -1;
            return fold_expr(f, s->Assign.value);
        case S_AugAssign:
            if (fold_expr(f, s->AugAssign.target) < 0) return -1;
            return fold_expr(f, s->AugAssign.value);
        case S_AnnAssign:
            if (fold_expr(f, s->AnnAssign.target) < 0 ||
                fold_annotation(f, s->AnnAssign.annotation) < 0)
                return -1;
            return fold_opt(f, s->AnnAssign.value);
        case S_For:
        case S_AsyncFor:
            if (fold_expr(f, s->For.target) < 0 || fold_expr(f, s->For.iter) < 0) return -1;
            if (fold_stmts(f, s->For.body) < 0 || fold_stmts(f, s->For.orelse) < 0) return -1;
            return s->kind == S_For ? fold_iter(f, s->For.iter) : 0;
        case S_While:
        case S_If:
            if (fold_expr(f, s->If.test) < 0 || fold_stmts(f, s->If.body) < 0) return -1;
            return fold_stmts(f, s->If.orelse);
        case S_With:
        case S_AsyncWith:
            for (int i = 0; i < AST_SEQ_LEN(s->With.items); i++)
                if (fold_expr(f, s->With.items->items[i]->context_expr) < 0 ||
                    fold_opt(f, s->With.items->items[i]->optional_vars) < 0)
                    return -1;
            return fold_stmts(f, s->With.body);
        case S_Raise:
            if (fold_opt(f, s->Raise.exc) < 0) return -1;
            return fold_opt(f, s->Raise.cause);
        case S_Try:
        case S_TryStar:
            if (fold_stmts(f, s->Try.body) < 0 || fold_handlers(f, s->Try.handlers) < 0) return -1;
            if (fold_stmts(f, s->Try.orelse) < 0) return -1;
            return fold_stmts(f, s->Try.finalbody);
        case S_Assert:
            if (fold_expr(f, s->Assert.test) < 0) return -1;
            return fold_opt(f, s->Assert.msg);
        case S_Expr: return fold_expr(f, s->ExprStmt.value);
        case S_Match:
            if (fold_expr(f, s->Match.subject) < 0) return -1;
            for (int i = 0; i < AST_SEQ_LEN(s->Match.cases); i++) {
                MatchCase *mc = s->Match.cases->items[i];
                if (fold_pattern(f, mc->pattern) < 0 || fold_opt(f, mc->guard) < 0 ||
                    fold_stmts(f, mc->body) < 0)
                    return -1;
            }
            return 0;
        default: return 0;
    }
}

static int fold_stmt(Folder *f, Stmt *s) {
    if (++f->depth > f->limit) return compile_recursion_error();
    int r = fold_stmt_kind(f, s);
    f->depth--;
    return r;
}

static int fold_stmts(Folder *f, StmtSeq *seq) {
    for (int i = 0; i < AST_SEQ_LEN(seq); i++)
        if (fold_stmt(f, seq->items[i]) < 0) return -1;
    return 0;
}

int fold_module(Mod *mod, ConstPool *pool, Arena *arena, int optimize, bool string_annotations) {
    Folder f = {pool, arena, optimize, string_annotations, 0, compile_depth_limit()};
    switch (mod->kind) {
        case M_Module: return fold_body(&f, mod->Module.body);
        case M_Interactive: return fold_stmts(&f, mod->Interactive.body);
        case M_Expression: return fold_expr(&f, mod->Expression.body);
        default: return 0;
    }
}
