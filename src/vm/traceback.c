/* traceback.c: traceback objects, and printing an uncaught exception exactly as CPython
 * 3.11's C display does: the "Traceback (most recent call last):" entries with source
 * lines and ^^^^ / ~~~^~~~ markers (anchors found by parsing the marked segment),
 * "[Previous line repeated N more times]", __cause__ / __context__ chains, SyntaxError's
 * caret line, the final "Type: message" line with notes and "Did you mean" hints. */
#include "traceback.h"

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
#include "../object/type.h"
#include "caret_anchors.h"
#include "errors.h"
#include "suggestions.h"

/* ---- traceback objects ---- */

Value traceback_new(Value next, Value frame, int lasti, int lineno) {
    Traceback *tb = (Traceback *)object_new(&type_traceback, 0);
    if (!tb) return NULL;
    tb->next = xincref(next);
    tb->frame = incref(frame);
    tb->lasti = lasti;
    tb->lineno = lineno;
    gc_track((Value)tb);
    return (Value)tb;
}

void traceback_here(Frame *f) {
    Value exc = err_fetch();
    if (!exc) return;
    Value fo = frame_get_object(f);
    if (!fo) {
        err_clear();
        err_restore(exc);
        return;
    }
    int lasti = frame_lasti(f);
    Value tb = traceback_new(exception_get_traceback(exc), fo, lasti, frame_line(f));
    if (tb) {
        exception_set_traceback(exc, tb);
        decref(tb);
    } else {
        err_clear();
    }
    err_restore(exc);
}

static void traceback_dealloc(Value self) {
    /* tb_next chains are as long as the stack: free them iteratively */
    while (self) {
        Traceback *tb = (Traceback *)self;
        gc_untrack(self);
        Value next = tb->next;
        decref(tb->frame);
        object_free(self);
        self = NULL;
        if (next && next->refcount == 1)
            self = next;
        else
            xdecref(next);
    }
}

static int traceback_traverse(Value self, visitproc visit, void *arg) {
    Traceback *tb = (Traceback *)self;
    if (tb->next && visit(tb->next, arg)) return -1;
    return visit(tb->frame, arg);
}

static int traceback_clear(Value self) {
    CLEAR(((Traceback *)self)->next);
    return 0;
}

static Value tb_get_next(Value self, void *c) {
    (void)c;
    Value n = ((Traceback *)self)->next;
    return incref(n ? n : NONE);
}

static int tb_set_next(Value self, Value v, void *c) {
    (void)c;
    if (!v) {
        err_set_str(&exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == NONE) v = NULL;
    if (v && !is_traceback(v)) {
        err_format(&exc_TypeError, "expected traceback object or None, got '%s'", type_of(v)->name);
        return -1;
    }
    for (Value c2 = v; c2; c2 = ((Traceback *)c2)->next) {
        if (c2 == self) {
            err_set_str(&exc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    setref(&((Traceback *)self)->next, xincref(v));
    return 0;
}

static Value tb_get_frame(Value self, void *c) {
    (void)c;
    return incref(((Traceback *)self)->frame);
}
static Value tb_get_lasti(Value self, void *c) {
    (void)c;
    return small_int(((Traceback *)self)->lasti * 2);
}
static Value tb_get_lineno(Value self, void *c) {
    (void)c;
    return small_int(((Traceback *)self)->lineno);
}

static GetSetDef traceback_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) */
static Value traceback_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    (void)type;
    if (nargs != 4 || (kwnames && tuple_size(kwnames))) {
        err_format(&exc_TypeError, "TracebackType() takes exactly 4 arguments (%zu given)", nargs);
        return NULL;
    }
    Value next = args[0] == NONE ? NULL : args[0];
    if (next && !is_traceback(next)) {
        err_format(&exc_TypeError, "expected traceback object or None, got '%s'",
                   type_of(next)->name);
        return NULL;
    }
    if (is_small_int(args[1]) || args[1]->type != &type_frame) {
        err_format(&exc_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                   type_of(args[1])->name);
        return NULL;
    }
    if (!is_small_int(args[2]) || !is_small_int(args[3])) {
        err_set_str(&exc_TypeError, "tb_lasti and tb_lineno must be integers");
        return NULL;
    }
    return traceback_new(next, args[1], (int)(small_int_value(args[2]) / 2),
                         (int)small_int_value(args[3]));
}

Type type_traceback = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "traceback",
    .basicsize = sizeof(Traceback),
    .flags = TPFLAG_GC,
    .dealloc = traceback_dealloc,
    .traverse = traceback_traverse,
    .clear = traceback_clear,
    .getattr = object_generic_getattr,
    .setattr = object_generic_setattr,
    .new_ = traceback_type_new,
    .getsets = traceback_getsets,
};

/* ---- an output buffer of UTF-8 text ---- */

typedef struct TextBuf {
    char *data;
    size_t len, cap;
    bool failed;
} TextBuf;

static void tb_putn(TextBuf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 1024;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = mem_realloc(b->data, cap);
        if (!p) {
            b->failed = true;
            return;
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}
static void tb_puts(TextBuf *b, const char *s) { tb_putn(b, s, strlen(s)); }
static void tb_repeat(TextBuf *b, const char *s, intptr_t n) {
    for (intptr_t i = 0; i < n; i++) tb_puts(b, s);
}
static void tb_printf(TextBuf *b, const char *fmt, long long n) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, fmt, n);
    tb_puts(b, tmp);
}
/* Appends a str's text (with surrogates replaced). */
static void tb_put_str(TextBuf *b, Value s) {
    intptr_t n;
    const char *u = str_utf8_len(s, &n);
    if (u) {
        tb_putn(b, u, (size_t)n);
        return;
    }
    err_clear();
    for (intptr_t i = 0; i < str_length(s); i++) {
        uint32_t c = str_char(s, i);
        char tmp[8];
        if (c < 0x80) {
            tmp[0] = (char)c;
            tb_putn(b, tmp, 1);
        } else {
            Value one = str_from_codepoints(&c, 1);
            const char *x = one ? str_utf8(one) : NULL;
            tb_puts(b, x ? x : "?");
            if (!x) err_clear();
            xdecref(one);
        }
    }
}
/* Appends str(v), or `fallback` when that fails. */
static void tb_put_object_str(TextBuf *b, Value v, const char *fallback) {
    Value s = object_str(v);
    if (!s || !is_str(s)) {
        err_clear();
        xdecref(s);
        tb_puts(b, fallback);
        return;
    }
    tb_put_str(b, s);
    decref(s);
}

/* ---- source lines ---- */

typedef struct SourceCache {
    Value filename; /* the file `text` was read from (borrowed while printing) */
    char *text;
    size_t len;
} SourceCache;

/* The 1-based line lineno of filename, without its line ending; NULL when unavailable. */
static Value source_line(SourceCache *sc, Value filename, int lineno) {
    if (!sc->filename || !str_equal(sc->filename, filename)) {
        mem_free(sc->text);
        sc->text = NULL;
        sc->filename = filename;
        const char *path = str_utf8(filename);
        if (!path) {
            err_clear();
            return NULL;
        }
        FILE *f = fopen(path, "rb");
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
        if (!buf) return NULL;
        sc->text = buf;
        sc->len = n;
    }
    if (!sc->text || lineno < 1) return NULL;
    const char *p = sc->text, *end = sc->text + sc->len;
    for (int line = 1; line < lineno; line++) {
        while (p < end && *p != '\n' && *p != '\r') p++;
        if (p >= end) return NULL;
        if (*p == '\r' && p + 1 < end && p[1] == '\n') p++;
        p++;
    }
    if (p >= end) return NULL;
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r') q++;
    return codec_decode_utf8(p, (intptr_t)(q - p), "replace");
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

/* ---- position markers ---- */

typedef struct Anchors {
    intptr_t left, right; /* secondary markers cover characters [left, right) of the line */
    bool found;
} Anchors;

/* Finds the operator of a binary operation or the brackets of a subscript that the
 * segment [start, end) of line consists of. */
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

/* The marker line under a source line, when the instruction's columns are known and do
 * not simply cover the whole stripped line. */
static void print_markers(TextBuf *b, Value line, intptr_t indent, const Location *loc) {
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
    tb_puts(b, "    ");
    for (intptr_t pos = indent + 1; pos <= end; pos++) {
        const char *mark = pos <= start                                ? " "
                           : a.found && a.left < pos && pos <= a.right ? "^"
                           : a.found                                   ? "~"
                                                                       : "^";
        tb_puts(b, mark);
    }
    tb_puts(b, "\n");
}

/* One traceback entry: the File line, the stripped source line and its markers. */
static void print_tb_entry(TextBuf *b, SourceCache *sc, Traceback *tb) {
    Frame *f = ((FrameObject *)tb->frame)->frame;
    if (!f) return;
    Code *co = f->code;
    tb_puts(b, "  File \"");
    tb_put_str(b, co->filename);
    tb_printf(b, "\", line %lld, in ", tb->lineno);
    tb_put_str(b, co->name);
    tb_puts(b, "\n");
    Value line = source_line(sc, co->filename, tb->lineno);
    if (!line) {
        err_clear();
        return;
    }
    intptr_t indent = 0;
    while (indent < str_length(line) && is_space_char(str_char(line, indent))) indent++;
    Value stripped = str_substring(line, indent, str_length(line));
    if (stripped) {
        tb_puts(b, "    ");
        tb_put_str(b, stripped);
        tb_puts(b, "\n");
        decref(stripped);
        if (tb->lasti >= 0 && tb->lasti < co->ncodeunits && co->locations)
            print_markers(b, line, indent, &co->locations[tb->lasti]);
    }
    err_clear();
    decref(line);
}

#define RECURSIVE_CUTOFF 3

static void print_repeated(TextBuf *b, intptr_t count) {
    count -= RECURSIVE_CUTOFF;
    tb_printf(b, "  [Previous line repeated %lld more time", count);
    tb_puts(b, count > 1 ? "s]\n" : "]\n");
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

static void print_traceback(TextBuf *b, SourceCache *sc, Value tb) {
    intptr_t limit = traceback_limit();
    if (limit == 0) return;
    intptr_t depth = 0;
    for (Value t = tb; t; t = ((Traceback *)t)->next) depth++;
    if (limit > 0) {
        while (depth > limit && tb) {
            tb = ((Traceback *)tb)->next;
            depth--;
        }
    }
    tb_puts(b, "Traceback (most recent call last):\n");
    Code *last_code = NULL;
    int last_line = -1;
    intptr_t count = 0;
    for (; tb; tb = ((Traceback *)tb)->next) {
        Traceback *t = (Traceback *)tb;
        Frame *f = ((FrameObject *)t->frame)->frame;
        Code *co = f ? f->code : NULL;
        bool same = co && last_code && t->lineno == last_line &&
                    str_equal(co->filename, last_code->filename) &&
                    str_equal(co->name, last_code->name);
        if (!same) {
            if (count > RECURSIVE_CUTOFF) print_repeated(b, count);
            last_code = co;
            last_line = t->lineno;
            count = 0;
        }
        count++;
        if (count <= RECURSIVE_CUTOFF) print_tb_entry(b, sc, t);
    }
    if (count > RECURSIVE_CUTOFF) print_repeated(b, count);
}

/* ---- SyntaxError ---- */

/* An int attribute of exc; `none` when it is None; false when absent or not an int. */
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

/* The source text with the caret line under it (offsets as SyntaxError's, 1-based). */
static void print_error_text(TextBuf *b, intptr_t offset, intptr_t end_offset, const char *text) {
    intptr_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    intptr_t len = (intptr_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl) break;
        intptr_t inl = nl - text;
        if (inl >= offset) break;
        inl++;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    tb_puts(b, "    ");
    tb_puts(b, text);
    if (text[len] != '\n') tb_puts(b, "\n");
    if (offset < 0) return;
    tb_puts(b, "    ");
    tb_repeat(b, " ", offset);
    tb_repeat(b, "^", carets);
    tb_puts(b, "\n");
}

/* The "  File ..., line N" and source lines of a SyntaxError; returns its msg (new ref)
 * to print as the message, or NULL when the attributes do not allow that display. */
static Value print_syntax_error_location(TextBuf *b, Value exc) {
    Value msg = object_getattr_cstr(exc, "msg");
    Value filename = msg ? object_getattr_cstr(exc, "filename") : NULL;
    Value text = filename ? object_getattr_cstr(exc, "text") : NULL;
    intptr_t lineno, offset, end_lineno = 0, end_offset = -1;
    bool ok = text && int_attr(exc, "lineno", -1, &lineno) && int_attr(exc, "offset", -1, &offset);
    if (ok && type_of(exc) == &exc_SyntaxError) {
        if (!int_attr(exc, "end_lineno", lineno, &end_lineno)) end_lineno = lineno;
        if (!int_attr(exc, "end_offset", -1, &end_offset)) end_offset = -1;
    } else {
        end_lineno = ok ? lineno : 0;
    }
    err_clear();
    if (!ok) {
        xdecref(msg);
        xdecref(filename);
        xdecref(text);
        return NULL;
    }
    tb_puts(b, "  File \"");
    if (filename == NONE)
        tb_puts(b, "<string>");
    else
        tb_put_object_str(b, filename, "");
    tb_printf(b, "\", line %lld\n", lineno);
    if (text != NONE && is_str(text)) {
        intptr_t size;
        const char *line = str_utf8_len(text, &size);
        if (line) {
            if (end_lineno > lineno) end_offset = size;
            if (end_offset > size + 1) end_offset = size + 1;
            print_error_text(b, offset, end_offset, line);
        }
        err_clear();
    }
    decref(filename);
    decref(text);
    return msg;
}

/* ---- the exception line ---- */

static void print_notes(TextBuf *b, Value exc) {
    Value notes = ((BaseExceptionObject *)exc)->notes;
    if (!notes) return;
    if (!is_list(notes) && !is_tuple(notes)) {
        Value r = object_repr(notes);
        if (r) {
            tb_put_str(b, r);
            decref(r);
        } else {
            err_clear();
            tb_puts(b, "<__notes__ repr() failed>");
        }
        tb_puts(b, "\n");
        return;
    }
    Value seq = incref(notes);
    intptr_t n = is_list(seq) ? list_size(seq) : tuple_size(seq);
    for (intptr_t i = 0; i < n; i++) {
        Value note = is_list(seq) ? list_get(seq, i) : tuple_get(seq, i);
        if (is_str(note))
            tb_put_str(b, note);
        else
            tb_put_object_str(b, note, "<note str() failed>");
        tb_puts(b, "\n");
    }
    decref(seq);
}

static void print_exception_line(TextBuf *b, Value exc, Value message) {
    Type *t = type_of(exc);
    Value module = object_getattr((Value)t, NAME(__module__));
    if (!module || !is_str(module)) {
        err_clear();
        tb_puts(b, "<unknown>");
    } else if (!str_equal_cstr(module, "builtins") && !str_equal_cstr(module, "__main__")) {
        tb_put_str(b, module);
        tb_puts(b, ".");
    }
    xdecref(module);
    Value qualname = object_getattr((Value)t, NAME(__qualname__));
    if (qualname && is_str(qualname))
        tb_put_str(b, qualname);
    else
        tb_puts(b, "<unknown>");
    err_clear();
    xdecref(qualname);
    Value s = object_str(message);
    if (!s) {
        err_clear();
        tb_puts(b, ": <exception str() failed>");
    } else {
        if (!is_str(s) || str_length(s) != 0) tb_puts(b, ": ");
        if (is_str(s)) tb_put_str(b, s);
        decref(s);
    }
    Value suggestion = suggestion_for_exception(exc);
    if (suggestion) {
        tb_puts(b, ". Did you mean: '");
        tb_put_str(b, suggestion);
        tb_puts(b, "'?");
        decref(suggestion);
    }
    tb_puts(b, "\n");
    print_notes(b, exc);
}

static void print_one_exception(TextBuf *b, SourceCache *sc, Value exc) {
    Value tb = exception_get_traceback(exc);
    if (tb && is_traceback(tb)) print_traceback(b, sc, tb);
    Value message = NULL;
    if (is_instance_of(exc, &exc_SyntaxError)) message = print_syntax_error_location(b, exc);
    print_exception_line(b, exc, message ? message : exc);
    xdecref(message);
}

/* ---- chains ---- */

typedef struct Seen {
    Value *items;
    size_t n, cap;
} Seen;

static bool seen_contains(Seen *s, Value v) {
    for (size_t i = 0; i < s->n; i++)
        if (s->items[i] == v) return true;
    return false;
}
static void seen_add(Seen *s, Value v) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 8;
        Value *p = mem_realloc(s->items, cap * sizeof(Value));
        if (!p) return;
        s->items = p;
        s->cap = cap;
    }
    s->items[s->n++] = v;
}

static void print_chain(TextBuf *b, SourceCache *sc, Seen *seen, Value exc, int depth) {
    seen_add(seen, exc);
    if (is_exception(exc) && depth < 1000) {
        BaseExceptionObject *e = (BaseExceptionObject *)exc;
        if (e->cause && e->cause != NONE) {
            if (!seen_contains(seen, e->cause)) {
                print_chain(b, sc, seen, e->cause, depth + 1);
                tb_puts(b, "\nThe above exception was the direct cause of the following "
                           "exception:\n\n");
            }
        } else if (e->context && e->context != NONE && !e->suppress_context) {
            if (!seen_contains(seen, e->context)) {
                print_chain(b, sc, seen, e->context, depth + 1);
                tb_puts(b, "\nDuring handling of the above exception, another exception "
                           "occurred:\n\n");
            }
        }
    }
    print_one_exception(b, sc, exc);
}

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

static void format_into(TextBuf *b, Value exc) {
    SourceCache sc = {NULL, NULL, 0};
    Seen seen = {NULL, 0, 0};
    print_chain(b, &sc, &seen, exc, 0);
    mem_free(sc.text);
    mem_free(seen.items);
}

void err_print_exception(Value exc) {
    if (!exc) return;
    Value pending = err_fetch();
    incref(exc);
    TextBuf b = {NULL, 0, 0, false};
    format_into(&b, exc);
    if (b.data) write_stderr(b.data, b.len);
    mem_free(b.data);
    decref(exc);
    err_restore(pending);
}

Value traceback_format_exception(Value exc) {
    TextBuf b = {NULL, 0, 0, false};
    format_into(&b, exc);
    Value r = b.failed ? err_no_memory()
                       : codec_decode_utf8(b.data ? b.data : "", (intptr_t)b.len, "replace");
    mem_free(b.data);
    return r;
}

void err_write_unraisable(Value obj) {
    Value exc = err_fetch();
    if (!exc) return;
    TextBuf b = {NULL, 0, 0, false};
    if (obj) {
        tb_puts(&b, "Exception ignored in: ");
        Value r = object_repr(obj);
        if (r && is_str(r))
            tb_put_str(&b, r);
        else
            tb_puts(&b, "<object repr() failed>");
        err_clear();
        xdecref(r);
        tb_puts(&b, "\n");
    }
    format_into(&b, exc);
    if (b.data) write_stderr(b.data, b.len);
    mem_free(b.data);
    decref(exc);
}
