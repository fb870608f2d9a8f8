/* super.c: the `super` type: attribute lookup that starts after a given class in the
 * MRO of an instance's (or class's) type, including the zero-argument form that reads
 * the first argument and the __class__ cell of the calling frame. */
#include "../vm/errors.h"
#include "../vm/eval.h"
#include "bytes.h"
#include "code.h"
#include "dict.h"
#include "exceptions.h"
#include "function.h"
#include "method_args.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

typedef struct Super {
    Object ob;
    Type *type;     /* the class after which the search starts */
    Value obj;      /* the instance or class bound, or NULL */
    Type *obj_type; /* the type whose MRO is searched, or NULL */
} Super;

/* The type whose MRO super(type, obj) searches; NULL + TypeError when obj does not fit. */
static Type *super_check(Type *type, Value obj) {
    if (is_instance_of(obj, &type_type) && type_is_subtype((Type *)obj, type)) return (Type *)obj;
    if (is_instance_of(obj, type)) return type_of(obj);
    Value cls = object_getattr(obj, NAME(__class__));
    if (!cls) {
        err_clear();
    } else {
        bool ok = is_instance_of(cls, &type_type) && cls != (Value)type_of(obj) &&
                  type_is_subtype((Type *)cls, type);
        decref(cls);
        if (ok) return (Type *)cls;
    }
    err_set_str(&exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

/* The attribute `name` of the first class after `type` in obj_type's MRO, bound to obj;
 * NULL without an exception when absent. */
static Value lookup_after(Type *type, Value obj, Type *obj_type, Value name) {
    Value mro = obj_type->mro;
    intptr_t n = tuple_size(mro), i = 0;
    while (i < n && tuple_get(mro, i) != (Value)type) i++;
    for (i++; i < n; i++) {
        Value dict = ((Type *)tuple_get(mro, i))->dict;
        Value res = dict ? dict_get_str(dict, name) : NULL;
        if (!res) continue;
        descrgetfunc get = type_of(res)->descr_get;
        if (!get) return incref(res);
        return get(res, obj == (Value)obj_type ? NULL : obj, (Value)obj_type);
    }
    return NULL;
}

Value super_lookup(Type *start_after, Value obj, Value name) {
    Type *obj_type = super_check(start_after, obj);
    if (!obj_type) return NULL;
    Value r = lookup_after(start_after, obj, obj_type, name);
    if (!r && !err_occurred())
        err_format(&exc_AttributeError, "'super' object has no attribute '%U'", name);
    return r;
}

/* super() without arguments: the first argument and the __class__ cell of the caller. */
static int super_from_frame(Type **type, Value *obj) {
    Frame *f = eval_current_frame();
    if (!f) {
        err_set_str(&exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    Code *co = f->code;
    if (co->argcount == 0) {
        err_set_str(&exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    const uint8_t *kinds = (const uint8_t *)bytes_data(co->localspluskinds);
    Value first = f->localsplus[0];
    if (first && (kinds[0] & CO_FAST_CELL) && type_of(first) == &type_cell)
        first = ((Cell *)first)->contents;
    if (!first) {
        err_set_str(&exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (!(kinds[i] & CO_FAST_FREE) ||
            !str_equal_cstr(tuple_get(co->localsplusnames, i), "__class__"))
            continue;
        Value cell = f->localsplus[i];
        if (!cell || type_of(cell) != &type_cell) {
            err_set_str(&exc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        Value cls = ((Cell *)cell)->contents;
        if (!cls) {
            err_set_str(&exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!is_instance_of(cls, &type_type)) {
            err_format(&exc_RuntimeError, "super(): __class__ is not a type (%T)", cls);
            return -1;
        }
        *type = (Type *)cls;
        *obj = first;
        return 0;
    }
    err_set_str(&exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static int super_fill(Super *s, Type *type, Value obj) {
    Type *obj_type = obj ? super_check(type, obj) : NULL;
    if (obj && !obj_type) return -1;
    setref((Value *)&s->type, incref((Value)type));
    setref(&s->obj, xincref(obj));
    setref((Value *)&s->obj_type, xincref((Value)obj_type));
    return 0;
}

static Value super_tp_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value s = object_new(type, 0);
    if (s) gc_track(s);
    return s;
}

static int super_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("super", kwnames) < 0 || args_count("super", nargs, 0, 2) < 0) return -1;
    Type *type;
    Value obj = NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0) return -1;
    } else {
        if (!is_instance_of(args[0], &type_type)) {
            err_format(&exc_TypeError, "super() argument 1 must be a type, not %T", args[0]);
            return -1;
        }
        type = (Type *)args[0];
        if (nargs == 2 && args[1] != NONE) obj = args[1];
    }
    return super_fill((Super *)self, type, obj);
}

static void super_dealloc(Value self) {
    Super *s = (Super *)self;
    gc_untrack(self);
    xdecref((Value)s->type);
    xdecref(s->obj);
    xdecref((Value)s->obj_type);
    object_free(self);
}

static int super_traverse(Value self, visitproc visit, void *arg) {
    Super *s = (Super *)self;
    return s->obj ? visit(s->obj, arg) : 0;
}

static Value super_getattro(Value self, Value name) {
    Super *s = (Super *)self;
    if (s->obj_type && !str_equal(name, NAME(__class__))) {
        Value r = lookup_after(s->type, s->obj, s->obj_type, name);
        if (r || err_occurred()) return r;
    }
    Value r = object_generic_getattr(self, name);
    if (!r && err_matches(&exc_AttributeError)) {
        err_clear();
        err_format(&exc_AttributeError, "'super' object has no attribute '%U'", name);
    }
    return r;
}

static Value super_descr_get(Value self, Value obj, Value type) {
    Super *s = (Super *)self;
    if (!obj || obj == NONE || s->obj) return incref(self);
    Value bound = object_new(type_of(self), 0);
    if (!bound) return NULL;
    gc_track(bound);
    if (super_fill((Super *)bound, s->type, obj) < 0) {
        decref(bound);
        return NULL;
    }
    return bound;
}

static Value super_repr(Value self) {
    Super *s = (Super *)self;
    if (!s->type) return str_from_cstr("<super: <class '?'>, NULL>");
    if (s->obj_type)
        return str_from_format("<super: <class '%s'>, <%s object>>", s->type->name,
                               s->obj_type->name);
    return str_from_format("<super: <class '%s'>, NULL>", s->type->name);
}

static MemberDef super_members[] = {
    {"__thisclass__", MEMBER_OBJECT, offsetof(Super, type), true, "the class invoking super()"},
    {"__self__", MEMBER_OBJECT, offsetof(Super, obj), true,
     "the instance invoking super(); may be None"},
    {"__self_class__", MEMBER_OBJECT, offsetof(Super, obj_type), true,
     "the type of the instance invoking super(); may be None"},
    {NULL, 0, 0, false, NULL},
};

Type type_super = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "super",
    .basicsize = sizeof(Super),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .dealloc = super_dealloc,
    .traverse = super_traverse,
    .repr = super_repr,
    .getattr = super_getattro,
    .new_ = super_tp_new,
    .init = super_init,
    .descr_get = super_descr_get,
    .members = super_members,
};
