/* errors.c: the pending-exception protocol (errors.h): raising with implicit context
 * chaining (as CPython's PyErr_SetObject), fetching, matching, MemoryError without
 * allocation, and turning the parser's SyntaxErrorInfo into SyntaxError objects. */
#include "errors.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "../object/codecs.h"
#include "../object/exceptions.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "state.h"

/* A preallocated MemoryError: raising it must not need memory. */
static Value memory_error_instance;

int errors_init(void) {
    if (memory_error_instance) return 0;
    memory_error_instance = exception_new(&exc_MemoryError, NULL, 0);
    return memory_error_instance ? 0 : -1;
}

void err_restore(Value exc) {
    ThreadState *ts = current_thread();
    Value old = ts->current_exception;
    ts->current_exception = exc;
    xdecref(old);
}

/* Breaks a cycle `exc` would form through the __context__ chain of `handled`
 * (Floyd's algorithm keeps pre-existing cycles from hanging us). */
static void cut_context_cycle(Value handled, Value exc) {
    Value o = handled, slow = handled;
    bool toggle = false;
    for (;;) {
        Value ctx = ((BaseExceptionObject *)o)->context;
        if (!ctx) return;
        if (ctx == exc) {
            CLEAR(((BaseExceptionObject *)o)->context);
            return;
        }
        o = ctx;
        if (o == slow) return;
        if (toggle) slow = ((BaseExceptionObject *)slow)->context;
        toggle = !toggle;
    }
}

void err_set_exception(Value exc) {
    Value handled = current_thread()->handled_exception;
    if (handled && handled != exc && is_exception(handled) && is_exception(exc)) {
        cut_context_cycle(handled, exc);
        exception_set_context(exc, incref(handled));
    }
    err_restore(exc);
}

void err_set(Type *type, Value value) {
    Value exc = value ? exception_new(type, &value, 1) : exception_new(type, NULL, 0);
    if (!exc) return; /* the failure to create it is now pending */
    if (!is_exception(exc)) {
        err_format(&exc_TypeError,
                   "calling %N should have returned an instance of BaseException, not %T", type,
                   exc);
        decref(exc);
        return;
    }
    err_set_exception(exc);
}

void err_set_str(Type *type, const char *msg) {
    Value s = str_from_cstr(msg);
    if (!s) return;
    err_set(type, s);
    decref(s);
}

Value err_format(Type *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_from_format_v(fmt, ap);
    va_end(ap);
    if (!msg) return NULL;
    err_set(type, msg);
    decref(msg);
    return NULL;
}

Value err_occurred(void) { return current_thread()->current_exception; }

bool exception_matches(Value exc, Value type_or_tuple) {
    if (!exc) return false;
    if (is_tuple(type_or_tuple)) {
        for (intptr_t i = 0; i < tuple_size(type_or_tuple); i++) {
            if (exception_matches(exc, tuple_get(type_or_tuple, i))) return true;
        }
        return false;
    }
    if (is_small_int(type_or_tuple) || !type_has_flag(type_of(type_or_tuple), TPFLAG_TYPE_SUBCLASS))
        return false;
    Type *t = (Type *)type_or_tuple;
    Type *et = type_has_flag(type_of(exc), TPFLAG_TYPE_SUBCLASS) ? (Type *)exc : type_of(exc);
    return et == t || type_is_subtype(et, t);
}

bool err_matches(Type *type) {
    Value exc = err_occurred();
    return exc && is_instance_of(exc, type);
}

Value err_fetch(void) {
    ThreadState *ts = current_thread();
    Value exc = ts->current_exception;
    ts->current_exception = NULL;
    return exc;
}

void err_clear(void) { err_restore(NULL); }

Value err_set_from_errno(Value filename) {
    int code = errno;
    Value args[3] = {small_int(code), str_from_cstr(strerror(code)), filename};
    if (!args[1]) return NULL;
    Value exc = exception_new(&exc_OSError, args, filename ? 3 : 2);
    decref(args[1]);
    if (exc) err_set_exception(exc);
    return NULL;
}

Value err_no_memory(void) {
    if (!memory_error_instance) {
        /* Start-up has not preallocated it yet: try once, else give up quietly. */
        if (errors_init() < 0) return NULL;
    }
    BaseExceptionObject *e = (BaseExceptionObject *)memory_error_instance;
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    err_restore(incref(memory_error_instance));
    return NULL;
}

Value err_bad_internal_call(const char *where) {
    return err_format(&exc_SystemError, "%s: bad argument to internal function", where);
}

/* An int, or None for the parser's SE_POS_NONE. */
static Value int_or_none(int n) { return n == SE_POS_NONE ? NONE : small_int(n); }

void err_from_syntax_info(const SyntaxErrorInfo *info, const char *filename) {
    Type *type = &exc_SyntaxError;
    switch (info->kind) {
        case SE_INDENTATION: type = &exc_IndentationError; break;
        case SE_TAB: type = &exc_TabError; break;
        case SE_MEMORY: err_no_memory(); return;
        case SE_RECURSION:
            err_set_str(&exc_RecursionError, info->msg ? info->msg
                                                       : "maximum recursion depth "
                                                         "exceeded during compilation");
            return;
        default: break;
    }
    const char *m = info->msg ? info->msg : "invalid syntax";
    Value msg = codec_decode_utf8(m, (intptr_t)strlen(m), "replace");
    if (msg && info->lineno == SE_POS_NONE) { /* no location: SyntaxError(msg) */
        Value exc = exception_new(type, &msg, 1);
        if (exc) err_set_exception(exc);
        decref(msg);
        return;
    }
    Value fname = filename ? codec_decode_utf8(filename, (intptr_t)strlen(filename), "replace")
                           : incref(NONE);
    Value text = info->text ? codec_decode_utf8(info->text, (intptr_t)strlen(info->text), "replace")
                            : incref(NONE);
    Value details = NULL;
    if (msg && fname && text) {
        details = tuple_pack(6, fname, int_or_none(info->lineno), int_or_none(info->offset), text,
                             int_or_none(info->end_lineno), int_or_none(info->end_offset));
    }
    if (details) {
        Value args[2] = {msg, details};
        Value exc = exception_new(type, args, 2);
        if (exc) err_set_exception(exc);
    }
    xdecref(msg);
    xdecref(fname);
    xdecref(text);
    xdecref(details);
}
