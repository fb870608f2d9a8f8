/* str.h: the str type. Immutable, PEP 393 layout: 1, 2 or 4 bytes per code point chosen
 * by the widest character, O(1) indexing, cached hash (SipHash-1-3 seeded by
 * PYTHONHASHSEED as CPython) and a UTF-8 form cached on demand. */
#ifndef PVM_STR_H
#define PVM_STR_H

#include <stdarg.h>

#include "object.h"

typedef struct Str {
    Object ob;
    intptr_t length; /* code points */
    hash_t hash;     /* -1 until computed */
    uint8_t kind;    /* 1, 2 or 4 bytes per code point */
    bool ascii;      /* all code points < 128: the data is also the UTF-8 form */
    bool interned;
    char *utf8; /* NUL-terminated UTF-8 form (data itself when ascii) or NULL */
    intptr_t utf8_length;
    _Alignas(4) uint8_t data[]; /* length + 1 units, NUL-terminated */
} Str;

extern Type type_str;

static inline bool is_str(Value v) {
    return !is_small_int(v) && type_has_flag(v->type, TPFLAG_STR_SUBCLASS);
}
static inline bool is_str_exact(Value v) { return !is_small_int(v) && v->type == &type_str; }
static inline intptr_t str_length(Value s) { return ((Str *)s)->length; }
static inline uint32_t str_char(Value s, intptr_t i) {
    Str *o = (Str *)s;
    return o->kind == 1   ? o->data[i]
           : o->kind == 2 ? ((uint16_t *)o->data)[i]
                          : ((uint32_t *)o->data)[i];
}

/* Strict UTF-8, except that surrogates encoded as 3 bytes are allowed (the parser makes
 * them for '\ud800'); UnicodeDecodeError otherwise. */
Value str_from_utf8(const char *s, size_t len);
Value str_from_cstr(const char *s);
Value str_from_codepoints(const uint32_t *cps, size_t n);
Value str_new_raw(intptr_t length, uint32_t maxchar); /* uninitialised data of the right kind */
/* The formats of err_format: %s (UTF-8 char *) %c (int code point) %d %i %u %x with the
 * l, ll and z size modifiers, %p, %%, %R repr(Value), %S str(Value), %A ascii(Value),
 * %U a str Value as is, %V (Value, or the char * after it when NULL), %T the type name of
 * a Value, %N a Type*'s name. Flags '-' '0', width and precision as printf; precision
 * limits the characters of %s %U %V %R %S %A %T %N. */
Value str_from_format(const char *fmt, ...);
Value str_from_format_v(const char *fmt, va_list ap);
const char *str_utf8(Value s); /* cached; NULL + error if unencodable */
const char *str_utf8_len(Value s, intptr_t *len);
hash_t str_hash(Value s);
bool str_equal(Value a, Value b);  /* both str */
int str_compare(Value a, Value b); /* <0, 0, >0 by code points */
bool str_equal_cstr(Value s, const char *cstr);
Value str_concat(Value a, Value b);
Value str_substring(Value s, intptr_t start, intptr_t end);
Value str_join(Value sep, Value iterable);
Value str_repr(Value s);
Value str_from_char(uint32_t c); /* chr(c), c <= 0x10ffff; latin-1 ones are cached immortals */
Value str_empty(void);           /* the immortal '' */

/* Interning: identifiers, attribute names and small constants are interned, so name
 * lookups compare pointers. Interned strings are immortal. */
Value str_intern(Value s);            /* steals s, returns the interned (new ref) */
Value str_intern_cstr(const char *s); /* immortal interned str, never NULL except OOM */
/* Start-up, before any other str is made: reads PYTHONHASHSEED (an invalid value prints
 * CPython's fatal error to stderr and returns -1 with no exception set: exit status 1)
 * and interns COMMON_NAMES. */
int str_init(void);

/* Frequently used identifiers, interned at start-up: NAME(__init__) etc. */
/* clang-format off */
#define COMMON_NAMES(X)                                                                            \
    X(__init__) X(__new__) X(__call__) X(__repr__) X(__str__) X(__hash__) X(__eq__) X(__ne__)      \
    X(__lt__) X(__le__) X(__gt__) X(__ge__) X(__len__) X(__iter__) X(__next__) X(__getitem__)      \
    X(__setitem__) X(__delitem__) X(__contains__) X(__bool__) X(__getattr__)                       \
    X(__getattribute__) X(__setattr__) X(__delattr__) X(__get__) X(__set__) X(__delete__)          \
    X(__name__) X(__qualname__) X(__module__) X(__doc__) X(__dict__) X(__class__) X(__main__)      \
    X(__builtins__) X(__file__) X(__all__) X(__import__) X(__spec__) X(__loader__)                 \
    X(__package__) X(__path__) X(__annotations__) X(__slots__) X(__mro__) X(__bases__)             \
    X(__index__) X(__int__) X(__float__) X(__format__) X(__neg__) X(__pos__) X(__abs__)            \
    X(__invert__) X(__enter__) X(__exit__) X(__del__) X(__init_subclass__) X(__set_name__)         \
    X(__class_getitem__) X(__build_class__) X(__prepare__) X(__classcell__) X(__round__)           \
    X(__reversed__) X(__missing__) X(__instancecheck__) X(__subclasscheck__) X(__traceback__)      \
    X(__cause__) X(__context__) X(__weakref__) X(__orig_bases__) X(__mro_entries__)                \
    X(__await__) X(__aiter__) X(__anext__) X(__length_hint__) X(__objclass__)                      \
    X(__qualname_str__) X(args) X(send) X(throw) X(close) X(keys) X(items) X(values) X(append)     \
    X(write) X(flush) X(encoding) X(errors) X(stdout) X(stderr) X(stdin) X(metaclass) X(mro)       \
    X(__bytes__)
/* clang-format on */

typedef struct CommonNames {
#define X(n) Value n;
    COMMON_NAMES(X)
#undef X
} CommonNames;
extern CommonNames common_names;
#define NAME(n) (common_names.n)

#endif
