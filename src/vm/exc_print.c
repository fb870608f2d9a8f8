/* exc_print.c: printing an uncaught exception exactly as CPython 3.11's C display does:
 * "Traceback (most recent call last):" entries with the stripped source line and the
 * ^^^^ / ~~~^~~~ markers (anchors found by parsing the marked segment), "[Previous line
 * repeated N more times]", __cause__ / __context__ chains, exception groups drawn with
 * their "| " margins, SyntaxError's caret line, and the final "Type: message" line with
 * "Did you mean" hints and notes. */
#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/codecs.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "caret_anchors.h"
#include "errors.h"
#include "suggestions.h"
#include "traceback.h"

/* ---- output: UTF-8 text with the margins of exception groups ---- */

typedef struct Seen {
    Value *items;
    size_t n, cap;
} Seen;

typedef struct SourceCache {
    Value filename; /* the file `text` was read from (borrowed while printing) */
    char *text;
    size_t len;
} SourceCache;

typedef struct Printer {
    char *data;
    size_t len, cap;
    bool failed;
    SourceCache source;
    Seen seen;
    int group_depth; /* nesting of exception groups being drawn */
    bool need_close;
} Printer;

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

static void put_bytes(Printer *p, const char *s, size_t n) {
    if (p->failed) return;
    if (p->len + n + 1 > p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 1024;
        while (cap < p->len + n + 1) cap *= 2;
        char *d = mem_realloc(p->data, cap);
        if (!d) {
            p->failed = true;
            return;
        }
        p->data = d;
        p->cap = cap;
    }
    memcpy(p->data + p->len, s, n);
    p->len += n;
    p->data[p->len] = '\0';
}
static void put(Printer *p, const char *s) { put_bytes(p, s, strlen(s)); }
static void put_repeat(Printer *p, const char *s, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) put(p, s);
}
static void put_int(Printer *p, const char *fmt, long long n) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, fmt, n);
    put(p, tmp);
}
/* Appends a str's text (lone surrogates as U+FFFD). */
static void put_str(Printer *p, Value s) {
    intptr_t n;
    const char *u = str_utf8_len(s, &n);
    if (u) {
        put_bytes(p, u, (size_t)n);
        return;
    }
    err_clear();
    for (intptr_t i = 0; i < str_length(s); i++) {
        uint32_t c = str_char(s, i);
        if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
        Value one = str_from_codepoints(&c, 1);
        const char *x = one ? str_utf8(one) : NULL;
        put(p, x ? x : "?");
        err_clear();
        xdecref(one);
    }
}
/* Appends str(v), or `fallback` when that fails. */
static void put_object_str(Printer *p, Value v, const char *fallback) {
    Value s = object_str(v);
    if (!s || !is_str(s)) {
        err_clear();
        xdecref(s);
        put(p, fallback);
        return;
    }
    put_str(p, s);
    decref(s);
}

/* The indentation and "| " margin that start every line inside an exception group. */
static void put_margin(Printer *p) {
    put_repeat(p, " ", 2 * p->group_depth);
    if (p->group_depth) put(p, "| ");
}

/* ---- source lines ---- */

/* The 1-based line lineno of filename, without its line ending; NULL when unavailable. */
static Value source_line(SourceCache *sc, Value filename, int lineno) {
    if (!sc->filename || !str_equal(sc->filename, filename)) {
        mem_free(sc->text);
        sc->text = NULL;
        sc->filename = filename;
        const char *path = str_utf8(filename);
        FILE *f = path ? fopen(path, "rb") : NULL;
        if (!f) return NULL;
        size_t cap = 1 << 14, n = 0;
        char *buf = mem_alloc(cap);
        while (buf) {
            n += fread(buf + n, 1, cap - n, f);
            if (n < cap) break;
            char *bigger = mem_realloc(buf, cap * 2);
            if (!bigger) mem_free(buf);
            buf = bigger;
            cap *= 2;
        }
        fclose(f);
        sc->text = buf;
        sc->len = n;
    }
    if (!sc->text || lineno < 1) return NULL;
    const char *s = sc->text, *end = sc->text + sc->len;
    for (int line = 1; line < lineno; line++) {
        while (s < end && *s != '\n' && *s != '\r') s++;
        if (s >= end) return NULL;
        if (*s == '\r' && s + 1 < end && s[1] == '\n') s++;
        s++;
    }
    if (s >= end) return NULL;
    const char *q = s;
    while (q < end && *q != '\n' && *q != '\r') q++;
    return codec_decode_utf8(s, (intptr_t)(q - s), "replace");
}

static bool is_space_char(uint32_t c) { return c == ' ' || c == '\t' || c == '\f'; }

/* Characters of s in its first `bytes` UTF-8 bytes. */
static intptr_t byte_to_char_offset(Value s, intptr_t bytes) {
    intptr_t chars = 0, pos = 0;
    for (intptr_t i = 0; i < str_length(s) && pos < bytes; i++) {
        uint32_t c = str_char(s, i);
        pos += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        chars++;
    }
    return chars;
}

/* ---- traceback entries ---- */

typedef struct Anchors {
    intptr_t left, right; /* '^' covers characters [left, right) of the line, '~' the rest */
    bool found;
} Anchors;

static Anchors find_anchors(Value line, intptr_t start, intptr_t end) {
    Anchors a = {0, 0, false};
    Value segment = str_substring(line, start, end);
    intptr_t n;
    const char *s = segment ? str_utf8_len(segment, &n) : NULL;
    int left, right;
    if (s && caret_anchors_find(s, (size_t)n, &left, &right)) {
        a.left = byte_to_char_offset(segment, left) + start;
        a.right = byte_to_char_offset(segment, right) + start;
        a.found = true;
    }
    err_clear();
    xdecref(segment);
    return a;
}

/* The marker line under a source line, unless the instruction's columns are unknown or
 * simply cover the whole stripped line. indent: the stripped leading blanks. */
static void put_markers(Printer *p, Value line, intptr_t indent, const Location *loc) {
    if (loc->col_offset < 0 || loc->end_col_offset < 0 || loc->lineno < 0 || loc->end_lineno < 0)
        return;
    intptr_t len = str_length(line);
    intptr_t start = byte_to_char_offset(line, loc->col_offset);
    intptr_t end = byte_to_char_offset(line, loc->end_col_offset);
    Anchors a = {0, 0, false};
    if (loc->lineno == loc->end_lineno) {
        a = find_anchors(line, start, end);
    } else {
        intptr_t i = len;
        while (--i >= 0 && is_space_char(str_char(line, i))) {
        }
        end = i + 1;
    }
    if (end - start == len - indent && !a.found) return;
    put_margin(p);
    put(p, "    ");
    for (intptr_t pos = indent + 1; pos <= end; pos++) {
        const char *mark = pos <= start                                ? " "
                           : a.found && a.left < pos && pos <= a.right ? "^"
                           : a.found                                   ? "~"
                                                                       : "^";
        put(p, mark);
    }
    put(p, "\n");
}

/* One entry: the File line, the stripped source line and its markers. */
static void put_tb_entry(Printer *p, Traceback *tb) {
    Frame *f = ((FrameObject *)tb->frame)->frame;
    if (!f) return;
    Code *co = f->code;
    put_margin(p);
    put(p, "  File \"");
    put_str(p, co->filename);
    put_int(p, "\", line %lld, in ", tb->lineno);
    put_str(p, co->name);
    put(p, "\n");
    Value line = source_line(&p->source, co->filename, tb->lineno);
    if (!line) {
        err_clear();
        return;
    }
    intptr_t indent = 0;
    while (indent < str_length(line) && is_space_char(str_char(line, indent))) indent++;
    Value stripped = str_substring(line, indent, str_length(line));
    if (stripped) {
        put_margin(p);
        put(p, "    ");
        put_str(p, stripped);
        put(p, "\n");
        decref(stripped);
        if (tb->lasti >= 0 && tb->lasti < co->ncodeunits && co->locations)
            put_markers(p, line, indent, &co->locations[tb->lasti]);
    }
    err_clear();
    decref(line);
}

#define RECURSIVE_CUTOFF 3

static void put_repeated(Printer *p, intptr_t count) {
    count -= RECURSIVE_CUTOFF;
    put_margin(p);
    put_int(p, "  [Previous line repeated %lld more time", count);
    put(p, count > 1 ? "s]\n" : "]\n");
}

/* sys.tracebacklimit, or -1 when unset. */
static intptr_t traceback_limit(void) {
    Value v = interp.sysdict ? dict_get_cstr(interp.sysdict, "tracebacklimit") : NULL;
    if (!v || !is_int(v)) return -1;
    intptr_t n = int_as_ssize(v);
    if (n == -1 && err_occurred()) {
        err_clear();
        return SMALL_INT_MAX;
    }
    return n < 0 ? 0 : n;
}

static bool same_place(Traceback *t, Code *co, Code *last, int last_line) {
    return co && last && t->lineno == last_line && str_equal(co->filename, last->filename) &&
           str_equal(co->name, last->name);
}

static void put_traceback(Printer *p, Value tb, const char *header, const char *header_margin) {
    intptr_t limit = traceback_limit();
    if (limit == 0) return;
    intptr_t depth = 0;
    for (Value t = tb; t; t = ((Traceback *)t)->next) depth++;
    while (limit > 0 && depth > limit && tb) {
        tb = ((Traceback *)tb)->next;
        depth--;
    }
    put_repeat(p, " ", 2 * p->group_depth);
    put(p, header_margin);
    put(p, header);
    Code *last_code = NULL;
    int last_line = -1;
    intptr_t count = 0;
    for (; tb; tb = ((Traceback *)tb)->next) {
        Traceback *t = (Traceback *)tb;
        Frame *f = ((FrameObject *)t->frame)->frame;
        Code *co = f ? f->code : NULL;
        if (!same_place(t, co, last_code, last_line)) {
            if (count > RECURSIVE_CUTOFF) put_repeated(p, count);
            last_code = co;
            last_line = t->lineno;
            count = 0;
        }
        count++;
        if (count <= RECURSIVE_CUTOFF) put_tb_entry(p, t);
    }
    if (count > RECURSIVE_CUTOFF) put_repeated(p, count);
}

/* ---- SyntaxError ---- */

/* An int attribute of exc (`none` for None); false when absent or not an int. */
static bool int_attr(Value exc, const char *name, intptr_t none, intptr_t *out) {
    Value v = object_getattr_cstr(exc, name);
    if (!v) return false;
    bool ok = true;
    if (v == NONE)
        *out = none;
    else if (is_int(v))
        *out = int_as_ssize(v);
    else
        ok = false;
    decref(v);
    if (err_occurred()) {
        err_clear();
        return false;
    }
    return ok;
}

/* The source text with a caret line under it (offsets as SyntaxError's: 1-based). */
static void put_error_text(Printer *p, intptr_t offset, intptr_t end_offset, const char *text) {
    intptr_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    intptr_t len = (intptr_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (const char *nl; (nl = strchr(text, '\n')) != NULL;) {
        intptr_t inl = nl - text;
        if (inl >= offset) break;
        inl++;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    put(p, "    ");
    put(p, text);
    if (text[len] != '\n') put(p, "\n");
    if (offset < 0) return;
    put(p, "    ");
    put_repeat(p, " ", offset);
    put_repeat(p, "^", carets);
    put(p, "\n");
}

/* The "  File ..., line N" and source lines of a SyntaxError; returns its msg (new ref)
 * to print as the message, or NULL when its attributes do not allow that display. */
static Value put_syntax_error_location(Printer *p, Value exc) {
    Value msg = object_getattr_cstr(exc, "msg");
    Value filename = msg ? object_getattr_cstr(exc, "filename") : NULL;
    Value text = filename ? object_getattr_cstr(exc, "text") : NULL;
    intptr_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
    /* like CPython, no location display unless lineno is an int (not None) */
    bool ok = text && int_attr(exc, "lineno", INTPTR_MIN, &lineno) && lineno != INTPTR_MIN &&
              int_attr(exc, "offset", -1, &offset);
    if (ok && type_of(exc) == &exc_SyntaxError) {
        if (!int_attr(exc, "end_lineno", lineno, &end_lineno)) end_lineno = lineno;
        if (!int_attr(exc, "end_offset", -1, &end_offset)) end_offset = -1;
    } else {
        end_lineno = lineno;
    }
    err_clear();
    if (!ok) {
        xdecref(msg);
        xdecref(filename);
        xdecref(text);
        return NULL;
    }
    put_margin(p);
    put(p, "  File \"");
    if (filename == NONE)
        put(p, "<string>");
    else
        put_object_str(p, filename, "");
    put_int(p, "\", line %lld\n", lineno);
    if (text != NONE && is_str(text)) {
        intptr_t size;
        const char *line = str_utf8_len(text, &size);
        if (line) {
            if (end_lineno > lineno) end_offset = size;
            if (end_offset > size + 1) end_offset = size + 1;
            put_error_text(p, offset, end_offset, line);
        }
        err_clear();
    }
    decref(filename);
    decref(text);
    return msg;
}

/* ---- the exception line ---- */

/* __notes__: each item of a sequence on its own line (even the characters of a str, as
 * 3.11 does), anything else by its repr. */
static void put_notes(Printer *p, Value exc) {
    Value notes = ((BaseExceptionObject *)exc)->notes;
    if (!notes) return;
    Type *t = type_of(notes);
    intptr_t n = !is_dict(notes) && t->getitem && t->len ? object_len(notes) : -1;
    if (n < 0) {
        err_clear();
        put_margin(p);
        Value r = object_repr(notes);
        if (r) {
            put_str(p, r);
            decref(r);
        } else {
            err_clear();
            put(p, "<__notes__ repr() failed>");
        }
        put(p, "\n");
        return;
    }
    incref(notes);
    for (intptr_t i = 0; i < n; i++) {
        Value note = object_getitem(notes, small_int(i));
        if (!note) {
            err_clear();
            break;
        }
        put_margin(p);
        if (is_str(note))
            put_str(p, note);
        else
            put_object_str(p, note, "<note str() failed>");
        put(p, "\n");
        decref(note);
    }
    decref(notes);
}

static void put_exception_line(Printer *p, Value exc, Value message) {
    Type *t = type_of(exc);
    put_margin(p);
    Value module = object_getattr((Value)t, NAME(__module__));
    if (!module || !is_str(module)) {
        err_clear();
        put(p, "<unknown>");
    } else if (!str_equal_cstr(module, "builtins") && !str_equal_cstr(module, "__main__")) {
        put_str(p, module);
        put(p, ".");
    }
    xdecref(module);
    Value qualname = object_getattr((Value)t, NAME(__qualname__));
    if (qualname && is_str(qualname))
        put_str(p, qualname);
    else
        put(p, "<unknown>");
    err_clear();
    xdecref(qualname);
    Value s = object_str(message);
    if (!s) {
        err_clear();
        put(p, ": <exception str() failed>");
    } else {
        if (!is_str(s) || str_length(s) != 0) put(p, ": ");
        if (is_str(s)) put_str(p, s);
        decref(s);
    }
    Value suggestion = suggestion_for_exception(exc);
    if (suggestion) {
        put(p, ". Did you mean: '");
        put_str(p, suggestion);
        put(p, "'?");
        decref(suggestion);
    }
    put(p, "\n");
    put_notes(p, exc);
}

static bool is_group(Value exc) { return is_instance_of(exc, &exc_BaseExceptionGroup); }

/* One exception: its traceback, SyntaxError location, and message line. */
static void put_exception(Printer *p, Value exc) {
    Value tb = exception_get_traceback(exc);
    if (tb && is_traceback(tb)) {
        bool group = is_group(exc);
        const char *margin = group && p->group_depth == 1 ? "+ " : p->group_depth ? "| " : "";
        put_traceback(p, tb,
                      group ? "Exception Group Traceback (most recent call last):\n"
                            : "Traceback (most recent call last):\n",
                      margin);
    }
    Value message = NULL;
    if (is_instance_of(exc, &exc_SyntaxError)) message = put_syntax_error_location(p, exc);
    put_exception_line(p, exc, message ? message : exc);
    xdecref(message);
}

/* ---- chains and groups ---- */

static bool seen_contains(Seen *s, Value v) {
    for (size_t i = 0; i < s->n; i++)
        if (s->items[i] == v) return true;
    return false;
}
static void seen_add(Seen *s, Value v) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        Value *d = mem_realloc(s->items, cap * sizeof(Value));
        if (!d) return;
        s->items = d;
        s->cap = cap;
    }
    s->items[s->n++] = v;
}

static void put_recursive(Printer *p, Value exc, int depth);

static void put_chained(Printer *p, Value exc, const char *message, int depth) {
    bool need_close = p->need_close;
    put_recursive(p, exc, depth + 1);
    p->need_close = need_close;
    put_margin(p);
    put(p, "\n");
    put_margin(p);
    put(p, message);
    put_margin(p);
    put(p, "\n");
}

static void put_group(Printer *p, Value exc, int depth) {
    if (p->group_depth > MAX_GROUP_DEPTH) {
        put_margin(p);
        put_int(p, "... (max_group_depth is %lld)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (p->group_depth == 0) p->group_depth = 1;
    put_exception(p, exc);
    Value excs = ((ExceptionGroupObject *)exc)->exceptions;
    intptr_t num = excs && is_tuple(excs) ? tuple_size(excs) : 0;
    intptr_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (intptr_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) p->need_close = true;
        put_repeat(p, " ", 2 * p->group_depth);
        bool truncated = i >= MAX_GROUP_WIDTH;
        put(p, i == 0 ? "+-" : "  ");
        if (truncated)
            put(p, "+---------------- ... ----------------\n");
        else
            put_int(p, "+---------------- %lld ----------------\n", i + 1);
        p->group_depth++;
        if (!truncated) {
            put_recursive(p, tuple_get(excs, i), depth + 1);
        } else {
            intptr_t remaining = num - MAX_GROUP_WIDTH;
            put_margin(p);
            put_int(p, "and %lld more exception", remaining);
            put(p, remaining > 1 ? "s\n" : "\n");
        }
        if (last && p->need_close) {
            put_repeat(p, " ", 2 * p->group_depth);
            put(p, "+------------------------------------\n");
            p->need_close = false;
        }
        p->group_depth--;
    }
    if (p->group_depth == 1) p->group_depth = 0;
}

static void put_recursive(Printer *p, Value exc, int depth) {
    seen_add(&p->seen, exc);
    if (is_exception(exc) && depth < 200) {
        BaseExceptionObject *e = (BaseExceptionObject *)exc;
        if (e->cause && e->cause != NONE) {
            if (!seen_contains(&p->seen, e->cause))
                put_chained(p, e->cause,
                            "The above exception was the direct cause of the following "
                            "exception:\n",
                            depth);
        } else if (e->context && e->context != NONE && !e->suppress_context) {
            if (!seen_contains(&p->seen, e->context))
                put_chained(p, e->context,
                            "During handling of the above exception, another exception "
                            "occurred:\n",
                            depth);
        }
    }
    if (is_exception(exc) && is_group(exc))
        put_group(p, exc, depth);
    else
        put_exception(p, exc);
}

/* ---- entry points ---- */

/* Writes text to sys.stderr (or the C stderr when there is none). */
static void write_stderr(const char *text, size_t len) {
    Value err = interp.sysdict ? dict_get_str(interp.sysdict, NAME(stderr)) : NULL;
    if (err && err != NONE) {
        Value s = codec_decode_utf8(text, (intptr_t)len, "replace");
        Value r = s ? object_call_method(err, NAME(write), &s, 1) : NULL;
        xdecref(s);
        if (r) {
            decref(r);
            Value f = object_call_method(err, NAME(flush), NULL, 0);
            xdecref(f);
            err_clear();
            return;
        }
        err_clear();
    }
    fwrite(text, 1, len, stderr);
    fflush(stderr);
}

static void printer_release(Printer *p) {
    mem_free(p->data);
    mem_free(p->source.text);
    mem_free(p->seen.items);
}

void err_print_exception(Value exc) {
    if (!exc) return;
    Value pending = err_fetch();
    incref(exc);
    Printer p = {0};
    put_recursive(&p, exc, 0);
    if (p.data) write_stderr(p.data, p.len);
    printer_release(&p);
    decref(exc);
    err_restore(pending);
}

void err_write_unraisable(Value obj) {
    Value exc = err_fetch();
    if (!exc) return;
    Printer p = {0};
    if (obj) {
        put(&p, "Exception ignored in: ");
        Value r = object_repr(obj);
        if (r && is_str(r))
            put_str(&p, r);
        else
            put(&p, "<object repr() failed>");
        err_clear();
        xdecref(r);
        put(&p, "\n");
    }
    put_recursive(&p, exc, 0);
    if (p.data) write_stderr(p.data, p.len);
    printer_release(&p);
    decref(exc);
}
