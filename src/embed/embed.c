/* embed.c: the embedding API of include/pvm.h: opening the interpreter, running code in
 * __main__, value handles and conversions, globals, calls and error retrieval. */
#include <string.h>

#include "../compile/compile.h"
#include "../memory/alloc.h"
#include "../modules/sys.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../vm/errors.h"
#include "../vm/eval.h"
#include "../vm/runtime.h"
#include "../vm/state.h"
#include "embed_internal.h"

static pvm_state the_state;
static bool runtime_started, state_open;

/* ---- errors ---- */

int embed_store_error(pvm_state *P) {
    Value exc = err_fetch();
    if (!exc) exc = exception_new(&exc_SystemError, NULL, 0);
    if (!exc) exc = err_fetch(); /* the MemoryError raised instead */
    pvm_clear_error(P);
    P->error = exc;
    P->error_count++;
    return -1;
}

static pvm_value *fail(pvm_state *P) {
    embed_store_error(P);
    return NULL;
}

/* Returns v as a handle, or records the pending exception when v is NULL. */
static pvm_value *result(pvm_state *P, Value v) { return v ? embed_handle(v) : fail(P); }

const char *pvm_error_message(pvm_state *P) {
    if (!P->error) return NULL;
    if (!P->error_text) P->error_text = embed_format_exception(P->error);
    return P->error_text ? P->error_text : "(the error could not be formatted)\n";
}

const char *pvm_error_type(pvm_state *P) { return P->error ? type_of(P->error)->name : NULL; }

void pvm_clear_error(pvm_state *P) {
    CLEAR(P->error);
    mem_free(P->error_text);
    P->error_text = NULL;
}

pvm_value *pvm_raise(pvm_state *P, const char *exc_type, const char *message) {
    Value type = exc_type ? dict_get_cstr(interp.builtins, exc_type) : NULL;
    if (!type || !is_exception_type(type)) type = (Value)&exc_RuntimeError;
    err_set_str((Type *)type, message ? message : "");
    return fail(P);
}

/* ---- life cycle ---- */

pvm_state *pvm_open(void) {
    if (state_open) return NULL;
    if (!runtime_started) {
        if (runtime_init(0, NULL) < 0) return NULL;
        runtime_started = true;
    }
    pvm_state *P = &the_state;
    memset(P, 0, sizeof *P);
    Value main = runtime_main_module_new(NULL);
    if (!main) {
        err_print_exception(err_occurred());
        err_clear();
        return NULL;
    }
    P->globals = incref(module_dict(main));
    decref(main);
    state_open = true;
    return P;
}

void pvm_close(pvm_state *P) {
    if (!P || !state_open) return;
    pvm_set_output(P, PVM_STDOUT, NULL, NULL);
    pvm_set_output(P, PVM_STDERR, NULL, NULL);
    runtime_finalize(0);
    pvm_clear_error(P);
    CLEAR(P->globals);
    err_clear();
    state_open = false;
}

/* ---- running code ---- */

static Value run_code(pvm_state *P, const char *src, size_t len, const char *filename, int mode,
                      int from_string) {
    Value code = compile_source(src, len, filename, mode, from_string);
    Value v = code ? eval_code(code, P->globals, P->globals) : NULL;
    xdecref(code);
    return v;
}

static int run_status(pvm_state *P, Value v) {
    if (!v) return embed_store_error(P);
    decref(v);
    return 0;
}

int pvm_run_string(pvm_state *P, const char *code, const char *filename) {
    return run_status(
        P, run_code(P, code, strlen(code), filename ? filename : "<string>", COMPILE_EXEC, 1));
}

int pvm_run_file(pvm_state *P, const char *path) {
    size_t len;
    char *src = runtime_read_file(path, &len);
    if (!src) {
        Value filename = str_from_cstr(path);
        if (filename) err_set_from_errno(filename);
        xdecref(filename);
        return embed_store_error(P);
    }
    Value v = run_code(P, src, len, path, COMPILE_EXEC, 0);
    mem_free(src);
    return run_status(P, v);
}

pvm_value *pvm_eval(pvm_state *P, const char *expr) {
    return result(P, run_code(P, expr, strlen(expr), "<string>", COMPILE_EVAL, 1));
}

/* ---- values ---- */

pvm_value *pvm_value_retain(pvm_value *v) { return embed_handle(xincref(embed_value(v))); }
void pvm_value_release(pvm_value *v) { xdecref(embed_value(v)); }

pvm_value *pvm_none(pvm_state *P) { return embed_handle(NONE); }
pvm_value *pvm_bool(pvm_state *P, int truth) { return embed_handle(bool_value(truth != 0)); }
pvm_value *pvm_int(pvm_state *P, int64_t n) { return result(P, int_from_long(n)); }
pvm_value *pvm_float(pvm_state *P, double d) { return result(P, float_new(d)); }
pvm_value *pvm_str(pvm_state *P, const char *utf8) { return pvm_str_len(P, utf8, strlen(utf8)); }
pvm_value *pvm_str_len(pvm_state *P, const char *utf8, size_t len) {
    return result(P, str_from_utf8(utf8, len));
}

const char *pvm_type_name(pvm_value *v) { return type_of(embed_value(v))->name; }
int pvm_is_none(pvm_value *v) { return embed_value(v) == NONE; }

int pvm_to_int64(pvm_state *P, pvm_value *v, int64_t *out) {
    Value i = object_index(embed_value(v));
    long long n;
    int rc = i ? int_as_long(i, &n) : -1;
    xdecref(i);
    if (rc < 0) return embed_store_error(P);
    *out = n;
    return 0;
}

int pvm_to_double(pvm_state *P, pvm_value *v, double *out) {
    double d = float_as_double(embed_value(v));
    if (d == -1.0 && err_occurred()) return embed_store_error(P);
    *out = d;
    return 0;
}

const char *pvm_to_utf8(pvm_state *P, pvm_value *v, size_t *len) {
    Value s = embed_value(v);
    if (!is_str(s)) {
        err_format(&exc_TypeError, "expected str, got %T", s);
        embed_store_error(P);
        return NULL;
    }
    intptr_t n;
    const char *utf8 = str_utf8_len(s, &n);
    if (!utf8) {
        embed_store_error(P);
        return NULL;
    }
    if (len) *len = (size_t)n;
    return utf8;
}

int pvm_truthy(pvm_state *P, pvm_value *v) {
    int truth = object_is_true(embed_value(v));
    return truth < 0 ? embed_store_error(P) : truth;
}

pvm_value *pvm_to_str(pvm_state *P, pvm_value *v) { return result(P, object_str(embed_value(v))); }
pvm_value *pvm_repr(pvm_state *P, pvm_value *v) { return result(P, object_repr(embed_value(v))); }

/* ---- globals, attributes, calls ---- */

pvm_value *pvm_get_global(pvm_state *P, const char *name) {
    Value v = dict_get_cstr(P->globals, name);
    if (!v) v = dict_get_cstr(interp.builtins, name);
    if (!v) {
        err_format(&exc_NameError, "name '%s' is not defined", name);
        return fail(P);
    }
    return embed_handle(incref(v));
}

int pvm_set_global(pvm_state *P, const char *name, pvm_value *v) {
    return dict_set_cstr(P->globals, name, embed_value(v)) < 0 ? embed_store_error(P) : 0;
}

pvm_value *pvm_get_attr(pvm_state *P, pvm_value *obj, const char *name) {
    return result(P, object_getattr_cstr(embed_value(obj), name));
}

pvm_value *pvm_call(pvm_state *P, pvm_value *callable, size_t nargs, pvm_value *const *args) {
    return result(P, object_call(embed_value(callable), (Value const *)args, nargs, NULL));
}

int pvm_register_function(pvm_state *P, const char *name, pvm_cfunction fn, void *userdata) {
    Value f = embed_function_new(P, name, fn, userdata);
    int rc = f ? dict_set_cstr(interp.builtins, name, f) : -1;
    xdecref(f);
    return rc < 0 ? embed_store_error(P) : 0;
}
