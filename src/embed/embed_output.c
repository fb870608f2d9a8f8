/* embed_output.c: pvm_set_output: a text stream object whose write() hands the UTF-8
 * text to the embedder's callback, installed as sys.stdout or sys.stderr; and the same
 * stream capturing a traceback as text for pvm_error_message. */
#include <string.h>

#include "../memory/alloc.h"
#include "../modules/sys.h"
#include "../object/dict.h"
#include "../object/int.h"
#include "../object/str.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "embed_internal.h"

typedef struct EmbedStream {
    Object ob;
    pvm_write_fn fn;
    void *userdata;
} EmbedStream;

extern Type type_embed_stream;

static Value embed_stream_write(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || kwnames) {
        return err_format(&exc_TypeError, "write() takes exactly one argument (%zu given)", nargs);
    }
    if (!is_str(args[0])) {
        return err_format(&exc_TypeError, "write() argument must be str, not %T", args[0]);
    }
    intptr_t len;
    const char *utf8 = str_utf8_len(args[0], &len);
    if (!utf8) return NULL;
    EmbedStream *s = (EmbedStream *)self;
    if (len) s->fn(utf8, (size_t)len, s->userdata);
    return int_from_long(str_length(args[0]));
}

static Value embed_stream_none(Value self, Value const *args, size_t nargs, Value kwnames) {
    return NONE;
}

static Value embed_stream_true(Value self, Value const *args, size_t nargs, Value kwnames) {
    return TRUE_VALUE;
}

static Value embed_stream_false(Value self, Value const *args, size_t nargs, Value kwnames) {
    return FALSE_VALUE;
}

static MethodDef embed_stream_methods[] = {
    {"write", embed_stream_write, 0, NULL},    {"flush", embed_stream_none, 0, NULL},
    {"writable", embed_stream_true, 0, NULL},  {"isatty", embed_stream_false, 0, NULL},
    {"readable", embed_stream_false, 0, NULL}, {NULL, NULL, 0, NULL},
};

static Value embed_stream_encoding(Value self, void *closure) { return str_from_cstr("utf-8"); }

static GetSetDef embed_stream_getsets[] = {
    {"encoding", embed_stream_encoding, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_embed_stream = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "pvm.OutputStream",
    .basicsize = sizeof(EmbedStream),
    .dealloc = object_free,
    .getattr = object_generic_getattr,
    .methods = embed_stream_methods,
    .getsets = embed_stream_getsets,
};

static Value embed_stream_new(pvm_write_fn fn, void *userdata) {
    EmbedStream *s = (EmbedStream *)object_new(&type_embed_stream, 0);
    if (!s) return NULL;
    s->fn = fn;
    s->userdata = userdata;
    return (Value)s;
}

typedef struct TextBuffer {
    char *data;
    size_t len, cap;
    bool failed;
} TextBuffer;

static void append_text(const char *data, size_t len, void *userdata) {
    TextBuffer *b = userdata;
    if (b->failed) return;
    if (b->len + len + 1 > b->cap) {
        size_t cap = (b->len + len + 1) * 2;
        char *bigger = mem_realloc(b->data, cap);
        if (!bigger) {
            b->failed = true;
            return;
        }
        b->data = bigger;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

char *embed_format_exception(Value exc) {
    TextBuffer b = {0};
    Value capture = embed_stream_new(append_text, &b);
    Value saved = sys_get("stderr");
    xincref(saved);
    if (capture && dict_set_cstr(interp.sysdict, "stderr", capture) == 0) {
        err_print_exception(exc);
        if (saved) dict_set_cstr(interp.sysdict, "stderr", saved);
    }
    xdecref(saved);
    xdecref(capture);
    err_clear();
    if (b.failed || !b.data) {
        mem_free(b.data);
        return NULL;
    }
    return b.data;
}

int pvm_set_output(pvm_state *P, int stream, pvm_write_fn fn, void *userdata) {
    if (stream != PVM_STDOUT && stream != PVM_STDERR) {
        err_format(&exc_ValueError, "pvm_set_output: unknown stream %d", stream);
        return embed_store_error(P);
    }
    const char *name = stream == PVM_STDOUT ? "stdout" : "stderr";
    if (sys_flush_stdout() < 0) err_clear();
    Value target;
    if (fn) {
        target = embed_stream_new(fn, userdata);
        if (!target) return embed_store_error(P);
    } else {
        target = sys_get(stream == PVM_STDOUT ? "__stdout__" : "__stderr__");
        if (!target) return 0;
        incref(target);
    }
    int rc = dict_set_cstr(interp.sysdict, name, target);
    decref(target);
    return rc < 0 ? embed_store_error(P) : 0;
}
