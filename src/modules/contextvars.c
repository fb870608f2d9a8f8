/* contextvars.c: the `_contextvars` module for one thread: ContextVar (get, set, reset),
 * Token, Context (a read-only mapping of variables to values with run()) and
 * copy_context(). The current context's values live in a dict that copies snapshot. */
#include "../object/dict.h"
#include "../object/generic_alias.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/call.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

typedef struct Context {
    Object ob;
    Value vars; /* dict: ContextVar -> value */
    Value prev; /* the context that was current before run() entered this one */
    bool entered;
} Context;

typedef struct ContextVar {
    Object ob;
    Value name, deflt; /* deflt NULL: no default */
} ContextVar;

typedef struct Token {
    Object ob;
    Value ctx, var, old; /* old NULL: the variable was unset */
    bool used;
} Token;

static Type type_context, type_contextvar, type_token;
static Value current; /* the current Context */
static Object token_missing = {IMMORTAL_REFCOUNT, NULL};

static Value current_context(void) {
    if (!current) {
        Context *c = (Context *)object_new(&type_context, 0);
        if (!c || !(c->vars = dict_new())) {
            xdecref((Value)c);
            return NULL;
        }
        current = (Value)c;
    }
    return current;
}

/* ---- Context ---- */

static Value context_with(Value vars) {
    Context *c = (Context *)object_new(&type_context, 0);
    if (!c) {
        decref(vars);
        return NULL;
    }
    c->vars = vars;
    return (Value)c;
}

static Value context_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (nargs || (kwnames && tuple_size(kwnames)))
        return err_format(&exc_TypeError, "Context() does not accept any arguments");
    Value d = dict_new();
    return d ? context_with(d) : NULL;
}

static void context_dealloc(Value self) {
    CLEAR(((Context *)self)->vars);
    CLEAR(((Context *)self)->prev);
    object_free(self);
}

static Value context_run(Value self, Value const *args, size_t nargs, Value kwnames) {
    Context *c = (Context *)self;
    if (nargs < 1)
        return err_format(&exc_TypeError, "run() missing 1 required positional argument");
    if (c->entered)
        return err_format(&exc_RuntimeError, "cannot enter context: %R is already entered", self);
    if (!current_context()) return NULL;
    c->entered = true;
    c->prev = current;
    current = incref(self);
    Value r = object_call(args[0], args + 1, nargs - 1, kwnames);
    decref(current);
    current = c->prev;
    c->prev = NULL;
    c->entered = false;
    return r;
}

static Value context_copy(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value d = dict_copy(((Context *)self)->vars);
    return d ? context_with(d) : NULL;
}

static Value check_var(Value key) {
    if (is_small_int(key) || key->type != &type_contextvar)
        return err_format(&exc_TypeError, "a ContextVar key was expected, got %R", key);
    return key;
}

static Value context_getitem(Value self, Value key) {
    if (!check_var(key)) return NULL;
    Value v = dict_get(((Context *)self)->vars, key);
    if (!v) {
        err_set(&exc_KeyError, key);
        return NULL;
    }
    return incref(v);
}

static Value context_get(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("get", nargs, 1, 2) < 0 || !check_var(args[0])) return NULL;
    Value v = dict_get(((Context *)self)->vars, args[0]);
    return incref(v ? v : nargs == 2 ? args[1] : NONE);
}

static int context_contains(Value self, Value key) {
    if (!check_var(key)) return -1;
    return dict_get(((Context *)self)->vars, key) != NULL;
}

static intptr_t context_len(Value self) { return dict_size(((Context *)self)->vars); }

static Value context_iter(Value self) { return object_getiter(((Context *)self)->vars); }

static Value context_view(Value self, Value name) {
    return object_call_method(((Context *)self)->vars, name, NULL, 0);
}
static Value context_keys(Value self, Value const *args, size_t nargs, Value kwnames) {
    return context_view(self, NAME(keys));
}
static Value context_values(Value self, Value const *args, size_t nargs, Value kwnames) {
    return context_view(self, NAME(values));
}
static Value context_items(Value self, Value const *args, size_t nargs, Value kwnames) {
    return context_view(self, NAME(items));
}

static MethodDef context_methods[] = {
    {"run", context_run, METH_KEYWORDS, NULL},
    {"copy", context_copy, 0, NULL},
    {"get", context_get, 0, NULL},
    {"keys", context_keys, 0, NULL},
    {"values", context_values, 0, NULL},
    {"items", context_items, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_context = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_contextvars.Context",
    .basicsize = sizeof(Context),
    .dealloc = context_dealloc,
    .new_ = context_type_new,
    .iter = context_iter,
    .len = context_len,
    .getitem = context_getitem,
    .contains = context_contains,
    .methods = context_methods,
};

/* ---- ContextVar ---- */

static Value contextvar_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"name", "default"};
    static const ArgSpec spec = {"ContextVar", names, 2, 0, 1, 1};
    Value v[2];
    if (nargs != 1 && !(kwnames && tuple_size(kwnames)))
        return err_format(&exc_TypeError,
                          "ContextVar() takes exactly 1 positional argument (%zu given)", nargs);
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    if (!is_str(v[0])) return err_format(&exc_TypeError, "context variable name must be a str");
    ContextVar *cv = (ContextVar *)object_new(type, 0);
    if (!cv) return NULL;
    cv->name = incref(v[0]);
    cv->deflt = xincref(v[1]);
    return (Value)cv;
}

static void contextvar_dealloc(Value self) {
    CLEAR(((ContextVar *)self)->name);
    CLEAR(((ContextVar *)self)->deflt);
    object_free(self);
}

static Value contextvar_get(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("get", nargs, 0, 1) < 0 || !current_context()) return NULL;
    Value v = dict_get(((Context *)current)->vars, self);
    if (!v) v = nargs ? args[0] : ((ContextVar *)self)->deflt;
    if (v) return incref(v);
    err_set(&exc_LookupError, self);
    return NULL;
}

static Value contextvar_set(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("ContextVar.set", nargs) < 0 || !current_context()) return NULL;
    Value vars = ((Context *)current)->vars;
    Token *t = (Token *)object_new(&type_token, 0);
    if (!t) return NULL;
    t->ctx = incref(current);
    t->var = incref(self);
    t->old = xincref(dict_get(vars, self));
    if (dict_set(vars, self, args[0]) < 0) {
        decref((Value)t);
        return NULL;
    }
    return (Value)t;
}

static Value contextvar_reset(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("ContextVar.reset", nargs) < 0 || !current_context()) return NULL;
    Value tv = args[0];
    if (is_small_int(tv) || tv->type != &type_token)
        return err_format(&exc_TypeError, "expected an instance of Token, got %R", tv);
    Token *t = (Token *)tv;
    if (t->used) return err_format(&exc_RuntimeError, "%R has already been used once", tv);
    if (t->var != self)
        return err_format(&exc_ValueError, "%R was created by a different ContextVar", tv);
    if (t->ctx != current)
        return err_format(&exc_ValueError, "%R was created in a different Context", tv);
    t->used = true;
    Value vars = ((Context *)current)->vars;
    int r = t->old ? dict_set(vars, self, t->old) : dict_del(vars, self);
    return r < 0 ? NULL : NONE;
}

static Value contextvar_repr(Value self) {
    ContextVar *cv = (ContextVar *)self;
    if (cv->deflt)
        return str_from_format("<ContextVar name=%R default=%R at %p>", cv->name, cv->deflt, self);
    return str_from_format("<ContextVar name=%R at %p>", cv->name, self);
}

static MethodDef contextvar_methods[] = {
    {"get", contextvar_get, 0, NULL},
    {"set", contextvar_set, 0, NULL},
    {"reset", contextvar_reset, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef contextvar_members[] = {
    {"name", MEMBER_OBJECT, offsetof(ContextVar, name), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static Type type_contextvar = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_contextvars.ContextVar",
    .basicsize = sizeof(ContextVar),
    .dealloc = contextvar_dealloc,
    .repr = contextvar_repr,
    .new_ = contextvar_type_new,
    .methods = contextvar_methods,
    .members = contextvar_members,
};

/* ---- Token ---- */

static void token_dealloc(Value self) {
    Token *t = (Token *)self;
    CLEAR(t->ctx);
    CLEAR(t->var);
    CLEAR(t->old);
    object_free(self);
}

static Value token_repr(Value self) {
    Token *t = (Token *)self;
    return str_from_format("<Token%s var=%R at %p>", t->used ? " used" : "", t->var, self);
}

static Value token_get_var(Value self, void *c) { return incref(((Token *)self)->var); }
static Value token_get_old_value(Value self, void *c) {
    Value old = ((Token *)self)->old;
    return incref(old ? old : (Value)&token_missing);
}

static GetSetDef token_getsets[] = {
    {"var", token_get_var, NULL, NULL, NULL},
    {"old_value", token_get_old_value, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MethodDef token_methods[] = {
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_token = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_contextvars.Token",
    .basicsize = sizeof(Token),
    .dealloc = token_dealloc,
    .repr = token_repr,
    .getsets = token_getsets,
    .methods = token_methods,
};

static Value missing_repr(Value self) { return str_from_cstr("<Token.MISSING>"); }

static Type type_token_missing = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "Token.MISSING",
    .basicsize = sizeof(Object),
    .repr = missing_repr,
};

static Value copy_context(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("copy_context", nargs) < 0 || !current_context()) return NULL;
    return context_copy(current, NULL, 0, NULL);
}

static MethodDef contextvars_methods[] = {
    {"copy_context", copy_context, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value contextvars_module_new(void) {
    Type *types[] = {&type_context, &type_contextvar, &type_token, &type_token_missing};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return NULL;
    token_missing.type = &type_token_missing;
    if (dict_set_cstr(type_token.dict, "MISSING", (Value)&token_missing) < 0) return NULL;
    type_modified(&type_token);
    Value m = module_new("_contextvars");
    if (m && (module_add_functions(m, contextvars_methods) < 0 ||
              module_add_object(m, "Context", (Value)&type_context) < 0 ||
              module_add_object(m, "ContextVar", (Value)&type_contextvar) < 0 ||
              module_add_object(m, "Token", (Value)&type_token) < 0))
        CLEAR(m);
    return m;
}
