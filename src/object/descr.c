/* descr.c: the descriptor types built-in types put in their dicts (method, class-method,
 * getset, member and slot-wrapper descriptors, bound method-wrappers) and the
 * classmethod, staticmethod, property and mappingproxy types. */
#include "descr.h"

#include <stdio.h>

#include "../vm/errors.h"
#include "function.h"
#include "int.h"
#include "list.h"
#include "method_args.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- the common descriptor head ---- */

static Value descr_alloc(Type *descr_type, Type *owner, const char *name) {
    Value name_obj = str_intern_cstr(name);
    if (!name_obj) return NULL;
    Descr *d = (Descr *)object_new(descr_type, 0);
    if (!d) return NULL;
    d->objclass = (Type *)incref((Value)owner);
    d->name = name_obj;
    gc_track((Value)d);
    return (Value)d;
}

static void descr_dealloc(Value self) {
    Descr *d = (Descr *)self;
    gc_untrack(self);
    decref((Value)d->objclass);
    decref(d->name);
    object_free(self);
}

static int descr_traverse(Value self, visitproc visit, void *arg) {
    Type *owner = ((Descr *)self)->objclass;
    return type_has_flag(owner, TPFLAG_HEAPTYPE) ? visit((Value)owner, arg) : 0;
}

/* obj must be an instance of the descriptor's class. */
static int descr_check(Value self, Value obj) {
    Descr *d = (Descr *)self;
    if (is_instance_of(obj, d->objclass)) return 0;
    err_format(&exc_TypeError, "descriptor '%U' for '%N' objects doesn't apply to a '%T' object",
               d->name, d->objclass, obj);
    return -1;
}

static Value descr_repr_as(Value self, const char *kind) {
    Descr *d = (Descr *)self;
    return str_from_format("<%s '%U' of '%N' objects>", kind, d->name, d->objclass);
}

static Value descr_get_name(Value self, void *closure) { return incref(((Descr *)self)->name); }
static Value descr_get_objclass(Value self, void *closure) {
    return incref((Value)((Descr *)self)->objclass);
}
static Value descr_get_qualname(Value self, void *closure) {
    Descr *d = (Descr *)self;
    Value owner = type_qualname(d->objclass);
    if (!owner) return NULL;
    Value q = str_from_format("%U.%U", owner, d->name);
    decref(owner);
    return q;
}

static Value doc_or_none(const char *doc) { return doc ? str_from_cstr(doc) : new_none(); }

static Value descr_get_doc(Value self, void *closure) {
    Type *t = type_of(self);
    if (t == &type_method_descriptor || t == &type_classmethod_descriptor)
        return doc_or_none(((MethodDescr *)self)->def->doc);
    if (t == &type_getset_descriptor) return doc_or_none(((GetSetDescr *)self)->def->doc);
    if (t == &type_member_descriptor) return doc_or_none(((MemberDescr *)self)->def->doc);
    return new_none();
}

static GetSetDef descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {"__doc__", descr_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define DESCR_TYPE_COMMON                                                                          \
    .ob = {IMMORTAL_REFCOUNT, &type_type}, .dealloc = descr_dealloc, .traverse = descr_traverse,   \
    .getsets = descr_getsets

/* ---- method descriptors: `list.append` ---- */

static Value method_descr_repr(Value self) { return descr_repr_as(self, "method"); }

static Value method_descr_get(Value self, Value obj, Value type) {
    if (!obj) return incref(self);
    if (descr_check(self, obj) < 0) return NULL;
    return builtin_function_new(((MethodDescr *)self)->def, obj, NULL);
}

/* Checks the self argument and keywords of a call of an unbound method descriptor. */
static int method_descr_check_call(Value self, size_t nargs, Value kwnames) {
    MethodDescr *m = (MethodDescr *)self;
    if (nargs == 0) {
        err_format(&exc_TypeError, "unbound method %N.%U() needs an argument", m->d.objclass,
                   m->d.name);
        return -1;
    }
    if (kwnames && tuple_size(kwnames) > 0 && !(m->def->flags & METH_KEYWORDS)) {
        err_format(&exc_TypeError, "%N.%U() takes no keyword arguments", m->d.objclass, m->d.name);
        return -1;
    }
    return 0;
}

static Value method_descr_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (method_descr_check_call(self, nargs, kwnames) < 0 || descr_check(self, args[0]) < 0)
        return NULL;
    return ((MethodDescr *)self)->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Type type_method_descriptor = {
    DESCR_TYPE_COMMON,
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescr),
    .flags = TPFLAG_GC | TPFLAG_METHOD_DESCRIPTOR,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
};

/* ---- class-method descriptors: `dict.fromkeys` ---- */

static int classmethod_descr_check(Value self, Value type) {
    Descr *d = (Descr *)self;
    if (!is_instance_of(type, &type_type)) {
        err_format(&exc_TypeError,
                   "descriptor '%U' for type '%N' needs a type, not a '%T' as arg 2", d->name,
                   d->objclass, type);
        return -1;
    }
    if (type_is_subtype((Type *)type, d->objclass)) return 0;
    err_format(&exc_TypeError, "descriptor '%U' requires a subtype of '%N' but received '%N'",
               d->name, d->objclass, (Type *)type);
    return -1;
}

static Value classmethod_descr_get(Value self, Value obj, Value type) {
    if (!type) type = (Value)type_of(obj);
    if (classmethod_descr_check(self, type) < 0) return NULL;
    return builtin_function_new(((MethodDescr *)self)->def, type, NULL);
}

static Value classmethod_descr_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (method_descr_check_call(self, nargs, kwnames) < 0 ||
        classmethod_descr_check(self, args[0]) < 0)
        return NULL;
    return ((MethodDescr *)self)->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

Type type_classmethod_descriptor = {
    DESCR_TYPE_COMMON,
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescr),
    .flags = TPFLAG_GC,
    .repr = method_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
};

Value descr_new_method(Type *owner, const MethodDef *def) {
    if (def->flags & METH_STATIC) {
        Value fn = builtin_function_new(def, (Value)owner, NULL);
        if (!fn) return NULL;
        Value sm = staticmethod_new(fn);
        decref(fn);
        return sm;
    }
    Type *kind = def->flags & METH_CLASS ? &type_classmethod_descriptor : &type_method_descriptor;
    MethodDescr *m = (MethodDescr *)descr_alloc(kind, owner, def->name);
    if (m) m->def = def;
    return (Value)m;
}

/* ---- getset descriptors ---- */

static Value getset_repr(Value self) { return descr_repr_as(self, "attribute"); }

static Value getset_get(Value self, Value obj, Value type) {
    if (!obj) return incref(self);
    if (descr_check(self, obj) < 0) return NULL;
    const GetSetDef *def = ((GetSetDescr *)self)->def;
    if (!def->get) {
        return err_format(&exc_AttributeError, "attribute '%U' of '%N' objects is not readable",
                          ((Descr *)self)->name, ((Descr *)self)->objclass);
    }
    return def->get(obj, def->closure);
}

static int getset_set(Value self, Value obj, Value v) {
    if (descr_check(self, obj) < 0) return -1;
    const GetSetDef *def = ((GetSetDescr *)self)->def;
    if (!def->set) {
        err_format(&exc_AttributeError, "attribute '%U' of '%N' objects is not writable",
                   ((Descr *)self)->name, ((Descr *)self)->objclass);
        return -1;
    }
    return def->set(obj, v, def->closure);
}

Type type_getset_descriptor = {
    DESCR_TYPE_COMMON,       .name = "getset_descriptor",
    .flags = TPFLAG_GC,      .basicsize = sizeof(GetSetDescr),
    .repr = getset_repr,     .descr_get = getset_get,
    .descr_set = getset_set,
};

Value descr_new_getset(Type *owner, const GetSetDef *def) {
    GetSetDescr *g = (GetSetDescr *)descr_alloc(&type_getset_descriptor, owner, def->name);
    if (g) g->def = def;
    return (Value)g;
}

/* ---- member descriptors: fields at a fixed offset (and __slots__) ---- */

static Value member_repr(Value self) { return descr_repr_as(self, "member"); }

static Value member_get(Value self, Value obj, Value type) {
    if (!obj) return incref(self);
    if (descr_check(self, obj) < 0) return NULL;
    const MemberDef *def = ((MemberDescr *)self)->def;
    char *addr = (char *)obj + def->offset;
    switch (def->kind) {
        case MEMBER_INT: return int_from_long(*(int *)addr);
        case MEMBER_BOOL: return bool_value(*(bool *)addr);
        case MEMBER_OBJECT:
        case MEMBER_OBJECT_EX: break;
    }
    Value v = *(Value *)addr;
    if (v) return incref(v);
    if (def->kind == MEMBER_OBJECT) return new_none();
    return err_format(&exc_AttributeError, "'%T' object has no attribute '%s'", obj, def->name);
}

static int member_set(Value self, Value obj, Value v) {
    if (descr_check(self, obj) < 0) return -1;
    const MemberDef *def = ((MemberDescr *)self)->def;
    char *addr = (char *)obj + def->offset;
    if (def->readonly) {
        err_set_str(&exc_AttributeError, "readonly attribute");
        return -1;
    }
    if (!v && def->kind != MEMBER_OBJECT && def->kind != MEMBER_OBJECT_EX) {
        err_set_str(&exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (def->kind) {
        case MEMBER_INT: {
            long long n;
            if (!is_int(v)) {
                err_set_str(&exc_TypeError, "attribute value type must be int");
                return -1;
            }
            if (int_as_long(v, &n) < 0) return -1;
            *(int *)addr = (int)n;
            return 0;
        }
        case MEMBER_BOOL:
            if (v != TRUE_VALUE && v != FALSE_VALUE) {
                err_set_str(&exc_TypeError, "attribute value type must be bool");
                return -1;
            }
            *(bool *)addr = v == TRUE_VALUE;
            return 0;
        case MEMBER_OBJECT:
        case MEMBER_OBJECT_EX: break;
    }
    Value *slot = (Value *)addr;
    if (!v && !*slot && def->kind == MEMBER_OBJECT_EX) {
        err_set_str(&exc_AttributeError, def->name);
        return -1;
    }
    setref(slot, xincref(v));
    return 0;
}

Type type_member_descriptor = {
    DESCR_TYPE_COMMON,       .name = "member_descriptor",
    .flags = TPFLAG_GC,      .basicsize = sizeof(MemberDescr),
    .repr = member_repr,     .descr_get = member_get,
    .descr_set = member_set,
};

Value descr_new_member(Type *owner, const MemberDef *def) {
    MemberDescr *m = (MemberDescr *)descr_alloc(&type_member_descriptor, owner, def->name);
    if (m) m->def = def;
    return (Value)m;
}

/* ---- slot wrappers: `int.__add__`, and method-wrappers: `(1).__add__` ---- */

static Value wrapper_repr(Value self) { return descr_repr_as(self, "slot wrapper"); }

static int wrapper_check_keywords(const WrapperDescr *w, Value kwnames) {
    if (!kwnames || tuple_size(kwnames) == 0 || w->def->keywords) return 0;
    err_format(&exc_TypeError, "wrapper %U() takes no keyword arguments", w->d.name);
    return -1;
}

static Value wrapper_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    WrapperDescr *w = (WrapperDescr *)self;
    if (nargs == 0) {
        return err_format(&exc_TypeError, "descriptor '%U' of '%N' object needs an argument",
                          w->d.name, w->d.objclass);
    }
    if (!is_instance_of(args[0], w->d.objclass)) {
        return err_format(&exc_TypeError,
                          "descriptor '%U' requires a '%N' object but received a '%T'", w->d.name,
                          w->d.objclass, args[0]);
    }
    if (wrapper_check_keywords(w, kwnames) < 0) return NULL;
    return w->def->wrapper(args[0], args + 1, nargs - 1, kwnames, w);
}

static Value wrapper_get(Value self, Value obj, Value type) {
    if (!obj) return incref(self);
    if (descr_check(self, obj) < 0) return NULL;
    MethodWrapper *m = (MethodWrapper *)object_new(&type_method_wrapper, 0);
    if (!m) return NULL;
    m->descr = incref(self);
    m->self = incref(obj);
    gc_track((Value)m);
    return (Value)m;
}

Type type_wrapper_descriptor = {
    DESCR_TYPE_COMMON,
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperDescr),
    .flags = TPFLAG_GC | TPFLAG_METHOD_DESCRIPTOR,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
};

Value descr_new_wrapper(Type *owner, const SlotDef *def, anyfunc wrapped) {
    WrapperDescr *w = (WrapperDescr *)descr_alloc(&type_wrapper_descriptor, owner, def->name);
    if (!w) return NULL;
    w->def = def;
    w->wrapped = wrapped;
    return (Value)w;
}

static void method_wrapper_dealloc(Value self) {
    MethodWrapper *m = (MethodWrapper *)self;
    gc_untrack(self);
    decref(m->descr);
    decref(m->self);
    object_free(self);
}

static int method_wrapper_traverse(Value self, visitproc visit, void *arg) {
    MethodWrapper *m = (MethodWrapper *)self;
    int r = visit(m->descr, arg);
    return r ? r : visit(m->self, arg);
}

static Value method_wrapper_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    MethodWrapper *m = (MethodWrapper *)self;
    WrapperDescr *w = (WrapperDescr *)m->descr;
    if (wrapper_check_keywords(w, kwnames) < 0) return NULL;
    return w->def->wrapper(m->self, args, nargs, kwnames, w);
}

static Value method_wrapper_repr(Value self) {
    MethodWrapper *m = (MethodWrapper *)self;
    return str_from_format("<method-wrapper '%U' of %T object at %p>", ((Descr *)m->descr)->name,
                           m->self, (void *)m->self);
}

static Value method_wrapper_get_self(Value self, void *c) {
    return incref(((MethodWrapper *)self)->self);
}
static Value method_wrapper_get_name(Value self, void *c) {
    return incref(((Descr *)((MethodWrapper *)self)->descr)->name);
}
static Value method_wrapper_get_qualname(Value self, void *c) {
    return descr_get_qualname(((MethodWrapper *)self)->descr, c);
}

static GetSetDef method_wrapper_getsets[] = {
    {"__self__", method_wrapper_get_self, NULL, NULL, NULL},
    {"__name__", method_wrapper_get_name, NULL, NULL, NULL},
    {"__qualname__", method_wrapper_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_method_wrapper = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapper),
    .flags = TPFLAG_GC,
    .dealloc = method_wrapper_dealloc,
    .traverse = method_wrapper_traverse,
    .repr = method_wrapper_repr,
    .call = method_wrapper_call,
    .getsets = method_wrapper_getsets,
};

/* ---- classmethod and staticmethod ---- */

static Value funcwrapper_make(Type *type, Value callable) {
    FuncWrapper *f = (FuncWrapper *)object_new(type, 0);
    if (!f) return NULL;
    f->callable = incref(callable);
    gc_track((Value)f);
    return (Value)f;
}

Value classmethod_new(Value callable) { return funcwrapper_make(&type_classmethod, callable); }
Value staticmethod_new(Value callable) { return funcwrapper_make(&type_staticmethod, callable); }

static Value funcwrapper_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords(type->name, kwnames) < 0 || args_count(type->name, nargs, 1, 1) < 0)
        return NULL;
    return funcwrapper_make(type, args[0]);
}

static int funcwrapper_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    return 0;
}

static void funcwrapper_dealloc(Value self) {
    FuncWrapper *f = (FuncWrapper *)self;
    gc_untrack(self);
    xdecref(f->callable);
    xdecref(f->dict);
    object_free(self);
}

static int funcwrapper_traverse(Value self, visitproc visit, void *arg) {
    FuncWrapper *f = (FuncWrapper *)self;
    int r = f->callable ? visit(f->callable, arg) : 0;
    return r ? r : f->dict ? visit(f->dict, arg) : 0;
}

static int funcwrapper_clear(Value self) {
    FuncWrapper *f = (FuncWrapper *)self;
    CLEAR(f->callable);
    CLEAR(f->dict);
    return 0;
}

static Value funcwrapper_repr(Value self) {
    return str_from_format("<%s(%R)>", type_of(self)->name, ((FuncWrapper *)self)->callable);
}

static Value funcwrapper_get_isabstract(Value self, void *c) {
    Value name = str_intern_cstr("__isabstractmethod__");
    if (!name) return NULL;
    Value v = object_getattr(((FuncWrapper *)self)->callable, name);
    if (!v) {
        if (!err_matches(&exc_AttributeError)) return NULL;
        err_clear();
        return FALSE_VALUE;
    }
    int truth = object_is_true(v);
    decref(v);
    return truth < 0 ? NULL : bool_value(truth);
}

static GetSetDef funcwrapper_getsets[] = {
    {"__isabstractmethod__", funcwrapper_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static MemberDef funcwrapper_members[] = {
    {"__func__", MEMBER_OBJECT, offsetof(FuncWrapper, callable), true, NULL},
    {"__wrapped__", MEMBER_OBJECT, offsetof(FuncWrapper, callable), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static Value classmethod_get(Value self, Value obj, Value type) {
    if (!type) type = (Value)type_of(obj);
    Value callable = ((FuncWrapper *)self)->callable;
    descrgetfunc get = type_of(callable)->descr_get;
    return get ? get(callable, type, type) : method_new(callable, type);
}

static Value staticmethod_get(Value self, Value obj, Value type) {
    return incref(((FuncWrapper *)self)->callable);
}

static Value staticmethod_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    return object_call(((FuncWrapper *)self)->callable, args, nargs, kwnames);
}

#define FUNCWRAPPER_TYPE_COMMON                                                                    \
    .ob = {IMMORTAL_REFCOUNT, &type_type}, .basicsize = sizeof(FuncWrapper),                       \
    .flags = TPFLAG_GC | TPFLAG_BASETYPE, .dictoffset = offsetof(FuncWrapper, dict),               \
    .dealloc = funcwrapper_dealloc, .traverse = funcwrapper_traverse, .clear = funcwrapper_clear,  \
    .repr = funcwrapper_repr, .new_ = funcwrapper_tp_new, .init = funcwrapper_init,                \
    .getsets = funcwrapper_getsets, .members = funcwrapper_members

Type type_classmethod = {
    FUNCWRAPPER_TYPE_COMMON,
    .name = "classmethod",
    .descr_get = classmethod_get,
};

Type type_staticmethod = {
    FUNCWRAPPER_TYPE_COMMON,
    .name = "staticmethod",
    .descr_get = staticmethod_get,
    .call = staticmethod_call,
};

/* ---- property ---- */

static const char *const property_params[] = {"fget", "fset", "fdel", "doc"};

static Value none_to_null(Value v) { return v == NONE ? NULL : v; }

/* Sets the fields from (fget, fset, fdel, doc); doc defaults to fget.__doc__. */
static int property_fill(Property *p, Value const *fields) {
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    p->fget = xincref(none_to_null(fields[0]));
    p->fset = xincref(none_to_null(fields[1]));
    p->fdel = xincref(none_to_null(fields[2]));
    p->doc = xincref(none_to_null(fields[3]));
    p->getter_doc = false;
    if (!p->doc && p->fget) {
        Value doc = object_getattr(p->fget, NAME(__doc__));
        if (!doc) {
            if (!err_matches(&exc_AttributeError)) return -1;
            err_clear();
        } else if (doc == NONE) {
            decref(doc);
        } else {
            p->doc = doc;
            p->getter_doc = true;
        }
    }
    return 0;
}

static Value property_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value p = object_new(type, 0);
    if (p) gc_track(p);
    return p;
}

static int property_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value fields[4];
    if (args_bind("property", args, nargs, kwnames, property_params, 4, 4, fields) < 0) return -1;
    return property_fill((Property *)self, fields);
}

static void property_dealloc(Value self) {
    Property *p = (Property *)self;
    gc_untrack(self);
    xdecref(p->fget);
    xdecref(p->fset);
    xdecref(p->fdel);
    xdecref(p->doc);
    xdecref(p->name);
    object_free(self);
}

static int property_traverse(Value self, visitproc visit, void *arg) {
    Property *p = (Property *)self;
    Value fields[] = {p->fget, p->fset, p->fdel, p->doc};
    for (size_t i = 0; i < 4; i++) {
        int r = fields[i] ? visit(fields[i], arg) : 0;
        if (r) return r;
    }
    return 0;
}

static int property_clear(Value self) {
    Property *p = (Property *)self;
    CLEAR(p->fget);
    CLEAR(p->fset);
    CLEAR(p->fdel);
    CLEAR(p->doc);
    return 0;
}

/* "property 'x' of 'C' object has no setter" (without the name when it is unknown). */
static Value property_missing(Property *p, Value obj, const char *what) {
    if (p->name) {
        return err_format(&exc_AttributeError, "property %R of '%T' object has no %s", p->name, obj,
                          what);
    }
    return err_format(&exc_AttributeError, "property of '%T' object has no %s", obj, what);
}

static Value property_get(Value self, Value obj, Value type) {
    Property *p = (Property *)self;
    if (!obj || obj == NONE) return incref(self);
    if (!p->fget) return property_missing(p, obj, "getter");
    return object_call(p->fget, &obj, 1, NULL);
}

static int property_set(Value self, Value obj, Value v) {
    Property *p = (Property *)self;
    Value fn = v ? p->fset : p->fdel;
    if (!fn) {
        property_missing(p, obj, v ? "setter" : "deleter");
        return -1;
    }
    Value args[2] = {obj, v};
    Value r = object_call(fn, args, v ? 2 : 1, NULL);
    if (!r) return -1;
    decref(r);
    return 0;
}

/* getter/setter/deleter: a copy of the property with one accessor replaced. */
static Value property_copy_with(Value self, size_t which, Value fn) {
    Property *p = (Property *)self;
    Value fields[4] = {p->fget, p->fset, p->fdel, p->getter_doc ? NULL : p->doc};
    fields[which] = fn;
    for (size_t i = 0; i < 4; i++)
        if (!fields[i]) fields[i] = NONE;
    Value copy = object_call((Value)type_of(self), fields, 4, NULL);
    if (copy && p->name && is_instance_of(copy, &type_property)) {
        Property *c = (Property *)copy;
        setref(&c->name, incref(p->name));
    }
    return copy;
}

static Value property_getter(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("getter", nargs) < 0) return NULL;
    return property_copy_with(self, 0, args[0]);
}
static Value property_setter(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("setter", nargs) < 0) return NULL;
    return property_copy_with(self, 1, args[0]);
}
static Value property_deleter(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_exactly_one("deleter", nargs) < 0) return NULL;
    return property_copy_with(self, 2, args[0]);
}
static Value property_set_name(Value self, Value const *args, size_t nargs, Value kw) {
    if (args_count("__set_name__", nargs, 2, 2) < 0) return NULL;
    setref(&((Property *)self)->name, incref(args[1]));
    return new_none();
}

static MethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef property_members[] = {
    {"fget", MEMBER_OBJECT, offsetof(Property, fget), true, NULL},
    {"fset", MEMBER_OBJECT, offsetof(Property, fset), true, NULL},
    {"fdel", MEMBER_OBJECT, offsetof(Property, fdel), true, NULL},
    {"__doc__", MEMBER_OBJECT, offsetof(Property, doc), false, NULL},
    {NULL, 0, 0, false, NULL},
};

static Value property_get_isabstract(Value self, void *c) {
    Property *p = (Property *)self;
    Value fns[] = {p->fget, p->fset, p->fdel};
    Value name = str_intern_cstr("__isabstractmethod__");
    if (!name) return NULL;
    for (size_t i = 0; i < 3; i++) {
        if (!fns[i]) continue;
        Value v = object_getattr(fns[i], name);
        if (!v) {
            if (!err_matches(&exc_AttributeError)) return NULL;
            err_clear();
            continue;
        }
        int truth = object_is_true(v);
        decref(v);
        if (truth != 0) return truth < 0 ? NULL : TRUE_VALUE;
    }
    return FALSE_VALUE;
}

static GetSetDef property_getsets[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_property = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "property",
    .basicsize = sizeof(Property),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "Property attribute.",
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .new_ = property_tp_new,
    .init = property_init,
    .descr_get = property_get,
    .descr_set = property_set,
    .methods = property_methods,
    .members = property_members,
    .getsets = property_getsets,
};

/* ---- mappingproxy: the read-only view `C.__dict__` returns ---- */

Value mappingproxy_new(Value mapping) {
    MappingProxy *m = (MappingProxy *)object_new(&type_mappingproxy, 0);
    if (!m) return NULL;
    m->mapping = incref(mapping);
    gc_track((Value)m);
    return (Value)m;
}

static Value mappingproxy_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const params[] = {"mapping"};
    Value mapping;
    if (args_bind("mappingproxy", args, nargs, kwnames, params, 1, 1, &mapping) < 0) return NULL;
    if (!mapping)
        return err_format(&exc_TypeError,
                          "mappingproxy() missing required argument 'mapping' (pos 1)");
    if (!type_of(mapping)->getitem || is_list(mapping) || is_tuple(mapping)) {
        return err_format(&exc_TypeError, "mappingproxy() argument must be a mapping, not %T",
                          mapping);
    }
    return mappingproxy_new(mapping);
}

static void mappingproxy_dealloc(Value self) {
    gc_untrack(self);
    decref(((MappingProxy *)self)->mapping);
    object_free(self);
}

static int mappingproxy_traverse(Value self, visitproc visit, void *arg) {
    return visit(((MappingProxy *)self)->mapping, arg);
}

static Value mapping_of(Value self) { return ((MappingProxy *)self)->mapping; }
static Value mappingproxy_repr(Value self) {
    return str_from_format("mappingproxy(%R)", mapping_of(self));
}
static Value mappingproxy_str(Value self) { return object_str(mapping_of(self)); }
static Value mappingproxy_getitem(Value self, Value key) {
    return object_getitem(mapping_of(self), key);
}
static intptr_t mappingproxy_len(Value self) { return object_len(mapping_of(self)); }
static int mappingproxy_contains(Value self, Value key) {
    return object_contains(mapping_of(self), key);
}
static Value mappingproxy_iter(Value self) { return object_getiter(mapping_of(self)); }
static Value mappingproxy_richcompare(Value a, Value b, int op) {
    return object_richcompare(mapping_of(a), b, op);
}

/* keys(), values(), items(), get(), copy(): forwarded to the mapping. */
static Value mappingproxy_forward(Value self, const char *name, Value const *args, size_t nargs) {
    Value method = object_getattr_cstr(mapping_of(self), name);
    if (!method) return NULL;
    Value r = object_call(method, args, nargs, NULL);
    decref(method);
    return r;
}

#define MAPPINGPROXY_FORWARD(name)                                                                 \
    static Value mappingproxy_##name(Value self, Value const *args, size_t nargs, Value kw) {      \
        return mappingproxy_forward(self, #name, args, nargs);                                     \
    }
MAPPINGPROXY_FORWARD(keys)
MAPPINGPROXY_FORWARD(values)
MAPPINGPROXY_FORWARD(items)
MAPPINGPROXY_FORWARD(get)
MAPPINGPROXY_FORWARD(copy)

static MethodDef mappingproxy_methods[] = {
    {"keys", mappingproxy_keys, 0, NULL},   {"values", mappingproxy_values, 0, NULL},
    {"items", mappingproxy_items, 0, NULL}, {"get", mappingproxy_get, 0, NULL},
    {"copy", mappingproxy_copy, 0, NULL},   {NULL, NULL, 0, NULL},
};

Type type_mappingproxy = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxy),
    .flags = TPFLAG_GC,
    .dealloc = mappingproxy_dealloc,
    .traverse = mappingproxy_traverse,
    .new_ = mappingproxy_tp_new,
    .repr = mappingproxy_repr,
    .str = mappingproxy_str,
    .richcompare = mappingproxy_richcompare,
    .iter = mappingproxy_iter,
    .len = mappingproxy_len,
    .getitem = mappingproxy_getitem,
    .contains = mappingproxy_contains,
    .methods = mappingproxy_methods,
};
