/* tokens_dump.c: prints tokens as `python3 -m tokenize` does: positions in code points,
 * operators as OP, text as Python's repr() of a str. */
#include "tokens_dump.h"

#include <stdint.h>
#include <string.h>
#include "identifier.h"
#include "tokenizer.h"

/* Writes Python's repr() of the UTF-8 text [s, s+len); returns its length in code points. */
static int print_repr(FILE *out, const char *s, size_t len) {
    const char *end = s + len;
    int width = 2;
    int quote = memchr(s, '\'', len) && !memchr(s, '"', len) ? '"' : '\'';
    fputc(quote, out);
    for (const char *p = s; p < end;) {
        uint32_t cp;
        size_t n = identifier_decode_utf8(p, end, &cp);
        if (n == 0) { /* not UTF-8: shown as Python shows a surrogateescape'd byte */
            width += fprintf(out, "\\udc%02x", (unsigned char)*p);
            p++;
            continue;
        }
        if (cp == (uint32_t)quote || cp == '\\')
            width += fprintf(out, "\\%c", (int)cp);
        else if (cp == '\n')
            width += fprintf(out, "\\n");
        else if (cp == '\r')
            width += fprintf(out, "\\r");
        else if (cp == '\t')
            width += fprintf(out, "\\t");
        else if (cp < 0x20 || cp == 0x7F)
            width += fprintf(out, "\\x%02x", (unsigned)cp);
        else if (cp < 0x7F || identifier_char_is_printable(cp))
            width += (int)fwrite(p, n, 1, out);
        else if (cp < 0x100)
            width += fprintf(out, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000)
            width += fprintf(out, "\\u%04x", (unsigned)cp);
        else
            width += fprintf(out, "\\U%08x", (unsigned)cp);
        p += n;
    }
    fputc(quote, out);
    return width;
}

/* Python's "%-15r" of the text. */
static void print_repr_padded(FILE *out, const char *s, size_t len) {
    int width = print_repr(out, s, len);
    fprintf(out, "%*s\n", width < 15 ? 15 - width : 0, "");
}

static int char_col(const Tokenizer *tz, int lineno, int byte_col) {
    return tokenizer_byte_to_char_offset(tz, lineno, byte_col);
}

static int is_operator(TokenKind kind) { return kind >= TOK_LPAR && kind <= TOK_EXCLAMATION; }

/* The tokenize module ends the token stream at a last line of only whitespace that has no
 * '\n': no NL token, and the DEDENTs and ENDMARKER are placed on that line. */
static int ends_on_blank_last_line(const Tokenizer *tz, const Token *t, TokenKind prev) {
    return t->kind == TOK_NL && prev != TOK_COMMENT && tokenizer_is_implicit_newline(tz, t);
}

static void print_token(FILE *out, const Tokenizer *tz, const Token *t) {
    const char *text = t->start;
    size_t len = (size_t)(t->end - t->start);
    int end_col = char_col(tz, t->end_lineno, t->end_col_offset);
    if (t->kind == TOK_NEWLINE || t->kind == TOK_NL) {
        int implicit = tokenizer_is_implicit_newline(tz, t);
        text = implicit ? "" : "\n";
        len = !implicit;
        end_col += t->kind == TOK_NEWLINE || !implicit;
    }
    char range[64];
    snprintf(range, sizeof range, "%d,%d-%d,%d:", t->lineno, char_col(tz, t->lineno, t->col_offset),
             t->end_lineno, end_col);
    const char *name = t->kind == TOK_OP      ? "ERRORTOKEN"
                       : is_operator(t->kind) ? "OP"
                                              : token_names[t->kind];
    fprintf(out, "%-20s%-15s", range, name);
    print_repr_padded(out, text, len);
}

int tokens_dump(const char *src, size_t len, const char *filename, FILE *out) {
    Tokenizer *tz = tokenizer_new(src, len, 0, TOKENIZE_COMMENTS);
    if (!tz) return -2;
    Token tok;
    TokenKind kind;
    int status = 0;
    if (tokenizer_error(tz)->kind == SE_NONE) {
        fprintf(out, "%-20s%-15s", "0,0-0,0:", "ENCODING");
        const char *enc = tokenizer_encoding(tz);
        print_repr_padded(out, enc, strlen(enc));
    }
    TokenKind prev = TOK_NEWLINE;
    int last_line = 0; /* set when the stream ends on a blank last line */
    do {
        kind = tokenizer_next(tz, &tok);
        if (kind == TOK_ERRORTOKEN) break;
        if (ends_on_blank_last_line(tz, &tok, prev)) {
            last_line = tok.lineno;
            continue;
        }
        if (last_line) {
            tok.lineno = tok.end_lineno = last_line;
            tok.col_offset = tok.end_col_offset = 0;
        }
        print_token(out, tz, &tok);
        prev = kind;
    } while (kind != TOK_ENDMARKER);
    if (kind == TOK_ERRORTOKEN) {
        const SyntaxErrorInfo *e = tokenizer_error(tz);
        status = e->kind == SE_MEMORY ? -2 : -1;
        fflush(out);
        fprintf(stderr, "%s:%d:%d: error: %s\n", filename, e->lineno, e->offset,
                e->msg ? e->msg : "out of memory");
    }
    tokenizer_free(tz);
    return status;
}
