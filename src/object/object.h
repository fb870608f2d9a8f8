/* object.h: the value representation and the object model every part of pvm shares.
 * A Value is one machine word: a tagged small int (low bit 1) or a pointer to an
 * Object whose header is {refcount, type}. Types carry slot function pointers. */
#ifndef PVM_OBJECT_H
#define PVM_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Object Object;
typedef struct Type Type;
typedef Object *Value;  /* NULL means "error pending" (or "absent") wherever a Value is returned */
typedef int64_t hash_t; /* Python hash value; -1 means error */

struct Object {
    intptr_t refcount;
    Type *type;
};

/* ---- tagged small integers: 63-bit signed, value << 1 | 1 ---- */
#define SMALL_INT_MAX (INTPTR_MAX >> 1)
#define SMALL_INT_MIN (INTPTR_MIN >> 1)

static inline bool is_small_int(Value v) { return ((uintptr_t)v & 1) != 0; }
static inline intptr_t small_int_value(Value v) { return (intptr_t)(uintptr_t)v >> 1; }
static inline Value small_int(intptr_t n) { return (Value)(((uintptr_t)n << 1) | 1); }
static inline bool fits_small_int(intptr_t n) { return n >= SMALL_INT_MIN && n <= SMALL_INT_MAX; }

extern Type type_int;
static inline Type *type_of(Value v) { return is_small_int(v) ? &type_int : v->type; }

/* ---- reference counting ----
 * Immortal objects (None, True, False, interned strings, static types) start at
 * IMMORTAL_REFCOUNT and can never reach zero. */
#define IMMORTAL_REFCOUNT ((intptr_t)1 << 60)

void object_dealloc(Value v); /* refcount hit zero: calls type->dealloc */

static inline Value incref(Value v) {
    if (!is_small_int(v)) v->refcount++;
    return v;
}
static inline Value xincref(Value v) {
    if (v && !is_small_int(v)) v->refcount++;
    return v;
}
static inline void decref(Value v) {
    if (!is_small_int(v) && --v->refcount == 0) object_dealloc(v);
}
static inline void xdecref(Value v) {
    if (v) decref(v);
}
/* Replace *slot with v (stolen), releasing the old value after the store. */
static inline void setref(Value *slot, Value v) {
    Value old = *slot;
    *slot = v;
    xdecref(old);
}
#define CLEAR(slot) setref(&(slot), NULL)

/* ---- slot signatures ---- */
typedef void (*destructor)(Value self);
typedef Value (*unaryfunc)(Value a);
typedef Value (*binaryfunc)(Value a, Value b);
typedef Value (*ternaryfunc)(Value a, Value b, Value c);
typedef int (*inquiry)(Value self);                                /* 1 true, 0 false, -1 error */
typedef intptr_t (*lenfunc)(Value self);                           /* -1 error */
typedef hash_t (*hashfunc)(Value self);                            /* -1 error */
typedef Value (*richcmpfunc)(Value a, Value b, int op);            /* may return not_implemented */
typedef Value (*getattrfunc)(Value self, Value name);              /* name: str */
typedef int (*setattrfunc)(Value self, Value name, Value v);       /* v NULL: delete */
typedef int (*setitemfunc)(Value self, Value key, Value v);        /* v NULL: delete */
typedef int (*containsfunc)(Value self, Value item);               /* 1, 0, -1 */
typedef Value (*descrgetfunc)(Value descr, Value obj, Value type); /* obj may be NULL */
typedef int (*descrsetfunc)(Value descr, Value obj, Value v);      /* v NULL: delete */
typedef int (*visitproc)(Value v, void *arg);
typedef int (*traverseproc)(Value self, visitproc visit, void *arg);
typedef int (*clearfunc)(Value self);

/* The one calling convention ("vectorcall"): positional arguments first, then the
 * values of keyword arguments whose names are in the tuple kwnames (NULL if none).
 * nargs counts positional arguments only. args may be NULL when nargs and kwnames are 0. */
typedef Value (*callfunc)(Value callable, Value const *args, size_t nargs, Value kwnames);
typedef Value (*newfunc)(Type *type, Value const *args, size_t nargs, Value kwnames);
typedef int (*initfunc)(Value self, Value const *args, size_t nargs, Value kwnames);

/* Comparison operators, as COMPARE_OP's argument and richcompare's op. */
enum { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

/* Binary operators, in the order of CPython 3.11's BINARY_OP argument (dis prints
 * the same numbers); the in-place form of operator k is k + BINOP_INPLACE. */
typedef enum BinaryOp {
    BINOP_ADD,
    BINOP_AND,
    BINOP_FLOOR_DIVIDE,
    BINOP_LSHIFT,
    BINOP_MATRIX_MULTIPLY,
    BINOP_MULTIPLY,
    BINOP_REMAINDER,
    BINOP_OR,
    BINOP_POWER,
    BINOP_RSHIFT,
    BINOP_SUBTRACT,
    BINOP_TRUE_DIVIDE,
    BINOP_XOR,
    BINOP__COUNT,
    BINOP_INPLACE = BINOP__COUNT
} BinaryOp;

/* Number protocol. binary[k] implements operator k with CPython's semantics: called with
 * (left, right), either of which may be the instance; returns not_implemented when it
 * does not handle the pair. inplace[k] may be NULL (falls back to binary[k]). */
typedef struct NumberSlots {
    binaryfunc binary[BINOP__COUNT];
    binaryfunc inplace[BINOP__COUNT];
    ternaryfunc power_mod; /* pow(a, b, m) */
    binaryfunc divmod;
    unaryfunc negative, positive, absolute, invert;
    inquiry as_bool;
    unaryfunc as_int, as_float, index;
} NumberSlots;

/* ---- builtin method / attribute tables ---- */
typedef Value (*cfunction)(Value self, Value const *args, size_t nargs, Value kwnames);
enum {
    METH_KEYWORDS = 1,    /* accepts keyword arguments; otherwise the caller rejects them */
    METH_CLASS = 2,       /* self is the type (classmethod) */
    METH_STATIC = 4,      /* no self */
    METH_DEPTH_CHECK = 8, /* CPython counts a call of it against the recursion limit ("... while
                             calling a Python object"): its METH_O / METH_NOARGS / METH_VARARGS
                             builtins, e.g. repr, hash, max (not len: specialised unchecked) */
};
typedef struct MethodDef {
    const char *name;
    cfunction fn;
    int flags;
    const char *doc;
} MethodDef;

typedef Value (*getter)(Value self, void *closure);
typedef int (*setter)(Value self, Value v, void *closure); /* v NULL: delete */
typedef struct GetSetDef {
    const char *name;
    getter get;
    setter set; /* NULL: read-only */
    const char *doc;
    void *closure;
} GetSetDef;

typedef enum MemberKind { MEMBER_OBJECT, MEMBER_OBJECT_EX, MEMBER_INT, MEMBER_BOOL } MemberKind;
typedef struct MemberDef {
    const char *name;
    MemberKind kind; /* OBJECT: NULL reads as None; OBJECT_EX: NULL raises AttributeError */
    size_t offset;
    bool readonly;
    const char *doc;
} MemberDef;

/* ---- type flags ---- */
enum {
    TPFLAG_GC = 1u << 0,                /* instances have a GCHead in front and are tracked */
    TPFLAG_BASETYPE = 1u << 1,          /* can be subclassed */
    TPFLAG_HEAPTYPE = 1u << 2,          /* created by a class statement (a HeapType) */
    TPFLAG_IMMUTABLE = 1u << 3,         /* attributes cannot be set */
    TPFLAG_READY = 1u << 4,             /* type_ready() has run */
    TPFLAG_METHOD_DESCRIPTOR = 1u << 5, /* descr_get binds like a function (LOAD_METHOD skips it) */
    TPFLAG_ABSTRACT = 1u << 6,
    /* fast subclass checks */
    TPFLAG_INT_SUBCLASS = 1u << 8,
    TPFLAG_LIST_SUBCLASS = 1u << 9,
    TPFLAG_TUPLE_SUBCLASS = 1u << 10,
    TPFLAG_BYTES_SUBCLASS = 1u << 11,
    TPFLAG_STR_SUBCLASS = 1u << 12,
    TPFLAG_DICT_SUBCLASS = 1u << 13,
    TPFLAG_EXC_SUBCLASS = 1u << 14,
    TPFLAG_TYPE_SUBCLASS = 1u << 15,
};

struct Type {
    Object ob;
    const char *name; /* "int", "collections.OrderedDict" (module prefix for non-builtins) */
    size_t basicsize; /* instance size without GCHead, without items */
    size_t itemsize;  /* per-item size for variable-size instances, or 0 */
    uint32_t flags;
    uint32_t version;  /* changes whenever this type or a base is modified; 0 = invalid */
    Type *base;        /* the solid base (NULL only for object) */
    Value bases;       /* tuple of types */
    Value mro;         /* tuple of types, C3 order */
    Value dict;        /* the type's namespace (dict) */
    Value name_obj;    /* __name__ (str) */
    Value qualname;    /* __qualname__ (str) */
    Value subclasses;  /* list of weak entries or NULL */
    size_t dictoffset; /* offset of the instance __dict__ slot (Value), or 0 */
    size_t weaklistoffset;
    const char *doc;

    destructor dealloc;
    traverseproc traverse;
    clearfunc clear;
    destructor finalize; /* __del__ */

    unaryfunc repr, str;
    hashfunc hash; /* NULL: unhashable */
    richcmpfunc richcompare;
    getattrfunc getattr;
    setattrfunc setattr;
    callfunc call;
    newfunc new_;
    initfunc init;
    descrgetfunc descr_get;
    descrsetfunc descr_set;
    unaryfunc iter;
    unaryfunc iternext; /* NULL return with no error pending = exhausted */

    /* sequence / mapping protocol (single set; a type that is both shares them) */
    lenfunc len;
    binaryfunc getitem;
    setitemfunc setitem;
    containsfunc contains;

    NumberSlots *number; /* NULL: no number protocol */

    MethodDef *methods;
    GetSetDef *getsets;
    MemberDef *members;
};

extern Type type_type, type_object;

static inline bool type_has_flag(Type *t, uint32_t f) { return (t->flags & f) != 0; }
bool type_is_subtype(Type *t, Type *base); /* walks the MRO */
static inline bool is_instance_of(Value v, Type *t) {
    Type *vt = type_of(v);
    return vt == t || type_is_subtype(vt, t);
}

/* ---- garbage-collector header, in front of every object of a TPFLAG_GC type ---- */
typedef struct GCHead {
    struct GCHead *next, *prev; /* generation list; next == NULL means untracked */
    intptr_t gc_refs;
} GCHead;

static inline GCHead *gc_head(Value v) { return (GCHead *)v - 1; }

/* Allocation of objects (memory/gc.c). Both return a zeroed object with refcount 1 and
 * its type set (the type is increfed if it is a heap type), or NULL with MemoryError set.
 * nitems is the number of items for variable-size types. GC objects start untracked. */
Value object_new(Type *type, size_t nitems);
void object_free(Value v); /* releases the memory of v (and its GCHead); does not decref */
void gc_track(Value v);
void gc_untrack(Value v);

/* ---- the generic object protocol (object/abstract.c). All return new references;
 * NULL / -1 means an exception is pending. ---- */
Value object_repr(Value v);
Value object_str(Value v);
Value object_ascii(Value v);
hash_t object_hash(Value v);
int object_is_true(Value v);
Value object_richcompare(Value a, Value b, int op);
int object_richcompare_bool(Value a, Value b, int op); /* identity implies equality for EQ/NE */
Value object_getattr(Value v, Value name);
Value object_getattr_cstr(Value v, const char *name);
int object_setattr(Value v, Value name, Value value); /* value NULL: delete */
int object_hasattr(Value v, Value name);
Value object_generic_getattr(Value v, Value name);
int object_generic_setattr(Value v, Value name, Value value);
Value object_call(Value callable, Value const *args, size_t nargs, Value kwnames);
Value object_call_method(Value self, Value name, Value const *args,
                         size_t nargs); /* self.name(*args) */
Value object_getiter(Value v);
Value object_iternext(Value it); /* NULL without error: exhausted */
intptr_t object_len(Value v);
Value object_getitem(Value v, Value key);
int object_setitem(Value v, Value key, Value value);
int object_delitem(Value v, Value key);
int object_contains(Value container, Value item);
Value binary_op(Value a, Value b, int op); /* BinaryOp, or k + BINOP_INPLACE */
Value unary_negative(Value v);
Value unary_positive(Value v);
Value unary_invert(Value v);
Value object_index(Value v); /* operator.index: an exact int or NULL */
Value object_format(Value v, Value spec);
bool object_is_callable(Value v);
Value type_lookup(Type *t, Value name); /* MRO lookup, borrowed reference, no error */

/* ---- the singletons ---- */
extern Object none_object, true_object, false_object, not_implemented_object, ellipsis_object;
extern Type type_none, type_bool, type_not_implemented, type_ellipsis;
#define NONE            (&none_object)
#define TRUE_VALUE      (&true_object)
#define FALSE_VALUE     (&false_object)
#define NOT_IMPLEMENTED (&not_implemented_object)
#define ELLIPSIS        (&ellipsis_object)
static inline Value bool_value(bool b) { return b ? TRUE_VALUE : FALSE_VALUE; }
static inline Value new_none(void) { return NONE; } /* immortal: no incref needed */

#endif
