/* ast.c: the AST arena (a chain of bump-allocated chunks freed at once), node and sequence
 * constructors, and the names of the small AST enums. */
#include "ast.h"

#include <stdint.h>
#include <string.h>

#include "../memory/alloc.h"

#define ARENA_ALIGN      16
#define ARENA_CHUNK_SIZE (64 * 1024)

typedef struct ArenaChunk {
    struct ArenaChunk *next;
    size_t size, used;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} ArenaChunk;

struct Arena {
    ArenaChunk *head;
};

static ArenaChunk *chunk_new(size_t size) {
    ArenaChunk *c = mem_alloc(sizeof(ArenaChunk) + size);
    if (!c) return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

Arena *arena_new(void) {
    Arena *a = mem_alloc(sizeof(Arena));
    if (!a) return NULL;
    a->head = chunk_new(ARENA_CHUNK_SIZE);
    if (!a->head) {
        mem_free(a);
        return NULL;
    }
    return a;
}

void arena_free(Arena *a) {
    if (!a) return;
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *next = c->next;
        mem_free(c);
        c = next;
    }
    mem_free(a);
}

void *arena_alloc(Arena *a, size_t size) {
    if (size > SIZE_MAX / 2) return NULL;
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    ArenaChunk *c = a->head;
    if (c->size - c->used < size) {
        /* big requests get a chunk of their own behind the head, so the head keeps its room */
        if (size > ARENA_CHUNK_SIZE / 4) {
            ArenaChunk *big = chunk_new(size);
            if (!big) return NULL;
            big->used = size;
            big->next = c->next;
            c->next = big;
            memset(big->data, 0, size);
            return big->data;
        }
        c = chunk_new(ARENA_CHUNK_SIZE);
        if (!c) return NULL;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void *ast_seq_alloc(Arena *a, size_t header, size_t item_size, int n) {
    if (n < 0 || (size_t)n > (SIZE_MAX / 4) / item_size) return NULL;
    int *seq = arena_alloc(a, header + item_size * (size_t)n);
    if (seq) *seq = n; /* `count` is every sequence type's first member */
    return seq;
}

Mod *ast_mod_new(Arena *a, ModKind kind) {
    Mod *m = arena_alloc(a, sizeof(Mod));
    if (m) m->kind = kind;
    return m;
}

#define SET_POSITION(node)                                                                         \
    do {                                                                                           \
        (node)->lineno = lineno;                                                                   \
        (node)->col_offset = col;                                                                  \
        (node)->end_lineno = end_lineno;                                                           \
        (node)->end_col_offset = end_col;                                                          \
    } while (0)

Stmt *ast_stmt_new(Arena *a, StmtKind kind, int lineno, int col, int end_lineno, int end_col) {
    Stmt *s = arena_alloc(a, sizeof(Stmt));
    if (!s) return NULL;
    s->kind = kind;
    SET_POSITION(s);
    return s;
}

Expr *ast_expr_new(Arena *a, ExprKind kind, int lineno, int col, int end_lineno, int end_col) {
    Expr *e = arena_alloc(a, sizeof(Expr));
    if (!e) return NULL;
    e->kind = kind;
    SET_POSITION(e);
    return e;
}

Pattern *ast_pattern_new(Arena *a, PatternKind kind, int lineno, int col, int end_lineno,
                         int end_col) {
    Pattern *p = arena_alloc(a, sizeof(Pattern));
    if (!p) return NULL;
    p->kind = kind;
    SET_POSITION(p);
    return p;
}

static const char *enum_name(const char *const *names, int count, int v) {
    return v >= 1 && v <= count ? names[v - 1] : "?";
}
#define ENUM_NAME(names, v) enum_name(names, (int)(sizeof(names) / sizeof(names[0])), (int)(v))

const char *ast_context_name(ExprContext c) {
    static const char *const names[] = {"Load", "Store", "Del"};
    return ENUM_NAME(names, c);
}

const char *ast_boolop_name(BoolOpKind op) {
    static const char *const names[] = {"And", "Or"};
    return ENUM_NAME(names, op);
}

const char *ast_operator_name(OperatorKind op) {
    static const char *const names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                        "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                        "BitXor", "BitAnd", "FloorDiv"};
    return ENUM_NAME(names, op);
}

const char *ast_unaryop_name(UnaryOpKind op) {
    static const char *const names[] = {"Invert", "Not", "UAdd", "USub"};
    return ENUM_NAME(names, op);
}

const char *ast_cmpop_name(CmpOpKind op) {
    static const char *const names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                        "GtE", "Is",    "IsNot", "In",  "NotIn"};
    return ENUM_NAME(names, op);
}
