/* compile_error.c: building the SyntaxErrors of the symbol table and the compiler, and
 * the recursion limit of the compile passes. */
#include "compile_error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../modules/sys.h"
#include "../object/str.h"
#include "../vm/errors.h"
#include "../vm/state.h"

/* The text of line `lineno` (with its newline) inside src, or NULL. */
static char *source_line(const SourceRef *s, int lineno) {
    if (!s->src || lineno < 1) return NULL;
    const char *p = s->src, *end = s->src + s->len;
    for (int line = 1; line < lineno; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
    return mem_strndup(p, n);
}

int compile_error_at(const SourceRef *s, int lineno, int col, int end_lineno, int end_col,
                     const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    SyntaxErrorInfo info = {0};
    info.kind = SE_SYNTAX;
    info.msg = msg;
    info.lineno = lineno;
    info.offset = col + 1;
    info.end_lineno = end_lineno;
    info.end_offset = end_col + 1;
    /* like CPython, the text comes from the file itself: none for "<string>" and co. */
    bool real_file = s->filename && s->filename[0] != '<';
    info.text = real_file ? source_line(s, lineno) : NULL;
    err_from_syntax_info(&info, s->filename);
    mem_free(info.text);
    return -1;
}

int compile_warn(const SourceRef *s, int lineno, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Value err = sys_get("stderr");
    if (!err || err == NONE) return 0;
    bool real_file = s->filename && s->filename[0] != '<';
    char *line = real_file ? source_line(s, lineno) : NULL;
    const char *text = line ? line : "";
    while (*text == ' ' || *text == '\t' || *text == '\f') text++;
    size_t n = strlen(text);
    while (n && (text[n - 1] == '\n' || text[n - 1] == '\r' || text[n - 1] == ' ')) n--;
    size_t size = strlen(s->filename ? s->filename : "") + strlen(msg) + n + 64;
    char *buf = mem_alloc(size);
    if (!buf) {
        mem_free(line);
        return err_no_memory(), -1;
    }
    int len = snprintf(buf, size, "%s:%d: SyntaxWarning: %s\n", s->filename ? s->filename : "",
                       lineno, msg);
    if (n) len += snprintf(buf + len, size - (size_t)len, "  %.*s\n", (int)n, text);
    Value out = str_from_utf8(buf, (size_t)len);
    mem_free(buf);
    mem_free(line);
    if (!out) return -1;
    Value r = object_call_method(err, NAME(write), &out, 1);
    decref(out);
    if (!r) return -1;
    decref(r);
    return 0;
}

int compile_depth_limit(void) {
    ThreadState *ts = current_thread();
    int limit = ts->recursion_limit > 0 ? ts->recursion_limit : 1000;
    if (limit > 4000) limit = 4000; /* each AST level costs C stack in every pass */
    return limit * 3 - ts->recursion_depth * 3;
}

int compile_recursion_error(void) {
    err_set_str(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
    return -1;
}
