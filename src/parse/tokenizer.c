/* tokenizer.c: the Python 3.11 tokenizer (see tokenizer.h): indentation, brackets, line
 * joining, names, numbers, strings and operators, with CPython's error messages and
 * positions. Source decoding lives in source_decode.c, identifier rules in identifier.c. */
#include "tokenizer.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "../memory/alloc.h"
#include "identifier.h"
#include "source_decode.h"
#include "syntax_error_set.h"

#define MAX_INDENT   100 /* indentation levels, as CPython's MAXINDENT */
#define MAX_LEVEL    200 /* bracket nesting, as CPython's MAXLEVEL */
#define TAB_SIZE     8
#define END_OF_INPUT (-1)

const char *const token_names[TOK__COUNT] = {
    [TOK_ENDMARKER] = "ENDMARKER",
    [TOK_NAME] = "NAME",
    [TOK_NUMBER] = "NUMBER",
    [TOK_STRING] = "STRING",
    [TOK_NEWLINE] = "NEWLINE",
    [TOK_INDENT] = "INDENT",
    [TOK_DEDENT] = "DEDENT",
    [TOK_LPAR] = "LPAR",
    [TOK_RPAR] = "RPAR",
    [TOK_LSQB] = "LSQB",
    [TOK_RSQB] = "RSQB",
    [TOK_COLON] = "COLON",
    [TOK_COMMA] = "COMMA",
    [TOK_SEMI] = "SEMI",
    [TOK_PLUS] = "PLUS",
    [TOK_MINUS] = "MINUS",
    [TOK_STAR] = "STAR",
    [TOK_SLASH] = "SLASH",
    [TOK_VBAR] = "VBAR",
    [TOK_AMPER] = "AMPER",
    [TOK_LESS] = "LESS",
    [TOK_GREATER] = "GREATER",
    [TOK_EQUAL] = "EQUAL",
    [TOK_DOT] = "DOT",
    [TOK_PERCENT] = "PERCENT",
    [TOK_LBRACE] = "LBRACE",
    [TOK_RBRACE] = "RBRACE",
    [TOK_EQEQUAL] = "EQEQUAL",
    [TOK_NOTEQUAL] = "NOTEQUAL",
    [TOK_LESSEQUAL] = "LESSEQUAL",
    [TOK_GREATEREQUAL] = "GREATEREQUAL",
    [TOK_TILDE] = "TILDE",
    [TOK_CIRCUMFLEX] = "CIRCUMFLEX",
    [TOK_LEFTSHIFT] = "LEFTSHIFT",
    [TOK_RIGHTSHIFT] = "RIGHTSHIFT",
    [TOK_DOUBLESTAR] = "DOUBLESTAR",
    [TOK_PLUSEQUAL] = "PLUSEQUAL",
    [TOK_MINEQUAL] = "MINEQUAL",
    [TOK_STAREQUAL] = "STAREQUAL",
    [TOK_SLASHEQUAL] = "SLASHEQUAL",
    [TOK_PERCENTEQUAL] = "PERCENTEQUAL",
    [TOK_AMPEREQUAL] = "AMPEREQUAL",
    [TOK_VBAREQUAL] = "VBAREQUAL",
    [TOK_CIRCUMFLEXEQUAL] = "CIRCUMFLEXEQUAL",
    [TOK_LEFTSHIFTEQUAL] = "LEFTSHIFTEQUAL",
    [TOK_RIGHTSHIFTEQUAL] = "RIGHTSHIFTEQUAL",
    [TOK_DOUBLESTAREQUAL] = "DOUBLESTAREQUAL",
    [TOK_DOUBLESLASH] = "DOUBLESLASH",
    [TOK_DOUBLESLASHEQUAL] = "DOUBLESLASHEQUAL",
    [TOK_AT] = "AT",
    [TOK_ATEQUAL] = "ATEQUAL",
    [TOK_RARROW] = "RARROW",
    [TOK_ELLIPSIS] = "ELLIPSIS",
    [TOK_COLONEQUAL] = "COLONEQUAL",
    [TOK_EXCLAMATION] = "EXCLAMATION",
    [TOK_COMMENT] = "COMMENT",
    [TOK_NL] = "NL",
    [TOK_ERRORTOKEN] = "ERRORTOKEN",
    [TOK_OP] = "OP",
};

enum TokenizerState { TZ_RUNNING, TZ_ENDED, TZ_FAILED };

struct Tokenizer {
    SourceText src;
    const char *p, *end;    /* scan position and end of the buffer */
    const char *line_start; /* start of line `lineno` */
    int lineno;             /* line of p: already advanced past a consumed '\n' */
    int line_unread;        /* the last char consumed was a '\n' (CPython has not yet read the
                               next line) */
    int in_token;           /* scanning a token: a line read now extends CPython's buffer */
    int buffer_line;        /* first line of CPython's tokenizer buffer (tok->buf) */
    size_t *line_offsets;   /* start of line i+1 at [i]; [nlines] == src.len */
    int nlines;
    int flags, from_string;
    enum SourceOrigin origin;
    enum TokenizerState state;
    int error_deferred; /* see tokenizer_error_is_deferred */
    int source_error;   /* the error is a rejected line of a file (see SourceText.bad_line) */
    char *filename;     /* for the message about a file that is not UTF-8 */
    int at_line_start, blank_line;
    int pending;                                      /* > 0: INDENTs to return, < 0: DEDENTs */
    int indent;                                       /* top of the indentation stacks */
    int indents[MAX_INDENT], alt_indents[MAX_INDENT]; /* tab size 8, and tab size 1 */
    int level;                                        /* bracket nesting depth */
    char brackets[MAX_LEVEL];
    int bracket_lineno[MAX_LEVEL], bracket_col[MAX_LEVEL];
    const char *tok_start; /* start of the token being scanned */
    int tok_lineno;
    const char *tok_line_start;
    SyntaxErrorInfo err;
};

/* ---- Reading characters ---- */

static void fail_source_line(Tokenizer *tz);

static int next_char(Tokenizer *tz) {
    if (tz->p >= tz->end) {
        if (tz->src.bad_line && !tz->source_error) fail_source_line(tz);
        return END_OF_INPUT;
    }
    if (tz->line_unread) {
        tz->line_unread = 0;
        if (!tz->in_token) tz->buffer_line = tz->lineno;
    }
    unsigned char c = (unsigned char)*tz->p++;
    if (c == '\n') {
        tz->lineno++;
        tz->line_start = tz->p;
        tz->line_unread = 1;
    }
    return c;
}

static void back_up(Tokenizer *tz, int c) {
    if (c == END_OF_INPUT) return;
    tz->p--;
    if (c == '\n') {
        tz->lineno--;
        tz->line_start = tz->src.buf + tz->line_offsets[tz->lineno - 1];
        tz->line_unread = 0;
    }
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_hex_digit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int is_letter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int is_identifier_start_byte(int c) { return is_letter(c) || c == '_' || c >= 128; }
static int is_identifier_byte(int c) { return is_identifier_start_byte(c) || is_digit(c); }

static int count_chars(const char *a, const char *b) { return identifier_count_chars(a, b); }

static const char *line_at(const Tokenizer *tz, int lineno) {
    return tz->src.buf + tz->line_offsets[lineno - 1];
}

static size_t line_length_without_newline(const char *line) { return strcspn(line, "\n"); }
static size_t line_length_with_newline(const char *line) {
    size_t n = strcspn(line, "\n");
    return line[n] == '\n' ? n + 1 : n;
}

/* ---- Errors ---- */

/* SyntaxError.text: the tokenizer's own errors show the line without its newline. For
 * errors that CPython's parser locates, a file's line is read again from the file (with its
 * newline); otherwise the last line read shows CPython's whole tokenizer buffer (from where
 * the token in progress started, with the newline) and an earlier line shows without it. */
enum ErrorText { TEXT_TOKENIZER, TEXT_PARSER };

static int last_line_read(const Tokenizer *tz) { return tz->lineno - tz->line_unread; }

static const char *error_text(const Tokenizer *tz, int lineno, enum ErrorText text, size_t *len) {
    if (lineno == 0 && text == TEXT_PARSER && tz->origin != SOURCE_FILE) {
        *len = 0; /* an empty compile() input */
        return "";
    }
    if (lineno < 1 || lineno > tz->nlines) return NULL;
    const char *line = line_at(tz, lineno);
    int last = last_line_read(tz);
    if (text == TEXT_PARSER && tz->origin == SOURCE_FILE) {
        /* read again from the file: a last line without a newline stays without */
        *len = lineno == tz->nlines && tz->src.implicit_newline ? line_length_without_newline(line)
                                                                : line_length_with_newline(line);
    } else if (text == TEXT_TOKENIZER || lineno < last) {
        *len = line_length_without_newline(line);
    } else if (tz->buffer_line <= lineno) {
        line = line_at(tz, tz->buffer_line);
        const char *end = line_at(tz, last);
        *len = (size_t)(end - line) + line_length_with_newline(end);
    } else {
        *len = line_length_with_newline(line);
    }
    return line;
}

static void set_error_text(Tokenizer *tz, int lineno, enum ErrorText text) {
    size_t len;
    const char *line = error_text(tz, lineno, text, &len);
    if (line) syntax_error_set_text(&tz->err, line, len);
}

static TokenKind fail_va(Tokenizer *tz, SyntaxErrorKind kind, int lineno, int offset,
                         int end_offset, enum ErrorText text, const char *fmt, va_list ap) {
    if (tz->source_error) return TOK_ERRORTOKEN; /* reading the line failed first */
    tz->state = TZ_FAILED;
    syntax_error_vset(&tz->err, kind, fmt, ap);
    if (tz->err.kind == SE_MEMORY) return TOK_ERRORTOKEN;
    syntax_error_set_location(&tz->err, lineno, offset, lineno, end_offset);
    set_error_text(tz, lineno, text);
    return TOK_ERRORTOKEN;
}

/* An error with an explicit location. */
static TokenKind fail_at(Tokenizer *tz, SyntaxErrorKind kind, int lineno, int offset,
                         int end_offset, enum ErrorText text, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fail_va(tz, kind, lineno, offset, end_offset, text, fmt, ap);
    va_end(ap);
    return TOK_ERRORTOKEN;
}

/* A SyntaxError located just before the scan position, as CPython's tokenizer reports
 * its own errors: offset == end_offset == code points from the line start to p. */
static TokenKind fail_here(Tokenizer *tz, const char *fmt, ...) {
    int offset = count_chars(tz->line_start, tz->p);
    va_list ap;
    va_start(ap, fmt);
    fail_va(tz, SE_SYNTAX, tz->lineno, offset, offset, TEXT_TOKENIZER, fmt, ap);
    va_end(ap);
    return TOK_ERRORTOKEN;
}

/* The scan reached a line of a file that CPython rejects as it reads it. */
static void fail_source_line(Tokenizer *tz) {
    const SourceText *s = &tz->src;
    const char *line = s->buf + s->bad_line_offset;
    if (s->bad_is_nul) {
        fail_at(tz, SE_SYNTAX, s->bad_line, 0, 0, TEXT_TOKENIZER,
                "source code cannot contain null bytes");
        syntax_error_set_text(&tz->err, line, s->bad_col);
    } else {
        fail_at(tz, SE_SYNTAX, 0, 0, 0, TEXT_TOKENIZER,
                "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding "
                "declared; see https://peps.python.org/pep-0263/ for details",
                (unsigned char)line[s->bad_col], tz->filename ? tz->filename : "<string>",
                s->bad_line);
        syntax_error_set_location(&tz->err, SE_POS_NONE, SE_POS_NONE, SE_POS_NONE, SE_POS_NONE);
    }
    tz->source_error = 1;
}

/* A 1-based error column for [line, line + byte_col] as CPython's parser reports it: byte
 * based for undeclared bytes input (see tokenizer_columns_in_bytes). */
static int parser_offset(const Tokenizer *tz, const char *line, int byte_col) {
    if (tokenizer_columns_in_bytes(tz)) return byte_col + 1;
    const char *end = line + line_length_with_newline(line);
    return identifier_error_offset(line, end, (size_t)byte_col);
}

/* Errors of the indentation rules: CPython reports them through the parser. */
static TokenKind fail_indentation(Tokenizer *tz, SyntaxErrorKind kind, const char *msg) {
    tz->error_deferred = 1;
    return fail_at(tz, kind, tz->lineno, 1, 0, TEXT_PARSER, "%s", msg);
}

static TokenKind fail_unclosed_bracket(Tokenizer *tz) {
    tz->error_deferred = 1;
    int i = tz->level - 1, lineno = tz->bracket_lineno[i];
    int offset = parser_offset(tz, line_at(tz, lineno), tz->bracket_col[i]);
    return fail_at(tz, SE_SYNTAX, lineno, offset, 0, TEXT_PARSER, "'%c' was never closed",
                   tz->brackets[i]);
}

/* After a backslash: the next character must end the line, and input must follow.
 * in_token: the backslash follows a token's start on its line (not in the indentation); when
 * it is not, a file's EOF position is column 0 (see tokenizer_eof_column_is_zero). */
static int join_continuation_line(Tokenizer *tz, int in_token) {
    int lineno = tz->lineno;
    const char *line = tz->line_start;
    int c = next_char(tz);
    if (c != '\n') {
        tz->error_deferred = 1;
        fail_at(tz, SE_SYNTAX, lineno, parser_offset(tz, line, (int)(tz->p - 1 - line)), 0,
                TEXT_PARSER, "unexpected character after line continuation character");
        return -1;
    }
    c = next_char(tz);
    if (c == END_OF_INPUT) {
        if (tz->level > 0) {
            fail_unclosed_bracket(tz);
        } else {
            int offset = in_token || !tokenizer_eof_column_is_zero(tz)
                             ? parser_offset(tz, line, (int)line_length_with_newline(line)) - 1
                             : 0;
            tz->error_deferred = 1;
            fail_at(tz, SE_SYNTAX, lineno, offset, -1, TEXT_PARSER, "unexpected EOF while parsing");
        }
        return -1;
    }
    back_up(tz, c);
    return 0;
}

/* ---- Token construction ---- */

static void begin_token(Tokenizer *tz, const char *start) {
    tz->tok_start = start;
    tz->tok_lineno = tz->lineno;
    tz->tok_line_start = tz->line_start;
}

/* A token from tok_start to p (which is on line `lineno`). */
static TokenKind emit(Tokenizer *tz, TokenKind kind, Token *out) {
    out->kind = kind;
    out->start = tz->tok_start;
    out->end = tz->p;
    out->lineno = tz->tok_lineno;
    out->col_offset = (int)(tz->tok_start - tz->tok_line_start);
    out->end_lineno = tz->lineno;
    out->end_col_offset = (int)(tz->p - tz->line_start);
    return kind;
}

/* NEWLINE/NL: the text is empty, placed at the '\n' just consumed; a NEWLINE that follows
 * a comment starts at the comment, as in CPython. */
static TokenKind emit_line_end(Tokenizer *tz, TokenKind kind, Token *out) {
    const char *nl = tz->p - 1;
    out->kind = kind;
    out->start = out->end = nl;
    out->lineno = out->end_lineno = tz->tok_lineno;
    out->col_offset = (int)(tz->tok_start - tz->tok_line_start);
    out->end_col_offset = (int)(nl - tz->tok_line_start);
    if (kind == TOK_NL || (tz->flags & TOKENIZE_COMMENTS)) out->col_offset = out->end_col_offset;
    return kind;
}

/* ---- Indentation ---- */

/* Measures the indentation of a new line and queues INDENT/DEDENT tokens. */
static int read_indentation(Tokenizer *tz) {
    int col = 0, alt_col = 0, cont_col = 0, c;
    for (;;) {
        c = next_char(tz);
        if (c == ' ') {
            col++;
            alt_col++;
        } else if (c == '\t') {
            col = (col / TAB_SIZE + 1) * TAB_SIZE;
            alt_col++;
        } else if (c == '\f') {
            col = alt_col = 0;
        } else if (c == '\\') {
            /* indentation split by a backslash: the first one fixes the level */
            cont_col = cont_col ? cont_col : col;
            if (join_continuation_line(tz, 0) < 0) return -1;
        } else {
            break;
        }
    }
    back_up(tz, c);
    tz->blank_line = c == '#' || c == '\n';
    if (tz->blank_line || tz->level > 0) return 0;
    if (cont_col) col = alt_col = cont_col;
    int top = tz->indent;
    if (col == tz->indents[top]) {
        if (alt_col != tz->alt_indents[top]) goto tab_error;
    } else if (col > tz->indents[top]) {
        if (top + 1 >= MAX_INDENT) {
            fail_indentation(tz, SE_INDENTATION, "too many levels of indentation");
            return -1;
        }
        if (alt_col <= tz->alt_indents[top]) goto tab_error;
        tz->pending++;
        tz->indent = ++top;
        tz->indents[top] = col;
        tz->alt_indents[top] = alt_col;
    } else {
        while (top > 0 && col < tz->indents[top]) {
            tz->pending--;
            top--;
        }
        tz->indent = top;
        if (col != tz->indents[top]) {
            const char *line = tz->line_start;
            int offset = parser_offset(tz, line, (int)line_length_with_newline(line)) - 1;
            tz->error_deferred = 1;
            fail_at(tz, SE_INDENTATION, tz->lineno, offset, -1, TEXT_PARSER,
                    "unindent does not match any outer indentation level");
            return -1;
        }
        if (alt_col != tz->alt_indents[top]) goto tab_error;
    }
    return 0;
tab_error:
    fail_indentation(tz, SE_TAB, "inconsistent use of tabs and spaces in indentation");
    return -1;
}

/* ---- Names ---- */

static TokenKind check_identifier(Tokenizer *tz) {
    const char *bad = NULL, *after = NULL;
    uint32_t cp = 0;
    int r = identifier_find_invalid(tz->tok_start, tz->p, &bad, &after, &cp);
    if (r == IDENT_OK) return TOK_NAME;
    if (r == IDENT_BAD_UTF8) {
        char msg[128];
        identifier_utf8_error(tz->tok_start, bad, tz->p, msg, sizeof msg);
        int offset = count_chars(tz->line_start, tz->p);
        return fail_at(tz, SE_SYNTAX, tz->lineno, offset, -1, TEXT_PARSER, "(unicode error) %s",
                       msg);
    }
    tz->p = after; /* the error points just after the offending character */
    char hex[16], utf8[5];
    snprintf(hex, sizeof hex, "%04X", (unsigned)cp);
    if (identifier_char_is_printable(cp)) {
        utf8[identifier_encode_utf8(cp, utf8)] = '\0';
        return fail_here(tz, "invalid character '%s' (U+%s)", utf8, hex);
    }
    return fail_here(tz, "invalid non-printable character U+%s", hex);
}

/* ---- Numbers ---- */

/* Digits with single underscores between them; returns the next char or -2 on error. */
static int decimal_tail(Tokenizer *tz) {
    int c;
    for (;;) {
        do c = next_char(tz);
        while (is_digit(c));
        if (c != '_') return c;
        c = next_char(tz);
        if (!is_digit(c)) {
            back_up(tz, c);
            fail_here(tz, "invalid decimal literal");
            return -2;
        }
    }
}

/* c (already read) follows a number: a letter glued to it is an error, except the
 * keywords that may legally follow a number ("1if x else y"). */
static int check_number_end(Tokenizer *tz, int c, const char *kind) {
    static const char *const follow[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    for (size_t i = 0; i < sizeof follow / sizeof *follow; i++) {
        size_t n = strlen(follow[i]) - 1;
        if (c == follow[i][0] && (size_t)(tz->end - tz->p) >= n &&
            memcmp(tz->p, follow[i] + 1, n) == 0)
            return 0;
    }
    if (c >= 128 || !is_identifier_byte(c)) return 0; /* non-ASCII: checked as a name next */
    back_up(tz, c);
    fail_here(tz, "invalid %s literal", kind);
    return -1;
}

/* Digits of base 16, 8 or 2 after the prefix, with single underscores. */
static TokenKind radix_number(Tokenizer *tz, int base, Token *out) {
    static const char *const names[] = {[2] = "binary", [8] = "octal", [16] = "hexadecimal"};
    const char *kind = names[base];
    int c = next_char(tz);
    do {
        if (c == '_') c = next_char(tz);
        int ok = base == 16 ? is_hex_digit(c) : c >= '0' && c < '0' + base;
        if (!ok) {
            if (base != 16 && is_digit(c))
                return fail_here(tz, "invalid digit '%c' in %s literal", c, kind);
            back_up(tz, c);
            return fail_here(tz, "invalid %s literal", kind);
        }
        do c = next_char(tz);
        while (base == 16 ? is_hex_digit(c) : c >= '0' && c < '0' + base);
    } while (c == '_');
    if (base != 16 && is_digit(c))
        return fail_here(tz, "invalid digit '%c' in %s literal", c, kind);
    if (check_number_end(tz, c, kind) < 0) return TOK_ERRORTOKEN;
    back_up(tz, c);
    return emit(tz, TOK_NUMBER, out);
}

/* The rest of a decimal number from c: fraction digits (when after_dot), exponent, 'j'. */
static TokenKind float_tail(Tokenizer *tz, int c, int after_dot, Token *out) {
    if (after_dot && is_digit(c) && (c = decimal_tail(tz)) == -2) return TOK_ERRORTOKEN;
    if (c == 'e' || c == 'E') {
        int e = c;
        c = next_char(tz);
        if (c == '+' || c == '-') {
            c = next_char(tz);
            if (!is_digit(c)) {
                back_up(tz, c);
                return fail_here(tz, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            back_up(tz, c);
            if (check_number_end(tz, e, "decimal") < 0) return TOK_ERRORTOKEN;
            back_up(tz, e);
            return emit(tz, TOK_NUMBER, out);
        }
        if ((c = decimal_tail(tz)) == -2) return TOK_ERRORTOKEN;
    }
    if (c == 'j' || c == 'J') {
        c = next_char(tz);
        if (check_number_end(tz, c, "imaginary") < 0) return TOK_ERRORTOKEN;
    } else if (check_number_end(tz, c, "decimal") < 0) {
        return TOK_ERRORTOKEN;
    }
    back_up(tz, c);
    return emit(tz, TOK_NUMBER, out);
}

/* A number starting with a digit 1-9 (already read). */
static TokenKind nonzero_number(Tokenizer *tz, Token *out) {
    int c = decimal_tail(tz);
    if (c == -2) return TOK_ERRORTOKEN;
    if (c == '.') return float_tail(tz, next_char(tz), 1, out);
    return float_tail(tz, c, 0, out);
}

/* A number starting with '0' (already read). */
static TokenKind zero_number(Tokenizer *tz, Token *out) {
    int c = next_char(tz);
    if (c == 'x' || c == 'X') return radix_number(tz, 16, out);
    if (c == 'o' || c == 'O') return radix_number(tz, 8, out);
    if (c == 'b' || c == 'B') return radix_number(tz, 2, out);
    for (;;) { /* more zeros, possibly with underscores */
        if (c == '_') {
            c = next_char(tz);
            if (!is_digit(c)) {
                back_up(tz, c);
                return fail_here(tz, "invalid decimal literal");
            }
        }
        if (c != '0') break;
        c = next_char(tz);
    }
    const char *zeros_end = tz->p;
    int nonzero = is_digit(c);
    if (nonzero && (c = decimal_tail(tz)) == -2) return TOK_ERRORTOKEN;
    if (c == '.') return float_tail(tz, next_char(tz), 1, out);
    if (c == 'e' || c == 'E' || c == 'j' || c == 'J') return float_tail(tz, c, 0, out);
    if (nonzero) {
        back_up(tz, c);
        return fail_at(tz, SE_SYNTAX, tz->lineno, (int)(tz->tok_start + 1 - tz->line_start),
                       (int)(zeros_end - tz->line_start), TEXT_TOKENIZER,
                       "leading zeros in decimal integer literals are not permitted; use an "
                       "0o prefix for octal integers");
    }
    if (check_number_end(tz, c, "decimal") < 0) return TOK_ERRORTOKEN;
    back_up(tz, c);
    return emit(tz, TOK_NUMBER, out);
}

/* ---- Strings ---- */

/* A string literal whose opening quote was just read (its prefix is already consumed). */
static TokenKind string_literal(Tokenizer *tz, int quote, Token *out) {
    int quote_size = 1, end_quote_size = 0;
    int c = next_char(tz);
    if (c == quote) {
        c = next_char(tz);
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1; /* empty string */
    }
    if (c != quote) back_up(tz, c);
    while (end_quote_size != quote_size) {
        c = next_char(tz);
        if (c == END_OF_INPUT || (quote_size == 1 && c == '\n')) {
            int detected_at = last_line_read(tz); /* the '\n' or EOF ends it */
            int offset = count_chars(tz->tok_line_start, tz->tok_start) + 1;
            return fail_at(tz, SE_SYNTAX, tz->tok_lineno, offset, offset, TEXT_TOKENIZER,
                           quote_size == 3 ? "unterminated triple-quoted string literal "
                                             "(detected at line %d)"
                                           : "unterminated string literal (detected at line %d)",
                           detected_at);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') next_char(tz);
        }
    }
    return emit(tz, TOK_STRING, out);
}

/* A name, or a string with a prefix (b, r, u, f, br, rb, fr, rf in any case). */
static TokenKind name_or_prefixed_string(Tokenizer *tz, int c, Token *out) {
    int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
    for (;;) {
        int lower = c | 0x20;
        if (lower == 'b' && !(saw_b || saw_u || saw_f))
            saw_b = 1;
        else if (lower == 'u' && !(saw_b || saw_u || saw_r || saw_f))
            saw_u = 1;
        else if (lower == 'r' && !(saw_r || saw_u))
            saw_r = 1;
        else if (lower == 'f' && !(saw_f || saw_b || saw_u))
            saw_f = 1;
        else
            break;
        c = next_char(tz);
        if (c == '"' || c == '\'') return string_literal(tz, c, out);
    }
    int nonascii = 0;
    while (is_identifier_byte(c)) {
        nonascii |= c >= 128;
        c = next_char(tz);
    }
    back_up(tz, c);
    if (nonascii && check_identifier(tz) == TOK_ERRORTOKEN) return TOK_ERRORTOKEN;
    return emit(tz, TOK_NAME, out);
}

/* ---- Operators ---- */

typedef struct Operator {
    const char *text;
    TokenKind kind;
} Operator;

/* Longest first: three-character operators, then two, then one. */
static const Operator operators[] = {
    {"**=", TOK_DOUBLESTAREQUAL},
    {"//=", TOK_DOUBLESLASHEQUAL},
    {">>=", TOK_RIGHTSHIFTEQUAL},
    {"<<=", TOK_LEFTSHIFTEQUAL},
    {"...", TOK_ELLIPSIS},
    {"==", TOK_EQEQUAL},
    {"!=", TOK_NOTEQUAL},
    {"<>", TOK_NOTEQUAL},
    {"<=", TOK_LESSEQUAL},
    {"<<", TOK_LEFTSHIFT},
    {">=", TOK_GREATEREQUAL},
    {">>", TOK_RIGHTSHIFT},
    {"->", TOK_RARROW},
    {"-=", TOK_MINEQUAL},
    {"+=", TOK_PLUSEQUAL},
    {"*=", TOK_STAREQUAL},
    {"**", TOK_DOUBLESTAR},
    {"/=", TOK_SLASHEQUAL},
    {"//", TOK_DOUBLESLASH},
    {"%=", TOK_PERCENTEQUAL},
    {"&=", TOK_AMPEREQUAL},
    {"|=", TOK_VBAREQUAL},
    {"^=", TOK_CIRCUMFLEXEQUAL},
    {"@=", TOK_ATEQUAL},
    {":=", TOK_COLONEQUAL},
    {"(", TOK_LPAR},
    {")", TOK_RPAR},
    {"[", TOK_LSQB},
    {"]", TOK_RSQB},
    {":", TOK_COLON},
    {",", TOK_COMMA},
    {";", TOK_SEMI},
    {"+", TOK_PLUS},
    {"-", TOK_MINUS},
    {"*", TOK_STAR},
    {"/", TOK_SLASH},
    {"|", TOK_VBAR},
    {"&", TOK_AMPER},
    {"<", TOK_LESS},
    {">", TOK_GREATER},
    {"=", TOK_EQUAL},
    {".", TOK_DOT},
    {"%", TOK_PERCENT},
    {"{", TOK_LBRACE},
    {"}", TOK_RBRACE},
    {"~", TOK_TILDE},
    {"^", TOK_CIRCUMFLEX},
    {"@", TOK_AT},
};

static const Operator *match_operator(const char *p, const char *end) {
    for (size_t i = 0; i < sizeof operators / sizeof *operators; i++) {
        size_t n = strlen(operators[i].text);
        if ((size_t)(end - p) >= n && memcmp(p, operators[i].text, n) == 0) return &operators[i];
    }
    return NULL;
}

/* Pushes or pops the bracket c; -1 on error. */
static int track_bracket(Tokenizer *tz, int c) {
    if (c == '(' || c == '[' || c == '{') {
        if (tz->level >= MAX_LEVEL) {
            fail_here(tz, "too many nested parentheses");
            return -1;
        }
        tz->brackets[tz->level] = (char)c;
        tz->bracket_lineno[tz->level] = tz->lineno;
        tz->bracket_col[tz->level] = (int)(tz->tok_start - tz->line_start);
        tz->level++;
    } else if (c == ')' || c == ']' || c == '}') {
        if (tz->level == 0) {
            fail_here(tz, "unmatched '%c'", c);
            return -1;
        }
        int open = tz->brackets[--tz->level];
        int match =
            (open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}');
        if (match) return 0;
        if (tz->bracket_lineno[tz->level] != tz->lineno)
            fail_here(tz,
                      "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                      c, open, tz->bracket_lineno[tz->level]);
        else
            fail_here(tz, "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                      open);
        return -1;
    }
    return 0;
}

static TokenKind operator_or_error(Tokenizer *tz, int c, Token *out) {
    const Operator *op = match_operator(tz->tok_start, tz->end);
    if (op && op->text[1]) {
        tz->p = tz->tok_start + strlen(op->text);
        return emit(tz, op->kind, out);
    }
    if (op && track_bracket(tz, c) < 0) return TOK_ERRORTOKEN;
    if (c < ' ' || c == 0x7F) return fail_here(tz, "invalid non-printable character U+%04X", c);
    return emit(tz, op ? op->kind : TOK_OP, out);
}

/* ---- The token loop ---- */

static TokenKind at_end_of_input(Tokenizer *tz, Token *out) {
    if (tz->state == TZ_FAILED) return TOK_ERRORTOKEN;
    if (tz->level > 0) return fail_unclosed_bracket(tz);
    tz->state = TZ_ENDED;
    begin_token(tz, tz->p);
    return emit(tz, TOK_ENDMARKER, out);
}

static TokenKind next_token(Tokenizer *tz, Token *out) {
    int c;
    for (;;) {
        tz->in_token = 0;
        if (tz->at_line_start) {
            tz->at_line_start = 0;
            if (read_indentation(tz) < 0) return TOK_ERRORTOKEN;
            if (tz->pending != 0) {
                begin_token(tz, tz->p);
                TokenKind kind = tz->pending > 0 ? TOK_INDENT : TOK_DEDENT;
                tz->pending += tz->pending > 0 ? -1 : 1;
                if (kind == TOK_INDENT) tz->tok_start = tz->line_start;
                return emit(tz, kind, out);
            }
        } else if (tz->pending < 0) {
            tz->pending++;
            begin_token(tz, tz->p);
            return emit(tz, TOK_DEDENT, out);
        }
        while (tz->p < tz->end && (*tz->p == ' ' || *tz->p == '\t' || *tz->p == '\f')) tz->p++;
        begin_token(tz, tz->p);
        tz->in_token = 1;
        c = next_char(tz);
        if (c == '#') {
            while (c != END_OF_INPUT && c != '\n') c = next_char(tz);
            if (tz->flags & TOKENIZE_COMMENTS) {
                back_up(tz, c);
                return emit(tz, TOK_COMMENT, out);
            }
        }
        if (c == END_OF_INPUT) return at_end_of_input(tz, out);
        if (c == '\n') {
            tz->at_line_start = 1;
            if (!tz->blank_line && tz->level == 0) return emit_line_end(tz, TOK_NEWLINE, out);
            if (tz->flags & TOKENIZE_COMMENTS) return emit_line_end(tz, TOK_NL, out);
            continue;
        }
        if (c == '\\') {
            if (join_continuation_line(tz, 1) < 0) return TOK_ERRORTOKEN;
            continue;
        }
        if (is_identifier_start_byte(c)) return name_or_prefixed_string(tz, c, out);
        if (c == '0') return zero_number(tz, out);
        if (is_digit(c)) return nonzero_number(tz, out);
        if (c == '.' && is_digit((unsigned char)*tz->p))
            return float_tail(tz, next_char(tz), 1, out);
        if (c == '"' || c == '\'') return string_literal(tz, c, out);
        return operator_or_error(tz, c, out);
    }
}

TokenKind tokenizer_next(Tokenizer *tz, Token *out) {
    memset(out, 0, sizeof *out);
    if (tz->state == TZ_FAILED) return out->kind = TOK_ERRORTOKEN;
    if (tz->state == TZ_ENDED) {
        begin_token(tz, tz->p);
        return emit(tz, TOK_ENDMARKER, out);
    }
    TokenKind kind = next_token(tz, out);
    if (kind == TOK_ERRORTOKEN || tz->state == TZ_FAILED) {
        kind = TOK_ERRORTOKEN;
        tz->state = TZ_FAILED;
        out->kind = TOK_ERRORTOKEN;
    }
    return kind;
}

/* ---- Creation and queries ---- */

static int build_line_table(Tokenizer *tz) {
    size_t len = tz->src.len;
    int n = 0, unterminated = len > 0 && tz->src.buf[len - 1] != '\n';
    for (size_t i = 0; i < len; i++) n += tz->src.buf[i] == '\n';
    tz->line_offsets = mem_alloc(((size_t)n + 2) * sizeof *tz->line_offsets);
    if (!tz->line_offsets) return -1;
    tz->nlines = n + unterminated;
    size_t *w = tz->line_offsets;
    *w++ = 0;
    for (size_t i = 0; i < len; i++)
        if (tz->src.buf[i] == '\n') *w++ = i + 1;
    if (unterminated) *w = len;
    return 0;
}

Tokenizer *tokenizer_new(const char *src, size_t len, int from_string, int flags) {
    if (len > INT_MAX / 2) return NULL; /* columns and offsets are ints */
    Tokenizer *tz = mem_calloc(1, sizeof *tz);
    if (!tz) return NULL;
    tz->flags = flags;
    tz->from_string = from_string;
    tz->lineno = tz->buffer_line = 1;
    tz->at_line_start = 1;
    tz->origin = from_string                     ? SOURCE_STR
                 : (flags & TOKENIZE_FROM_BYTES) ? SOURCE_BYTES
                                                 : SOURCE_FILE;
    int final_newline = !(flags & TOKENIZE_NO_FINAL_NEWLINE);
    if (source_decode(src, len, tz->origin, final_newline, &tz->src, &tz->err) < 0) {
        if (tz->err.kind == SE_MEMORY) {
            tokenizer_free(tz);
            return NULL;
        }
        tz->state = TZ_FAILED;
        static char empty[1];
        tz->src.buf = NULL;
        tz->p = tz->end = tz->line_start = empty;
    } else {
        tz->p = tz->line_start = tz->src.buf;
        tz->end = tz->src.buf + (tz->src.bad_line ? tz->src.bad_line_offset : tz->src.len);
    }
    if (build_line_table(tz) < 0) {
        tokenizer_free(tz);
        return NULL;
    }
    return tz;
}

void tokenizer_free(Tokenizer *tz) {
    if (!tz) return;
    syntax_error_clear(&tz->err);
    source_text_free(&tz->src);
    mem_free(tz->line_offsets);
    mem_free(tz->filename);
    mem_free(tz);
}

const SyntaxErrorInfo *tokenizer_error(const Tokenizer *tz) { return &tz->err; }
SyntaxErrorInfo *tokenizer_error_mut(Tokenizer *tz) { return &tz->err; }
const char *tokenizer_encoding(const Tokenizer *tz) { return tz->src.encoding; }

const char *tokenizer_line(const Tokenizer *tz, int lineno, size_t *len) {
    if (lineno < 1 || lineno > tz->nlines) return NULL;
    const char *line = line_at(tz, lineno);
    *len = tz->line_offsets[lineno] - tz->line_offsets[lineno - 1];
    return line;
}

int tokenizer_byte_to_char_offset(const Tokenizer *tz, int lineno, int byte_col) {
    size_t len;
    const char *line = tokenizer_line(tz, lineno, &len);
    if (!line || byte_col <= 0) return byte_col < 0 ? 0 : byte_col;
    return identifier_error_offset(line, line + len, (size_t)byte_col) - 1;
}

int tokenizer_is_implicit_newline(const Tokenizer *tz, const Token *tok) {
    return tz->src.implicit_newline && tz->src.len > 0 &&
           tok->start == tz->src.buf + tz->src.len - 1;
}

int tokenizer_eof_column_is_zero(const Tokenizer *tz) { return tz->origin == SOURCE_FILE; }

int tokenizer_columns_in_bytes(const Tokenizer *tz) {
    return !tz->from_string && !tz->src.declared;
}

int tokenizer_set_filename(Tokenizer *tz, const char *filename) {
    mem_free(tz->filename);
    tz->filename = mem_strndup(filename, strlen(filename));
    return tz->filename ? 0 : -1;
}

int tokenizer_error_is_deferred(const Tokenizer *tz) {
    return tz->state == TZ_FAILED && tz->error_deferred;
}

int tokenizer_open_brackets(const Tokenizer *tz, int *lineno) {
    if (tz->level > 0) *lineno = tz->bracket_lineno[tz->level - 1];
    return tz->level;
}

void tokenizer_dedent_all(Tokenizer *tz) {
    tz->pending = -tz->indent;
    tz->indent = 0;
    if (tz->state == TZ_ENDED && tz->pending) tz->state = TZ_RUNNING;
}

void tokenizer_set_unclosed_bracket_error(Tokenizer *tz) {
    if (tz->level > 0) fail_unclosed_bracket(tz);
}

const char *tokenizer_parser_error_text(const Tokenizer *tz, int lineno, size_t *len) {
    return error_text(tz, lineno, TEXT_PARSER, len);
}
