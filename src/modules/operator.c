/* operator.c: the `_operator` module behind operator.py: the operators as functions
 * (add, lt, getitem, iadd, ...), the sequence helpers (countOf, indexOf, length_hint)
 * and the itemgetter, attrgetter and methodcaller types. */
#include <string.h>

#include "../object/abstract.h"
#include "../object/bytes.h"
#include "../object/dict.h"
#include "../object/int.h"
#include "../object/list.h"
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

/* ---- operator functions ---- */

#define BINARY_FUNC(name, op)                                                                      \
    static Value op_##name(Value self, Value const *args, size_t nargs, Value kwnames) {           \
        if (args_count(#name, nargs, 2, 2) < 0) return NULL;                                       \
        return binary_op(args[0], args[1], op);                                                    \
    }
BINARY_FUNC(add, BINOP_ADD)
BINARY_FUNC(and_, BINOP_AND)
BINARY_FUNC(floordiv, BINOP_FLOOR_DIVIDE)
BINARY_FUNC(lshift, BINOP_LSHIFT)
BINARY_FUNC(matmul, BINOP_MATRIX_MULTIPLY)
BINARY_FUNC(mul, BINOP_MULTIPLY)
BINARY_FUNC(mod, BINOP_REMAINDER)
BINARY_FUNC(or_, BINOP_OR)
BINARY_FUNC(pow, BINOP_POWER)
BINARY_FUNC(rshift, BINOP_RSHIFT)
BINARY_FUNC(sub, BINOP_SUBTRACT)
BINARY_FUNC(truediv, BINOP_TRUE_DIVIDE)
BINARY_FUNC(xor, BINOP_XOR)
BINARY_FUNC(iadd, BINOP_ADD + BINOP_INPLACE)
BINARY_FUNC(iand, BINOP_AND + BINOP_INPLACE)
BINARY_FUNC(ifloordiv, BINOP_FLOOR_DIVIDE + BINOP_INPLACE)
BINARY_FUNC(ilshift, BINOP_LSHIFT + BINOP_INPLACE)
BINARY_FUNC(imatmul, BINOP_MATRIX_MULTIPLY + BINOP_INPLACE)
BINARY_FUNC(imul, BINOP_MULTIPLY + BINOP_INPLACE)
BINARY_FUNC(imod, BINOP_REMAINDER + BINOP_INPLACE)
BINARY_FUNC(ior, BINOP_OR + BINOP_INPLACE)
BINARY_FUNC(ipow, BINOP_POWER + BINOP_INPLACE)
BINARY_FUNC(irshift, BINOP_RSHIFT + BINOP_INPLACE)
BINARY_FUNC(isub, BINOP_SUBTRACT + BINOP_INPLACE)
BINARY_FUNC(itruediv, BINOP_TRUE_DIVIDE + BINOP_INPLACE)
BINARY_FUNC(ixor, BINOP_XOR + BINOP_INPLACE)

#define COMPARE_FUNC(name, op)                                                                     \
    static Value op_##name(Value self, Value const *args, size_t nargs, Value kwnames) {           \
        if (args_count(#name, nargs, 2, 2) < 0) return NULL;                                       \
        return object_richcompare(args[0], args[1], op);                                           \
    }
COMPARE_FUNC(lt, CMP_LT)
COMPARE_FUNC(le, CMP_LE)
COMPARE_FUNC(eq, CMP_EQ)
COMPARE_FUNC(ne, CMP_NE)
COMPARE_FUNC(gt, CMP_GT)
COMPARE_FUNC(ge, CMP_GE)

#define UNARY_FUNC(name, fn)                                                                       \
    static Value op_##name(Value self, Value const *args, size_t nargs, Value kwnames) {           \
        if (args_exactly_one(#name, nargs) < 0) return NULL;                                       \
        return fn(args[0]);                                                                        \
    }
UNARY_FUNC(abs, number_absolute)
UNARY_FUNC(neg, unary_negative)
UNARY_FUNC(pos, unary_positive)
UNARY_FUNC(inv, unary_invert)
UNARY_FUNC(invert, unary_invert)
UNARY_FUNC(index, object_index)

static Value op_truth(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("truth", nargs) < 0) return NULL;
    int t = object_is_true(args[0]);
    return t < 0 ? NULL : bool_value(t);
}

static Value op_not_(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("not_", nargs) < 0) return NULL;
    int t = object_is_true(args[0]);
    return t < 0 ? NULL : bool_value(!t);
}

static Value op_is_(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("is_", nargs, 2, 2) < 0) return NULL;
    return bool_value(args[0] == args[1]);
}

static Value op_is_not(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("is_not", nargs, 2, 2) < 0) return NULL;
    return bool_value(args[0] != args[1]);
}

static bool is_sequence_like(Value v) { return type_of(v)->getitem != NULL && !is_dict(v); }

/* concat and iconcat: a + b for sequences only. */
static Value concat(Value const *args, size_t nargs, const char *name, int op) {
    if (args_count(name, nargs, 2, 2) < 0) return NULL;
    if (!is_sequence_like(args[0]))
        return err_format(&exc_TypeError, "'%T' object can't be concatenated", args[0]);
    return binary_op(args[0], args[1], op);
}
static Value op_concat(Value self, Value const *args, size_t nargs, Value kwnames) {
    return concat(args, nargs, "concat", BINOP_ADD);
}
static Value op_iconcat(Value self, Value const *args, size_t nargs, Value kwnames) {
    return concat(args, nargs, "iconcat", BINOP_ADD + BINOP_INPLACE);
}

static Value op_contains(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("contains", nargs, 2, 2) < 0) return NULL;
    int r = object_contains(args[0], args[1]);
    return r < 0 ? NULL : bool_value(r);
}

static Value op_getitem(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("getitem", nargs, 2, 2) < 0) return NULL;
    return object_getitem(args[0], args[1]);
}

static Value op_setitem(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("setitem", nargs, 3, 3) < 0) return NULL;
    return object_setitem(args[0], args[1], args[2]) < 0 ? NULL : NONE;
}

static Value op_delitem(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("delitem", nargs, 2, 2) < 0) return NULL;
    return object_delitem(args[0], args[1]) < 0 ? NULL : NONE;
}

/* Scans iter(seq) for items equal to (or identical with) x: the count of all matches,
 * or the index of the first (-1 absent, -2 error). */
static intptr_t scan_for(Value seq, Value x, bool first_only) {
    Value it = object_getiter(seq);
    if (!it) return -2;
    intptr_t count = 0, index = 0;
    Value item;
    while ((item = object_iternext(it))) {
        int eq = item == x ? 1 : object_richcompare_bool(item, x, CMP_EQ);
        decref(item);
        if (eq < 0) break;
        if (eq && first_only) {
            decref(it);
            return index;
        }
        count += eq;
        index++;
    }
    decref(it);
    if (err_occurred()) return -2;
    return first_only ? -1 : count;
}

static Value op_countOf(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("countOf", nargs, 2, 2) < 0) return NULL;
    intptr_t n = scan_for(args[0], args[1], false);
    return n < 0 ? NULL : int_from_long(n);
}

static Value op_indexOf(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("indexOf", nargs, 2, 2) < 0) return NULL;
    intptr_t i = scan_for(args[0], args[1], true);
    if (i == -1) return err_format(&exc_ValueError, "sequence.index(x): x not in sequence");
    return i < 0 ? NULL : int_from_long(i);
}

/* len(obj), else obj.__length_hint__(), else default (PEP 424). */
static Value op_length_hint(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("length_hint", nargs, 1, 2) < 0) return NULL;
    Value obj = args[0];
    if (nargs == 2 && !is_int(args[1]))
        return err_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer",
                          args[1]);
    if (type_of(obj)->len) {
        intptr_t n = object_len(obj);
        if (n >= 0) return int_from_long(n);
        if (!err_matches(&exc_TypeError)) return NULL;
        err_clear();
    }
    Value hint = object_lookup_special(obj, NAME(__length_hint__));
    if (!hint) return err_occurred() ? NULL : incref(nargs == 2 ? args[1] : small_int(0));
    Value r = object_call(hint, NULL, 0, NULL);
    decref(hint);
    if (!r) {
        if (!err_matches(&exc_TypeError)) return NULL;
        err_clear();
        return incref(nargs == 2 ? args[1] : small_int(0));
    }
    if (r == NOT_IMPLEMENTED) {
        decref(r);
        return incref(nargs == 2 ? args[1] : small_int(0));
    }
    if (!is_int(r)) {
        err_format(&exc_TypeError, "__length_hint__ must be an integer, not %T", r);
        decref(r);
        return NULL;
    }
    if (int_sign(r) < 0) {
        decref(r);
        return err_format(&exc_ValueError, "__length_hint__() should return >= 0");
    }
    return r;
}

static Value op_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs < 1)
        return err_format(&exc_TypeError, "call() missing 1 required positional argument: 'obj'");
    return object_call(args[0], args + 1, nargs - 1, kwnames);
}

/* Compares two str (ASCII only) or bytes-like values in time independent of content. */
static Value op_compare_digest(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("_compare_digest", nargs, 2, 2) < 0) return NULL;
    const char *a, *b;
    intptr_t na, nb;
    if (is_str(args[0]) && is_str(args[1])) {
        a = str_utf8_len(args[0], &na);
        b = str_utf8_len(args[1], &nb);
        if (!a || !b) return NULL;
        if (na != str_length(args[0]) || nb != str_length(args[1]))
            return err_format(&exc_TypeError,
                              "comparing strings with non-ASCII characters is not supported");
    } else if (bytes_like_data(args[0], &a, &na) < 0 || bytes_like_data(args[1], &b, &nb) < 0) {
        return err_format(&exc_TypeError,
                          "unsupported operand types(s) or combination of types: "
                          "'%T' and '%T'",
                          args[0], args[1]);
    }
    unsigned diff = na != nb;
    for (intptr_t i = 0; i < na; i++)
        diff |= (unsigned char)a[i] ^ (i < nb ? (unsigned char)b[i] : 0);
    return bool_value(diff == 0);
}

/* ---- itemgetter, attrgetter, methodcaller ---- */

typedef struct Getter { /* itemgetter and attrgetter */
    Object ob;
    Value items; /* tuple of keys; for attrgetter, tuples of interned name parts */
} Getter;

typedef struct MethodCaller {
    Object ob;
    Value name, args, kwargs; /* str, tuple, dict */
} MethodCaller;

extern Type type_attrgetter;

static void getter_dealloc(Value self) {
    gc_untrack(self);
    CLEAR(((Getter *)self)->items);
    object_free(self);
}
static int getter_traverse(Value self, visitproc visit, void *arg) {
    return visit_value(((Getter *)self)->items, visit, arg);
}
static int getter_clear(Value self) {
    CLEAR(((Getter *)self)->items);
    return 0;
}

static Value getter_alloc(Type *type, Value items) {
    Getter *g = (Getter *)object_new(type, 0);
    if (!g) {
        decref(items);
        return NULL;
    }
    g->items = items;
    gc_track((Value)g);
    return (Value)g;
}

static Value itemgetter_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("itemgetter", kwnames) < 0) return NULL;
    if (nargs == 0) return err_format(&exc_TypeError, "itemgetter expected 1 argument, got 0");
    Value items = tuple_from_array(args, (intptr_t)nargs);
    return items ? getter_alloc(type, items) : NULL;
}

/* Applies get(obj, item) for each item: a single result, or a tuple of them. */
static Value getter_apply(Value self, Value const *args, size_t nargs, Value kwnames,
                          const char *name, Value (*get)(Value obj, Value item)) {
    if (args_no_keywords(name, kwnames) < 0 || args_count(name, nargs, 1, 1) < 0) return NULL;
    Value items = ((Getter *)self)->items;
    intptr_t n = tuple_size(items);
    if (n == 1) return get(args[0], tuple_get(items, 0));
    Value result = tuple_new(n);
    for (intptr_t i = 0; result && i < n; i++) {
        Value v = get(args[0], tuple_get(items, i));
        if (!v)
            CLEAR(result);
        else
            tuple_items(result)[i] = v;
    }
    return result;
}

static Value itemgetter_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    return getter_apply(self, args, nargs, kwnames, "itemgetter", object_getitem);
}

/* The constructor arguments of a getter: the keys, or the dotted attribute names. */
static Value getter_args(Value self) {
    Value items = ((Getter *)self)->items;
    if (self->type != &type_attrgetter) return incref(items);
    Value dot = str_from_cstr(".");
    Value names = dot ? tuple_new(tuple_size(items)) : NULL;
    for (intptr_t i = 0; names && i < tuple_size(items); i++) {
        Value joined = str_join(dot, tuple_get(items, i));
        if (!joined)
            CLEAR(names);
        else
            tuple_items(names)[i] = joined;
    }
    xdecref(dot);
    return names;
}

/* "operator.NAME(" + reprs of the arguments + ")", "NAME(...)" when recursive. */
static Value getter_repr(Value self) {
    const char *name = self->type->name;
    int rec = repr_enter(self);
    if (rec != 0) return rec < 0 ? NULL : str_from_format("%s(...)", name);
    Value shown = getter_args(self);
    StrParts p;
    Value r = NULL;
    if (shown && parts_init(&p) == 0) {
        bool ok = parts_add(&p, str_from_format("%s(", name)) == 0;
        for (intptr_t i = 0; ok && i < tuple_size(shown); i++)
            ok = (i == 0 || parts_add_cstr(&p, ", ") == 0) &&
                 parts_add_repr(&p, tuple_get(shown, i)) == 0;
        if (ok && parts_add_cstr(&p, ")") == 0)
            r = parts_finish(&p);
        else
            parts_abort(&p);
    }
    xdecref(shown);
    repr_leave(self);
    return r;
}

/* attrgetter keeps each dotted name as a tuple of its interned parts. */
static Value split_dotted(Value name) {
    if (!is_str(name)) return err_format(&exc_TypeError, "attribute name must be a string");
    Value parts = list_new(0);
    intptr_t n = str_length(name), start = 0;
    for (intptr_t i = 0; parts && i <= n; i++) {
        if (i < n && str_char(name, i) != '.') continue;
        Value part = str_substring(name, start, i);
        part = part ? str_intern(part) : NULL;
        if (!part || list_append(parts, part) < 0) CLEAR(parts);
        xdecref(part);
        start = i + 1;
    }
    Value t = parts ? list_as_tuple(parts) : NULL;
    xdecref(parts);
    return t;
}

static Value attrgetter_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (args_no_keywords("attrgetter", kwnames) < 0) return NULL;
    if (nargs == 0) return err_format(&exc_TypeError, "attrgetter expected 1 argument, got 0");
    Value items = tuple_new((intptr_t)nargs);
    for (size_t i = 0; items && i < nargs; i++) {
        Value parts = split_dotted(args[i]);
        if (!parts)
            CLEAR(items);
        else
            tuple_items(items)[i] = parts;
    }
    return items ? getter_alloc(type, items) : NULL;
}

static Value get_dotted(Value obj, Value parts) {
    Value v = incref(obj);
    for (intptr_t i = 0; v && i < tuple_size(parts); i++)
        setref(&v, object_getattr(v, tuple_get(parts, i)));
    return v;
}

static Value attrgetter_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    return getter_apply(self, args, nargs, kwnames, "attrgetter", get_dotted);
}

static Value methodcaller_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (nargs == 0)
        return err_format(&exc_TypeError,
                          "methodcaller needs at least one argument, the method name");
    if (!is_str(args[0])) return err_format(&exc_TypeError, "method name must be a string");
    intptr_t nkw = kwnames ? tuple_size(kwnames) : 0;
    MethodCaller *mc = (MethodCaller *)object_new(type, 0);
    if (!mc) return NULL;
    mc->name = incref(args[0]);
    mc->args = tuple_from_array(args + 1, (intptr_t)nargs - 1);
    mc->kwargs = dict_new();
    for (intptr_t i = 0; mc->kwargs && i < nkw; i++)
        if (dict_set(mc->kwargs, tuple_get(kwnames, i), args[nargs + (size_t)i]) < 0)
            CLEAR(mc->kwargs);
    gc_track((Value)mc);
    if (!mc->args || !mc->kwargs) {
        decref((Value)mc);
        return NULL;
    }
    return (Value)mc;
}

static void methodcaller_dealloc(Value self) {
    MethodCaller *mc = (MethodCaller *)self;
    gc_untrack(self);
    CLEAR(mc->name);
    CLEAR(mc->args);
    CLEAR(mc->kwargs);
    object_free(self);
}
static int methodcaller_traverse(Value self, visitproc visit, void *arg) {
    MethodCaller *mc = (MethodCaller *)self;
    return visit_values(&mc->name, 3, visit, arg);
}
static int methodcaller_clear(Value self) {
    MethodCaller *mc = (MethodCaller *)self;
    CLEAR(mc->args);
    CLEAR(mc->kwargs);
    return 0;
}

static Value methodcaller_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    MethodCaller *mc = (MethodCaller *)self;
    if (args_no_keywords("methodcaller", kwnames) < 0 ||
        args_count("methodcaller", nargs, 1, 1) < 0)
        return NULL;
    Value method = object_getattr(args[0], mc->name);
    if (!method) return NULL;
    Value r = call_with_tuple_dict(method, mc->args, dict_size(mc->kwargs) ? mc->kwargs : NULL);
    decref(method);
    return r;
}

static Value methodcaller_repr(Value self) {
    MethodCaller *mc = (MethodCaller *)self;
    int rec = repr_enter(self);
    if (rec != 0) return rec < 0 ? NULL : str_from_format("operator.methodcaller(...)");
    StrParts p;
    Value r = NULL;
    if (parts_init(&p) == 0) {
        bool ok =
            parts_add_cstr(&p, "operator.methodcaller(") == 0 && parts_add_repr(&p, mc->name) == 0;
        for (intptr_t i = 0; ok && i < tuple_size(mc->args); i++)
            ok = parts_add_cstr(&p, ", ") == 0 && parts_add_repr(&p, tuple_get(mc->args, i)) == 0;
        intptr_t pos = 0;
        Value k, v;
        while (ok && dict_next(mc->kwargs, &pos, &k, &v))
            ok = parts_add(&p, str_from_format(", %U=", k)) == 0 && parts_add_repr(&p, v) == 0;
        if (ok && parts_add_cstr(&p, ")") == 0)
            r = parts_finish(&p);
        else
            parts_abort(&p);
    }
    repr_leave(self);
    return r;
}

/* __reduce__ so that copy and pickle can rebuild the callables. */
static Value getter_reduce(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value shown = getter_args(self);
    Value r = shown ? tuple_pack(2, (Value)self->type, shown) : NULL;
    xdecref(shown);
    return r;
}

static MethodDef getter_methods[] = {
    {"__reduce__", getter_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define GETTER_TYPE(kind)                                                                          \
    Type type_##kind = {                                                                           \
        .ob = {IMMORTAL_REFCOUNT, &type_type},                                                     \
        .name = "operator." #kind,                                                                 \
        .basicsize = sizeof(Getter),                                                               \
        .flags = TPFLAG_GC,                                                                        \
        .dealloc = getter_dealloc,                                                                 \
        .traverse = getter_traverse,                                                               \
        .clear = getter_clear,                                                                     \
        .repr = getter_repr,                                                                       \
        .call = kind##_call,                                                                       \
        .new_ = kind##_new,                                                                        \
        .methods = getter_methods,                                                                 \
    }
GETTER_TYPE(itemgetter);
GETTER_TYPE(attrgetter);

Type type_methodcaller = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "operator.methodcaller",
    .basicsize = sizeof(MethodCaller),
    .flags = TPFLAG_GC,
    .dealloc = methodcaller_dealloc,
    .traverse = methodcaller_traverse,
    .clear = methodcaller_clear,
    .repr = methodcaller_repr,
    .call = methodcaller_call,
    .new_ = methodcaller_new,
};

#define F(name)                                                                                    \
    { #name, op_##name, 0, NULL }
static MethodDef operator_methods[] = {
    F(abs),
    F(add),
    F(and_),
    F(concat),
    F(contains),
    F(countOf),
    F(delitem),
    F(eq),
    F(floordiv),
    F(ge),
    F(getitem),
    F(gt),
    F(iadd),
    F(iand),
    F(iconcat),
    F(ifloordiv),
    F(ilshift),
    F(imatmul),
    F(imod),
    F(imul),
    F(index),
    F(indexOf),
    F(inv),
    F(invert),
    F(ior),
    F(ipow),
    F(irshift),
    F(is_),
    F(is_not),
    F(isub),
    F(itruediv),
    F(ixor),
    F(le),
    F(length_hint),
    F(lshift),
    F(lt),
    F(matmul),
    F(mod),
    F(mul),
    F(ne),
    F(neg),
    F(not_),
    F(or_),
    F(pos),
    F(pow),
    F(rshift),
    F(setitem),
    F(sub),
    F(truediv),
    F(truth),
    F(xor),
    {"call", op_call, METH_KEYWORDS, NULL},
    {"_compare_digest", op_compare_digest, 0, NULL},
    {NULL, NULL, 0, NULL},
};
#undef F

Value operator_module_new(void) {
    Value m = module_new("_operator");
    if (!m || module_add_functions(m, operator_methods) < 0 ||
        module_add_object(m, "itemgetter", (Value)&type_itemgetter) < 0 ||
        module_add_object(m, "attrgetter", (Value)&type_attrgetter) < 0 ||
        module_add_object(m, "methodcaller", (Value)&type_methodcaller) < 0)
        CLEAR(m);
    return m;
}
