/* object.c: the `object` base type (construction, default repr/str/hash/equality,
 * __class__, __format__, __dir__, __init_subclass__), generic attribute access with data
 * descriptors and instance dicts, and object_dealloc's dispatch (with a bound on the C
 * recursion of cascading deallocations). */
#include <string.h>

#include "../import/import.h"
#include "../vm/errors.h"
#include "dict.h"
#include "exceptions.h"
#include "int.h"
#include "list.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- deallocation ----
 * Freeing a long chain (a linked list of nodes) would recurse once per link; past a
 * depth the dead objects are queued (linked through their refcount field, which is no
 * longer used) and freed when the outermost dealloc returns. */

#define DEALLOC_MAX_DEPTH 256

static int dealloc_depth;
static Value dealloc_queue;

void object_dealloc(Value v) {
    if (dealloc_depth >= DEALLOC_MAX_DEPTH) {
        v->refcount = (intptr_t)dealloc_queue;
        dealloc_queue = v;
        return;
    }
    dealloc_depth++;
    v->type->dealloc(v);
    dealloc_depth--;
    while (dealloc_depth == 0 && dealloc_queue) {
        Value next = dealloc_queue;
        dealloc_queue = (Value)next->refcount;
        next->refcount = 0;
        dealloc_depth++;
        next->type->dealloc(next);
        dealloc_depth--;
    }
}

static void object_dealloc_slot(Value self) { object_free(self); }

/* ---- construction ---- */

static bool excess_args(size_t nargs, Value kwnames) {
    return nargs > 0 || (kwnames && tuple_size(kwnames) > 0);
}

static Value abstract_instance_error(Type *t) {
    Value methods = dict_get_cstr(t->dict, "__abstractmethods__");
    Value sorted = methods ? list_from_iterable(methods) : NULL;
    if (!sorted || list_sort(sorted) < 0) {
        xdecref(sorted);
        return NULL;
    }
    Value sep = str_from_cstr(", ");
    Value joined = sep ? str_join(sep, sorted) : NULL;
    if (joined) {
        err_format(&exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %U",
                   t->name, list_size(sorted) > 1 ? "s" : "", joined);
    }
    xdecref(sep);
    xdecref(joined);
    decref(sorted);
    return NULL;
}

Value object_new_instance(Type *t, Value const *args, size_t nargs, Value kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != object_new_instance) {
            return err_format(&exc_TypeError,
                              "object.__new__() takes exactly one argument (the type to "
                              "instantiate)");
        }
        if (t->init == object_tp_init)
            return err_format(&exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (type_has_flag(t, TPFLAG_ABSTRACT)) return abstract_instance_error(t);
    Value obj = object_new(t, 0);
    if (obj && type_has_flag(t, TPFLAG_GC)) gc_track(obj);
    return obj;
}

int object_tp_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (!excess_args(nargs, kwnames)) return 0;
    Type *t = type_of(self);
    if (t->init != object_tp_init) {
        err_set_str(&exc_TypeError,
                    "object.__init__() takes exactly one argument (the instance to initialize)");
        return -1;
    }
    if (t->new_ == object_new_instance) {
        err_format(&exc_TypeError,
                   "%s.__init__() takes exactly one argument (the instance to initialize)",
                   t->name);
        return -1;
    }
    return 0;
}

/* ---- default repr, str, hash, comparison ---- */

static Value object_repr_slot(Value self) {
    Type *t = type_of(self);
    Value module =
        type_has_flag(t, TPFLAG_HEAPTYPE) ? dict_get_str(t->dict, NAME(__module__)) : NULL;
    if (module && is_str(module) && !str_equal_cstr(module, "builtins")) {
        return str_from_format("<%U.%U object at %p>", module, t->qualname, (void *)self);
    }
    return str_from_format("<%s object at %p>", t->name, (void *)self);
}

/* object.__str__: the type's repr slot, called directly (no second recursion check, as
 * CPython: str() already counted one; str() checks the result type). */
static Value object_str_slot(Value self) { return type_of(self)->repr(self); }

static hash_t object_hash_slot(Value self) {
    uintptr_t p = (uintptr_t)self;
    hash_t h = (hash_t)((p >> 4) | (p << (8 * sizeof(uintptr_t) - 4)));
    return h == -1 ? -2 : h;
}

static Value object_richcompare_slot(Value a, Value b, int op) {
    if (op == CMP_EQ) return a == b ? TRUE_VALUE : NOT_IMPLEMENTED;
    if (op != CMP_NE) return NOT_IMPLEMENTED;
    /* __ne__ inverts __eq__ of the instance's own class */
    richcmpfunc eq = type_of(a)->richcompare;
    if (!eq) return NOT_IMPLEMENTED;
    Value r = eq(a, b, CMP_EQ);
    if (!r || r == NOT_IMPLEMENTED) return r;
    int truth = object_is_true(r);
    decref(r);
    return truth < 0 ? NULL : bool_value(!truth);
}

/* ---- generic attribute access ---- */

static Value instance_dict_get(Value dict, Value name) {
    if (is_str_exact(name)) return dict_get_str(dict, name);
    return dict_get(dict, name);
}

Value object_generic_getattr(Value v, Value name) {
    Type *t = type_of(v);
    Value descr = type_lookup(t, name);
    descrgetfunc get = NULL;
    if (descr) {
        Type *dt = type_of(descr);
        get = dt->descr_get;
        if (get && dt->descr_set) return get(descr, v, (Value)t);
    }
    Value *slot = object_dict_slot(v);
    if (slot && *slot) {
        Value r = instance_dict_get(*slot, name);
        if (r) return incref(r);
        if (err_occurred()) return NULL;
    }
    if (get) return get(descr, v, (Value)t);
    if (descr) return incref(descr);
    return err_no_attribute(v, name);
}

int object_generic_setattr(Value v, Value name, Value value) {
    Type *t = type_of(v);
    Value descr = type_lookup(t, name);
    if (descr) {
        descrsetfunc set = type_of(descr)->descr_set;
        if (set) return set(descr, v, value);
    }
    Value *slot = object_dict_slot(v);
    if (!slot) {
        if (descr) {
            err_format(&exc_AttributeError, "'%T' object attribute '%U' is read-only", v, name);
        } else {
            err_no_attribute(v, name);
        }
        return -1;
    }
    if (!value) {
        if (*slot && dict_del(*slot, name) == 0) return 0;
        if (*slot && !err_matches(&exc_KeyError)) return -1;
        err_clear();
        err_no_attribute(v, name);
        return -1;
    }
    if (!*slot && !(*slot = dict_new())) return -1;
    if (is_str_exact(name) && !((Str *)name)->interned) {
        Value key = str_intern(incref(name));
        if (!key) return -1;
        int r = dict_set(*slot, key, value);
        decref(key);
        return r;
    }
    return dict_set(*slot, name, value);
}

/* ---- __class__ ---- */

static Value object_get_class(Value self, void *c) { return incref((Value)type_of(self)); }

static Type *layout_owner(Type *t) {
    while (type_has_flag(t, TPFLAG_HEAPTYPE)) t = t->base;
    return t;
}

static int object_set_class(Value self, Value v, void *c) {
    if (!v) {
        err_set_str(&exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!is_instance_of(v, &type_type)) {
        err_format(&exc_TypeError, "__class__ must be set to a class, not '%T' object", v);
        return -1;
    }
    Type *old = type_of(self), *new_ = (Type *)v;
    if (!type_has_flag(old, TPFLAG_HEAPTYPE) || !type_has_flag(new_, TPFLAG_HEAPTYPE)) {
        err_set_str(&exc_TypeError,
                    "__class__ assignment only supported for mutable types or ModuleType "
                    "subclasses");
        return -1;
    }
    if (layout_owner(old) != layout_owner(new_) || old->basicsize != new_->basicsize ||
        old->dictoffset != new_->dictoffset || old->itemsize != new_->itemsize) {
        err_format(&exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                   new_->name, old->name);
        return -1;
    }
    self->type = (Type *)incref(v);
    decref((Value)old);
    return 0;
}

static GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* ---- methods ---- */

static Value object_format_method(Value self, Value const *args, size_t nargs, Value kw) {
    if (nargs != 1)
        return err_format(&exc_TypeError, "__format__() takes exactly one argument (%zu given)",
                          nargs);
    if (!is_str(args[0])) {
        return err_format(&exc_TypeError, "__format__() argument must be str, not %T", args[0]);
    }
    if (str_length(args[0]) > 0) {
        return err_format(&exc_TypeError, "unsupported format string passed to %T.__format__",
                          self);
    }
    return object_str(self);
}

static Value object_dir_method(Value self, Value const *args, size_t nargs, Value kw) {
    Value names = dict_new();
    if (!names) return NULL;
    Value *slot = object_dict_slot(self);
    if (slot && *slot && dict_update(names, *slot) < 0) goto fail;
    Value cls = object_getattr(self, NAME(__class__));
    if (!cls) {
        err_clear();
    } else {
        Value class_names =
            is_instance_of(cls, &type_type) ? type_attribute_names((Type *)cls) : NULL;
        decref(cls);
        if (class_names) {
            int r = dict_update(names, class_names);
            decref(class_names);
            if (r < 0) goto fail;
        } else if (err_occurred()) {
            goto fail;
        }
    }
    Value keys = dict_keys_list(names);
    decref(names);
    return keys;
fail:
    decref(names);
    return NULL;
}

static Value object_init_subclass(Value cls, Value const *args, size_t nargs, Value kw) {
    if (nargs) {
        return err_format(&exc_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                          ((Type *)cls)->name, nargs);
    }
    return new_none();
}

static Value object_subclasshook(Value cls, Value const *args, size_t nargs, Value kw) {
    return NOT_IMPLEMENTED;
}

static Value object_sizeof(Value self, Value const *args, size_t nargs, Value kw) {
    Type *t = type_of(self);
    return int_from_long((long long)t->basicsize);
}

/* {name: value} of the __slots__ members set on self, or NULL when there are none. */
static Value slot_values(Value self) {
    Value values = NULL;
    for (Type *k = type_of(self); type_has_flag(k, TPFLAG_HEAPTYPE); k = k->base) {
        for (MemberDef *m = ((HeapType *)k)->slot_members; m && m->name; m++) {
            Value v = *(Value *)((char *)self + m->offset);
            if (!v) continue;
            if ((!values && !(values = dict_new())) || dict_set_cstr(values, m->name, v) < 0) {
                xdecref(values);
                return err_no_memory();
            }
        }
    }
    return values;
}

static Value object_getstate(Value self, Value const *args, size_t nargs, Value kw) {
    Value *slot = object_dict_slot(self);
    Value state = slot && *slot && dict_size(*slot) ? incref(*slot) : new_none();
    Value slots = slot_values(self);
    if (!slots) return err_occurred() ? (decref(state), NULL) : state;
    Value pair = tuple_pack(2, state, slots);
    decref(state);
    decref(slots);
    return pair;
}

static Value copyreg_attr(const char *name) {
    Value copyreg = import_module("copyreg");
    Value fn = copyreg ? object_getattr_cstr(copyreg, name) : NULL;
    xdecref(copyreg);
    return fn;
}

/* The arguments __new__ needs to recreate self: __getnewargs_ex__ or __getnewargs__. */
static int newobj_args(Value self, Value *args, Value *kwargs) {
    *kwargs = NULL;
    Value fn = object_lookup_special(self, str_intern_cstr("__getnewargs_ex__"));
    if (fn) {
        Value pair = object_call(fn, NULL, 0, NULL);
        decref(fn);
        if (!pair) return -1;
        if (!is_tuple(pair) || tuple_size(pair) != 2 || !is_tuple(tuple_get(pair, 0)) ||
            !is_dict(tuple_get(pair, 1))) {
            decref(pair);
            err_set_str(&exc_TypeError, "__getnewargs_ex__ should return a tuple of length 2");
            return -1;
        }
        *args = incref(tuple_get(pair, 0));
        *kwargs = incref(tuple_get(pair, 1));
        decref(pair);
        return 0;
    }
    if (err_occurred()) return -1;
    fn = object_lookup_special(self, str_intern_cstr("__getnewargs__"));
    if (!fn) return err_occurred() ? -1 : ((*args = tuple_empty()) ? 0 : -1);
    *args = object_call(fn, NULL, 0, NULL);
    decref(fn);
    if (*args && !is_tuple(*args)) {
        err_format(&exc_TypeError, "__getnewargs__ should return a tuple, not '%T'", *args);
        CLEAR(*args);
    }
    return *args ? 0 : -1;
}

/* copyreg.__newobj__ with (cls, *args), or copyreg.__newobj_ex__ with (cls, args, kwargs). */
static int newobj_call(Type *t, Value args, Value kwargs, Value *fn, Value *fn_args) {
    bool ex = kwargs && dict_size(kwargs);
    *fn = copyreg_attr(ex ? "__newobj_ex__" : "__newobj__");
    if (!*fn) return -1;
    if (ex) {
        *fn_args = tuple_pack(3, (Value)t, args, kwargs);
    } else if ((*fn_args = tuple_new(tuple_size(args) + 1))) {
        tuple_items(*fn_args)[0] = incref((Value)t);
        for (intptr_t i = 0; i < tuple_size(args); i++)
            tuple_items(*fn_args)[i + 1] = incref(tuple_get(args, i));
    }
    if (*fn_args) return 0;
    CLEAR(*fn);
    return -1;
}

/* Iterators over the items of list and dict subclasses, or None. */
static Value items_iterator(Value self, bool dict_items) {
    if (!(dict_items ? is_dict(self) : is_list(self))) return new_none();
    if (!dict_items) return object_getiter(self);
    Value items = object_call_method(self, NAME(items), NULL, 0);
    Value it = items ? object_getiter(items) : NULL;
    xdecref(items);
    return it;
}

/* Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
static Value reduce_newobj(Value self) {
    Type *t = type_of(self);
    if (!t->new_) return err_format(&exc_TypeError, "cannot pickle '%s' object", t->name);
    Value args, kwargs, fn = NULL, fn_args = NULL;
    if (newobj_args(self, &args, &kwargs) < 0) return NULL;
    int r = newobj_call(t, args, kwargs, &fn, &fn_args);
    decref(args);
    xdecref(kwargs);
    if (r < 0) return NULL;
    Value parts[3] = {object_call_method(self, str_intern_cstr("__getstate__"), NULL, 0), NULL,
                      NULL};
    if (parts[0]) parts[1] = items_iterator(self, false);
    if (parts[1]) parts[2] = items_iterator(self, true);
    Value result = parts[2] ? tuple_pack(5, fn, fn_args, parts[0], parts[1], parts[2]) : NULL;
    for (int i = 0; i < 3; i++) xdecref(parts[i]);
    decref(fn);
    decref(fn_args);
    return result;
}

static Value reduce_with_protocol(Value self, Value proto) {
    long long n = 0;
    if (int_as_long(proto, &n) < 0) return NULL;
    if (n >= 2) return reduce_newobj(self);
    Value fn = copyreg_attr("_reduce_ex");
    if (!fn) return NULL;
    Value args[2] = {self, proto};
    Value r = object_call(fn, args, 2, NULL);
    decref(fn);
    return r;
}

static Value object_reduce(Value self, Value const *args, size_t nargs, Value kw) {
    return reduce_with_protocol(self, small_int(0));
}

static Value object_reduce_ex(Value self, Value const *args, size_t nargs, Value kw) {
    if (nargs != 1 || !is_int(args[0]))
        return err_format(&exc_TypeError, "__reduce_ex__() takes exactly one int argument");
    Value name = str_intern_cstr("__reduce__");
    Value own = type_lookup(type_of(self), name);
    Value base = dict_get_str(type_object.dict, name);
    if (own && own != base) return object_call_method(self, name, NULL, 0);
    return reduce_with_protocol(self, args[0]);
}

static MethodDef object_methods[] = {
    {"__format__", object_format_method, 0, "Default object formatter."},
    {"__dir__", object_dir_method, 0, "Default dir() implementation."},
    {"__init_subclass__", object_init_subclass, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, METH_CLASS, "Abstract classes can override this."},
    {"__sizeof__", object_sizeof, 0, "Size of object in memory, in bytes."},
    {"__getstate__", object_getstate, 0, "Helper for pickle."},
    {"__reduce__", object_reduce, 0, "Helper for pickle."},
    {"__reduce_ex__", object_reduce_ex, 0, "Helper for pickle."},
    {NULL, NULL, 0, NULL},
};

Type type_object = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "object",
    .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE,
    .doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and "
           "returns a new featureless\ninstance that has no instance attributes and cannot be "
           "given any.\n",
    .dealloc = object_dealloc_slot,
    .repr = object_repr_slot,
    .str = object_str_slot,
    .hash = object_hash_slot,
    .richcompare = object_richcompare_slot,
    .getattr = object_generic_getattr,
    .setattr = object_generic_setattr,
    .new_ = object_new_instance,
    .init = object_tp_init,
    .methods = object_methods,
    .getsets = object_getsets,
};
