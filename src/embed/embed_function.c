/* embed_function.c: C functions registered through pvm_register_function: a callable
 * object holding the function pointer and its userdata, passing the arguments to the C
 * function as handles and turning a NULL result into the exception it recorded. */
#include "../object/exceptions.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "embed_internal.h"

typedef struct EmbedFunction {
    Object ob;
    pvm_state *state;
    pvm_cfunction fn;
    void *userdata;
    Value name; /* str */
} EmbedFunction;

extern Type type_embed_function;

Value embed_function_new(pvm_state *P, const char *name, pvm_cfunction fn, void *userdata) {
    EmbedFunction *f = (EmbedFunction *)object_new(&type_embed_function, 0);
    if (!f) return NULL;
    f->state = P;
    f->fn = fn;
    f->userdata = userdata;
    f->name = str_from_cstr(name);
    if (!f->name) {
        decref((Value)f);
        return NULL;
    }
    return (Value)f;
}

static Value embed_function_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    EmbedFunction *f = (EmbedFunction *)self;
    if (kwnames && tuple_size(kwnames) > 0) {
        return err_format(&exc_TypeError, "%U() takes no keyword arguments", f->name);
    }
    pvm_state *P = f->state;
    uint64_t errors_before = P->error_count;
    pvm_value *r = f->fn(P, nargs, (pvm_value *const *)args, f->userdata);
    if (r) return embed_value(r);
    if (P->error_count != errors_before && P->error) {
        Value exc = P->error;
        P->error = NULL;
        pvm_clear_error(P);
        err_restore(exc);
        return NULL;
    }
    if (err_occurred()) return NULL;
    return err_format(&exc_SystemError, "%U() returned NULL without setting an exception", f->name);
}

static Value embed_function_repr(Value self) {
    return str_from_format("<built-in function %U>", ((EmbedFunction *)self)->name);
}

static Value embed_function_get_name(Value self, void *closure) {
    return incref(((EmbedFunction *)self)->name);
}

static void embed_function_dealloc(Value self) {
    xdecref(((EmbedFunction *)self)->name);
    object_free(self);
}

static GetSetDef embed_function_getsets[] = {
    {"__name__", embed_function_get_name, NULL, NULL, NULL},
    {"__qualname__", embed_function_get_name, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_embed_function = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(EmbedFunction),
    .dealloc = embed_function_dealloc,
    .repr = embed_function_repr,
    .getattr = object_generic_getattr,
    .call = embed_function_call,
    .getsets = embed_function_getsets,
};
