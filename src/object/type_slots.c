/* type_slots.c: the dunder <-> slot table. For static types: wrapper functions that call
 * a C slot from Python (`int.__add__(1, 2)`). For classes: generic slot functions that
 * look up and call the dunder (`class C: def __add__...` makes `C() + 1` work), chosen
 * again whenever a dunder attribute of the class (or a base) is assigned. */
#include "type_slots.h"

#include <stdio.h>
#include <string.h>

#include "../vm/call.h"
#include "../vm/errors.h"
#include "descr.h"
#include "dict.h"
#include "exceptions.h"
#include "float.h"
#include "function.h"
#include "int.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- calling a dunder found on the type ---- */

/* Calls the attribute f (found on type(self)) as a method of self. */
static Value call_found(Value f, Value self, Value const *args, size_t nargs, Value kwnames) {
    Type *ft = type_of(f);
    if (ft == &type_wrapper_descriptor && is_instance_of(self, ((Descr *)f)->objclass)) {
        const WrapperDescr *w = (const WrapperDescr *)f;
        return w->def->wrapper(self, args, nargs, kwnames, w);
    }
    if (type_has_flag(ft, TPFLAG_METHOD_DESCRIPTOR))
        return call_with_self(f, self, args, nargs, kwnames);
    if (!ft->descr_get) return object_call(f, args, nargs, kwnames);
    Value bound = ft->descr_get(f, self, (Value)type_of(self));
    if (!bound) return NULL;
    Value r = object_call(bound, args, nargs, kwnames);
    decref(bound);
    return r;
}

Value slots_call_special(Value self, Value name, Value const *args, size_t nargs) {
    Value f = type_lookup(type_of(self), name);
    if (!f) return err_no_attribute(self, name);
    return call_found(f, self, args, nargs, NULL);
}

/* self.name(*args), or NotImplemented when type(self) has no such attribute. */
static Value call_or_not_implemented(Value self, Value name, Value const *args, size_t nargs) {
    Value f = type_lookup(type_of(self), name);
    if (!f) return NOT_IMPLEMENTED;
    return call_found(f, self, args, nargs, NULL);
}

/* ---- generic slot functions of classes ---- */

static Value slot_repr(Value self) { return slots_call_special(self, NAME(__repr__), NULL, 0); }
static Value slot_str(Value self) { return slots_call_special(self, NAME(__str__), NULL, 0); }

static hash_t slot_hash(Value self) {
    Value r = slots_call_special(self, NAME(__hash__), NULL, 0);
    if (!r) return -1;
    if (!is_int(r)) {
        decref(r);
        err_set_str(&exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    long long h;
    if (int_as_long(r, &h) < 0) { /* outside the machine range: the int's own hash */
        err_clear();
        h = int_hash(r);
    }
    decref(r);
    return h == -1 ? -2 : h;
}

static Value slot_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(type_of(self), NAME(__call__));
    if (!f) return err_format(&exc_TypeError, "'%T' object is not callable", self);
    return call_found(f, self, args, nargs, kwnames);
}

static Value slot_getattr_hook(Value self, Value name) {
    Type *t = type_of(self);
    Value getattribute = type_lookup(t, NAME(__getattribute__));
    Value r;
    if (!getattribute ||
        (is_wrapper_descr(getattribute) &&
         ((WrapperDescr *)getattribute)->wrapped == (anyfunc)object_generic_getattr)) {
        r = object_generic_getattr(self, name);
    } else {
        r = call_found(getattribute, self, &name, 1, NULL);
    }
    if (r || !err_matches(&exc_AttributeError)) return r;
    Value getattr = type_lookup(t, NAME(__getattr__));
    if (!getattr) return NULL;
    err_clear();
    return call_found(getattr, self, &name, 1, NULL);
}

/* Calls a dunder used as a statement (__setattr__, __setitem__, __set__ ...): 0 or -1. */
static int call_for_status(Value self, Value name, Value const *args, size_t nargs) {
    Value r = slots_call_special(self, name, args, nargs);
    if (!r) return -1;
    decref(r);
    return 0;
}

static int slot_setattr(Value self, Value name, Value v) {
    Value args[2] = {name, v};
    return v ? call_for_status(self, NAME(__setattr__), args, 2)
             : call_for_status(self, NAME(__delattr__), args, 1);
}

static Value slot_richcompare(Value a, Value b, int op) {
    static Value *const names[] = {&NAME(__lt__), &NAME(__le__), &NAME(__eq__),
                                   &NAME(__ne__), &NAME(__gt__), &NAME(__ge__)};
    return call_or_not_implemented(a, *names[op], &b, 1);
}

static Value slot_iter(Value self) {
    Value f = type_lookup(type_of(self), NAME(__iter__));
    if (!f || f == NONE) return err_format(&exc_TypeError, "'%T' object is not iterable", self);
    return call_found(f, self, NULL, 0, NULL);
}

static Value slot_iternext(Value self) {
    Value r = slots_call_special(self, NAME(__next__), NULL, 0);
    if (!r && err_matches(&exc_StopIteration)) err_clear();
    return r;
}

static Value slot_descr_get(Value self, Value obj, Value type) {
    Value f = type_lookup(type_of(self), NAME(__get__));
    if (!f) return incref(self);
    Value args[2] = {obj ? obj : NONE, type ? type : NONE};
    return call_found(f, self, args, 2, NULL);
}

static int slot_descr_set(Value self, Value obj, Value v) {
    Value args[2] = {obj, v};
    return v ? call_for_status(self, NAME(__set__), args, 2)
             : call_for_status(self, NAME(__delete__), args, 1);
}

static int slot_init(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value f = type_lookup(type_of(self), NAME(__init__));
    if (!f) return 0;
    Value r = call_found(f, self, args, nargs, kwnames);
    if (!r) return -1;
    if (r != NONE) {
        err_format(&exc_TypeError, "__init__() should return None, not '%T'", r);
        decref(r);
        return -1;
    }
    return 0;
}

static Value slot_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value f = object_getattr((Value)type, NAME(__new__));
    if (!f) return NULL;
    Value r = call_with_self(f, (Value)type, args, nargs, kwnames);
    decref(f);
    return r;
}

static void slot_finalize(Value self) {
    Value f = type_lookup(type_of(self), NAME(__del__));
    if (!f) return;
    Value saved = err_fetch();
    Value r = call_found(f, self, NULL, 0, NULL);
    if (r)
        decref(r);
    else
        err_write_unraisable(f);
    if (saved) err_set_exception(saved);
}

static intptr_t slot_len(Value self) {
    Value r = slots_call_special(self, NAME(__len__), NULL, 0);
    if (!r) return -1;
    Value n = object_index(r);
    decref(r);
    if (!n) return -1;
    intptr_t len = int_as_ssize(n);
    bool negative = int_sign(n) < 0;
    decref(n);
    if (len == -1 && err_occurred()) {
        if (err_matches(&exc_OverflowError)) {
            err_clear();
            err_format(&exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return -1;
    }
    if (negative) {
        err_set_str(&exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return len;
}

static Value slot_getitem(Value self, Value key) {
    return slots_call_special(self, NAME(__getitem__), &key, 1);
}

static int slot_setitem(Value self, Value key, Value v) {
    Value args[2] = {key, v};
    return v ? call_for_status(self, NAME(__setitem__), args, 2)
             : call_for_status(self, NAME(__delitem__), args, 1);
}

static int slot_contains(Value self, Value item) {
    Value f = type_lookup(type_of(self), NAME(__contains__));
    if (f == NONE) {
        err_format(&exc_TypeError, "'%T' object is not a container", self);
        return -1;
    }
    Value r = call_found(f, self, &item, 1, NULL);
    if (!r) return -1;
    int truth = object_is_true(r);
    decref(r);
    return truth;
}

static int slot_bool(Value self) {
    Value r = slots_call_special(self, NAME(__bool__), NULL, 0);
    if (!r) return -1;
    if (r != TRUE_VALUE && r != FALSE_VALUE) {
        err_format(&exc_TypeError, "__bool__ should return bool, returned %T", r);
        decref(r);
        return -1;
    }
    return r == TRUE_VALUE;
}

/* ---- number slots ---- */

#define UNARY_SLOT(fn, name)                                                                       \
    static Value fn(Value self) { return slots_call_special(self, NAME(name), NULL, 0); }
UNARY_SLOT(slot_negative, __neg__)
UNARY_SLOT(slot_positive, __pos__)
UNARY_SLOT(slot_absolute, __abs__)
UNARY_SLOT(slot_invert, __invert__)

/* __index__ / __int__ must return an int, __float__ a float. */
static Value checked_result(Value r, bool want_float, Value self, const char *dunder) {
    if (!r || (want_float ? is_float(r) : is_int(r))) return r;
    if (want_float) {
        err_format(&exc_TypeError, "%T.%s returned non-float (type %T)", self, dunder, r);
    } else {
        err_format(&exc_TypeError, "%s returned non-int (type %T)", dunder, r);
    }
    decref(r);
    return NULL;
}

static Value slot_index(Value self) {
    return checked_result(slots_call_special(self, NAME(__index__), NULL, 0), false, self,
                          "__index__");
}
static Value slot_int(Value self) {
    return checked_result(slots_call_special(self, NAME(__int__), NULL, 0), false, self, "__int__");
}
static Value slot_float(Value self) {
    return checked_result(slots_call_special(self, NAME(__float__), NULL, 0), true, self,
                          "__float__");
}

/* Interned names of the binary operators: [op][0] __add__, [1] __radd__, [2] __iadd__. */
static Value binop_names[BINOP__COUNT][3];
static Value divmod_names[2];

static binaryfunc number_slot(Type *t, size_t offset) {
    if (!t->number) return NULL;
    binaryfunc f;
    memcpy(&f, (char *)t->number + offset, sizeof f);
    return f;
}

/* CPython's binary slot of classes: a.__add__(b), then b.__radd__(a); the reflected
 * method goes first when b's class is a subclass of a's that overrides it. */
static Value binary_generic(Value a, Value b, binaryfunc me, size_t offset, Value name,
                            Value rname) {
    Type *ta = type_of(a), *tb = type_of(b);
    bool do_other = ta != tb && number_slot(tb, offset) == me && type_lookup(tb, rname);
    if (number_slot(ta, offset) == me) {
        if (do_other && type_is_subtype(tb, ta) &&
            type_lookup(tb, rname) != type_lookup(ta, rname)) {
            Value r = call_or_not_implemented(b, rname, &a, 1);
            if (r != NOT_IMPLEMENTED) return r;
            do_other = false;
        }
        Value r = call_or_not_implemented(a, name, &b, 1);
        if (r != NOT_IMPLEMENTED || ta == tb) return r;
    }
    if (do_other) return call_or_not_implemented(b, rname, &a, 1);
    return NOT_IMPLEMENTED;
}

#define BINOPS(X)                                                                                  \
    X(BINOP_ADD, add)                                                                              \
    X(BINOP_AND, and)                                                                              \
    X(BINOP_FLOOR_DIVIDE, floordiv)                                                                \
    X(BINOP_LSHIFT, lshift)                                                                        \
    X(BINOP_MATRIX_MULTIPLY, matmul)                                                               \
    X(BINOP_MULTIPLY, mul)                                                                         \
    X(BINOP_REMAINDER, mod)                                                                        \
    X(BINOP_OR, or)                                                                                \
    X(BINOP_POWER, pow)                                                                            \
    X(BINOP_RSHIFT, rshift)                                                                        \
    X(BINOP_SUBTRACT, sub)                                                                         \
    X(BINOP_TRUE_DIVIDE, truediv)                                                                  \
    X(BINOP_XOR, xor)

#define BINOP_FUNCS(K, n)                                                                          \
    static Value slot_binary_##n(Value a, Value b) {                                               \
        return binary_generic(a, b, slot_binary_##n, offsetof(NumberSlots, binary[K]),             \
                              binop_names[K][0], binop_names[K][1]);                               \
    }                                                                                              \
    static Value slot_inplace_##n(Value a, Value b) {                                              \
        return call_or_not_implemented(a, binop_names[K][2], &b, 1);                               \
    }
BINOPS(BINOP_FUNCS)

static Value slot_divmod(Value a, Value b) {
    return binary_generic(a, b, slot_divmod, offsetof(NumberSlots, divmod), divmod_names[0],
                          divmod_names[1]);
}

static Value slot_power_mod(Value a, Value b, Value m) {
    Type *ta = type_of(a);
    if (!ta->number || ta->number->power_mod != slot_power_mod) return NOT_IMPLEMENTED;
    Value args[2] = {b, m};
    return call_or_not_implemented(a, binop_names[BINOP_POWER][0], args, 2);
}

/* ---- wrappers: calling a C slot from Python ---- */

static int arity(size_t nargs, size_t want) {
    if (nargs == want) return 0;
    err_format(&exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s",
               nargs);
    return -1;
}

static Value status_result(int r) { return r < 0 ? NULL : new_none(); }

#define SLOT_FN(type, d) ((type)(d)->wrapped)

static Value wrap_unary(Value self, Value const *args, size_t nargs, Value kw,
                        const WrapperDescr *d) {
    return arity(nargs, 0) < 0 ? NULL : SLOT_FN(unaryfunc, d)(self);
}

static Value wrap_next(Value self, Value const *args, size_t nargs, Value kw,
                       const WrapperDescr *d) {
    if (arity(nargs, 0) < 0) return NULL;
    Value r = SLOT_FN(unaryfunc, d)(self);
    if (!r && !err_occurred()) err_set(&exc_StopIteration, NULL);
    return r;
}

static Value wrap_inquiry(Value self, Value const *args, size_t nargs, Value kw,
                          const WrapperDescr *d) {
    if (arity(nargs, 0) < 0) return NULL;
    int r = SLOT_FN(inquiry, d)(self);
    return r < 0 ? NULL : bool_value(r);
}

static Value wrap_len(Value self, Value const *args, size_t nargs, Value kw,
                      const WrapperDescr *d) {
    if (arity(nargs, 0) < 0) return NULL;
    intptr_t n = SLOT_FN(lenfunc, d)(self);
    return n < 0 ? NULL : int_from_long(n);
}

static Value wrap_hash(Value self, Value const *args, size_t nargs, Value kw,
                       const WrapperDescr *d) {
    if (arity(nargs, 0) < 0) return NULL;
    hash_t h = SLOT_FN(hashfunc, d)(self);
    return h == -1 ? NULL : int_from_long(h);
}

static Value wrap_binary(Value self, Value const *args, size_t nargs, Value kw,
                         const WrapperDescr *d) {
    return arity(nargs, 1) < 0 ? NULL : SLOT_FN(binaryfunc, d)(self, args[0]);
}

/* __pow__(value, mod=None) */
static Value wrap_power(Value self, Value const *args, size_t nargs, bool reflected,
                        const WrapperDescr *d) {
    if (nargs != 1 && nargs != 2) {
        return err_format(&exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    }
    if (nargs == 2 && args[1] != NONE) {
        ternaryfunc pm = d->d.objclass->number ? d->d.objclass->number->power_mod : NULL;
        if (!pm) return NOT_IMPLEMENTED;
        return reflected ? pm(args[0], self, args[1]) : pm(self, args[0], args[1]);
    }
    return reflected ? SLOT_FN(binaryfunc, d)(args[0], self)
                     : SLOT_FN(binaryfunc, d)(self, args[0]);
}

static Value wrap_binary_left(Value self, Value const *args, size_t nargs, Value kw,
                              const WrapperDescr *d) {
    if (d->def->arg == BINOP_POWER && d->def->offset == offsetof(NumberSlots, binary[BINOP_POWER]))
        return wrap_power(self, args, nargs, false, d);
    return arity(nargs, 1) < 0 ? NULL : SLOT_FN(binaryfunc, d)(self, args[0]);
}

static Value wrap_binary_right(Value self, Value const *args, size_t nargs, Value kw,
                               const WrapperDescr *d) {
    if (d->def->arg == BINOP_POWER) return wrap_power(self, args, nargs, true, d);
    return arity(nargs, 1) < 0 ? NULL : SLOT_FN(binaryfunc, d)(args[0], self);
}

static Value wrap_richcompare(Value self, Value const *args, size_t nargs, Value kw,
                              const WrapperDescr *d) {
    return arity(nargs, 1) < 0 ? NULL : SLOT_FN(richcmpfunc, d)(self, args[0], d->def->arg);
}

static Value wrap_setitem(Value self, Value const *args, size_t nargs, Value kw,
                          const WrapperDescr *d) {
    if (arity(nargs, 2) < 0) return NULL;
    return status_result(SLOT_FN(setitemfunc, d)(self, args[0], args[1]));
}

static Value wrap_delitem(Value self, Value const *args, size_t nargs, Value kw,
                          const WrapperDescr *d) {
    if (arity(nargs, 1) < 0) return NULL;
    return status_result(SLOT_FN(setitemfunc, d)(self, args[0], NULL));
}

/* object.__setattr__(cls, ...) must not jump over a C-level override in type(self)'s
 * bases (type's own __setattr__ here): -1 with CPython's TypeError when it would. */
static int setattr_check(Value self, setattrfunc func, const char *what) {
    Type *t = type_of(self), *defining = t;
    for (intptr_t i = t->mro ? tuple_size(t->mro) - 1 : -1; i >= 0; i--) {
        Type *base = (Type *)tuple_get(t->mro, i);
        if (base->setattr != slot_setattr && base->setattr == t->setattr) {
            defining = base;
            break;
        }
    }
    for (Type *base = defining; base && base->setattr != func; base = base->base) {
        if (base->setattr != slot_setattr) {
            err_format(&exc_TypeError, "can't apply this %s to %s object", what, t->name);
            return -1;
        }
    }
    return 0;
}

static Value wrap_setattr(Value self, Value const *args, size_t nargs, Value kw,
                          const WrapperDescr *d) {
    setattrfunc f = SLOT_FN(setattrfunc, d);
    if (arity(nargs, 2) < 0 || setattr_check(self, f, "__setattr__") < 0) return NULL;
    return status_result(f(self, args[0], args[1]));
}

static Value wrap_delattr(Value self, Value const *args, size_t nargs, Value kw,
                          const WrapperDescr *d) {
    setattrfunc f = SLOT_FN(setattrfunc, d);
    if (arity(nargs, 1) < 0 || setattr_check(self, f, "__delattr__") < 0) return NULL;
    return status_result(f(self, args[0], NULL));
}

static Value wrap_contains(Value self, Value const *args, size_t nargs, Value kw,
                           const WrapperDescr *d) {
    if (arity(nargs, 1) < 0) return NULL;
    int r = SLOT_FN(containsfunc, d)(self, args[0]);
    return r < 0 ? NULL : bool_value(r);
}

static Value wrap_call(Value self, Value const *args, size_t nargs, Value kwnames,
                       const WrapperDescr *d) {
    return SLOT_FN(callfunc, d)(self, args, nargs, kwnames);
}

static Value wrap_init(Value self, Value const *args, size_t nargs, Value kwnames,
                       const WrapperDescr *d) {
    return status_result(SLOT_FN(initfunc, d)(self, args, nargs, kwnames));
}

static Value wrap_descr_get(Value self, Value const *args, size_t nargs, Value kw,
                            const WrapperDescr *d) {
    if (nargs != 1 && nargs != 2)
        return err_format(&exc_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
    Value obj = args[0] == NONE ? NULL : args[0];
    Value type = nargs == 2 && args[1] != NONE ? args[1] : NULL;
    if (!obj && !type) return err_format(&exc_TypeError, "__get__(None, None) is invalid");
    return SLOT_FN(descrgetfunc, d)(self, obj, type);
}

static Value wrap_descr_set(Value self, Value const *args, size_t nargs, Value kw,
                            const WrapperDescr *d) {
    if (arity(nargs, 2) < 0) return NULL;
    return status_result(SLOT_FN(descrsetfunc, d)(self, args[0], args[1]));
}

static Value wrap_descr_delete(Value self, Value const *args, size_t nargs, Value kw,
                               const WrapperDescr *d) {
    if (arity(nargs, 1) < 0) return NULL;
    return status_result(SLOT_FN(descrsetfunc, d)(self, args[0], NULL));
}

/* ---- the table ---- */

#define TP(name, field, generic, wrapper, arg, kw)                                                 \
    { name, offsetof(Type, field), false, (anyfunc)(generic), wrapper, arg, kw }
#define NB(name, field, generic, wrapper, arg)                                                     \
    { name, offsetof(NumberSlots, field), true, (anyfunc)(generic), wrapper, arg, false }
#define BINOP_DEFS(K, n)                                                                           \
    NB("__" #n "__", binary[K], slot_binary_##n, wrap_binary_left, K),                             \
        NB("__r" #n "__", binary[K], slot_binary_##n, wrap_binary_right, K),                       \
        NB("__i" #n "__", inplace[K], slot_inplace_##n, wrap_binary_left, K),

static const SlotDef slot_defs[] = {
    TP("__repr__", repr, slot_repr, wrap_unary, 0, false),
    TP("__str__", str, slot_str, wrap_unary, 0, false),
    TP("__hash__", hash, slot_hash, wrap_hash, 0, false),
    TP("__call__", call, slot_call, wrap_call, 0, true),
    TP("__getattribute__", getattr, slot_getattr_hook, wrap_binary, 0, false),
    TP("__getattr__", getattr, slot_getattr_hook, NULL, 0, false),
    TP("__setattr__", setattr, slot_setattr, wrap_setattr, 0, false),
    TP("__delattr__", setattr, slot_setattr, wrap_delattr, 0, false),
    TP("__lt__", richcompare, slot_richcompare, wrap_richcompare, CMP_LT, false),
    TP("__le__", richcompare, slot_richcompare, wrap_richcompare, CMP_LE, false),
    TP("__eq__", richcompare, slot_richcompare, wrap_richcompare, CMP_EQ, false),
    TP("__ne__", richcompare, slot_richcompare, wrap_richcompare, CMP_NE, false),
    TP("__gt__", richcompare, slot_richcompare, wrap_richcompare, CMP_GT, false),
    TP("__ge__", richcompare, slot_richcompare, wrap_richcompare, CMP_GE, false),
    TP("__iter__", iter, slot_iter, wrap_unary, 0, false),
    TP("__next__", iternext, slot_iternext, wrap_next, 0, false),
    TP("__get__", descr_get, slot_descr_get, wrap_descr_get, 0, false),
    TP("__set__", descr_set, slot_descr_set, wrap_descr_set, 0, false),
    TP("__delete__", descr_set, slot_descr_set, wrap_descr_delete, 0, false),
    TP("__init__", init, slot_init, wrap_init, 0, true),
    TP("__new__", new_, slot_new, NULL, 0, true),
    TP("__del__", finalize, slot_finalize, NULL, 0, false),
    TP("__len__", len, slot_len, wrap_len, 0, false),
    TP("__getitem__", getitem, slot_getitem, wrap_binary, 0, false),
    TP("__setitem__", setitem, slot_setitem, wrap_setitem, 0, false),
    TP("__delitem__", setitem, slot_setitem, wrap_delitem, 0, false),
    TP("__contains__", contains, slot_contains, wrap_contains, 0, false),
    BINOPS(BINOP_DEFS) NB("__divmod__", divmod, slot_divmod, wrap_binary_left, -1),
    NB("__rdivmod__", divmod, slot_divmod, wrap_binary_right, -1),
    NB("__pow__", power_mod, slot_power_mod, NULL, -1),
    NB("__neg__", negative, slot_negative, wrap_unary, 0),
    NB("__pos__", positive, slot_positive, wrap_unary, 0),
    NB("__abs__", absolute, slot_absolute, wrap_unary, 0),
    NB("__invert__", invert, slot_invert, wrap_unary, 0),
    NB("__bool__", as_bool, slot_bool, wrap_inquiry, 0),
    NB("__int__", as_int, slot_int, wrap_unary, 0),
    NB("__float__", as_float, slot_float, wrap_unary, 0),
    NB("__index__", index, slot_index, wrap_unary, 0),
};
static const size_t slot_defs_count = sizeof slot_defs / sizeof slot_defs[0];

static Value slot_names[sizeof slot_defs / sizeof slot_defs[0]];

/* Interns the names of the table (once, on first use: after str_init). */
static int init_names(void) {
    if (slot_names[0]) return 0;
    for (size_t i = 0; i < slot_defs_count; i++) {
        if (!(slot_names[i] = str_intern_cstr(slot_defs[i].name))) return -1;
    }
    static const char *const ops[] = {
#define BINOP_NAME(K, n) #n,
        BINOPS(BINOP_NAME)
#undef BINOP_NAME
    };
    for (int k = 0; k < BINOP__COUNT; k++) {
        char buf[3][32];
        snprintf(buf[0], sizeof buf[0], "__%s__", ops[k]);
        snprintf(buf[1], sizeof buf[1], "__r%s__", ops[k]);
        snprintf(buf[2], sizeof buf[2], "__i%s__", ops[k]);
        for (int j = 0; j < 3; j++)
            if (!(binop_names[k][j] = str_intern_cstr(buf[j]))) return -1;
    }
    divmod_names[0] = str_intern_cstr("__divmod__");
    divmod_names[1] = str_intern_cstr("__rdivmod__");
    return divmod_names[0] && divmod_names[1] ? 0 : -1;
}

static void *slot_address(Type *t, const SlotDef *d) {
    if (!d->number) return (char *)t + d->offset;
    return t->number ? (char *)t->number + d->offset : NULL;
}

/* The slot's function, NULL when absent. */
static anyfunc slot_read(Type *t, const SlotDef *d) {
    void *addr = slot_address(t, d);
    anyfunc f = NULL;
    if (addr) memcpy(&f, addr, sizeof f);
    return f;
}

static void slot_write(Type *t, const SlotDef *d, anyfunc f) {
    void *addr = slot_address(t, d);
    if (addr) memcpy(addr, &f, sizeof f);
}

static bool same_slot(const SlotDef *a, const SlotDef *b) {
    return a->offset == b->offset && a->number == b->number;
}

/* ---- static types: __new__ and the wrapper descriptors ---- */

/* int.__new__(subtype, ...): checks subtype, then calls int's constructor slot. */
static Value new_wrapper(Value self, Value const *args, size_t nargs, Value kwnames) {
    Type *t = (Type *)self;
    if (nargs < 1) return err_format(&exc_TypeError, "%s.__new__(): not enough arguments", t->name);
    Value sub = args[0];
    if (!is_instance_of(sub, &type_type)) {
        return err_format(&exc_TypeError, "%s.__new__(X): X is not a type object (%T)", t->name,
                          sub);
    }
    Type *st = (Type *)sub;
    if (!type_is_subtype(st, t)) {
        return err_format(&exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name,
                          st->name, st->name, t->name);
    }
    Type *sb = st;
    while (sb && sb->new_ == slot_new) sb = sb->base;
    if (sb && sb->new_ != t->new_) {
        return err_format(&exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name,
                          st->name, sb->name);
    }
    return t->new_(st, args + 1, nargs - 1, kwnames);
}

static const MethodDef new_wrapper_def = {"__new__", new_wrapper, METH_KEYWORDS,
                                          "Create and return a new object.  See help(type) for "
                                          "accurate signature."};

/* A sequence's + is concatenation (CPython's sq_concat): it has no __radd__. */
static bool is_sequence_concat(Type *t, Value name) {
    return t->getitem && str_equal_cstr(name, "__radd__");
}

int slots_add_wrappers(Type *t) {
    if (init_names() < 0) return -1;
    for (size_t i = 0; i < slot_defs_count; i++) {
        const SlotDef *d = &slot_defs[i];
        anyfunc f = d->wrapper ? slot_read(t, d) : NULL;
        if (!f || dict_get_str(t->dict, slot_names[i]) || is_sequence_concat(t, slot_names[i]))
            continue;
        Value w = descr_new_wrapper(t, d, f);
        if (!w) return -1;
        int r = dict_set(t->dict, slot_names[i], w);
        decref(w);
        if (r < 0) return -1;
    }
    if (t->new_ && !dict_get_str(t->dict, NAME(__new__))) {
        Value fn = builtin_function_new(&new_wrapper_def, (Value)t, NULL);
        if (!fn) return -1;
        int r = dict_set(t->dict, NAME(__new__), fn);
        decref(fn);
        if (r < 0) return -1;
    }
    return 0;
}

/* ---- classes: choosing each slot from what the MRO holds ---- */

/* The C function to use for the slot of group `first` given the attribute v found for
 * the dunder of d: a wrapped C slot, or NULL (*generic set when Python code must run). */
static anyfunc specific_function(const SlotDef *first, const SlotDef *d, Value v, bool *generic) {
    if (is_wrapper_descr(v)) {
        const WrapperDescr *w = (const WrapperDescr *)v;
        if (same_slot(w->def, first)) return w->wrapped;
        if (first->number && first->offset == offsetof(NumberSlots, power_mod)) {
            NumberSlots *n = w->d.objclass->number;
            if (n && n->power_mod) return (anyfunc)n->power_mod;
        }
    } else if (!is_small_int(v) && v->type == &type_builtin_function &&
               ((BuiltinFunction *)v)->def == &new_wrapper_def) {
        return (anyfunc)((Type *)((BuiltinFunction *)v)->self)->new_;
    } else if (v == NONE && d->offset == offsetof(Type, hash) && !d->number) {
        return NULL; /* __hash__ = None: unhashable */
    }
    *generic = true;
    return NULL;
}

static void update_group(Type *t, const SlotDef *first) {
    anyfunc specific = NULL;
    bool generic = false;
    for (size_t i = 0; i < slot_defs_count && !generic; i++) {
        const SlotDef *d = &slot_defs[i];
        if (!same_slot(d, first)) continue;
        Value v = type_lookup(t, slot_names[i]);
        if (!v) continue;
        anyfunc f = specific_function(first, d, v, &generic);
        if (f && specific && f != specific) generic = true;
        if (f) specific = f;
    }
    slot_write(t, first, generic ? first->generic : specific);
}

static bool is_group_head(size_t i) {
    for (size_t j = 0; j < i; j++)
        if (same_slot(&slot_defs[j], &slot_defs[i])) return false;
    return true;
}

void slots_update_all(Type *t) {
    if (init_names() < 0) {
        err_clear();
        return;
    }
    for (size_t i = 0; i < slot_defs_count; i++)
        if (is_group_head(i)) update_group(t, &slot_defs[i]);
}

void slots_update_name(Type *t, Value name) {
    if (!type_has_flag(t, TPFLAG_HEAPTYPE)) return;
    for (size_t i = 0; i < slot_defs_count; i++) {
        if (slot_names[i] != name && !str_equal(slot_names[i], name)) continue;
        for (size_t j = 0; j <= i; j++) {
            if (same_slot(&slot_defs[j], &slot_defs[i])) {
                update_group(t, &slot_defs[j]);
                break;
            }
        }
    }
}
