/* module.c: module objects: a namespace dict with a name; attribute access through the
 * dict with module-level __getattr__ (PEP 562) and CPython's messages, repr, dir. */
#include "module.h"

#include "../vm/errors.h"
#include "dict.h"
#include "exceptions.h"
#include "function.h"
#include "list.h"
#include "method_args.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* Sets __name__, __doc__ and the import attributes of a fresh module dict. */
static int module_fill(Module *m, Value name, Value doc) {
    Value d = m->dict;
    setref(&m->name, incref(name));
    if (dict_set(d, NAME(__name__), name) < 0 || dict_set(d, NAME(__doc__), doc) < 0) return -1;
    Value *keys[] = {&NAME(__package__), &NAME(__loader__), &NAME(__spec__)};
    for (size_t i = 0; i < 3; i++) {
        if (!dict_get_str(d, *keys[i]) && dict_set(d, *keys[i], NONE) < 0) return -1;
    }
    return 0;
}

static Value module_alloc(Type *type) {
    Module *m = (Module *)object_new(type, 0);
    if (!m) return NULL;
    if (!(m->dict = dict_new())) {
        decref((Value)m);
        return NULL;
    }
    gc_track((Value)m);
    return (Value)m;
}

Value module_new(const char *name) {
    Value name_obj = str_from_cstr(name);
    Value m = name_obj ? module_alloc(&type_module) : NULL;
    if (m) ((Module *)m)->builtin = true;
    if (m && module_fill((Module *)m, name_obj, NONE) < 0) CLEAR(m);
    xdecref(name_obj);
    return m;
}

int module_add_functions(Value module, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name; d++) {
        Value f = builtin_function_new(d, module, NULL);
        if (!f) return -1;
        int r = dict_set_cstr(module_dict(module), d->name, f);
        decref(f);
        if (r < 0) return -1;
    }
    return 0;
}

int module_add_object(Value module, const char *name, Value v) {
    return dict_set_cstr(module_dict(module), name, v);
}

static Value module_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return module_alloc(type);
}

static int module_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const params[] = {"name", "doc"};
    Value bound[2];
    if (args_bind("module", args, nargs, kwnames, params, 2, 2, bound) < 0) return -1;
    if (!bound[0]) {
        err_set_str(&exc_TypeError, "module() missing required argument 'name' (pos 1)");
        return -1;
    }
    if (!is_str(bound[0])) {
        err_format(&exc_TypeError, "module() argument 'name' must be str, not %T", bound[0]);
        return -1;
    }
    return module_fill((Module *)self, bound[0], bound[1] ? bound[1] : NONE);
}

static void module_dealloc(Value self) {
    Module *m = (Module *)self;
    gc_untrack(self);
    xdecref(m->dict);
    xdecref(m->name);
    object_free(self);
}

static int module_traverse(Value self, visitproc visit, void *arg) {
    Value d = ((Module *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int module_clear(Value self) {
    CLEAR(((Module *)self)->dict);
    return 0;
}

/* A module being imported: __spec__._initializing is true. */
static bool is_initializing(Value dict) {
    Value spec = dict_get_str(dict, NAME(__spec__));
    if (!spec || spec == NONE) return false;
    Value v = object_getattr_cstr(spec, "_initializing");
    if (!v) {
        err_clear();
        return false;
    }
    int truth = object_is_true(v);
    decref(v);
    if (truth < 0) err_clear();
    return truth > 0;
}

static Value module_getattro(Value self, Value name) {
    Value r = object_generic_getattr(self, name);
    if (r || !err_matches(&exc_AttributeError)) return r;
    Value dict = ((Module *)self)->dict;
    if (!dict) return NULL;
    err_clear();
    Value getattr = dict_get_str(dict, NAME(__getattr__));
    if (getattr) return object_call(getattr, &name, 1, NULL);
    Value modname = dict_get_str(dict, NAME(__name__));
    if (!modname || !is_str(modname)) {
        err_format(&exc_AttributeError, "module has no attribute '%U'", name);
    } else if (is_initializing(dict)) {
        err_format(&exc_AttributeError,
                   "partially initialized module '%U' has no attribute '%U' (most likely due "
                   "to a circular import)",
                   modname, name);
    } else {
        err_format(&exc_AttributeError, "module '%U' has no attribute '%U'", modname, name);
    }
    err_set_attribute_context(self, name);
    return NULL;
}

static Value module_repr(Value self) {
    Module *m = (Module *)self;
    Value name = m->dict ? dict_get_str(m->dict, NAME(__name__)) : NULL;
    Value file = m->dict ? dict_get_str(m->dict, NAME(__file__)) : NULL;
    if (!name) name = m->name ? m->name : NULL;
    Value shown = name ? object_repr(name) : str_from_cstr("'?'");
    if (!shown) return NULL;
    Value r;
    if (file && is_str(file))
        r = str_from_format("<module %U from %R>", shown, file);
    else if (m->builtin)
        r = str_from_format("<module %U (built-in)>", shown);
    else
        r = str_from_format("<module %U>", shown);
    decref(shown);
    return r;
}

static Value module_dir(Value self, Value const *args, size_t nargs, Value kw) {
    Value dict = ((Module *)self)->dict;
    if (!dict) return list_new(0);
    Value custom = dict_get_str(dict, str_intern_cstr("__dir__"));
    if (custom) return object_call(custom, NULL, 0, NULL);
    return dict_keys_list(dict);
}

static MethodDef module_methods[] = {
    {"__dir__", module_dir, 0, "__dir__() -> list\nspecialized dir() implementation"},
    {NULL, NULL, 0, NULL},
};

/* __annotations__: the dict's entry, created empty on first access. */
static Value module_get_annotations(Value self, void *c) {
    Value dict = ((Module *)self)->dict;
    if (!dict) return err_format(&exc_AttributeError, "__annotations__");
    Value ann = dict_get_str(dict, NAME(__annotations__));
    if (ann) return incref(ann);
    ann = dict_new();
    if (ann && dict_set(dict, NAME(__annotations__), ann) < 0) CLEAR(ann);
    return ann;
}

static int module_set_annotations(Value self, Value v, void *c) {
    Value dict = ((Module *)self)->dict;
    if (dict && v) return dict_set(dict, NAME(__annotations__), v);
    if (dict && dict_del(dict, NAME(__annotations__)) == 0) return 0;
    err_clear();
    err_format(&exc_AttributeError, "__annotations__");
    return -1;
}

static GetSetDef module_getsets[] = {
    {"__annotations__", module_get_annotations, module_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MemberDef module_members[] = {
    {"__dict__", MEMBER_OBJECT, offsetof(Module, dict), true, NULL},
    {NULL, 0, 0, false, NULL},
};

Type type_module = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "module",
    .basicsize = sizeof(Module),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dictoffset = offsetof(Module, dict),
    .doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can "
           "have any type.",
    .dealloc = module_dealloc,
    .traverse = module_traverse,
    .clear = module_clear,
    .repr = module_repr,
    .getattr = module_getattro,
    .setattr = object_generic_setattr,
    .new_ = module_tp_new,
    .init = module_init,
    .methods = module_methods,
    .members = module_members,
    .getsets = module_getsets,
};
