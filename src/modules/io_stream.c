/* io_stream.c: the text stream type of sys.stdin/stdout/stderr: write(str), flush(),
 * readline(), read(), fileno(), isatty() over a C FILE, UTF-8 encoded. */
#include "io_stream.h"

#include <unistd.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/int.h"
#include "../object/iter.h"
#include "../object/list.h"
#include "../object/str.h"
#include "../vm/errors.h"

typedef struct TextStream {
    Object ob;
    FILE *file;
    Value name; /* str */
    Value mode; /* str */
    bool closed;
} TextStream;

Value text_stream_new(FILE *file, const char *name, const char *mode) {
    TextStream *s = (TextStream *)object_new(&type_text_stream, 0);
    if (!s) return NULL;
    s->file = file;
    s->name = str_from_cstr(name);
    s->mode = str_from_cstr(mode);
    if (!s->name || !s->mode) {
        decref((Value)s);
        return NULL;
    }
    return (Value)s;
}

static Value io_error(TextStream *s) {
    err_set_from_errno(NULL);
    clearerr(s->file);
    return NULL;
}

static Value closed_error(void) {
    return err_format(&exc_ValueError, "I/O operation on closed file.");
}

static Value stream_write(Value self, Value const *args, size_t nargs, Value kwnames) {
    TextStream *s = (TextStream *)self;
    if (nargs != 1) {
        return err_format(&exc_TypeError, "write() takes exactly one argument (%zu given)", nargs);
    }
    if (!is_str(args[0])) {
        return err_format(&exc_TypeError, "write() argument must be str, not %T", args[0]);
    }
    if (s->closed) return closed_error();
    intptr_t len;
    const char *utf8 = str_utf8_len(args[0], &len);
    if (!utf8) return NULL;
    if (len && fwrite(utf8, 1, (size_t)len, s->file) != (size_t)len) return io_error(s);
    return int_from_long(str_length(args[0]));
}

int text_stream_flush(Value self) {
    TextStream *s = (TextStream *)self;
    if (!s->closed && fflush(s->file) != 0) {
        io_error(s);
        return -1;
    }
    return 0;
}

static Value stream_flush(Value self, Value const *args, size_t nargs, Value kwnames) {
    return text_stream_flush(self) < 0 ? NULL : NONE;
}

/* Reads one line (with its newline), or the rest of the file when whole is true. */
static Value read_text(TextStream *s, bool whole) {
    if (s->closed) return closed_error();
    size_t cap = 256, n = 0;
    char *buf = mem_alloc(cap);
    int c;
    while (buf && (c = getc(s->file)) != EOF) {
        if (n + 1 >= cap) {
            char *bigger = mem_realloc(buf, cap * 2);
            if (!bigger) mem_free(buf);
            buf = bigger;
            cap *= 2;
            if (!buf) break;
        }
        buf[n++] = (char)c;
        if (c == '\n' && !whole) break;
    }
    if (!buf) return err_no_memory();
    Value line = str_from_utf8(buf, n);
    mem_free(buf);
    return line;
}

static Value stream_readline(Value self, Value const *args, size_t nargs, Value kwnames) {
    return read_text((TextStream *)self, false);
}

static Value stream_read(Value self, Value const *args, size_t nargs, Value kwnames) {
    return read_text((TextStream *)self, true);
}

static Value stream_readlines(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value lines = list_new(0);
    while (lines) {
        Value line = read_text((TextStream *)self, false);
        if (!line || str_length(line) == 0 || list_append(lines, line) < 0) {
            if (!line || str_length(line) != 0) CLEAR(lines);
            xdecref(line);
            break;
        }
        decref(line);
    }
    return lines;
}

static Value stream_writelines(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1) {
        return err_format(&exc_TypeError, "writelines() takes exactly one argument (%zu given)",
                          nargs);
    }
    Value it = object_getiter(args[0]);
    if (!it) return NULL;
    Value line;
    while ((line = object_iternext(it))) {
        Value r = stream_write(self, &line, 1, NULL);
        decref(line);
        if (!r) {
            decref(it);
            return NULL;
        }
        decref(r);
    }
    decref(it);
    return err_occurred() ? NULL : NONE;
}

/* Iteration yields lines until end of file. */
static Value stream_iternext(Value self) {
    Value line = read_text((TextStream *)self, false);
    if (line && str_length(line) == 0) CLEAR(line);
    return line;
}

static Value stream_fileno(Value self, Value const *args, size_t nargs, Value kwnames) {
    return small_int(fileno(((TextStream *)self)->file));
}

static Value stream_isatty(Value self, Value const *args, size_t nargs, Value kwnames) {
    return bool_value(isatty(fileno(((TextStream *)self)->file)));
}

static Value stream_true(Value self, Value const *args, size_t nargs, Value kwnames) {
    return TRUE_VALUE;
}

static Value stream_get_encoding(Value self, void *closure) { return str_from_cstr("utf-8"); }
static Value stream_get_errors(Value self, void *closure) { return str_from_cstr("strict"); }
static Value stream_get_closed(Value self, void *closure) {
    return bool_value(((TextStream *)self)->closed);
}

static Value stream_repr(Value self) {
    TextStream *s = (TextStream *)self;
    return str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding='utf-8'>", s->name,
                           s->mode);
}

static void stream_dealloc(Value self) {
    TextStream *s = (TextStream *)self;
    if (!s->closed) fflush(s->file);
    xdecref(s->name);
    xdecref(s->mode);
    object_free(self);
}

static MethodDef stream_methods[] = {
    {"write", stream_write, 0, NULL},
    {"flush", stream_flush, 0, NULL},
    {"readline", stream_readline, 0, NULL},
    {"read", stream_read, 0, NULL},
    {"readlines", stream_readlines, 0, NULL},
    {"writelines", stream_writelines, 0, NULL},
    {"fileno", stream_fileno, 0, NULL},
    {"isatty", stream_isatty, 0, NULL},
    {"writable", stream_true, 0, NULL},
    {"readable", stream_true, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef stream_getsets[] = {
    {"encoding", stream_get_encoding, NULL, NULL, NULL},
    {"errors", stream_get_errors, NULL, NULL, NULL},
    {"closed", stream_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MemberDef stream_members[] = {
    {"name", MEMBER_OBJECT, offsetof(TextStream, name), true, NULL},
    {"mode", MEMBER_OBJECT, offsetof(TextStream, mode), true, NULL},
    {NULL, 0, 0, false, NULL},
};

Type type_text_stream = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(TextStream),
    .flags = TPFLAG_BASETYPE,
    .dealloc = stream_dealloc,
    .repr = stream_repr,
    .iter = iter_return_self,
    .iternext = stream_iternext,
    .getattr = object_generic_getattr,
    .setattr = object_generic_setattr,
    .methods = stream_methods,
    .getsets = stream_getsets,
    .members = stream_members,
};
