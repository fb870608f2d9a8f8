/* exceptions_special.c: the built-in exceptions with their own fields and str():
 * SyntaxError (msg, filename, lineno ...), OSError and its errno subclasses, the Unicode
 * codec errors, and BaseExceptionGroup / ExceptionGroup with split() and subgroup(). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../vm/errors.h"
#include "bytes.h"
#include "exceptions_internal.h"
#include "int.h"
#include "list.h"
#include "method_args.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

#define FIELD(layout, name, doc)                                                                   \
    { #name, MEMBER_OBJECT, offsetof(layout, name), false, doc }
#define END_MEMBERS                                                                                \
    { NULL, 0, 0, false, NULL }

static int base_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords(self->type->name, kwnames) < 0) return -1;
    return exc_set_args(self, args, nargs);
}

static void set_field(Value *field, Value v) { setref(field, xincref(v)); }

/* ---- SyntaxError ---- */

static int syntaxerror_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    SyntaxErrorObject *e = (SyntaxErrorObject *)self;
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    if (nargs >= 1) set_field(&e->msg, args[0]);
    if (nargs != 2) return 0;
    Value info = sequence_to_tuple(args[1]);
    if (!info) return -1;
    intptr_t n = tuple_size(info);
    if (n < 4 || n > 6) {
        err_format(&exc_TypeError, "function takes %s %d arguments (%zd given)",
                   n < 4 ? "at least" : "at most", n < 4 ? 4 : 6, n);
        decref(info);
        return -1;
    }
    Value *fields[] = {&e->filename, &e->lineno,     &e->offset,
                       &e->text,     &e->end_lineno, &e->end_offset};
    for (intptr_t i = 0; i < 6; i++) set_field(fields[i], i < n ? tuple_get(info, i) : NULL);
    decref(info);
    return 0;
}

/* The last path component of a str filename. */
static Value basename_of(Value filename) {
    intptr_t n = str_length(filename), start = n;
    while (start > 0 && str_char(filename, start - 1) != '/') start--;
    return str_substring(filename, start, n);
}

static Value syntaxerror_str(Value self) {
    SyntaxErrorObject *e = (SyntaxErrorObject *)self;
    Value msg = e->msg ? e->msg : NONE;
    Value file = e->filename && is_str(e->filename) ? basename_of(e->filename) : NULL;
    if (!file && err_occurred()) return NULL;
    bool line = e->lineno && is_int(e->lineno);
    Value r;
    if (file && line)
        r = str_from_format("%S (%U, line %S)", msg, file, e->lineno);
    else if (file)
        r = str_from_format("%S (%U)", msg, file);
    else if (line)
        r = str_from_format("%S (line %S)", msg, e->lineno);
    else
        r = object_str(msg);
    xdecref(file);
    return r;
}

static MemberDef syntaxerror_members[] = {
    FIELD(SyntaxErrorObject, msg, "exception msg"),
    FIELD(SyntaxErrorObject, filename, "exception filename"),
    FIELD(SyntaxErrorObject, lineno, "exception lineno"),
    FIELD(SyntaxErrorObject, offset, "exception offset"),
    FIELD(SyntaxErrorObject, text, "exception text"),
    FIELD(SyntaxErrorObject, end_lineno, "exception end lineno"),
    FIELD(SyntaxErrorObject, end_offset, "exception end offset"),
    FIELD(SyntaxErrorObject, print_file_and_line, "exception print_file_and_line"),
    END_MEMBERS,
};

Type exc_SyntaxError = {EXC_TYPE(SyntaxError, Exception, SyntaxErrorObject, "Invalid syntax."),
                        .init = syntaxerror_init, .str = syntaxerror_str,
                        .members = syntaxerror_members};
Type exc_IndentationError = {
    EXC_TYPE(IndentationError, SyntaxError, SyntaxErrorObject, "Improper indentation.")};
Type exc_TabError = {EXC_TYPE(TabError, IndentationError, SyntaxErrorObject,
                              "Improper mixture of spaces and tabs.")};

/* ---- OSError ---- */

static const struct {
    int code;
    Type *type;
} errno_types[] = {
    {EAGAIN, &exc_BlockingIOError},
    {EALREADY, &exc_BlockingIOError},
    {EWOULDBLOCK, &exc_BlockingIOError},
    {EINPROGRESS, &exc_BlockingIOError},
    {ECHILD, &exc_ChildProcessError},
    {EPIPE, &exc_BrokenPipeError},
    {ESHUTDOWN, &exc_BrokenPipeError},
    {ECONNABORTED, &exc_ConnectionAbortedError},
    {ECONNREFUSED, &exc_ConnectionRefusedError},
    {ECONNRESET, &exc_ConnectionResetError},
    {EEXIST, &exc_FileExistsError},
    {ENOENT, &exc_FileNotFoundError},
    {EISDIR, &exc_IsADirectoryError},
    {ENOTDIR, &exc_NotADirectoryError},
    {EINTR, &exc_InterruptedError},
    {EACCES, &exc_PermissionError},
    {EPERM, &exc_PermissionError},
    {ESRCH, &exc_ProcessLookupError},
    {ETIMEDOUT, &exc_TimeoutError},
};

static bool is_number(Value v) {
    NumberSlots *ns = type_of(v)->number;
    return ns && (ns->index || ns->as_int || ns->as_float);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]); an exact BlockingIOError
 * takes a number in the filename position as characters_written. */
static int oserror_parse(Value self, Value const *args, size_t nargs) {
    OSErrorObject *e = (OSErrorObject *)self;
    size_t nkeep = nargs;
    if (nargs >= 2 && nargs <= 5) {
        set_field(&e->myerrno, args[0]);
        set_field(&e->strerror, args[1]);
        set_field(&e->filename2, nargs == 5 ? args[4] : NULL);
        Value filename = nargs >= 3 && args[2] != NONE ? args[2] : NULL;
        if (filename && self->type == &exc_BlockingIOError && is_number(filename)) {
            Value written = object_index(filename);
            if (!written) return -1;
            setref(&e->written, written);
            filename = NULL;
        } else if (filename) {
            nkeep = 2;
        }
        set_field(&e->filename, filename);
    }
    return exc_set_args(self, args, nkeep);
}

static Value oserror_get_written(Value self, void *c) {
    Value w = ((OSErrorObject *)self)->written;
    if (!w) return err_format(&exc_AttributeError, "characters_written");
    return incref(w);
}

static int oserror_set_written(Value self, Value v, void *c) {
    OSErrorObject *e = (OSErrorObject *)self;
    if (!v && !e->written) {
        err_format(&exc_AttributeError, "characters_written");
        return -1;
    }
    Value w = v ? object_index(v) : NULL;
    if (v && !w) return -1;
    setref(&e->written, w);
    return 0;
}

static GetSetDef oserror_getsets[] = {
    {"characters_written", oserror_get_written, oserror_set_written, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static Value oserror_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (type == &exc_OSError && nargs >= 2 && nargs <= 5 && is_small_int(args[0])) {
        intptr_t code = small_int_value(args[0]);
        for (size_t i = 0; i < sizeof errno_types / sizeof errno_types[0]; i++) {
            if (errno_types[i].code == code) {
                type = errno_types[i].type;
                break;
            }
        }
    }
    Value self = object_new(type, 0);
    if (!self) return NULL;
    if (oserror_parse(self, args, nargs) < 0) {
        decref(self);
        return NULL;
    }
    gc_track(self);
    return self;
}

static int oserror_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords(self->type->name, kwnames) < 0) return -1;
    return oserror_parse(self, args, nargs);
}

static Value oserror_str(Value self) {
    OSErrorObject *e = (OSErrorObject *)self;
    if (e->filename && e->filename != NONE) {
        if (e->filename2 && e->filename2 != NONE) {
            return str_from_format("[Errno %S] %S: %R -> %R", e->myerrno, e->strerror, e->filename,
                                   e->filename2);
        }
        return str_from_format("[Errno %S] %S: %R", e->myerrno, e->strerror, e->filename);
    }
    if (e->myerrno && e->strerror) return str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return exc_str(self);
}

static MemberDef oserror_members[] = {
    {"errno", MEMBER_OBJECT, offsetof(OSErrorObject, myerrno), false, "POSIX exception code"},
    FIELD(OSErrorObject, strerror, "exception strerror"),
    FIELD(OSErrorObject, filename, "exception filename"),
    FIELD(OSErrorObject, filename2, "second exception filename"),
    END_MEMBERS,
};

#define OS_EXC(NAME, BASE, DOC) EXC_TYPE(NAME, BASE, OSErrorObject, DOC)

Type exc_OSError = {OS_EXC(OSError, Exception, "Base class for I/O related errors."),
                    .new_ = oserror_tp_new,
                    .init = oserror_init,
                    .str = oserror_str,
                    .members = oserror_members,
                    .getsets = oserror_getsets};
Type exc_BlockingIOError = {OS_EXC(BlockingIOError, OSError, "I/O operation would block.")};
Type exc_ChildProcessError = {OS_EXC(ChildProcessError, OSError, "Child process error.")};
Type exc_ConnectionError = {OS_EXC(ConnectionError, OSError, "Connection error.")};
Type exc_BrokenPipeError = {OS_EXC(BrokenPipeError, ConnectionError, "Broken pipe.")};
Type exc_ConnectionAbortedError = {
    OS_EXC(ConnectionAbortedError, ConnectionError, "Connection aborted.")};
Type exc_ConnectionRefusedError = {
    OS_EXC(ConnectionRefusedError, ConnectionError, "Connection refused.")};
Type exc_ConnectionResetError = {
    OS_EXC(ConnectionResetError, ConnectionError, "Connection reset.")};
Type exc_FileExistsError = {OS_EXC(FileExistsError, OSError, "File already exists.")};
Type exc_FileNotFoundError = {OS_EXC(FileNotFoundError, OSError, "File not found.")};
Type exc_InterruptedError = {OS_EXC(InterruptedError, OSError, "Interrupted by signal.")};
Type exc_IsADirectoryError = {
    OS_EXC(IsADirectoryError, OSError, "Operation doesn't work on directories.")};
Type exc_NotADirectoryError = {
    OS_EXC(NotADirectoryError, OSError, "Operation only works on directories.")};
Type exc_PermissionError = {OS_EXC(PermissionError, OSError, "Not enough permissions.")};
Type exc_ProcessLookupError = {OS_EXC(ProcessLookupError, OSError, "Process not found.")};
Type exc_TimeoutError = {OS_EXC(TimeoutError, OSError, "Timeout expired.")};

/* ---- Unicode errors ---- */

/* Argument i converted by its format character: 's' (str), 'b' (bytes-like, copied to
 * bytes), 'i' (an index); a new reference or NULL with TypeError. */
static Value unicode_arg(Value v, size_t i, char format) {
    if (format == 'i') return object_index(v);
    if (format == 's') {
        if (is_str(v)) return incref(v);
        return err_format(&exc_TypeError, "argument %zu must be str, not %T", i + 1, v);
    }
    const char *data;
    intptr_t size;
    if (is_bytes(v)) return incref(v);
    if (bytes_like_data(v, &data, &size) == 0) return bytes_new(data, size);
    return err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", v);
}

/* Fields from arguments matching format (see unicode_arg). */
static int unicode_init(Value self, Value const *args, size_t nargs, Value kwnames,
                        const char *format) {
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    size_t want = strlen(format);
    if (nargs != want) {
        err_format(&exc_TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    size_t skip = nargs == 4 ? 1 : 0; /* translate errors have no encoding */
    Value *fields[] = {&e->encoding, &e->object, &e->start, &e->end, &e->reason};
    for (size_t i = 0; i < want; i++) {
        Value v = unicode_arg(args[i], i, format[i]);
        if (!v) return -1;
        setref(fields[i + skip], v);
    }
    return 0;
}

static int decode_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    return unicode_init(self, args, nargs, kwnames, "sbiis");
}
static int encode_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    return unicode_init(self, args, nargs, kwnames, "ssiis");
}
static int translate_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    return unicode_init(self, args, nargs, kwnames, "siis");
}

static bool unicode_fields_valid(UnicodeErrorObject *e, bool need_encoding) {
    return e->object && e->start && e->end && e->reason && is_int(e->start) && is_int(e->end) &&
           (!need_encoding || e->encoding);
}

static Value decode_str(Value self) {
    UnicodeErrorObject *e = (UnicodeErrorObject *)self;
    if (!unicode_fields_valid(e, true) || !is_bytes(e->object)) return str_from_cstr("");
    intptr_t start = int_as_ssize(e->start), end = int_as_ssize(e->end);
    if (start < bytes_size(e->object) && start >= 0 && end == start + 1) {
        return str_from_format("'%S' codec can't decode byte 0x%02x in position %zd: %S",
                               e->encoding, (unsigned char)bytes_data(e->object)[start], start,
                               e->reason);
    }
    return str_from_format("'%S' codec can't decode bytes in position %zd-%zd: %S", e->encoding,
                           start, end - 1, e->reason);
}

/* "'\xe9'" style escape of the character at start of a str object. */
static void char_escape(Value s, intptr_t i, char *buf, size_t size) {
    uint32_t c = str_char(s, i);
    snprintf(buf, size, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x", c);
}

static Value encode_or_translate_str(UnicodeErrorObject *e, bool encode) {
    if (!unicode_fields_valid(e, encode) || !is_str(e->object)) return str_from_cstr("");
    intptr_t start = int_as_ssize(e->start), end = int_as_ssize(e->end);
    Value prefix = encode ? str_from_format("'%S' codec can't encode", e->encoding)
                          : str_from_cstr("can't translate");
    if (!prefix) return NULL;
    Value r;
    if (start >= 0 && start < str_length(e->object) && end == start + 1) {
        char buf[16];
        char_escape(e->object, start, buf, sizeof buf);
        r = str_from_format("%U character '%s' in position %zd: %S", prefix, buf, start, e->reason);
    } else {
        r = str_from_format("%U characters in position %zd-%zd: %S", prefix, start, end - 1,
                            e->reason);
    }
    decref(prefix);
    return r;
}

static Value encode_str(Value self) {
    return encode_or_translate_str((UnicodeErrorObject *)self, true);
}
static Value translate_str(Value self) {
    return encode_or_translate_str((UnicodeErrorObject *)self, false);
}

static MemberDef unicode_members[] = {
    FIELD(UnicodeErrorObject, encoding, "exception encoding"),
    FIELD(UnicodeErrorObject, object, "exception object"),
    FIELD(UnicodeErrorObject, start, "exception start"),
    FIELD(UnicodeErrorObject, end, "exception end"),
    FIELD(UnicodeErrorObject, reason, "exception reason"),
    END_MEMBERS,
};

#define UNICODE_EXC(NAME, DOC)                                                                     \
    EXC_TYPE(NAME, UnicodeError, UnicodeErrorObject, DOC), .members = unicode_members

Type exc_UnicodeDecodeError = {UNICODE_EXC(UnicodeDecodeError, "Unicode decoding error."),
                               .init = decode_init, .str = decode_str};
Type exc_UnicodeEncodeError = {UNICODE_EXC(UnicodeEncodeError, "Unicode encoding error."),
                               .init = encode_init, .str = encode_str};
Type exc_UnicodeTranslateError = {UNICODE_EXC(UnicodeTranslateError, "Unicode translation error."),
                                  .init = translate_init, .str = translate_str};

/* ---- exception groups ---- */

static Value group_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("BaseExceptionGroup.__new__", kwnames) < 0) return NULL;
    if (nargs != 2) {
        return err_format(&exc_TypeError,
                          "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                          nargs);
    }
    if (!is_str(args[0])) {
        return err_format(&exc_TypeError,
                          "BaseExceptionGroup.__new__() argument 1 must be str, not %T", args[0]);
    }
    Type *st = type_of(args[1]);
    if (!st->getitem || type_has_flag(st, TPFLAG_DICT_SUBCLASS)) {
        return err_format(&exc_TypeError, "second argument (exceptions) must be a sequence");
    }
    Value excs = sequence_to_tuple(args[1]);
    if (!excs) return NULL;
    if (tuple_size(excs) == 0) {
        decref(excs);
        return err_format(&exc_ValueError,
                          "second argument (exceptions) must be a non-empty sequence");
    }
    bool nested_base = false;
    for (intptr_t i = 0; i < tuple_size(excs); i++) {
        Value x = tuple_get(excs, i);
        if (!is_exception(x)) {
            decref(excs);
            return err_format(&exc_ValueError,
                              "Item %zd of second argument (exceptions) is not an exception", i);
        }
        if (!is_instance_of(x, &exc_Exception)) nested_base = true;
    }
    if (type == &exc_BaseExceptionGroup) {
        if (!nested_base) type = &exc_ExceptionGroup;
    } else if (nested_base && type_is_subtype(type, &exc_Exception)) {
        decref(excs);
        if (type == &exc_ExceptionGroup)
            return err_format(&exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        return err_format(&exc_TypeError, "Cannot nest BaseExceptions in '%s'", type->name);
    }
    Value self = object_new(type, 0);
    if (!self || exc_set_args(self, args, nargs) < 0) {
        xdecref(self);
        decref(excs);
        return NULL;
    }
    ExceptionGroupObject *g = (ExceptionGroupObject *)self;
    g->message = incref(args[0]);
    g->exceptions = excs;
    gc_track(self);
    return self;
}

static Value group_str(Value self) {
    ExceptionGroupObject *g = (ExceptionGroupObject *)self;
    intptr_t n = g->exceptions ? tuple_size(g->exceptions) : 0;
    return str_from_format("%S (%zd sub-exception%s)", g->message ? g->message : NONE, n,
                           n == 1 ? "" : "s");
}

static Value group_derive(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("BaseExceptionGroup.derive", nargs) < 0) return NULL;
    Value call_args[2] = {((ExceptionGroupObject *)self)->message, args[0]};
    return object_call((Value)&exc_BaseExceptionGroup, call_args, 2, NULL);
}

/* The condition of split()/subgroup(): an exception type, a tuple of them, or a predicate. */
static int group_matches(Value cond, Value exc) {
    if (is_exception_type(cond) || is_tuple(cond)) return object_isinstance(exc, cond);
    Value r = object_call(cond, &exc, 1, NULL);
    if (!r) return -1;
    int truth = object_is_true(r);
    decref(r);
    return truth;
}

static int check_condition(Value cond) {
    bool ok =
        is_exception_type(cond) || (object_is_callable(cond) && !is_instance_of(cond, &type_type));
    if (is_tuple(cond)) {
        ok = true;
        for (intptr_t i = 0; i < tuple_size(cond); i++)
            if (!is_exception_type(tuple_get(cond, i))) ok = false;
    }
    if (ok) return 0;
    err_set_str(&exc_TypeError, "expected an exception type, a tuple of exception types, or a "
                                "callable (other than a class)");
    return -1;
}

/* A derived group with the same traceback, cause, context and notes, or None if empty. */
static Value derive_with_metadata(Value group, Value list) {
    if (list_size(list) == 0) return new_none();
    Value derived = object_call_method(group, str_intern_cstr("derive"), &list, 1);
    if (!derived) return NULL;
    if (!is_exception(derived)) {
        decref(derived);
        return err_format(&exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    BaseExceptionObject *from = (BaseExceptionObject *)group, *to = (BaseExceptionObject *)derived;
    set_field(&to->traceback, from->traceback);
    set_field(&to->cause, from->cause);
    set_field(&to->context, from->context);
    set_field(&to->notes, from->notes);
    return derived;
}

/* Splits group by cond into *match and *rest (new refs; None when empty). */
static int group_split(Value group, Value cond, Value *match, Value *rest) {
    int full = group_matches(cond, group);
    if (full < 0) return -1;
    if (full) {
        *match = incref(group);
        *rest = new_none();
        return 0;
    }
    Value excs = ((ExceptionGroupObject *)group)->exceptions;
    Value matches = list_new(0), rests = list_new(0);
    int r = matches && rests ? 0 : -1;
    for (intptr_t i = 0; r == 0 && i < tuple_size(excs); i++) {
        Value e = tuple_get(excs, i), m = NULL, x = NULL;
        if (is_instance_of(e, &exc_BaseExceptionGroup)) {
            r = group_split(e, cond, &m, &x);
        } else {
            int hit = group_matches(cond, e);
            if (hit < 0) r = -1;
            m = hit > 0 ? incref(e) : new_none();
            x = hit > 0 ? new_none() : incref(e);
        }
        if (r == 0 && m != NONE && list_append(matches, m) < 0) r = -1;
        if (r == 0 && x != NONE && list_append(rests, x) < 0) r = -1;
        xdecref(m);
        xdecref(x);
    }
    *match = r == 0 ? derive_with_metadata(group, matches) : NULL;
    *rest = *match ? derive_with_metadata(group, rests) : NULL;
    if (!*rest) {
        CLEAR(*match);
        r = -1;
    }
    xdecref(matches);
    xdecref(rests);
    return r;
}

static Value group_split_method(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("BaseExceptionGroup.split", nargs) < 0 || check_condition(args[0]) < 0)
        return NULL;
    Value match, rest;
    if (group_split(self, args[0], &match, &rest) < 0) return NULL;
    Value r = tuple_pack(2, match, rest);
    decref(match);
    decref(rest);
    return r;
}

static Value group_subgroup(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("BaseExceptionGroup.subgroup", nargs) < 0 || check_condition(args[0]) < 0)
        return NULL;
    Value match, rest;
    if (group_split(self, args[0], &match, &rest) < 0) return NULL;
    decref(rest);
    return match;
}

static MethodDef group_methods[] = {
    {"derive", group_derive, 0, NULL},
    {"split", group_split_method, 0, NULL},
    {"subgroup", group_subgroup, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef group_members[] = {
    {"message", MEMBER_OBJECT, offsetof(ExceptionGroupObject, message), true, "exception message"},
    {"exceptions", MEMBER_OBJECT, offsetof(ExceptionGroupObject, exceptions), true,
     "nested exceptions"},
    END_MEMBERS,
};

Type exc_BaseExceptionGroup = {EXC_TYPE(BaseExceptionGroup, BaseException, ExceptionGroupObject,
                                        "A combination of multiple unrelated exceptions."),
                               .new_ = group_tp_new,
                               .init = base_init,
                               .str = group_str,
                               .methods = group_methods,
                               .members = group_members};
Type exc_ExceptionGroup = {
    EXC_TYPE(ExceptionGroup, BaseExceptionGroup, ExceptionGroupObject, NULL)};

int exceptions_init(void) {
    Type *t = &exc_ExceptionGroup;
    if (type_ready(t) < 0) return -1;
    if (tuple_size(t->bases) == 2) return 0;
    Value bases = tuple_pack(2, (Value)&exc_BaseExceptionGroup, (Value)&exc_Exception);
    if (!bases) return -1;
    setref(&t->bases, bases);
    Value mro = type_compute_mro(t);
    if (!mro) return -1;
    setref(&t->mro, mro);
    type_add_subclass(&exc_Exception, t);
    type_modified(t);
    return 0;
}
