/* functools.c: the `_functools` module: reduce, the partial type (flattening nested
 * partials, repr, pickling support) and cmp_to_key's KeyWrapper. lru_cache stays in
 * functools.py. */
#include "../object/dict.h"
#include "../object/generic_alias.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/repr_guard.h"
#include "../object/seq_common.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/call.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"
#include "weakref.h"

static Value functools_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("reduce", nargs, 2, 3) < 0) return NULL;
    Value it = object_getiter(args[1]);
    if (!it) return NULL;
    Value acc = nargs == 3 ? incref(args[2]) : NULL, item;
    while ((item = object_iternext(it))) {
        if (!acc) {
            acc = item;
            continue;
        }
        Value pair[2] = {acc, item};
        Value r = object_call(args[0], pair, 2, NULL);
        decref(item);
        setref(&acc, r);
        if (!acc) break;
    }
    decref(it);
    if (err_occurred()) {
        xdecref(acc);
        return NULL;
    }
    if (!acc) return err_format(&exc_TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

/* ---- partial ---- */

typedef struct Partial {
    Object ob;
    Value func, args, kw, dict, weaklist; /* args a tuple, kw a dict */
} Partial;

Type type_partial;

static Value partial_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (nargs < 1) return err_format(&exc_TypeError, "type 'partial' takes at least one argument");
    Value func = args[0];
    if (!object_is_callable(func))
        return err_format(&exc_TypeError, "the first argument must be callable");
    Value prefix = NULL, kw = dict_new();
    if (!kw) return NULL;
    Partial *inner = (Partial *)func;
    if (!is_small_int(func) && func->type == &type_partial && type == &type_partial &&
        (!inner->dict || dict_size(inner->dict) == 0)) { /* flatten partial(partial(f, ...)) */
        prefix = inner->args;
        func = inner->func;
        if (dict_update(kw, inner->kw) < 0) goto fail;
    }
    for (intptr_t i = 0; kwnames && i < tuple_size(kwnames); i++)
        if (dict_set(kw, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0) goto fail;
    intptr_t np = prefix ? tuple_size(prefix) : 0;
    Value all = tuple_new(np + (intptr_t)nargs - 1);
    if (!all) goto fail;
    for (intptr_t i = 0; i < np; i++) tuple_items(all)[i] = incref(tuple_get(prefix, i));
    for (size_t i = 1; i < nargs; i++) tuple_items(all)[np + (intptr_t)i - 1] = incref(args[i]);
    Partial *p = (Partial *)object_new(type, 0);
    if (!p) {
        decref(all);
        goto fail;
    }
    p->func = incref(func);
    p->args = all;
    p->kw = kw;
    gc_track((Value)p);
    return (Value)p;
fail:
    decref(kw);
    return NULL;
}

static void partial_dealloc(Value self) {
    Partial *p = (Partial *)self;
    gc_untrack(self);
    if (weakref_has_refs(self)) weakref_clear_all(self);
    CLEAR(p->func);
    CLEAR(p->args);
    CLEAR(p->kw);
    CLEAR(p->dict);
    object_free(self);
}

static int partial_traverse(Value self, visitproc visit, void *arg) {
    return visit_values(&((Partial *)self)->func, 4, visit, arg);
}

static int partial_clear(Value self) {
    Partial *p = (Partial *)self;
    CLEAR(p->args);
    CLEAR(p->kw);
    CLEAR(p->dict);
    return 0;
}

static Value partial_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    Partial *p = (Partial *)self;
    intptr_t np = tuple_size(p->args), nk = kwnames ? tuple_size(kwnames) : 0;
    if (dict_size(p->kw) == 0 && np == 0) return object_call(p->func, args, nargs, kwnames);
    Value all = tuple_new(np + (intptr_t)nargs);
    Value kw = nk || dict_size(p->kw) ? dict_copy(p->kw) : NULL;
    Value r = NULL;
    if (all && (kw || (!nk && !dict_size(p->kw)))) {
        for (intptr_t i = 0; i < np; i++) tuple_items(all)[i] = incref(tuple_get(p->args, i));
        for (size_t i = 0; i < nargs; i++) tuple_items(all)[np + (intptr_t)i] = incref(args[i]);
        int ok = 0;
        for (intptr_t i = 0; ok == 0 && i < nk; i++)
            ok = dict_set(kw, tuple_get(kwnames, i), args[nargs + (size_t)i]);
        if (ok == 0) r = call_with_tuple_dict(p->func, all, kw);
    }
    xdecref(all);
    xdecref(kw);
    return r;
}

static Value partial_repr(Value self) {
    Partial *p = (Partial *)self;
    const char *name =
        type_has_flag(self->type, TPFLAG_HEAPTYPE) ? self->type->name : "functools.partial";
    int entered = repr_enter(self);
    if (entered != 0) return entered < 0 ? NULL : str_from_cstr("...");
    StrParts parts;
    Value r = NULL;
    if (parts_init(&parts) == 0) {
        bool ok = parts_add(&parts, str_from_format("%s(", name)) == 0 &&
                  parts_add_repr(&parts, p->func) == 0;
        for (intptr_t i = 0; ok && i < tuple_size(p->args); i++)
            ok = parts_add_cstr(&parts, ", ") == 0 &&
                 parts_add_repr(&parts, tuple_get(p->args, i)) == 0;
        intptr_t pos = 0;
        Value k, v;
        while (ok && dict_next(p->kw, &pos, &k, &v))
            ok = parts_add(&parts, str_from_format(", %S=", k)) == 0 &&
                 parts_add_repr(&parts, v) == 0;
        if (ok && parts_add_cstr(&parts, ")") == 0)
            r = parts_finish(&parts);
        else
            parts_abort(&parts);
    }
    repr_leave(self);
    return r;
}

static Value partial_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    Partial *p = (Partial *)self;
    Value ctor = tuple_pack(1, p->func);
    Value state = ctor ? tuple_pack(4, p->func, p->args, p->kw, p->dict ? p->dict : NONE) : NULL;
    Value r = state ? tuple_pack(3, (Value)self->type, ctor, state) : NULL;
    xdecref(ctor);
    xdecref(state);
    return r;
}

static Value partial_setstate(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("__setstate__", nargs) < 0) return NULL;
    Value st = args[0];
    if (!is_tuple(st) || tuple_size(st) != 4)
        return err_format(&exc_TypeError, "invalid partial state");
    Value func = tuple_get(st, 0), fargs = tuple_get(st, 1), kw = tuple_get(st, 2),
          dict = tuple_get(st, 3);
    if (!object_is_callable(func) || !is_tuple(fargs) || (kw != NONE && !is_dict(kw)))
        return err_format(&exc_TypeError, "invalid partial state");
    Partial *p = (Partial *)self;
    Value newkw = kw == NONE ? dict_new() : dict_copy(kw);
    Value newargs = sequence_to_tuple(fargs);
    if (!newkw || !newargs) {
        xdecref(newkw);
        xdecref(newargs);
        return NULL;
    }
    setref(&p->func, incref(func));
    setref(&p->args, newargs);
    setref(&p->kw, newkw);
    setref(&p->dict, dict == NONE ? NULL : incref(dict));
    return NONE;
}

static MemberDef partial_members[] = {
    {"func", MEMBER_OBJECT, offsetof(Partial, func), true,
     "function object to use in future partial calls"},
    {"args", MEMBER_OBJECT, offsetof(Partial, args), true,
     "tuple of arguments to future partial calls"},
    {"keywords", MEMBER_OBJECT, offsetof(Partial, kw), true,
     "dictionary of keyword arguments to future partial calls"},
    {NULL, 0, 0, false, NULL},
};

static Value partial_get_dict(Value self, void *c) {
    Partial *p = (Partial *)self;
    if (!p->dict && !(p->dict = dict_new())) return NULL;
    return incref(p->dict);
}

static int partial_set_dict(Value self, Value v, void *c) {
    if (!v || !is_dict(v)) {
        err_format(&exc_TypeError, "setting partial object's dictionary to a non-dict");
        return -1;
    }
    setref(&((Partial *)self)->dict, incref(v));
    return 0;
}

static GetSetDef partial_getsets[] = {
    {"__dict__", partial_get_dict, partial_set_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MethodDef partial_methods[] = {
    {"__reduce__", partial_reduce, 0, NULL},
    {"__setstate__", partial_setstate, 0, NULL},
    {"__class_getitem__", generic_alias_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_partial = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "functools.partial",
    .basicsize = sizeof(Partial),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dictoffset = offsetof(Partial, dict),
    .weaklistoffset = offsetof(Partial, weaklist),
    .doc = "partial(func, *args, **keywords) - new function with partial application\n"
           "    of the given arguments and keywords.\n",
    .dealloc = partial_dealloc,
    .traverse = partial_traverse,
    .clear = partial_clear,
    .repr = partial_repr,
    .call = partial_call,
    .new_ = partial_type_new,
    .members = partial_members,
    .methods = partial_methods,
    .getsets = partial_getsets,
};

/* ---- cmp_to_key ---- */

typedef struct KeyWrapper {
    Object ob;
    Value cmp, obj; /* obj NULL for the key function itself */
} KeyWrapper;

static Type type_keywrapper;

static Value keywrapper_make(Value cmp, Value obj) {
    KeyWrapper *k = (KeyWrapper *)object_new(&type_keywrapper, 0);
    if (!k) return NULL;
    k->cmp = incref(cmp);
    k->obj = xincref(obj);
    gc_track((Value)k);
    return (Value)k;
}

static Value keywrapper_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"obj"};
    Value v[1];
    if (args_bind("K", args, nargs, kwnames, names, 1, 1, v) < 0) return NULL;
    if (!v[0]) return err_format(&exc_TypeError, "K() missing required argument 'obj' (pos 1)");
    return keywrapper_make(((KeyWrapper *)self)->cmp, v[0]);
}

static Value keywrapper_richcompare(Value a, Value b, int op) {
    if (is_small_int(b) || b->type != &type_keywrapper)
        return err_format(&exc_TypeError, "other argument must be K instance");
    KeyWrapper *x = (KeyWrapper *)a, *y = (KeyWrapper *)b;
    if (!x->obj || !y->obj) return err_format(&exc_AttributeError, "object");
    Value pair[2] = {x->obj, y->obj};
    Value res = object_call(x->cmp, pair, 2, NULL);
    if (!res) return NULL;
    Value r = object_richcompare(res, small_int(0), op);
    decref(res);
    return r;
}

static void keywrapper_dealloc(Value self) {
    gc_untrack(self);
    CLEAR(((KeyWrapper *)self)->cmp);
    CLEAR(((KeyWrapper *)self)->obj);
    object_free(self);
}

static int keywrapper_traverse(Value self, visitproc visit, void *arg) {
    return visit_values(&((KeyWrapper *)self)->cmp, 2, visit, arg);
}

static MemberDef keywrapper_members[] = {
    {"obj", MEMBER_OBJECT_EX, offsetof(KeyWrapper, obj), false, "Value wrapped by a key function."},
    {NULL, 0, 0, false, NULL},
};

static Type type_keywrapper = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(KeyWrapper),
    .flags = TPFLAG_GC,
    .dealloc = keywrapper_dealloc,
    .traverse = keywrapper_traverse,
    .richcompare = keywrapper_richcompare,
    .call = keywrapper_call,
    .members = keywrapper_members,
};

static Value functools_cmp_to_key(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"mycmp"};
    Value v[1];
    if (args_bind("cmp_to_key", args, nargs, kwnames, names, 1, 1, v) < 0) return NULL;
    if (!v[0])
        return err_format(&exc_TypeError, "cmp_to_key() missing required argument 'mycmp' (pos 1)");
    return keywrapper_make(v[0], NULL);
}

static MethodDef functools_methods[] = {
    {"reduce", functools_reduce, 0, NULL},
    {"cmp_to_key", functools_cmp_to_key, METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL},
};

Value functools_module_new(void) {
    if (type_ready(&type_keywrapper) < 0) return NULL;
    Value m = module_new("_functools");
    if (m && (module_add_functions(m, functools_methods) < 0 ||
              module_add_object(m, "partial", (Value)&type_partial) < 0))
        CLEAR(m);
    return m;
}
