/* function.c: Python function objects (attributes, __get__ binding, repr), cells,
 * bound methods and built-in functions (a MethodDef bound to a module or an instance).
 * Calling a function enters the VM (vm/call.c: call_function). */
#include "function.h"

#include "../vm/call.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "code.h"
#include "dict.h"
#include "method_args.h"
#include "module.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- functions ---- */

static uint32_t next_function_version = 1;

static uint32_t new_function_version(void) {
    uint32_t v = next_function_version++;
    if (next_function_version == 0) next_function_version = 1;
    return v;
}

/* The builtins a function defined in `globals` sees (as CPython: globals['__builtins__']). */
static Value builtins_of_globals(Value globals) {
    Value b = dict_get_str(globals, NAME(__builtins__));
    if (b && is_module(b)) return module_dict(b);
    if (b && is_dict(b)) return b;
    return interp.builtins;
}

Value function_new(Value code, Value globals, Value qualname) {
    Code *co = (Code *)code;
    Function *f = (Function *)object_new(&type_function, 0);
    if (!f) return NULL;
    f->code = incref(code);
    f->globals = incref(globals);
    f->builtins = incref(builtins_of_globals(globals));
    f->name = incref(co->name);
    f->qualname = incref(qualname ? qualname : co->qualname);
    Value module = dict_get_str(globals, NAME(__name__));
    f->module = incref(module ? module : NONE);
    Value doc = tuple_size(co->consts) > 0 ? tuple_get(co->consts, 0) : NULL;
    f->doc = incref(doc && is_str(doc) ? doc : NONE);
    f->version = new_function_version();
    gc_track((Value)f);
    return (Value)f;
}

static Value func_repr(Value self) {
    return str_from_format("<function %U at %p>", ((Function *)self)->qualname, (void *)self);
}

static Value func_descr_get(Value self, Value obj, Value type) {
    (void)type;
    if (!obj || obj == NONE) return incref(self);
    return method_new(self, obj);
}

static void func_dealloc(Value self) {
    Function *f = (Function *)self;
    gc_untrack(self);
    decref(f->code);
    decref(f->globals);
    decref(f->builtins);
    decref(f->name);
    decref(f->qualname);
    xdecref(f->module);
    xdecref(f->doc);
    xdecref(f->defaults);
    xdecref(f->kwdefaults);
    xdecref(f->closure);
    xdecref(f->dict);
    xdecref(f->annotations);
    object_free(self);
}

static int func_traverse(Value self, visitproc visit, void *arg) {
    Function *f = (Function *)self;
    Value fields[] = {f->code,       f->globals, f->module, f->doc,        f->defaults,
                      f->kwdefaults, f->closure, f->dict,   f->annotations};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (fields[i] && visit(fields[i], arg)) return -1;
    }
    return 0;
}

static int func_clear(Value self) {
    Function *f = (Function *)self;
    CLEAR(f->defaults);
    CLEAR(f->kwdefaults);
    CLEAR(f->closure);
    CLEAR(f->dict);
    CLEAR(f->annotations);
    setref(&f->module, incref(NONE));
    setref(&f->doc, incref(NONE));
    return 0;
}

static Value none_if_null(Value v) { return incref(v ? v : NONE); }

static Value func_get_code(Value self, void *c) {
    (void)c;
    return incref(((Function *)self)->code);
}
static int func_set_code(Value self, Value v, void *c) {
    (void)c;
    if (!v || !is_code(v)) {
        err_set_str(&exc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    Function *f = (Function *)self;
    intptr_t nfree = ((Code *)v)->nfreevars;
    intptr_t nclosure = f->closure ? tuple_size(f->closure) : 0;
    if (nfree != nclosure) {
        err_format(&exc_ValueError, "%U() requires a code object with %zd free vars, not %zd",
                   f->name, nclosure, nfree);
        return -1;
    }
    setref(&f->code, incref(v));
    f->version = new_function_version();
    return 0;
}
static Value func_get_defaults(Value self, void *c) {
    (void)c;
    return none_if_null(((Function *)self)->defaults);
}
static int func_set_defaults(Value self, Value v, void *c) {
    (void)c;
    if (v == NONE) v = NULL;
    if (v && !is_tuple(v)) {
        err_set_str(&exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    Function *f = (Function *)self;
    setref(&f->defaults, xincref(v));
    f->version = new_function_version();
    return 0;
}
static Value func_get_kwdefaults(Value self, void *c) {
    (void)c;
    return none_if_null(((Function *)self)->kwdefaults);
}
static int func_set_kwdefaults(Value self, Value v, void *c) {
    (void)c;
    if (v == NONE) v = NULL;
    if (v && !is_dict(v)) {
        err_set_str(&exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    Function *f = (Function *)self;
    setref(&f->kwdefaults, xincref(v));
    f->version = new_function_version();
    return 0;
}
static Value func_get_name(Value self, void *c) {
    (void)c;
    return incref(((Function *)self)->name);
}
static int func_set_name(Value self, Value v, void *c) {
    (void)c;
    if (!v || !is_str(v)) {
        err_set_str(&exc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    setref(&((Function *)self)->name, incref(v));
    return 0;
}
static Value func_get_qualname(Value self, void *c) {
    (void)c;
    return incref(((Function *)self)->qualname);
}
static int func_set_qualname(Value self, Value v, void *c) {
    (void)c;
    if (!v || !is_str(v)) {
        err_set_str(&exc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    setref(&((Function *)self)->qualname, incref(v));
    return 0;
}
static Value func_get_globals(Value self, void *c) {
    (void)c;
    return incref(((Function *)self)->globals);
}
static Value func_get_builtins(Value self, void *c) {
    (void)c;
    return incref(((Function *)self)->builtins);
}
static Value func_get_closure(Value self, void *c) {
    (void)c;
    return none_if_null(((Function *)self)->closure);
}

/* The lazily created dict attributes: __dict__ and __annotations__. */
static Value lazy_dict(Value *slot) {
    if (!*slot && !(*slot = dict_new())) return NULL;
    return incref(*slot);
}
static int set_dict_slot(Value *slot, Value v, const char *what, bool allow_none) {
    if (!v || (allow_none && v == NONE)) {
        if (!v && !allow_none) {
            err_format(&exc_TypeError, "%s may not be deleted", what);
            return -1;
        }
        CLEAR(*slot);
        return 0;
    }
    if (!is_dict(v)) {
        if (allow_none)
            err_format(&exc_TypeError, "%s must be set to a dict object", what);
        else
            err_format(&exc_TypeError, "%s must be set to a dictionary, not a '%T'", what, v);
        return -1;
    }
    setref(slot, incref(v));
    return 0;
}
static Value func_get_dict(Value self, void *c) {
    (void)c;
    return lazy_dict(&((Function *)self)->dict);
}
static int func_set_dict(Value self, Value v, void *c) {
    (void)c;
    return set_dict_slot(&((Function *)self)->dict, v, "__dict__", false);
}
static Value func_get_annotations(Value self, void *c) {
    (void)c;
    return lazy_dict(&((Function *)self)->annotations);
}
static int func_set_annotations(Value self, Value v, void *c) {
    (void)c;
    return set_dict_slot(&((Function *)self)->annotations, v, "__annotations__", true);
}

static GetSetDef func_getsets[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL, NULL},
    {"__builtins__", func_get_builtins, NULL, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MemberDef func_members[] = {
    {"__module__", MEMBER_OBJECT, offsetof(Function, module), false, NULL},
    {"__doc__", MEMBER_OBJECT, offsetof(Function, doc), false, NULL},
    {NULL, MEMBER_OBJECT, 0, false, NULL},
};

Type type_function = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "function",
    .basicsize = sizeof(Function),
    .flags = TPFLAG_GC | TPFLAG_METHOD_DESCRIPTOR,
    .dictoffset = offsetof(Function, dict),
    .dealloc = func_dealloc,
    .traverse = func_traverse,
    .clear = func_clear,
    .repr = func_repr,
    .hash = NULL,
    .getattr = object_generic_getattr,
    .setattr = object_generic_setattr,
    .call = call_function,
    .descr_get = func_descr_get,
    .getsets = func_getsets,
    .members = func_members,
};

/* ---- cells ---- */

Value cell_new(Value contents) {
    Cell *c = (Cell *)object_new(&type_cell, 0);
    if (!c) return NULL;
    c->contents = xincref(contents);
    gc_track((Value)c);
    return (Value)c;
}

static void cell_dealloc(Value self) {
    gc_untrack(self);
    xdecref(((Cell *)self)->contents);
    object_free(self);
}
static int cell_traverse(Value self, visitproc visit, void *arg) {
    Value v = ((Cell *)self)->contents;
    return v ? visit(v, arg) : 0;
}
static int cell_clear(Value self) {
    CLEAR(((Cell *)self)->contents);
    return 0;
}
static Value cell_repr(Value self) {
    Value v = ((Cell *)self)->contents;
    if (!v) return str_from_format("<cell at %p: empty>", (void *)self);
    return str_from_format("<cell at %p: %s object at %p>", (void *)self, type_of(v)->name,
                           (void *)v);
}
static Value cell_richcompare(Value a, Value b, int op) {
    if (is_small_int(b) || b->type != &type_cell) return NOT_IMPLEMENTED;
    Value x = ((Cell *)a)->contents, y = ((Cell *)b)->contents;
    if (x && y) return object_richcompare(x, y, op);
    /* an empty cell sorts before a full one */
    int c = (x != NULL) - (y != NULL);
    bool r = op == CMP_LT   ? c < 0
             : op == CMP_LE ? c <= 0
             : op == CMP_EQ ? c == 0
             : op == CMP_NE ? c != 0
             : op == CMP_GT ? c > 0
                            : c >= 0;
    return bool_value(r);
}
static Value cell_get_contents(Value self, void *c) {
    (void)c;
    Value v = ((Cell *)self)->contents;
    if (!v) {
        err_set_str(&exc_ValueError, "Cell is empty");
        return NULL;
    }
    return incref(v);
}
static int cell_set_contents(Value self, Value v, void *c) {
    (void)c;
    setref(&((Cell *)self)->contents, xincref(v));
    return 0;
}
static GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_cell = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "cell",
    .basicsize = sizeof(Cell),
    .flags = TPFLAG_GC,
    .dealloc = cell_dealloc,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .repr = cell_repr,
    .richcompare = cell_richcompare,
    .getattr = object_generic_getattr,
    .getsets = cell_getsets,
};

/* ---- bound methods ---- */

Value method_new(Value func, Value self) {
    Method *m = (Method *)object_new(&type_method, 0);
    if (!m) return NULL;
    m->func = incref(func);
    m->self = incref(self);
    gc_track((Value)m);
    return (Value)m;
}

/* types.MethodType(func, instance) */
static Value method_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("method", kwnames) < 0 || args_count("method", nargs, 2, 2) < 0)
        return NULL;
    if (!object_is_callable(args[0]))
        return err_format(&exc_TypeError, "first argument must be callable");
    if (args[1] == NONE) return err_format(&exc_TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

static Value method_call(Value callable, Value const *args, size_t nargs, Value kwnames) {
    Method *m = (Method *)callable;
    return call_with_self(m->func, m->self, args, nargs, kwnames);
}

static void method_dealloc(Value self) {
    gc_untrack(self);
    decref(((Method *)self)->func);
    decref(((Method *)self)->self);
    object_free(self);
}
static int method_traverse(Value self, visitproc visit, void *arg) {
    Method *m = (Method *)self;
    if (visit(m->func, arg)) return -1;
    return visit(m->self, arg);
}

/* getattr(func, "__qualname__") falling back to __name__, for reprs. */
static Value callable_display_name(Value func) {
    Value name = object_getattr(func, NAME(__qualname__));
    if (!name && err_matches(&exc_AttributeError)) {
        err_clear();
        name = object_getattr(func, NAME(__name__));
    }
    if (!name && err_matches(&exc_AttributeError)) {
        err_clear();
        return str_from_cstr("?");
    }
    return name;
}

static Value method_repr(Value self) {
    Method *m = (Method *)self;
    Value name = callable_display_name(m->func);
    if (!name) return NULL;
    Value r = is_str(name) ? str_from_format("<bound method %U of %R>", name, m->self)
                           : str_from_format("<bound method ? of %R>", m->self);
    decref(name);
    return r;
}

static Value method_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || is_small_int(b) || b->type != &type_method)
        return NOT_IMPLEMENTED;
    Method *x = (Method *)a, *y = (Method *)b;
    int eq = x->self == y->self ? object_richcompare_bool(x->func, y->func, CMP_EQ) : 0;
    if (eq < 0) return NULL;
    return bool_value((op == CMP_EQ) == (eq == 1));
}

static hash_t method_hash(Value self) {
    Method *m = (Method *)self;
    hash_t h = object_hash(m->func);
    if (h == -1) return -1;
    uintptr_t p = (uintptr_t)m->self;
    hash_t x = (hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4))) ^ h;
    return x == -1 ? -2 : x;
}

/* Attributes not defined by the method type itself come from the function. */
static Value method_getattr(Value self, Value name) {
    Value descr = type_lookup(type_of(self), name);
    if (descr) {
        descrgetfunc get = type_of(descr)->descr_get;
        return get ? get(descr, self, (Value)type_of(self)) : incref(descr);
    }
    return object_getattr(((Method *)self)->func, name);
}

static Value method_get_doc(Value self, void *c) {
    (void)c;
    return object_getattr(((Method *)self)->func, NAME(__doc__));
}

static Value method_descr_get_self(Value self, Value obj, Value type) {
    (void)obj;
    (void)type;
    return incref(self);
}

static MemberDef method_members[] = {
    {"__func__", MEMBER_OBJECT, offsetof(Method, func), true, NULL},
    {"__self__", MEMBER_OBJECT, offsetof(Method, self), true, NULL},
    {NULL, MEMBER_OBJECT, 0, false, NULL},
};
static GetSetDef method_getsets[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_method = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "method",
    .basicsize = sizeof(Method),
    .flags = TPFLAG_GC,
    .dealloc = method_dealloc,
    .traverse = method_traverse,
    .repr = method_repr,
    .hash = method_hash,
    .richcompare = method_richcompare,
    .getattr = method_getattr,
    .call = method_call,
    .new_ = method_type_new,
    .descr_get = method_descr_get_self,
    .members = method_members,
    .getsets = method_getsets,
};

/* ---- built-in functions ---- */

Value builtin_function_new(const MethodDef *def, Value self, Value module) {
    BuiltinFunction *b = (BuiltinFunction *)object_new(&type_builtin_function, 0);
    if (!b) return NULL;
    b->def = def;
    b->self = xincref(self);
    b->module = xincref(module);
    gc_track((Value)b);
    return (Value)b;
}

/* A bound self that makes the function a method (not a module's or a free function). */
static bool is_method_self(Value self) { return self && !is_module(self); }

Value methoddef_qualname(const MethodDef *def, Value self) {
    if (!is_method_self(self)) return str_from_cstr(def->name);
    Type *t = type_has_flag(type_of(self), TPFLAG_TYPE_SUBCLASS) ? (Type *)self : type_of(self);
    return str_from_format("%s.%s", type_short_name(t), def->name);
}

Value methoddef_call(const MethodDef *def, Value self, Value const *args, size_t nargs,
                     Value kwnames) {
    if (kwnames && tuple_size(kwnames) > 0 && !(def->flags & METH_KEYWORDS)) {
        Value name = methoddef_qualname(def, self);
        if (name) {
            err_format(&exc_TypeError, "%U() takes no keyword arguments", name);
            decref(name);
        }
        return NULL;
    }
    return def->fn(self, args, nargs, kwnames);
}

static Value builtin_call(Value callable, Value const *args, size_t nargs, Value kwnames) {
    BuiltinFunction *b = (BuiltinFunction *)callable;
    return methoddef_call(b->def, b->self, args, nargs, kwnames);
}

static void builtin_dealloc(Value self) {
    gc_untrack(self);
    xdecref(((BuiltinFunction *)self)->self);
    xdecref(((BuiltinFunction *)self)->module);
    object_free(self);
}
static int builtin_traverse(Value self, visitproc visit, void *arg) {
    BuiltinFunction *b = (BuiltinFunction *)self;
    if (b->self && visit(b->self, arg)) return -1;
    return b->module ? visit(b->module, arg) : 0;
}

static Value builtin_repr(Value self) {
    BuiltinFunction *b = (BuiltinFunction *)self;
    if (!is_method_self(b->self)) return str_from_format("<built-in function %s>", b->def->name);
    return str_from_format("<built-in method %s of %s object at %p>", b->def->name,
                           type_of(b->self)->name, (void *)b->self);
}

static Value builtin_richcompare(Value a, Value b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || is_small_int(b) || b->type != &type_builtin_function)
        return NOT_IMPLEMENTED;
    BuiltinFunction *x = (BuiltinFunction *)a, *y = (BuiltinFunction *)b;
    bool eq = x->def == y->def && x->self == y->self;
    return bool_value((op == CMP_EQ) == eq);
}

static hash_t builtin_hash(Value self) {
    BuiltinFunction *b = (BuiltinFunction *)self;
    uintptr_t x = (uintptr_t)b->self ^ (uintptr_t)b->def->fn;
    hash_t h = (hash_t)(x >> 4);
    return h == -1 ? -2 : h;
}

static Value builtin_get_name(Value self, void *c) {
    (void)c;
    return str_from_cstr(((BuiltinFunction *)self)->def->name);
}
static Value builtin_get_qualname(Value self, void *c) {
    (void)c;
    BuiltinFunction *b = (BuiltinFunction *)self;
    return methoddef_qualname(b->def, b->self);
}
static Value builtin_get_self(Value self, void *c) {
    (void)c;
    return none_if_null(((BuiltinFunction *)self)->self);
}
static Value builtin_get_module(Value self, void *c) {
    (void)c;
    BuiltinFunction *b = (BuiltinFunction *)self;
    if (b->module) return incref(b->module);
    if (b->self && is_module(b->self)) return object_getattr(b->self, NAME(__name__));
    return incref(NONE);
}
static Value builtin_get_doc(Value self, void *c) {
    (void)c;
    const char *doc = ((BuiltinFunction *)self)->def->doc;
    return doc ? str_from_cstr(doc) : incref(NONE);
}

static GetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL, NULL, NULL},
    {"__qualname__", builtin_get_qualname, NULL, NULL, NULL},
    {"__self__", builtin_get_self, NULL, NULL, NULL},
    {"__module__", builtin_get_module, NULL, NULL, NULL},
    {"__doc__", builtin_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_builtin_function = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFunction),
    .flags = TPFLAG_GC,
    .dealloc = builtin_dealloc,
    .traverse = builtin_traverse,
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcompare = builtin_richcompare,
    .getattr = object_generic_getattr,
    .call = builtin_call,
    .getsets = builtin_getsets,
};
