/* io.c: the `_io` module io.py builds on: open() returning buffered binary files
 * (BufferedReader/Writer/Random) or text files (TextIOWrapper: encodings of codecs.h,
 * universal newlines) over a file descriptor, the in-memory StringIO and BytesIO, the
 * _IOBase class family and UnsupportedOperation. Files keep one read buffer and one
 * write buffer of bytes; text is decoded line by line or character by character. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/codecs.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/function.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"
#include "weakref.h"

enum { IO_BUFSIZE = 8192 };

static Value unsupported_operation; /* io.UnsupportedOperation (OSError, ValueError) */
static int make_unsupported_operation(void);

static Value unsupported(const char *what) {
    if (make_unsupported_operation() < 0) return NULL;
    Value msg = str_from_cstr(what);
    Value exc = msg ? object_call(unsupported_operation, &msg, 1, NULL) : NULL;
    xdecref(msg);
    if (exc) err_set_exception(exc);
    return NULL;
}

static Value closed_file(void) {
    return err_format(&exc_ValueError, "I/O operation on closed file.");
}

/* A growable byte buffer. */
typedef struct ByteBuf {
    char *data;
    size_t len, cap;
} ByteBuf;

static bool buf_reserve(ByteBuf *b, size_t extra) {
    if (b->len + extra <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra) cap *= 2;
    char *d = mem_realloc(b->data, cap);
    if (!d) {
        err_no_memory();
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

static bool buf_add(ByteBuf *b, const char *s, size_t n) {
    if (!buf_reserve(b, n)) return false;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return true;
}

/* ---- files over a descriptor ---- */

typedef struct FileObject {
    Object ob;
    Value dict, weaklist, name, mode, encoding, errors;
    int fd;
    bool readable, writable, closefd, closed, text, line_buffering;
    char newline; /* text: 'u' universal (None), 'n' '\n', 'e' '' (split, no translation),
                     'r' '\r', 'c' '\r\n' */
    ByteBuf rbuf; /* bytes read ahead; rpos is the next unread */
    size_t rpos;
    ByteBuf wbuf; /* bytes written but not yet flushed */
} FileObject;

static Type type_text_wrapper, type_buffered_reader, type_buffered_writer, type_buffered_random;

static bool check_open(FileObject *f) {
    if (!f->closed) return true;
    closed_file();
    return false;
}

static int file_flush_raw(FileObject *f) {
    size_t done = 0;
    while (done < f->wbuf.len) {
        ssize_t n = write(f->fd, f->wbuf.data + done, f->wbuf.len - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            f->wbuf.len = 0;
            err_set_from_errno(NULL);
            return -1;
        }
        done += (size_t)n;
    }
    f->wbuf.len = 0;
    return 0;
}

/* Before writing after reading: move the descriptor back over the unread bytes. */
static int drop_read_ahead(FileObject *f) {
    size_t unread = f->rbuf.len - f->rpos;
    f->rbuf.len = f->rpos = 0;
    if (unread && lseek(f->fd, -(off_t)unread, SEEK_CUR) < 0) {
        err_set_from_errno(NULL);
        return -1;
    }
    return 0;
}

/* Refills the read buffer: 1 data available, 0 end of file, -1 error. */
static int fill(FileObject *f) {
    if (f->rpos < f->rbuf.len) return 1;
    if (f->wbuf.len && file_flush_raw(f) < 0) return -1;
    f->rpos = f->rbuf.len = 0;
    if (!buf_reserve(&f->rbuf, IO_BUFSIZE)) return -1;
    for (;;) {
        ssize_t n = read(f->fd, f->rbuf.data, IO_BUFSIZE);
        if (n >= 0) {
            f->rbuf.len = (size_t)n;
            return n > 0;
        }
        if (errno != EINTR) {
            err_set_from_errno(NULL);
            return -1;
        }
    }
}

/* The next byte (-1 end of file, -2 error); peek leaves it unread. */
static int next_byte(FileObject *f, bool peek) {
    int r = fill(f);
    if (r <= 0) return r - 1;
    unsigned char c = (unsigned char)f->rbuf.data[f->rpos];
    if (!peek) f->rpos++;
    return c;
}

static bool check_readable(FileObject *f) {
    if (!check_open(f)) return false;
    if (f->readable) return true;
    unsupported(f->text ? "not readable" : "read");
    return false;
}

static bool check_writable(FileObject *f) {
    if (!check_open(f)) return false;
    if (f->writable) return true;
    unsupported(f->text ? "not writable" : "write");
    return false;
}

static bool is_utf8(FileObject *f) {
    const char *e = str_utf8(f->encoding);
    return e && (strcasecmp(e, "utf-8") == 0 || strcasecmp(e, "utf8") == 0);
}

static Value decode(FileObject *f, const ByteBuf *b) {
    const char *errors = f->errors == NONE ? NULL : str_utf8(f->errors);
    return codec_decode(b->data ? b->data : "", (intptr_t)b->len, str_utf8(f->encoding), errors);
}

/* Appends one byte of text input to out with newline translation; returns true when the
 * byte ended a line. c is the byte just read. */
static int take_text_byte(FileObject *f, ByteBuf *out, int c, bool *line_end) {
    *line_end = false;
    if (c == '\r' && (f->newline == 'u' || f->newline == 'e' || f->newline == 'c')) {
        int next = next_byte(f, true);
        if (next == -2) return -1;
        bool crlf = next == '\n';
        if (crlf) next_byte(f, false);
        if (f->newline == 'u') {
            *line_end = true;
            return buf_add(out, "\n", 1) ? 0 : -1;
        }
        *line_end = f->newline == 'e' || crlf;
        return buf_add(out, crlf ? "\r\n" : "\r", crlf ? 2 : 1) ? 0 : -1;
    }
    char ch = (char)c;
    *line_end =
        (c == '\n' && f->newline != 'r' && f->newline != 'c') || (c == '\r' && f->newline == 'r');
    return buf_add(out, &ch, 1) ? 0 : -1;
}

/* Text read of up to n characters (n < 0: all), or one line when line is set (limit n). */
static Value text_read(FileObject *f, intptr_t n, bool line) {
    ByteBuf out = {0};
    bool utf8 = is_utf8(f);
    Value r = NULL;
    for (intptr_t count = 0; n < 0 || count < n; count++) {
        int c = next_byte(f, false);
        if (c == -2) goto done;
        if (c == -1) break;
        bool line_end;
        if (take_text_byte(f, &out, c, &line_end) < 0) goto done;
        int extra = !utf8 || c < 0xc0 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
        for (int i = 0; i < extra; i++) { /* the rest of a UTF-8 character */
            int d = next_byte(f, true);
            if (d == -2) goto done;
            if (d < 0x80 || d >= 0xc0) break;
            char ch = (char)next_byte(f, false);
            if (!buf_add(&out, &ch, 1)) goto done;
        }
        if (line && line_end) break;
    }
    r = decode(f, &out);
done:
    mem_free(out.data);
    return r;
}

/* Binary read of n bytes (n < 0: all), or one line (limit n). */
static Value binary_read(FileObject *f, intptr_t n, bool line) {
    ByteBuf out = {0};
    Value r = NULL;
    while (n < 0 || (intptr_t)out.len < n) {
        int status = fill(f);
        if (status < 0) goto done;
        if (status == 0) break;
        size_t avail = f->rbuf.len - f->rpos;
        if (n >= 0 && avail > (size_t)n - out.len) avail = (size_t)n - out.len;
        const char *start = f->rbuf.data + f->rpos;
        const char *nl = line ? memchr(start, '\n', avail) : NULL;
        if (nl) avail = (size_t)(nl - start) + 1;
        if (!buf_add(&out, start, avail)) goto done;
        f->rpos += avail;
        if (nl) break;
    }
    r = bytes_new(out.data, (intptr_t)out.len);
done:
    mem_free(out.data);
    return r;
}

static bool size_arg(Value const *args, size_t nargs, const char *name, intptr_t *n) {
    *n = -1;
    if (args_count(name, nargs, 0, 1) < 0) return false;
    if (nargs == 0 || args[0] == NONE) return true;
    Value i = object_index(args[0]);
    if (!i) return false;
    *n = int_as_ssize(i);
    decref(i);
    return !(*n == -1 && err_occurred());
}

static Value read_common(Value self, Value const *args, size_t nargs, const char *name, bool line) {
    FileObject *f = (FileObject *)self;
    intptr_t n;
    if (!size_arg(args, nargs, name, &n) || !check_readable(f)) return NULL;
    return f->text ? text_read(f, n, line) : binary_read(f, n, line);
}

static Value file_read(Value self, Value const *args, size_t nargs, Value kwnames) {
    return read_common(self, args, nargs, "read", false);
}
static Value file_readline(Value self, Value const *args, size_t nargs, Value kwnames) {
    return read_common(self, args, nargs, "readline", true);
}

static Value file_iternext(Value self) {
    FileObject *f = (FileObject *)self;
    if (!check_readable(f)) return NULL;
    Value line = f->text ? text_read(f, -1, true) : binary_read(f, -1, true);
    if (line && (f->text ? str_length(line) : bytes_size(line)) == 0) CLEAR(line);
    return line;
}

static Value file_iter(Value self) {
    if (!check_open((FileObject *)self)) return NULL;
    return incref(self);
}

/* Text to bytes with newline translation on output. */
static Value encode_text(FileObject *f, Value s) {
    Value text = incref(s);
    if ((f->newline == 'r' || f->newline == 'c') && str_length(s) > 0) {
        Value nl = str_from_cstr("\n"), repl = str_from_cstr(f->newline == 'r' ? "\r" : "\r\n");
        Value args[2] = {nl, repl};
        setref(&text,
               nl && repl ? object_call_method(s, str_intern_cstr("replace"), args, 2) : NULL);
        xdecref(nl);
        xdecref(repl);
        if (!text) return NULL;
    }
    const char *errors = f->errors == NONE ? NULL : str_utf8(f->errors);
    Value b = codec_encode(text, str_utf8(f->encoding), errors);
    decref(text);
    return b;
}

static Value file_write(Value self, Value const *args, size_t nargs, Value kwnames) {
    FileObject *f = (FileObject *)self;
    if (args_exactly_one("write", nargs) < 0 || !check_writable(f)) return NULL;
    Value data = args[0];
    Value encoded = NULL;
    const char *p;
    intptr_t n;
    if (f->text) {
        if (!is_str(data))
            return err_format(&exc_TypeError, "write() argument must be str, not %T", data);
        if (!(encoded = encode_text(f, data))) return NULL;
        p = bytes_data(encoded);
        n = bytes_size(encoded);
    } else if (bytes_like_data(data, &p, &n) < 0) {
        return err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", data);
    }
    bool ok = (f->rbuf.len == 0 || drop_read_ahead(f) == 0) && buf_add(&f->wbuf, p, (size_t)n);
    bool flush_now = f->wbuf.len >= IO_BUFSIZE || (f->line_buffering && memchr(p, '\n', (size_t)n));
    xdecref(encoded);
    if (!ok || (flush_now && file_flush_raw(f) < 0)) return NULL;
    return int_from_long(f->text ? str_length(data) : n);
}

static Value file_flush(Value self, Value const *args, size_t nargs, Value kwnames) {
    FileObject *f = (FileObject *)self;
    if (!check_open(f)) return NULL;
    return file_flush_raw(f) < 0 ? NULL : NONE;
}

static int file_close_raw(FileObject *f) {
    if (f->closed) return 0;
    int r = f->wbuf.len ? file_flush_raw(f) : 0;
    f->closed = true;
    if (f->closefd && close(f->fd) < 0 && r == 0) {
        err_set_from_errno(NULL);
        r = -1;
    }
    return r;
}

static Value file_close(Value self, Value const *args, size_t nargs, Value kwnames) {
    return file_close_raw((FileObject *)self) < 0 ? NULL : NONE;
}

static Value file_enter(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (!check_open((FileObject *)self)) return NULL;
    return incref(self);
}

static Value file_seek(Value self, Value const *args, size_t nargs, Value kwnames) {
    FileObject *f = (FileObject *)self;
    long long pos, whence = 0;
    if (args_count("seek", nargs, 1, 2) < 0 || !check_open(f)) return NULL;
    if (int_as_long(args[0], &pos) < 0 || (nargs == 2 && int_as_long(args[1], &whence) < 0))
        return NULL;
    if (f->text && whence != 0 && pos != 0)
        return unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                       : "can't do nonzero end-relative seeks");
    if (whence == 1) pos -= (long long)(f->rbuf.len - f->rpos);
    if (file_flush_raw(f) < 0) return NULL;
    f->rbuf.len = f->rpos = 0;
    off_t r = lseek(f->fd, (off_t)pos, (int)whence);
    return r < 0 ? err_set_from_errno(NULL) : int_from_long(r);
}

static Value file_tell(Value self, Value const *args, size_t nargs, Value kwnames) {
    FileObject *f = (FileObject *)self;
    if (!check_open(f)) return NULL;
    off_t r = lseek(f->fd, 0, SEEK_CUR);
    if (r < 0) return err_set_from_errno(NULL);
    return int_from_long((long long)r - (long long)(f->rbuf.len - f->rpos) +
                         (long long)f->wbuf.len);
}

static Value file_truncate(Value self, Value const *args, size_t nargs, Value kwnames) {
    FileObject *f = (FileObject *)self;
    if (args_count("truncate", nargs, 0, 1) < 0 || !check_writable(f)) return NULL;
    Value pos = nargs && args[0] != NONE ? incref(args[0]) : file_tell(self, NULL, 0, NULL);
    long long size;
    if (!pos) return NULL;
    int bad = int_as_long(pos, &size) < 0 || file_flush_raw(f) < 0;
    if (!bad && ftruncate(f->fd, (off_t)size) < 0) {
        err_set_from_errno(NULL);
        bad = 1;
    }
    if (bad) CLEAR(pos);
    return pos;
}

static Value file_readlines(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value list = list_new(0), line;
    if (!list) return NULL;
    while ((line = file_iternext(self))) {
        if (list_append(list, line) < 0) CLEAR(list);
        decref(line);
        if (!list) return NULL;
    }
    if (err_occurred()) CLEAR(list);
    return list;
}

static Value file_writelines(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("writelines", nargs) < 0) return NULL;
    Value it = object_getiter(args[0]), item;
    if (!it) return NULL;
    while ((item = object_iternext(it))) {
        Value r = file_write(self, &item, 1, NULL);
        decref(item);
        if (!r) break;
        decref(r);
    }
    decref(it);
    return err_occurred() ? NULL : NONE;
}

#define FILE_FLAG_METHOD(name, expr)                                                               \
    static Value file_##name(Value self, Value const *args, size_t nargs, Value kwnames) {         \
        FileObject *f = (FileObject *)self;                                                        \
        if (!check_open(f)) return NULL;                                                           \
        return expr;                                                                               \
    }
FILE_FLAG_METHOD(readable, bool_value(f->readable))
FILE_FLAG_METHOD(writable, bool_value(f->writable))
FILE_FLAG_METHOD(seekable, bool_value(lseek(f->fd, 0, SEEK_CUR) >= 0))
FILE_FLAG_METHOD(isatty, bool_value(isatty(f->fd)))
FILE_FLAG_METHOD(fileno, small_int(f->fd))

static Value file_get_closed(Value self, void *c) {
    return bool_value(((FileObject *)self)->closed);
}

static Value file_get_newlines(Value self, void *c) { return NONE; }

static Value file_get_line_buffering(Value self, void *c) {
    return bool_value(((FileObject *)self)->line_buffering);
}

static Value file_repr(Value self) {
    FileObject *f = (FileObject *)self;
    if (!f->text) return str_from_format("<%s name=%R>", self->type->name, f->name);
    return str_from_format("<%s name=%R mode=%R encoding=%R>", self->type->name, f->name, f->mode,
                           f->encoding);
}

static void file_dealloc(Value self) {
    FileObject *f = (FileObject *)self;
    gc_untrack(self);
    if (weakref_has_refs(self)) weakref_clear_all(self);
    Value saved = err_fetch();
    if (file_close_raw(f) < 0) err_clear();
    err_restore(saved);
    for (Value *v = &f->dict; v <= &f->errors; v++) CLEAR(*v);
    mem_free(f->rbuf.data);
    mem_free(f->wbuf.data);
    object_free(self);
}

static int file_traverse(Value self, visitproc visit, void *arg) {
    FileObject *f = (FileObject *)self;
    for (Value *v = &f->dict; v <= &f->errors; v++)
        if (*v && !is_small_int(*v) && visit(*v, arg)) return -1;
    return 0;
}

static int file_clear(Value self) {
    CLEAR(((FileObject *)self)->dict);
    return 0;
}

static MethodDef file_methods[] = {
    {"read", file_read, 0, NULL},
    {"readline", file_readline, 0, NULL},
    {"readlines", file_readlines, 0, NULL},
    {"write", file_write, 0, NULL},
    {"writelines", file_writelines, 0, NULL},
    {"flush", file_flush, 0, NULL},
    {"close", file_close, 0, NULL},
    {"seek", file_seek, 0, NULL},
    {"tell", file_tell, 0, NULL},
    {"truncate", file_truncate, 0, NULL},
    {"readable", file_readable, 0, NULL},
    {"writable", file_writable, 0, NULL},
    {"seekable", file_seekable, 0, NULL},
    {"isatty", file_isatty, 0, NULL},
    {"fileno", file_fileno, 0, NULL},
    {"__enter__", file_enter, 0, NULL},
    {"__exit__", file_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef file_members[] = {
    {"name", MEMBER_OBJECT, offsetof(FileObject, name), false, NULL},
    {"mode", MEMBER_OBJECT, offsetof(FileObject, mode), true, NULL},
    {"encoding", MEMBER_OBJECT, offsetof(FileObject, encoding), true, NULL},
    {"errors", MEMBER_OBJECT, offsetof(FileObject, errors), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static GetSetDef file_getsets[] = {
    {"closed", file_get_closed, NULL, NULL, NULL},
    {"newlines", file_get_newlines, NULL, NULL, NULL},
    {"line_buffering", file_get_line_buffering, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static Value io_open(Value self, Value const *args, size_t nargs, Value kwnames);

/* Calling a file class opens a file as open() does; the binary classes (FileIO and the
 * Buffered* names) force binary mode: FileIO(path, mode='r'). */
static Value file_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (type == &type_text_wrapper || nargs < 1 || nargs > 2 || (kwnames && tuple_size(kwnames)))
        return io_open(NULL, args, nargs, kwnames);
    Value mode = nargs == 2 ? incref(args[1]) : str_from_cstr("r");
    if (mode && !is_str(mode)) {
        decref(mode);
        return err_format(&exc_TypeError, "FileIO() argument 'mode' must be str, not %T", args[1]);
    }
    const char *m = mode ? str_utf8(mode) : NULL;
    Value binary = m ? (strchr(m, 'b') ? incref(mode) : str_from_format("%sb", m)) : NULL;
    xdecref(mode);
    if (!binary) return NULL;
    Value a[2] = {args[0], binary};
    Value r = io_open(NULL, a, 2, NULL);
    decref(binary);
    return r;
}

#define FILE_TYPE(pyname)                                                                          \
    {                                                                                              \
        .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = pyname, .basicsize = sizeof(FileObject),    \
        .flags = TPFLAG_GC | TPFLAG_BASETYPE, .dictoffset = offsetof(FileObject, dict),            \
        .weaklistoffset = offsetof(FileObject, weaklist), .dealloc = file_dealloc,                 \
        .traverse = file_traverse, .clear = file_clear, .repr = file_repr, .iter = file_iter,      \
        .iternext = file_iternext, .new_ = file_type_new, .methods = file_methods,                 \
        .members = file_members, .getsets = file_getsets,                                          \
    }
static Type type_text_wrapper = FILE_TYPE("_io.TextIOWrapper");
static Type type_buffered_reader = FILE_TYPE("_io.BufferedReader");
static Type type_buffered_writer = FILE_TYPE("_io.BufferedWriter");
static Type type_buffered_random = FILE_TYPE("_io.BufferedRandom");

/* ---- open() ---- */

typedef struct OpenMode {
    int flags;
    bool readable, writable, text;
    char raw[5]; /* the binary mode string: "rb", "wb+", ... */
} OpenMode;

static bool parse_mode(Value mode_obj, OpenMode *m) {
    const char *mode = str_utf8(mode_obj);
    if (!mode) return false;
    int seen[128] = {0};
    bool bad = false;
    for (const char *p = mode; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || !strchr("rwxabt+", c) || seen[c]++) bad = true;
    }
    if (bad) {
        err_format(&exc_ValueError, "invalid mode: '%s'", mode);
        return false;
    }
    int kinds = seen['r'] + seen['w'] + seen['x'] + seen['a'];
    if (seen['t'] && seen['b']) {
        err_format(&exc_ValueError, "can't have text and binary mode at once");
        return false;
    }
    if (kinds != 1) {
        err_format(&exc_ValueError, "must have exactly one of create/read/write/append mode");
        return false;
    }
    bool plus = seen['+'];
    char kind = seen['r'] ? 'r' : seen['w'] ? 'w' : seen['x'] ? 'x' : 'a';
    m->text = !seen['b'];
    m->readable = kind == 'r' || plus;
    m->writable = kind != 'r' || plus;
    m->flags = (plus ? O_RDWR : kind == 'r' ? O_RDONLY : O_WRONLY) | O_CLOEXEC;
    if (kind == 'w') m->flags |= O_CREAT | O_TRUNC;
    if (kind == 'x') m->flags |= O_CREAT | O_EXCL;
    if (kind == 'a') m->flags |= O_CREAT | O_APPEND;
    snprintf(m->raw, sizeof m->raw, "%cb%s", kind, plus ? "+" : "");
    return true;
}

static char newline_kind(Value newline) {
    if (newline == NONE) return 'u';
    if (str_length(newline) == 0) return 'e';
    if (str_equal_cstr(newline, "\n")) return 'n';
    if (str_equal_cstr(newline, "\r")) return 'r';
    return 'c';
}

static Value io_open(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"file",   "mode",    "buffering", "encoding",
                                        "errors", "newline", "closefd",   "opener"};
    static const ArgSpec spec = {"open", names, 8, 0, 8, 1};
    Value v[8];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Value file = v[0], mode = v[1] ? v[1] : NULL, encoding = v[3], errors = v[4], newline = v[5];
    if (mode && !is_str(mode))
        return err_format(&exc_TypeError, "open() argument 'mode' must be str, not %T", mode);
    Value default_mode = mode ? NULL : str_from_cstr("r");
    if (!mode && !(mode = default_mode)) return NULL;
    OpenMode m;
    bool ok = parse_mode(mode, &m);
    const char *binary_refuses = !ok || m.text                  ? NULL
                                 : encoding && encoding != NONE ? "an encoding"
                                 : errors && errors != NONE     ? "an errors"
                                 : newline && newline != NONE   ? "a newline"
                                                                : NULL;
    if (binary_refuses) {
        err_format(&exc_ValueError, "binary mode doesn't take %s argument", binary_refuses);
        ok = false;
    }
    if (ok && newline && newline != NONE &&
        (!is_str(newline) ||
         (str_length(newline) && !str_equal_cstr(newline, "\n") && !str_equal_cstr(newline, "\r") &&
          !str_equal_cstr(newline, "\r\n")))) {
        err_format(&exc_ValueError, "illegal newline value: %R", newline);
        ok = false;
    }
    if (!ok) {
        xdecref(default_mode);
        return NULL;
    }
    int fd = -1;
    bool closefd = !v[6] || object_is_true(v[6]);
    if (is_int(file)) {
        long long n;
        if (int_as_long(file, &n) < 0) {
            xdecref(default_mode);
            return NULL;
        }
        fd = (int)n;
    } else {
        Value path = NULL;
        if (is_str(file) || is_bytes(file))
            path = incref(file);
        else {
            Value fspath = object_lookup_special(file, str_intern_cstr("__fspath__"));
            if (fspath)
                path = object_call(fspath, NULL, 0, NULL);
            else if (!err_occurred())
                err_format(&exc_TypeError, "expected str, bytes or os.PathLike object, not %T",
                           file);
            xdecref(fspath);
        }
        const char *c = !path ? NULL : is_bytes(path) ? bytes_data(path) : str_utf8(path);
        if (c) {
            fd = open(c, m.flags, 0666);
            if (fd < 0) err_set_from_errno(file);
        }
        xdecref(path);
        if (fd < 0) {
            xdecref(default_mode);
            return NULL;
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            errno = EISDIR;
            xdecref(default_mode);
            return err_set_from_errno(file);
        }
    }
    Type *type = m.text                     ? &type_text_wrapper
                 : m.readable && m.writable ? &type_buffered_random
                 : m.readable               ? &type_buffered_reader
                                            : &type_buffered_writer;
    FileObject *f = (FileObject *)object_new(type, 0);
    if (!f) {
        if (closefd) close(fd);
        xdecref(default_mode);
        return NULL;
    }
    f->fd = fd;
    f->closefd = closefd;
    f->readable = m.readable;
    f->writable = m.writable;
    f->text = m.text;
    f->name = incref(file);
    f->mode = m.text ? incref(mode) : str_from_cstr(m.raw);
    f->encoding = encoding && encoding != NONE ? incref(encoding) : str_from_cstr("UTF-8");
    f->errors = errors && errors != NONE ? incref(errors) : str_from_cstr("strict");
    f->newline = newline_kind(newline ? newline : NONE);
    f->line_buffering = m.text && isatty(fd);
    gc_track((Value)f);
    xdecref(default_mode);
    if (!f->mode || !f->encoding || !f->errors) {
        decref((Value)f);
        return NULL;
    }
    if (m.flags & O_APPEND) lseek(fd, 0, SEEK_END);
    return (Value)f;
}

/* ---- StringIO and BytesIO: a growable buffer with a position ---- */

typedef struct MemoryIO {
    Object ob;
    Value dict, weaklist;
    ByteBuf buf; /* StringIO: UTF-32 code points; BytesIO: bytes */
    size_t pos;  /* in units */
    bool closed, text, translate;
} MemoryIO;

static Type type_string_io, type_bytes_io;

static size_t unit(MemoryIO *m) { return m->text ? sizeof(uint32_t) : 1; }
static size_t units(MemoryIO *m) { return m->buf.len / unit(m); }

static bool mem_check(MemoryIO *m) {
    if (!m->closed) return true;
    err_format(&exc_ValueError, "I/O operation on closed file"); /* sic: no period here */
    return false;
}

/* Writes n units at the position (zero-filling any gap), moving the position. */
static bool mem_put(MemoryIO *m, const void *data, size_t n) {
    size_t u = unit(m), end = m->pos + n;
    if (end * u > m->buf.len) {
        if (!buf_reserve(&m->buf, end * u - m->buf.len)) return false;
        if (m->pos * u > m->buf.len) memset(m->buf.data + m->buf.len, 0, m->pos * u - m->buf.len);
        m->buf.len = end * u;
    }
    memcpy(m->buf.data + m->pos * u, data, n * u);
    m->pos = end;
    return true;
}

static Value mem_slice(MemoryIO *m, size_t start, size_t end) {
    if (start > units(m)) start = units(m);
    if (end > units(m)) end = units(m);
    if (end < start) end = start;
    if (!m->text) return bytes_new(m->buf.data + start, (intptr_t)(end - start));
    return str_from_codepoints((uint32_t *)m->buf.data + start, end - start);
}

static bool mem_write_value(MemoryIO *m, Value data, intptr_t *written) {
    if (m->text) {
        if (!is_str(data)) {
            err_format(&exc_TypeError, "string argument expected, got '%T'", data);
            return false;
        }
        intptr_t n = str_length(data);
        uint32_t *cps = mem_alloc(((size_t)n + 1) * sizeof(uint32_t));
        if (!cps) {
            err_no_memory();
            return false;
        }
        intptr_t k = 0;
        for (intptr_t i = 0; i < n; i++) {
            uint32_t c = str_char(data, i);
            if (m->translate && c == '\r') { /* universal newlines: \r\n and \r become \n */
                if (i + 1 < n && str_char(data, i + 1) == '\n') i++;
                c = '\n';
            }
            cps[k++] = c;
        }
        bool ok = mem_put(m, cps, (size_t)k);
        mem_free(cps);
        *written = n;
        return ok;
    }
    const char *p;
    intptr_t n;
    if (bytes_like_data(data, &p, &n) < 0) {
        err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", data);
        return false;
    }
    *written = n;
    return mem_put(m, p, (size_t)n);
}

static Value mem_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    MemoryIO *m = (MemoryIO *)object_new(type, 0);
    if (!m) return NULL;
    m->text = type_is_subtype(type, &type_string_io) || type == &type_string_io;
    gc_track((Value)m);
    return (Value)m;
}

static int mem_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    MemoryIO *m = (MemoryIO *)self;
    static const char *const text_names[] = {"initial_value", "newline"};
    static const char *const bytes_names[] = {"initial_bytes"};
    ArgSpec spec = m->text ? (ArgSpec){"StringIO", text_names, 2, 0, 2, 0}
                           : (ArgSpec){"BytesIO", bytes_names, 1, 0, 1, 0};
    Value v[2] = {NULL, NULL};
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return -1;
    m->buf.len = m->pos = 0;
    m->translate = m->text && v[1] == NONE;
    intptr_t n;
    if (v[0] && v[0] != NONE && !mem_write_value(m, v[0], &n)) return -1;
    m->pos = 0;
    return 0;
}

static void mem_dealloc(Value self) {
    MemoryIO *m = (MemoryIO *)self;
    gc_untrack(self);
    if (weakref_has_refs(self)) weakref_clear_all(self);
    CLEAR(m->dict);
    mem_free(m->buf.data);
    object_free(self);
}

static int mem_traverse(Value self, visitproc visit, void *arg) {
    Value d = ((MemoryIO *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int mem_clear(Value self) {
    CLEAR(((MemoryIO *)self)->dict);
    return 0;
}

static Value mem_write(Value self, Value const *args, size_t nargs, Value kwnames) {
    MemoryIO *m = (MemoryIO *)self;
    intptr_t n;
    if (args_exactly_one("write", nargs) < 0 || !mem_check(m) || !mem_write_value(m, args[0], &n))
        return NULL;
    return int_from_long(n);
}

static Value mem_getvalue(Value self, Value const *args, size_t nargs, Value kwnames) {
    MemoryIO *m = (MemoryIO *)self;
    if (!mem_check(m)) return NULL;
    return mem_slice(m, 0, units(m));
}

/* read(n) and readline(limit): the units from the position on. */
static Value mem_read_common(Value self, Value const *args, size_t nargs, const char *name,
                             bool line) {
    MemoryIO *m = (MemoryIO *)self;
    intptr_t n;
    if (!size_arg(args, nargs, name, &n) || !mem_check(m)) return NULL;
    size_t start = m->pos < units(m) ? m->pos : units(m), end = units(m);
    if (n >= 0 && start + (size_t)n < end) end = start + (size_t)n;
    if (line) {
        for (size_t i = start; i < end; i++) {
            uint32_t c = m->text ? ((uint32_t *)m->buf.data)[i] : (unsigned char)m->buf.data[i];
            if (c == '\n') {
                end = i + 1;
                break;
            }
        }
    }
    m->pos = end > m->pos ? end : m->pos;
    return mem_slice(m, start, end);
}

static Value mem_read(Value self, Value const *args, size_t nargs, Value kwnames) {
    return mem_read_common(self, args, nargs, "read", false);
}
static Value mem_readline(Value self, Value const *args, size_t nargs, Value kwnames) {
    return mem_read_common(self, args, nargs, "readline", true);
}

static Value mem_iternext(Value self) {
    Value line = mem_read_common(self, NULL, 0, "readline", true);
    if (line && (is_str(line) ? str_length(line) : bytes_size(line)) == 0) CLEAR(line);
    return line;
}

static Value mem_iter(Value self) {
    if (!mem_check((MemoryIO *)self)) return NULL;
    return incref(self);
}

static Value mem_readlines(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value list = list_new(0), line;
    while (list && (line = mem_iternext(self))) {
        if (list_append(list, line) < 0) CLEAR(list);
        decref(line);
    }
    if (err_occurred()) CLEAR(list);
    return list;
}

static Value mem_seek(Value self, Value const *args, size_t nargs, Value kwnames) {
    MemoryIO *m = (MemoryIO *)self;
    long long pos, whence = 0;
    if (args_count("seek", nargs, 1, 2) < 0 || !mem_check(m) || int_as_long(args[0], &pos) < 0 ||
        (nargs == 2 && int_as_long(args[1], &whence) < 0))
        return NULL;
    if (whence < 0 || whence > 2)
        return err_format(&exc_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", whence);
    if (m->text && whence != 0 && pos != 0)
        return unsupported(whence == 1 ? "Can't do nonzero cur-relative seeks"
                                       : "Can't do nonzero end-relative seeks");
    if (whence == 0 && pos < 0) return err_format(&exc_ValueError, "negative seek value %lld", pos);
    long long base = whence == 0 ? 0 : whence == 1 ? (long long)m->pos : (long long)units(m);
    pos += base;
    m->pos = pos < 0 ? 0 : (size_t)pos;
    return int_from_long((long long)m->pos);
}

static Value mem_tell(Value self, Value const *args, size_t nargs, Value kwnames) {
    MemoryIO *m = (MemoryIO *)self;
    if (!mem_check(m)) return NULL;
    return int_from_long((long long)m->pos);
}

static Value mem_truncate(Value self, Value const *args, size_t nargs, Value kwnames) {
    MemoryIO *m = (MemoryIO *)self;
    long long size = (long long)m->pos;
    if (args_count("truncate", nargs, 0, 1) < 0 || !mem_check(m) ||
        (nargs && args[0] != NONE && int_as_long(args[0], &size) < 0))
        return NULL;
    if (size < 0) return err_format(&exc_ValueError, "Negative size value %lld", size);
    if ((size_t)size < units(m)) m->buf.len = (size_t)size * unit(m);
    return int_from_long(size);
}

static Value mem_close(Value self, Value const *args, size_t nargs, Value kwnames) {
    ((MemoryIO *)self)->closed = true;
    return NONE;
}

static Value mem_enter(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (!mem_check((MemoryIO *)self)) return NULL;
    return incref(self);
}

static Value mem_true(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (!mem_check((MemoryIO *)self)) return NULL;
    return bool_value(true);
}

static Value mem_flush(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (!mem_check((MemoryIO *)self)) return NULL;
    return NONE;
}

static Value mem_get_closed(Value self, void *c) { return bool_value(((MemoryIO *)self)->closed); }

static MethodDef mem_methods[] = {
    {"write", mem_write, 0, NULL},
    {"writelines", file_writelines, 0, NULL},
    {"getvalue", mem_getvalue, 0, NULL},
    {"read", mem_read, 0, NULL},
    {"readline", mem_readline, 0, NULL},
    {"readlines", mem_readlines, 0, NULL},
    {"seek", mem_seek, 0, NULL},
    {"tell", mem_tell, 0, NULL},
    {"truncate", mem_truncate, 0, NULL},
    {"close", mem_close, 0, NULL},
    {"flush", mem_flush, 0, NULL},
    {"readable", mem_true, 0, NULL},
    {"writable", mem_true, 0, NULL},
    {"seekable", mem_true, 0, NULL},
    {"__enter__", mem_enter, 0, NULL},
    {"__exit__", mem_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef mem_getsets[] = {
    {"closed", mem_get_closed, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define MEMORY_TYPE(pyname)                                                                        \
    {                                                                                              \
        .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = pyname, .basicsize = sizeof(MemoryIO),      \
        .flags = TPFLAG_GC | TPFLAG_BASETYPE, .dictoffset = offsetof(MemoryIO, dict),              \
        .weaklistoffset = offsetof(MemoryIO, weaklist), .dealloc = mem_dealloc,                    \
        .traverse = mem_traverse, .clear = mem_clear, .iter = mem_iter, .iternext = mem_iternext,  \
        .new_ = mem_type_new, .init = mem_init, .methods = mem_methods, .getsets = mem_getsets,    \
    }
static Type type_string_io = MEMORY_TYPE("_io.StringIO");
static Type type_bytes_io = MEMORY_TYPE("_io.BytesIO");

/* ---- the abstract bases and the module ---- */

static Type type_iobase = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_io._IOBase",
    .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE,
    .doc = "The abstract base class for all I/O classes.",
};
#define IOBASE_SUBTYPE(pyname)                                                                     \
    {                                                                                              \
        .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = pyname, .base = &type_iobase,               \
        .basicsize = sizeof(Object), .flags = TPFLAG_BASETYPE,                                     \
    }
static Type type_raw_iobase = IOBASE_SUBTYPE("_io._RawIOBase");
static Type type_buffered_iobase = IOBASE_SUBTYPE("_io._BufferedIOBase");
static Type type_text_iobase = IOBASE_SUBTYPE("_io._TextIOBase");

static Value io_open_code(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("open_code", nargs) < 0) return NULL;
    Value mode = str_from_cstr("rb");
    if (!mode) return NULL;
    Value a[2] = {args[0], mode};
    Value r = io_open(NULL, a, 2, NULL);
    decref(mode);
    return r;
}

static Value io_text_encoding(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("text_encoding", nargs, 1, 2) < 0) return NULL;
    return args[0] == NONE ? str_from_cstr("locale") : incref(args[0]);
}

static MethodDef io_open_def = {"open", io_open, METH_KEYWORDS, NULL};

Value io_open_builtin(void) { return builtin_function_new(&io_open_def, NULL, NULL); }

static MethodDef io_methods[] = {
    {"open", io_open, METH_KEYWORDS, NULL},
    {"open_code", io_open_code, 0, NULL},
    {"text_encoding", io_text_encoding, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int make_unsupported_operation(void) {
    if (unsupported_operation) return 0;
    Value bases = tuple_pack(2, (Value)&exc_OSError, (Value)&exc_ValueError);
    unsupported_operation = bases ? exception_class_new("io", "UnsupportedOperation", bases) : NULL;
    xdecref(bases);
    return unsupported_operation ? 0 : -1;
}

Value io_module_new(void) {
    static const struct {
        const char *name;
        Type *type;
    } types[] = {
        {"_IOBase", &type_iobase},
        {"_RawIOBase", &type_raw_iobase},
        {"_BufferedIOBase", &type_buffered_iobase},
        {"_TextIOBase", &type_text_iobase},
        {"FileIO", &type_buffered_random},
        {"BufferedReader", &type_buffered_reader},
        {"BufferedWriter", &type_buffered_writer},
        {"BufferedRandom", &type_buffered_random},
        {"BufferedRWPair", &type_buffered_random},
        {"TextIOWrapper", &type_text_wrapper},
        {"IncrementalNewlineDecoder", &type_text_wrapper},
        {"StringIO", &type_string_io},
        {"BytesIO", &type_bytes_io},
    };
    if (make_unsupported_operation() < 0) return NULL;
    Value m = module_new("_io");
    if (!m || module_add_functions(m, io_methods) < 0 ||
        module_add_object(m, "DEFAULT_BUFFER_SIZE", small_int(IO_BUFSIZE)) < 0 ||
        module_add_object(m, "BlockingIOError", (Value)&exc_BlockingIOError) < 0 ||
        module_add_object(m, "UnsupportedOperation", unsupported_operation) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i].type) < 0 ||
            module_add_object(m, types[i].name, (Value)types[i].type) < 0)
            goto fail;
    return m;
fail:
    xdecref(m);
    return NULL;
}
