/* tokenizer.h: the Python 3.11 tokenizer: raw source bytes -> tokens (NAME, NUMBER, STRING,
 * operators, NEWLINE/INDENT/DEDENT ...) with CPython's positions and SyntaxError messages.
 * Also decodes the source (BOM, PEP 263 cookie) and NFKC-normalises identifiers. */
#ifndef PVM_TOKENIZER_H
#define PVM_TOKENIZER_H

#include <stddef.h>
#include "syntax_error.h"

typedef enum TokenKind {
    TOK_ENDMARKER,
    TOK_NAME,
    TOK_NUMBER,
    TOK_STRING,
    TOK_NEWLINE,
    TOK_INDENT,
    TOK_DEDENT,
    TOK_LPAR,
    TOK_RPAR,
    TOK_LSQB,
    TOK_RSQB,
    TOK_COLON,
    TOK_COMMA,
    TOK_SEMI,
    TOK_PLUS,
    TOK_MINUS,
    TOK_STAR,
    TOK_SLASH,
    TOK_VBAR,
    TOK_AMPER,
    TOK_LESS,
    TOK_GREATER,
    TOK_EQUAL,
    TOK_DOT,
    TOK_PERCENT,
    TOK_LBRACE,
    TOK_RBRACE,
    TOK_EQEQUAL,
    TOK_NOTEQUAL,
    TOK_LESSEQUAL,
    TOK_GREATEREQUAL,
    TOK_TILDE,
    TOK_CIRCUMFLEX,
    TOK_LEFTSHIFT,
    TOK_RIGHTSHIFT,
    TOK_DOUBLESTAR,
    TOK_PLUSEQUAL,
    TOK_MINEQUAL,
    TOK_STAREQUAL,
    TOK_SLASHEQUAL,
    TOK_PERCENTEQUAL,
    TOK_AMPEREQUAL,
    TOK_VBAREQUAL,
    TOK_CIRCUMFLEXEQUAL,
    TOK_LEFTSHIFTEQUAL,
    TOK_RIGHTSHIFTEQUAL,
    TOK_DOUBLESTAREQUAL,
    TOK_DOUBLESLASH,
    TOK_DOUBLESLASHEQUAL,
    TOK_AT,
    TOK_ATEQUAL,
    TOK_RARROW,
    TOK_ELLIPSIS,
    TOK_COLONEQUAL,
    TOK_EXCLAMATION, /* reserved: 3.11 never produces it ('!' alone is an error token) */
    TOK_COMMENT,     /* only with TOKENIZE_COMMENTS */
    TOK_NL,          /* only with TOKENIZE_COMMENTS: a non-logical line end */
    TOK_ERRORTOKEN,
    TOK_OP, /* '!', '$', '?' or '`' alone: CPython's generic OP token, which no grammar rule
               accepts (the parser reports "invalid syntax" at it); tokenize shows ERRORTOKEN */
    TOK__COUNT
} TokenKind;

/* "ENDMARKER", "NAME", ... as CPython's token.tok_name. */
extern const char *const token_names[TOK__COUNT];

typedef struct Token {
    TokenKind kind;
    /* The token's text in the tokenizer's buffer (valid until tokenizer_free). Empty for
     * NEWLINE/NL (at the '\n'; but a NEWLINE that follows a comment has the comment's
     * col_offset, as in CPython), DEDENT and ENDMARKER; an INDENT's text is the indentation. */
    const char *start, *end;
    int lineno, col_offset; /* 1-based line; 0-based column in UTF-8 BYTES */
    int end_lineno, end_col_offset;
} Token;

typedef struct Tokenizer Tokenizer;

enum {
    /* also return TOK_COMMENT and TOK_NL (token dump); the parser passes 0 */
    TOKENIZE_COMMENTS = 1,
    TOKENIZE_FROM_BYTES = 2,      /* with from_string 0: the source is a bytes object given to
                                     compile()/exec()/eval(); without it, a file the interpreter reads
                                     (null bytes and non-UTF-8 lines are then reported as CPython does
                                     for files, when the scan reaches them) */
    TOKENIZE_NO_FINAL_NEWLINE = 4 /* str/bytes input of eval/single mode: a last line without
                                     '\n' gets none (CPython adds it for "exec" input only) */
};

/* src: raw source bytes (honours a UTF-8 BOM and a PEP 263 coding cookie on line 1 or 2 naming
 * any codec of source_codecs.h; an unknown or failing encoding gives CPython's SyntaxError
 * ("encoding problem: X" for a file, "unknown encoding: X" or the codec's message for
 * compile() input) from the first tokenizer_next).
 * from_string: the source came from a str (already UTF-8, cookie ignored).
 * The source is copied. Returns NULL only on out-of-memory (or a source over 1 GiB). */
Tokenizer *tokenizer_new(const char *src, size_t len, int from_string, int flags);

/* Next token; TOK_ERRORTOKEN on error (and on every later call), then tokenizer_error()
 * describes it. After TOK_ENDMARKER keeps returning TOK_ENDMARKER. */
TokenKind tokenizer_next(Tokenizer *tz, Token *out);

const SyntaxErrorInfo *tokenizer_error(const Tokenizer *tz);
SyntaxErrorInfo *tokenizer_error_mut(Tokenizer *tz); /* lets the parser set/replace the error */

/* After TOK_ERRORTOKEN: true for the errors CPython's tokenizer signals with an error code
 * that its parser turns into the exception only when the parser itself reads the failing
 * token: TabError, IndentationError ("unindent does not match ...", "too many levels of
 * indentation"), "unexpected character after line continuation character", "unexpected EOF
 * while parsing" and "'(' was never closed" at EOF. When CPython tokenizes the rest of the
 * source after a syntax error (_PyPegen_tokenize_full_source_to_check_for_errors), such an
 * error does not replace the parser's error, except that with brackets still open whose
 * innermost one is on a line before the parser's error line, the error becomes
 * "'(' was never closed" (use tokenizer_open_brackets + tokenizer_set_unclosed_bracket_error).
 * Other tokenizer errors always replace a generic "invalid syntax". */
int tokenizer_error_is_deferred(const Tokenizer *tz);

/* The number of open brackets; if any, *lineno = the line of the innermost one. */
int tokenizer_open_brackets(const Tokenizer *tz, int *lineno);

/* Makes the next tokens DEDENTs back to column 0 (CPython's single-input end of file). */
void tokenizer_dedent_all(Tokenizer *tz);

/* Sets the error to "'(' was never closed" for the innermost open bracket (if any). */
void tokenizer_set_unclosed_bracket_error(Tokenizer *tz);

/* A source line (UTF-8, with its newline; a last line without one gets one added unless
 * TOKENIZE_NO_FINAL_NEWLINE) for error display; NULL if out of range. */
const char *tokenizer_line(const Tokenizer *tz, int lineno, size_t *len);

/* SyntaxError.text as CPython sets it for an error its parser locates on `lineno`. File
 * input: the line with its newline. compile()/exec() input: on the last line the tokenizer
 * has read, CPython's whole tokenizer buffer: from the first line of the token that was in
 * progress when that line was read (a multi-line string, a backslash-continued line) to the
 * end of the line, with its newline; on an earlier line, the line without its newline.
 * NULL if out of range. (The tokenizer's own errors already carry the right text.) */
const char *tokenizer_parser_error_text(const Tokenizer *tz, int lineno, size_t *len);

/* Converts a 0-based byte column on `lineno` into a 0-based code point column (add 1 for
 * SyntaxError.offset). Out-of-range input is clamped. */
int tokenizer_byte_to_char_offset(const Tokenizer *tz, int lineno, int byte_col);

/* CPython quirk: errors that the parser locates itself ("invalid syntax", "'(' was never
 * closed", ...) report SyntaxError.offset/end_offset as byte columns + 1 instead of code
 * point columns when the source is bytes or a file (not a str) with no coding cookie and no
 * BOM. True in that case; the parser should then not convert. The tokenizer's own errors
 * already follow this rule. */
int tokenizer_columns_in_bytes(const Tokenizer *tz);

/* CPython's file tokenizer empties its buffer when it reads the end of the file outside a
 * token, so an error located by the tokenizer's position there (at the ENDMARKER, at a DEDENT
 * at the end, or after a backslash in the indentation of the last line) has offset 0 for file
 * input; compile() of a str or bytes keeps the end of the last line. True for file input. */
int tokenizer_eof_column_is_zero(const Tokenizer *tz);

/* The file name used in the "Non-UTF-8 code starting with ... in file NAME ..." error of
 * file input (default "<string>"). 0, or -1 on out-of-memory. */
int tokenizer_set_filename(Tokenizer *tz, const char *filename);

/* The encoding name as `tokenize` reports it ("utf-8", "utf-8-sig", "iso-8859-1", ...). */
const char *tokenizer_encoding(const Tokenizer *tz);

/* True if the NEWLINE/NL token tok ends at the '\n' the tokenizer added after a last line
 * that had none (the tokenize module shows such a token with empty text). */
int tokenizer_is_implicit_newline(const Tokenizer *tz, const Token *tok);

void tokenizer_free(Tokenizer *tz);

/* NFKC form of an identifier (UTF-8), mem_alloc'd and NUL-terminated; NULL on OOM. */
char *identifier_normalize(const char *s, size_t len, size_t *out_len);

#endif
