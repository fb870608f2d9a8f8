/* abstract.c: the generic object protocol of object.h (repr, str, hash, truth,
 * comparison, attributes, calls, iteration, sequences and mappings, arithmetic dispatch)
 * on top of the type slots, with CPython's error messages and fast paths for the exact
 * built-in types. */
#include "abstract.h"

#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../vm/call.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "bytearray.h"
#include "dict.h"
#include "exceptions.h"
#include "function.h"
#include "generic_alias.h"
#include "int.h"
#include "iter.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

/* ---- repr, str, ascii, hash, truth ---- */

static Value check_str_result(Value r, const char *dunder) {
    if (!r || is_str(r)) return r;
    err_format(&exc_TypeError, "%s returned non-string (type %T)", dunder, r);
    decref(r);
    return NULL;
}

Value object_repr(Value v) {
    if (is_str_exact(v)) return str_repr(v);
    Type *t = type_of(v);
    if (recursion_enter(" while getting the repr of an object") < 0) return NULL;
    Value r = t->repr(v);
    recursion_leave();
    return check_str_result(r, "__repr__");
}

Value object_str(Value v) {
    if (is_str_exact(v)) return incref(v);
    Type *t = type_of(v);
    if (!t->str) return object_repr(v);
    if (recursion_enter(" while getting the str of an object") < 0) return NULL;
    Value r = t->str(v);
    recursion_leave();
    return check_str_result(r, "__str__");
}

Value object_ascii(Value v) {
    Value r = object_repr(v);
    if (!r || ((Str *)r)->ascii) return r;
    intptr_t n = str_length(r);
    char *buf = mem_alloc((size_t)n * 10 + 1);
    if (!buf) {
        decref(r);
        return err_no_memory();
    }
    size_t len = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = str_char(r, i);
        if (c < 128)
            buf[len++] = (char)c;
        else if (c < 0x100)
            len += (size_t)sprintf(buf + len, "\\x%02x", c);
        else if (c < 0x10000)
            len += (size_t)sprintf(buf + len, "\\u%04x", c);
        else
            len += (size_t)sprintf(buf + len, "\\U%08x", c);
    }
    decref(r);
    Value s = str_from_utf8(buf, len);
    mem_free(buf);
    return s;
}

hash_t object_hash(Value v) {
    if (is_str_exact(v)) return str_hash(v);
    Type *t = type_of(v);
    if (t->hash) return t->hash(v);
    err_format(&exc_TypeError, "unhashable type: '%T'", v);
    return -1;
}

int object_is_true(Value v) {
    if (v == TRUE_VALUE) return 1;
    if (v == FALSE_VALUE || v == NONE) return 0;
    if (is_small_int(v)) return small_int_value(v) != 0;
    Type *t = v->type;
    if (t->number && t->number->as_bool) return t->number->as_bool(v);
    if (t->len) {
        intptr_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison ---- */

static const int swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const compare_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

static Value small_int_compare(intptr_t x, intptr_t y, int op) {
    switch (op) {
        case CMP_LT: return bool_value(x < y);
        case CMP_LE: return bool_value(x <= y);
        case CMP_EQ: return bool_value(x == y);
        case CMP_NE: return bool_value(x != y);
        case CMP_GT: return bool_value(x > y);
        default: return bool_value(x >= y);
    }
}

static Value do_richcompare(Value a, Value b, int op) {
    Type *ta = type_of(a), *tb = type_of(b);
    bool reversed_tried = false;
    Value r;
    if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
        reversed_tried = true;
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NOT_IMPLEMENTED) return r;
    }
    if (ta->richcompare) {
        r = ta->richcompare(a, b, op);
        if (r != NOT_IMPLEMENTED) return r;
    }
    if (!reversed_tried && tb->richcompare) {
        r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NOT_IMPLEMENTED) return r;
    }
    if (op == CMP_EQ) return bool_value(a == b);
    if (op == CMP_NE) return bool_value(a != b);
    return err_format(&exc_TypeError, "'%s' not supported between instances of '%T' and '%T'",
                      compare_symbol[op], a, b);
}

Value object_richcompare(Value a, Value b, int op) {
    if (is_small_int(a) && is_small_int(b))
        return small_int_compare(small_int_value(a), small_int_value(b), op);
    if (recursion_enter(" in comparison") < 0) return NULL;
    Value r = do_richcompare(a, b, op);
    recursion_leave();
    return r;
}

int object_richcompare_bool(Value a, Value b, int op) {
    if (a == b) {
        if (op == CMP_EQ) return 1;
        if (op == CMP_NE) return 0;
    }
    if (is_str_exact(a) && is_str_exact(b) && (op == CMP_EQ || op == CMP_NE))
        return str_equal(a, b) == (op == CMP_EQ);
    Value r = object_richcompare(a, b, op);
    if (!r) return -1;
    if (r == TRUE_VALUE) return 1;
    if (r == FALSE_VALUE) return 0;
    int truth = object_is_true(r);
    decref(r);
    return truth;
}

/* ---- attributes ---- */

static int check_attr_name(Value name) {
    if (is_str(name)) return 0;
    err_format(&exc_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

Value object_getattr(Value v, Value name) {
    if (check_attr_name(name) < 0) return NULL;
    Type *t = type_of(v);
    if (t->getattr) return t->getattr(v, name);
    return err_no_attribute(v, name);
}

Value object_getattr_cstr(Value v, const char *name) {
    Value key = str_intern_cstr(name);
    return key ? object_getattr(v, key) : NULL;
}

int object_setattr(Value v, Value name, Value value) {
    if (check_attr_name(name) < 0) return -1;
    Type *t = type_of(v);
    if (t->setattr) return t->setattr(v, name, value);
    if (!t->getattr) {
        err_format(&exc_TypeError, "'%T' object has no attributes (%s .%U)", v,
                   value ? "assign to" : "del", name);
    } else {
        err_format(&exc_TypeError, "'%T' object has only read-only attributes (%s .%U)", v,
                   value ? "assign to" : "del", name);
    }
    return -1;
}

int object_hasattr(Value v, Value name) {
    Value r = object_getattr(v, name);
    if (r) {
        decref(r);
        return 1;
    }
    if (!err_matches(&exc_AttributeError)) return -1;
    err_clear();
    return 0;
}

Value object_lookup_special(Value v, Value name) {
    Value f = type_lookup(type_of(v), name);
    if (!f) return NULL;
    descrgetfunc get = type_of(f)->descr_get;
    return get ? get(f, v, (Value)type_of(v)) : incref(f);
}

/* ---- calls ---- */

Value object_call(Value callable, Value const *args, size_t nargs, Value kwnames) {
    Type *t = type_of(callable);
    if (!t->call) return err_format(&exc_TypeError, "'%T' object is not callable", callable);
    if (t != &type_builtin_function) return t->call(callable, args, nargs, kwnames);
    /* like CPython, a C function called from C counts against the recursion limit */
    if (recursion_enter(" while calling a Python object") < 0) return NULL;
    Value r = t->call(callable, args, nargs, kwnames);
    recursion_leave();
    return r;
}

Value object_call_method(Value self, Value name, Value const *args, size_t nargs) {
    Type *t = type_of(self);
    if (t->getattr == object_generic_getattr) {
        Value f = type_lookup(t, name);
        Value *dict = f ? object_dict_slot(self) : NULL;
        if (f && type_has_flag(type_of(f), TPFLAG_METHOD_DESCRIPTOR) &&
            !(dict && *dict && is_str_exact(name) && dict_get_str(*dict, name)))
            return call_with_self(f, self, args, nargs, NULL);
    }
    Value method = object_getattr(self, name);
    if (!method) return NULL;
    Value r = object_call(method, args, nargs, NULL);
    decref(method);
    return r;
}

bool object_is_callable(Value v) { return type_of(v)->call != NULL; }

/* ---- iteration ---- */

Value object_getiter(Value v) {
    Type *t = type_of(v);
    if (!t->iter) {
        if (t->getitem) return seq_iter_new(v);
        return err_format(&exc_TypeError, "'%T' object is not iterable", v);
    }
    Value it = t->iter(v);
    if (it && !type_of(it)->iternext) {
        err_format(&exc_TypeError, "iter() returned non-iterator of type '%T'", it);
        decref(it);
        return NULL;
    }
    return it;
}

Value object_iternext(Value it) {
    unaryfunc next = type_of(it)->iternext;
    if (next) return next(it);
    return err_format(&exc_TypeError, "'%T' object is not an iterator", it);
}

/* ---- sequences and mappings ---- */

intptr_t object_len(Value v) {
    lenfunc len = type_of(v)->len;
    if (len) return len(v);
    err_format(&exc_TypeError, "object of type '%T' has no len()", v);
    return -1;
}

Value object_getitem(Value v, Value key) {
    binaryfunc getitem = type_of(v)->getitem;
    if (getitem) return getitem(v, key);
    if (v == (Value)&type_type) return generic_alias_new(v, key);
    if (is_instance_of(v, &type_type)) {
        Value meth = object_getattr(v, NAME(__class_getitem__));
        if (meth) {
            Value r = object_call(meth, &key, 1, NULL);
            decref(meth);
            return r;
        }
        if (!err_matches(&exc_AttributeError)) return NULL;
        err_clear();
        return err_format(&exc_TypeError, "type '%s' is not subscriptable", ((Type *)v)->name);
    }
    return err_format(&exc_TypeError, "'%T' object is not subscriptable", v);
}

int object_setitem(Value v, Value key, Value value) {
    setitemfunc setitem = type_of(v)->setitem;
    if (setitem) return setitem(v, key, value);
    err_format(&exc_TypeError, "'%T' object does not support item assignment", v);
    return -1;
}

/* CPython words the error differently when the type has a sequence protocol (every
 * class statement's type has one) and the key is an index. */
static bool has_sequence_protocol(Type *t) {
    return type_has_flag(t, TPFLAG_HEAPTYPE) || t->len || t->contains;
}

int object_delitem(Value v, Value key) {
    Type *t = type_of(v);
    if (t->setitem) return t->setitem(v, key, NULL);
    Type *kt = type_of(key);
    bool is_index = kt == &type_int || (kt->number && kt->number->index);
    if (is_index && has_sequence_protocol(t))
        err_format(&exc_TypeError, "'%T' object doesn't support item deletion", v);
    else
        err_format(&exc_TypeError, "'%T' object does not support item deletion", v);
    return -1;
}

int object_contains(Value container, Value item) {
    containsfunc contains = type_of(container)->contains;
    if (contains) return contains(container, item);
    Type *t = type_of(container);
    if (!t->iter && !t->getitem) {
        err_format(&exc_TypeError, "argument of type '%T' is not iterable", container);
        return -1;
    }
    Value it = object_getiter(container);
    if (!it) return -1;
    int found = 0;
    Value x;
    while (found == 0 && (x = object_iternext(it))) {
        found = object_richcompare_bool(x, item, CMP_EQ);
        decref(x);
    }
    decref(it);
    if (found == 0 && err_occurred()) return -1;
    return found;
}

/* ---- arithmetic ---- */

static const char *const binop_symbols[BINOP__COUNT][2] = {
    {"+", "+="}, {"&", "&="},   {"//", "//="}, {"<<", "<<="}, {"@", "@="}, {"*", "*="}, {"%", "%="},
    {"|", "|="}, {"**", "**="}, {">>", ">>="}, {"-", "-="},   {"/", "/="}, {"^", "^="},
};

static const char *binary_op_symbol(int op) {
    bool inplace = op >= BINOP_INPLACE;
    return binop_symbols[inplace ? op - BINOP_INPLACE : op][inplace];
}

static binaryfunc number_slot_at(Type *t, size_t offset) {
    if (!t->number) return NULL;
    binaryfunc f;
    memcpy(&f, (char *)t->number + offset, sizeof f);
    return f;
}

/* CPython's binary dispatch: the left operand's slot, then the right operand's (first if
 * its type is a subclass of the left's); NotImplemented when neither handles the pair. */
static Value binary_dispatch(Value a, Value b, size_t offset) {
    Type *ta = type_of(a), *tb = type_of(b);
    binaryfunc sa = number_slot_at(ta, offset);
    binaryfunc sb = ta != tb ? number_slot_at(tb, offset) : NULL;
    if (sb == sa) sb = NULL;
    if (sa) {
        if (sb && type_is_subtype(tb, ta)) {
            Value r = sb(a, b);
            if (r != NOT_IMPLEMENTED) return r;
            sb = NULL;
        }
        Value r = sa(a, b);
        if (r != NOT_IMPLEMENTED) return r;
    }
    return sb ? sb(a, b) : NOT_IMPLEMENTED;
}

static const char *sequence_kind(Value v) {
    Type *t = type_of(v);
    if (type_has_flag(t, TPFLAG_STR_SUBCLASS)) return "str";
    if (type_has_flag(t, TPFLAG_LIST_SUBCLASS)) return "list";
    if (type_has_flag(t, TPFLAG_TUPLE_SUBCLASS)) return "tuple";
    if (type_has_flag(t, TPFLAG_BYTES_SUBCLASS)) return "bytes";
    return NULL;
}

static Value binary_op_error(Value a, Value b, int op) {
    int k = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    const char *seq_a = sequence_kind(a), *seq_b = sequence_kind(b);
    if (k == BINOP_ADD && seq_a) {
        if (strcmp(seq_a, "bytes") == 0)
            return err_format(&exc_TypeError, "can't concat %T to %T", b, a);
        return err_format(&exc_TypeError, "can only concatenate %s (not \"%T\") to %s", seq_a, b,
                          seq_a);
    }
    bool repeat_a = seq_a || is_bytearray(a);
    if (k == BINOP_MULTIPLY && (repeat_a || seq_b || is_bytearray(b))) /* left's repeat first */
        return err_format(&exc_TypeError, "can't multiply sequence by non-int of type '%T'",
                          repeat_a ? b : a);
    const char *symbol =
        k == BINOP_POWER && op < BINOP_INPLACE ? "** or pow()" : binary_op_symbol(op);
    return err_format(&exc_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", symbol,
                      a, b);
}

Value binary_op(Value a, Value b, int op) {
    int k = op;
    if (op >= BINOP_INPLACE) {
        k = op - BINOP_INPLACE;
        Type *ta = type_of(a);
        binaryfunc f = ta->number ? ta->number->inplace[k] : NULL;
        if (f) {
            Value r = f(a, b);
            if (r != NOT_IMPLEMENTED) return r;
        }
    }
    if (is_small_int(a) && is_small_int(b)) {
        if (k == BINOP_ADD) return int_add(a, b);
        if (k == BINOP_SUBTRACT) return int_sub(a, b);
    }
    Value r = binary_dispatch(a, b, offsetof(NumberSlots, binary) + (size_t)k * sizeof(binaryfunc));
    if (r != NOT_IMPLEMENTED) return r;
    return binary_op_error(a, b, op);
}

Value number_divmod(Value a, Value b) {
    Value r = binary_dispatch(a, b, offsetof(NumberSlots, divmod));
    if (r != NOT_IMPLEMENTED) return r;
    return err_format(&exc_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a,
                      b);
}

Value number_power(Value a, Value b, Value mod) {
    if (mod == NONE) return binary_op(a, b, BINOP_POWER);
    Type *types[3] = {type_of(a), type_of(b), type_of(mod)};
    ternaryfunc tried[3] = {NULL, NULL, NULL};
    for (int i = 0; i < 3; i++) {
        ternaryfunc f = types[i]->number ? types[i]->number->power_mod : NULL;
        if (!f || f == tried[0] || f == tried[1]) continue;
        tried[i] = f;
        Value r = f(a, b, mod);
        if (r != NOT_IMPLEMENTED) return r;
    }
    return err_format(&exc_TypeError,
                      "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, mod);
}

static Value unary(Value v, size_t offset, const char *symbol) {
    Type *t = type_of(v);
    unaryfunc f = NULL;
    if (t->number) memcpy(&f, (char *)t->number + offset, sizeof f);
    if (f) return f(v);
    return err_format(&exc_TypeError, "bad operand type for %s: '%T'", symbol, v);
}

Value unary_negative(Value v) {
    if (is_small_int(v) && small_int_value(v) != SMALL_INT_MIN)
        return small_int(-small_int_value(v));
    return unary(v, offsetof(NumberSlots, negative), "unary -");
}
Value unary_positive(Value v) { return unary(v, offsetof(NumberSlots, positive), "unary +"); }
Value unary_invert(Value v) { return unary(v, offsetof(NumberSlots, invert), "unary ~"); }
Value number_absolute(Value v) { return unary(v, offsetof(NumberSlots, absolute), "abs()"); }

Value object_index(Value v) {
    if (is_int_exact(v)) return incref(v);
    Type *t = type_of(v);
    if (!t->number || !t->number->index)
        return err_format(&exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    Value r = t->number->index(v);
    if (!r || is_int_exact(r)) return r;
    if (!is_int(r)) {
        err_format(&exc_TypeError, "__index__ returned non-int (type %T)", r);
        decref(r);
        return NULL;
    }
    mpz_t z; /* an int subclass: its plain int value */
    mpz_init(z);
    int_to_mpz(r, z);
    decref(r);
    Value exact = int_from_mpz(z);
    mpz_clear(z);
    return exact;
}

Value object_format(Value v, Value spec) {
    bool empty = !spec || str_length(spec) == 0;
    if (empty && (is_str_exact(v) || is_int_exact(v))) return object_str(v);
    Value meth = object_lookup_special(v, NAME(__format__));
    if (!meth) {
        if (err_occurred()) return NULL;
        return err_format(&exc_TypeError, "Type %T doesn't define __format__", v);
    }
    Value empty_spec = NULL;
    if (!spec && !(spec = empty_spec = str_from_cstr(""))) {
        decref(meth);
        return NULL;
    }
    Value r = object_call(meth, &spec, 1, NULL);
    decref(meth);
    xdecref(empty_spec);
    if (r && !is_str(r)) {
        err_format(&exc_TypeError, "__format__ must return a str, not %T", r);
        decref(r);
        return NULL;
    }
    return r;
}
