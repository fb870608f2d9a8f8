/* fstring.h: building the value of a run of adjacent string literals (parser_string.c) and
 * parsing the inside of f-strings into it (fstring.c), as CPython 3.11's string parser does:
 * literal text is merged into Constant parts, `{...}` become FormattedValue parts. */
#ifndef PVM_FSTRING_H
#define PVM_FSTRING_H

#include "parser_internal.h"

typedef struct StrBuilder {
    PtrList parts; /* Expr*: Constant and FormattedValue nodes */
    char *lit;     /* pending literal text (mem_alloc'd), merged into the next Constant */
    size_t lit_len, lit_cap;
    int fmode; /* an f-string was seen: the result is a JoinedStr */
} StrBuilder;

/* The positions every part of a string run gets (CPython: first and last STRING token). */
typedef struct StrSpan {
    const PTok *first, *last;
} StrSpan;

void strb_init(StrBuilder *b);
void strb_free(StrBuilder *b);
int strb_append(Parser *p, StrBuilder *b, const char *s, size_t n); /* 0 on OOM (error set) */
/* Turns pending literal text into a Constant part. */
int strb_flush(Parser *p, StrBuilder *b, StrSpan span);
/* The final node: a Constant (no f-string) or a JoinedStr; frees b. */
Expr *strb_finish(Parser *p, StrBuilder *b, StrSpan span);

/* Parses the body of the f-string token `t` (text between the quotes) into b.
 * Returns 0 on error (set on p). */
int fstring_parse_body(Parser *p, StrBuilder *b, const char *body, size_t len, int raw,
                       const PTok *t, StrSpan span);

/* Runs a sub-parser over "(expr)" (parser.c). */
void *parser_run(Parser *p);

#endif
