/* caret_anchors.c: parses a traceback segment and locates the operator of a BinOp or the
 * brackets of a Subscript, with CPython 3.11's exact (quirky) rules: for a BinOp the first
 * non-blank byte after the left operand that is not a closing ')', two bytes wide when
 * followed by a non-blank; for a Subscript from its '[' to its ']'. */
#include "caret_anchors.h"

#include "../parse/parser.h"

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

static int anchors_of(const Expr *e, const char *s, size_t len, int *left, int *right) {
    if (e->kind == E_BinOp) {
        int from = e->BinOp.left->end_col_offset, to = e->BinOp.right->col_offset;
        int found = 0;
        for (int i = from; i < to && (size_t)i < len; i++) {
            if (is_blank(s[i])) continue;
            *left = i;
            *right = i + 1;
            if (i + 1 < to && !is_blank(s[i + 1])) (*right)++;
            found = 1;
            if (s[i] != ')' || i + 1 >= to) break; /* skip the left operand's ')' */
        }
        return found;
    }
    if (e->kind == E_Subscript) {
        size_t l = (size_t)e->Subscript.value->end_col_offset;
        size_t r = (size_t)e->Subscript.slice->end_col_offset + 1;
        while (l < len && s[l] != '[') l++;
        while (r < len && s[r] != ']') r++;
        if (r < len) r++;
        *left = (int)l;
        *right = (int)r;
        return 1;
    }
    return 0;
}

int caret_anchors_find(const char *segment, size_t len, int *left, int *right) {
    Arena *arena = arena_new();
    if (!arena) return 0;
    SyntaxErrorInfo err = {0};
    Mod *m = parse_source(segment, len, "<string>", PARSE_FILE, PARSE_FROM_STRING, arena, &err);
    syntax_error_clear(&err);
    int found = 0;
    if (m && m->kind == M_Module && m->Module.body && m->Module.body->count == 1 &&
        m->Module.body->items[0]->kind == S_Expr)
        found = anchors_of(m->Module.body->items[0]->ExprStmt.value, segment, len, left, right);
    arena_free(arena);
    return found;
}
