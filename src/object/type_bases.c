/* type_bases.c: assigning C.__bases__: CPython's checks and messages, then the MRO of the
 * class and of all its subclasses recomputed (restored if one fails), the subclass lists,
 * version tags and slots updated. */
#include "../vm/errors.h"
#include "list.h"
#include "tuple.h"
#include "type.h"
#include "type_slots.h"

static int check_new_bases(Type *t, Value bases) {
    if (!type_has_flag(t, TPFLAG_HEAPTYPE) || !bases) {
        err_format(&exc_TypeError, "cannot %s '__bases__' attribute of immutable type '%s'",
                   bases ? "set" : "delete", t->name);
        return -1;
    }
    if (!is_tuple(bases)) {
        err_format(&exc_TypeError, "can only assign tuple to %s.__bases__, not %T", t->name, bases);
        return -1;
    }
    if (tuple_size(bases) == 0) {
        err_format(&exc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                   t->name);
        return -1;
    }
    for (intptr_t i = 0; i < tuple_size(bases); i++) {
        Value b = tuple_get(bases, i);
        if (!is_instance_of(b, &type_type)) {
            err_format(&exc_TypeError, "%s.__bases__ must be tuple of classes, not '%T'", t->name,
                       b);
            return -1;
        }
        if (type_is_subtype((Type *)b, t)) {
            err_set_str(&exc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    return 0;
}

/* t's instances are laid out exactly like its base's (no slots, __dict__ or __weakref__
 * added). */
static bool same_layout_as_base(Type *t) {
    Type *b = t->base;
    return b && t->basicsize == b->basicsize && t->itemsize == b->itemsize &&
           t->dictoffset == b->dictoffset && t->weaklistoffset == b->weaklistoffset &&
           type_has_flag(t, TPFLAG_GC) == type_has_flag(b, TPFLAG_GC) &&
           (type_has_flag(t, TPFLAG_HEAPTYPE) || t->dealloc == b->dealloc);
}

static Type *layout_root(Type *t) {
    while (same_layout_as_base(t)) t = t->base;
    return t;
}

/* Two classes over the same base that add the same __slots__ (and __dict__/__weakref__). */
static bool same_slots_added(Type *a, Type *b) {
    if (!type_has_flag(a, TPFLAG_HEAPTYPE) || !type_has_flag(b, TPFLAG_HEAPTYPE) ||
        a->base != b->base || a->basicsize != b->basicsize || a->dictoffset != b->dictoffset ||
        a->weaklistoffset != b->weaklistoffset)
        return false;
    Value sa = ((HeapType *)a)->slots, sb = ((HeapType *)b)->slots;
    if (!sa || !sb) return sa == sb;
    int eq = object_richcompare_bool(sa, sb, CMP_EQ);
    if (eq < 0) err_clear();
    return eq == 1;
}

/* Instances of the class must keep a valid layout under the new base. */
static int check_layout(Type *old_base, Type *new_base) {
    const char *problem = NULL;
    Type *old_root = layout_root(old_base), *new_root = layout_root(new_base);
    if (type_has_flag(old_base, TPFLAG_GC) != type_has_flag(new_base, TPFLAG_GC))
        problem = "deallocator";
    else if (old_root != new_root && !same_slots_added(old_root, new_root))
        problem = "object layout";
    if (!problem) return 0;
    err_format(&exc_TypeError, "__bases__ assignment: '%s' %s differs from '%s'", new_base->name,
               problem, old_base->name);
    return -1;
}

/* Recomputes the MRO of t and its subclasses, recording (type, old MRO) pairs in undo. */
static int recompute_mros(Type *t, Value undo) {
    Value mro = type_compute_mro(t);
    if (!mro) return -1;
    Value pair = tuple_pack(2, (Value)t, t->mro);
    if (!pair || list_append(undo, pair) < 0) {
        xdecref(pair);
        decref(mro);
        return -1;
    }
    decref(pair);
    setref(&t->mro, mro);
    for (intptr_t i = 0; t->subclasses && i < list_size(t->subclasses); i++) {
        if (recompute_mros((Type *)small_int_value(list_get(t->subclasses, i)), undo) < 0)
            return -1;
    }
    return 0;
}

static void restore_mros(Value undo) {
    for (intptr_t i = list_size(undo) - 1; i >= 0; i--) {
        Value pair = list_get(undo, i);
        Type *t = (Type *)tuple_get(pair, 0);
        setref(&t->mro, incref(tuple_get(pair, 1)));
    }
}

static void update_slots_recursive(Type *t) {
    slots_update_all(t);
    for (intptr_t i = 0; t->subclasses && i < list_size(t->subclasses); i++)
        update_slots_recursive((Type *)small_int_value(list_get(t->subclasses, i)));
}

int type_set_bases(Value self, Value bases, void *closure) {
    Type *t = (Type *)self;
    if (check_new_bases(t, bases) < 0) return -1;
    Type *new_base = type_best_base(bases);
    if (!new_base || check_layout(t->base, new_base) < 0) return -1;
    Value undo = list_new(0);
    if (!undo) return -1;
    Value old_bases = t->bases;
    Type *old_base = t->base;
    t->bases = incref(bases);
    t->base = (Type *)incref((Value)new_base);
    if (recompute_mros(t, undo) < 0) {
        restore_mros(undo);
        decref(undo);
        decref(t->bases);
        decref((Value)t->base);
        t->bases = old_bases;
        t->base = old_base;
        return -1;
    }
    decref(undo);
    for (intptr_t i = 0; i < tuple_size(old_bases); i++)
        type_remove_subclass((Type *)tuple_get(old_bases, i), t);
    for (intptr_t i = 0; i < tuple_size(bases); i++)
        type_add_subclass((Type *)tuple_get(bases, i), t);
    decref(old_bases);
    decref((Value)old_base);
    type_modified(t);
    update_slots_recursive(t);
    return 0;
}
