/* struct.c: the `_struct` module: packing Python values into bytes and back by a format
 * string (byte order and alignment prefix @ = < > !, counts, the codes x c b B ? h H i I
 * l L q Q n N f d s p P) with the Struct type and struct.error, using CPython's messages.
 * The half-float code 'e' is not supported. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/bytearray.h"
#include "../object/dict.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

static Value struct_error; /* struct.error */

static Value fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static Value fail(const char *fmt, ...) {
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Value m = str_from_cstr(msg);
    Value exc = m ? object_call(struct_error, &m, 1, NULL) : NULL;
    xdecref(m);
    if (exc) err_set_exception(exc);
    return NULL;
}

typedef struct Item {
    char code;
    intptr_t count; /* repeat, or the length for s and p */
    intptr_t offset, size;
} Item;

typedef struct Layout {
    Item *items;
    intptr_t nitems, nvalues, size;
    bool little, native; /* native: '@' (or no prefix): C sizes, alignment, float casts */
} Layout;

static intptr_t code_size(char c, bool native) {
    switch (c) {
        case 'x':
        case 'c':
        case 'b':
        case 'B':
        case '?':
        case 's':
        case 'p': return 1;
        case 'h':
        case 'H': return 2;
        case 'i':
        case 'I':
        case 'f': return 4;
        case 'l':
        case 'L': return native ? 8 : 4;
        case 'q':
        case 'Q':
        case 'd': return 8;
        case 'n':
        case 'N':
        case 'P': return native ? 8 : -1;
        default: return -1;
    }
}

static bool parse_format(Value fmt_obj, Layout *out) {
    const char *fmt;
    intptr_t len;
    if (is_str(fmt_obj))
        fmt = str_utf8_len(fmt_obj, &len);
    else if (bytes_like_data(fmt_obj, &fmt, &len) < 0) {
        err_format(&exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %T",
                   fmt_obj);
        return false;
    }
    if (!fmt) return false;
    bool native = true, align = true;
    out->little = out->native = true;
    intptr_t i = 0;
    if (len > 0 && strchr("@=<>!", fmt[0])) {
        native = align = fmt[0] == '@';
        out->native = native;
        out->little = fmt[0] == '@' || fmt[0] == '=' || fmt[0] == '<';
        i = 1;
    }
    out->items = mem_alloc(((size_t)len + 1) * sizeof(Item));
    if (!out->items) {
        err_no_memory();
        return false;
    }
    out->nitems = out->nvalues = out->size = 0;
    while (i < len) {
        char c = fmt[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        intptr_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < len && fmt[i] >= '0' && fmt[i] <= '9') {
                if (count > (INTPTR_MAX - 9) / 10) goto too_large;
                count = count * 10 + (fmt[i++] - '0');
            }
            if (i == len) {
                mem_free(out->items);
                fail("repeat count given without format specifier");
                return false;
            }
            c = fmt[i];
        }
        intptr_t size = code_size(c, native);
        if (size < 0) {
            mem_free(out->items);
            fail("bad char in struct format");
            return false;
        }
        if (align && size > 1 && c != 's' && c != 'p')
            out->size = (out->size + size - 1) / size * size;
        bool bytes_item = c == 's' || c == 'p';
        if (count > (INTPTR_MAX - out->size) / size) goto too_large;
        out->items[out->nitems++] = (Item){c, count, out->size, size};
        out->size += count * size;
        out->nvalues += c == 'x' ? 0 : bytes_item ? 1 : count;
        i++;
    }
    return true;
too_large:
    mem_free(out->items);
    fail("total struct size too long");
    return false;
}

/* ---- packing ---- */

static void put_uint(char *p, uint64_t v, intptr_t size, bool little) {
    for (intptr_t k = 0; k < size; k++) {
        intptr_t idx = little ? k : size - 1 - k;
        p[idx] = (char)(v & 0xff);
        v >>= 8;
    }
}

static uint64_t get_uint(const char *p, intptr_t size, bool little) {
    uint64_t v = 0;
    for (intptr_t k = 0; k < size; k++) {
        intptr_t idx = little ? size - 1 - k : k;
        v = (v << 8) | (unsigned char)p[idx];
    }
    return v;
}

static bool int_range_error(char code, intptr_t size, bool is_signed) {
    static const char *const names[] = {"byte", "ubyte", "short", "ushort"};
    if (size >= 8) {
        fail("argument out of range");
        return false;
    }
    long long lo = is_signed ? -(1LL << (size * 8 - 1)) : 0;
    long long hi = is_signed ? (1LL << (size * 8 - 1)) - 1 : (long long)((1ULL << (size * 8)) - 1);
    if (size <= 2)
        fail("%s format requires %lld <= number <= %lld", names[(size - 1) * 2 + !is_signed], lo,
             hi);
    else
        fail("'%c' format requires %lld <= number <= %lld", code, lo, hi);
    return false;
}

static bool pack_int(char *p, Value v, char code, intptr_t size, bool little) {
    bool is_signed =
        code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    if (!is_int(v) && !(type_of(v)->number && type_of(v)->number->index)) {
        fail("required argument is not an integer");
        return false;
    }
    Value iv = object_index(v);
    if (!iv) return false;
    IntView tmp;
    mpz_srcptr z = int_view(iv, &tmp);
    bool ok;
    uint64_t bits = 0;
    if (is_signed) {
        ok = mpz_fits_slong_p(z);
        long x = ok ? mpz_get_si(z) : 0;
        if (ok && size < 8) ok = x >= -(1L << (size * 8 - 1)) && x < (1L << (size * 8 - 1));
        bits = (uint64_t)x;
    } else {
        ok = mpz_sgn(z) >= 0 && mpz_fits_ulong_p(z);
        unsigned long x = ok ? mpz_get_ui(z) : 0;
        if (ok && size < 8) ok = x < (1UL << (size * 8));
        bits = x;
    }
    decref(iv);
    if (!ok) return int_range_error(code, size, is_signed);
    put_uint(p, bits, size, little);
    return true;
}

static bool pack_item(char *p, const Item *it, Value v, bool little, bool native) {
    switch (it->code) {
        case 'c':
            if (!is_bytes(v) || bytes_size(v) != 1) {
                fail("char format requires a bytes object of length 1");
                return false;
            }
            p[0] = bytes_data(v)[0];
            return true;
        case '?': {
            int t = object_is_true(v);
            if (t < 0) return false;
            p[0] = (char)t;
            return true;
        }
        case 'f':
        case 'd': {
            if (!is_float(v) && !is_int(v) &&
                !(type_of(v)->number && type_of(v)->number->as_float)) {
                fail("required argument is not a float");
                return false;
            }
            double d = float_as_double(v);
            if (d == -1.0 && err_occurred()) return false;
            uint64_t bits;
            if (it->code == 'f') {
                float f = (float)d;
                if (!native && isinf(f) && !isinf(d)) {
                    err_format(&exc_OverflowError, "float too large to pack with f format");
                    return false;
                }
                uint32_t b32;
                memcpy(&b32, &f, 4);
                bits = b32;
            } else {
                memcpy(&bits, &d, 8);
            }
            put_uint(p, bits, it->size, little);
            return true;
        }
        case 's':
        case 'p': {
            const char *data;
            intptr_t n;
            if (!is_bytes(v) && !is_instance_of(v, &type_bytearray)) {
                fail("argument for '%c' must be a bytes object", it->code);
                return false;
            }
            bytes_like_data(v, &data, &n);
            intptr_t room = it->code == 'p' ? it->count - 1 : it->count;
            if (room < 0) room = 0;
            if (n > room) n = room;
            memset(p, 0, (size_t)it->count);
            if (it->code == 'p') {
                if (it->count > 0) p[0] = (char)(n > 255 ? 255 : n);
                memcpy(p + 1, data, (size_t)n);
            } else {
                memcpy(p, data, (size_t)n);
            }
            return true;
        }
        default: return pack_int(p, v, it->code, it->size, little);
    }
}

/* Packs values into buf (layout.size bytes, zeroed by the caller). */
static bool pack_into_buffer(const Layout *l, char *buf, Value const *values, size_t nvalues) {
    if ((intptr_t)nvalues != l->nvalues) {
        fail("pack expected %zd items for packing (got %zu)", l->nvalues, nvalues);
        return false;
    }
    size_t vi = 0;
    for (intptr_t i = 0; i < l->nitems; i++) {
        const Item *it = &l->items[i];
        if (it->code == 'x') continue;
        if (it->code == 's' || it->code == 'p') {
            if (!pack_item(buf + it->offset, it, values[vi++], l->little, l->native)) return false;
            continue;
        }
        for (intptr_t k = 0; k < it->count; k++)
            if (!pack_item(buf + it->offset + k * it->size, it, values[vi++], l->little, l->native))
                return false;
    }
    return true;
}

static Value unpack_item(const char *p, const Item *it, bool little) {
    switch (it->code) {
        case 'c': return bytes_new(p, 1);
        case '?': return bool_value(p[0] != 0);
        case 'f': {
            uint32_t b = (uint32_t)get_uint(p, 4, little);
            float f;
            memcpy(&f, &b, 4);
            return float_new(f);
        }
        case 'd': {
            uint64_t b = get_uint(p, 8, little);
            double d;
            memcpy(&d, &b, 8);
            return float_new(d);
        }
        case 's': return bytes_new(p, it->count);
        case 'p': {
            intptr_t n = it->count ? (unsigned char)p[0] : 0;
            if (n >= it->count) n = it->count ? it->count - 1 : 0;
            return bytes_new(p + 1, n);
        }
        default: {
            uint64_t v = get_uint(p, it->size, little);
            bool is_signed = strchr("bhilqn", it->code) != NULL;
            if (!is_signed) return int_from_ulong(v);
            if (it->size < 8 && (v >> (it->size * 8 - 1)) & 1) v |= ~0ULL << (it->size * 8);
            return int_from_long((long long)v);
        }
    }
}

static Value unpack_buffer(const Layout *l, const char *buf) {
    Value t = tuple_new(l->nvalues);
    intptr_t vi = 0;
    for (intptr_t i = 0; t && i < l->nitems; i++) {
        const Item *it = &l->items[i];
        if (it->code == 'x') continue;
        intptr_t reps = it->code == 's' || it->code == 'p' ? 1 : it->count;
        for (intptr_t k = 0; t && k < reps; k++) {
            Value v = unpack_item(buf + it->offset + k * it->size, it, l->little);
            if (!v)
                CLEAR(t);
            else
                tuple_items(t)[vi++] = v;
        }
    }
    return t;
}

/* ---- the Struct type ---- */

typedef struct StructObject {
    Object ob;
    Value format;
    Layout layout;
} StructObject;

static Type type_struct;

static Value struct_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"format"};
    Value v[1];
    if (args_bind("Struct", args, nargs, kwnames, names, 1, 1, v) < 0) return NULL;
    if (!v[0])
        return err_format(&exc_TypeError, "Struct() missing required argument 'format' (pos 1)");
    Layout l;
    if (!parse_format(v[0], &l)) return NULL;
    StructObject *s = (StructObject *)object_new(type, 0);
    if (!s) {
        mem_free(l.items);
        return NULL;
    }
    s->layout = l;
    s->format = is_str(v[0]) ? incref(v[0]) : object_str(v[0]);
    if (!s->format) {
        decref((Value)s);
        return NULL;
    }
    return (Value)s;
}

static void struct_dealloc(Value self) {
    StructObject *s = (StructObject *)self;
    xdecref(s->format);
    mem_free(s->layout.items);
    object_free(self);
}

static Value struct_pack(Value self, Value const *args, size_t nargs, Value kwnames) {
    StructObject *s = (StructObject *)self;
    Value b = bytes_new(NULL, s->layout.size);
    if (b && !pack_into_buffer(&s->layout, bytes_data(b), args, nargs)) CLEAR(b);
    return b;
}

/* The writable or readable bytes of a buffer argument with an offset check. */
static const char *buffer_at(Value buf, intptr_t offset, intptr_t need, const char *what,
                             intptr_t *avail) {
    const char *data;
    intptr_t n;
    if (bytes_like_data(buf, &data, &n) < 0) {
        err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", buf);
        return NULL;
    }
    if (offset < 0) offset += n;
    if (offset < 0 || n - offset < need) {
        fail("%s requires a buffer of at least %zd bytes for %s at offset %zd (actual buffer size "
             "is %zd)",
             what, need + (offset > 0 ? offset : 0), what[0] == 'u' ? "unpacking" : "packing",
             offset, n);
        return NULL;
    }
    *avail = n;
    return data + offset;
}

static Value struct_unpack(Value self, Value const *args, size_t nargs, Value kwnames) {
    StructObject *s = (StructObject *)self;
    if (args_count("unpack", nargs, 1, 1) < 0) return NULL;
    const char *data;
    intptr_t n;
    if (bytes_like_data(args[0], &data, &n) < 0)
        return err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    if (n != s->layout.size) return fail("unpack requires a buffer of %zd bytes", s->layout.size);
    return unpack_buffer(&s->layout, data);
}

static Value struct_unpack_from(Value self, Value const *args, size_t nargs, Value kwnames) {
    StructObject *s = (StructObject *)self;
    static const char *const names[] = {"buffer", "offset"};
    Value v[2];
    if (args_bind("unpack_from", args, nargs, kwnames, names, 2, 2, v) < 0) return NULL;
    long long off = 0;
    if (v[1] && int_as_long(v[1], &off) < 0) return NULL;
    intptr_t avail;
    const char *p = buffer_at(v[0], (intptr_t)off, s->layout.size, "unpack_from", &avail);
    return p ? unpack_buffer(&s->layout, p) : NULL;
}

static Value struct_pack_into(Value self, Value const *args, size_t nargs, Value kwnames) {
    StructObject *s = (StructObject *)self;
    if (nargs < 2) return err_format(&exc_TypeError, "pack_into expected buffer argument");
    if (!is_instance_of(args[0], &type_bytearray))
        return err_format(&exc_TypeError, "argument must be read-write bytes-like object, not %T",
                          args[0]);
    long long off;
    if (int_as_long(args[1], &off) < 0) return NULL;
    intptr_t avail;
    char *p = (char *)buffer_at(args[0], (intptr_t)off, s->layout.size, "pack_into", &avail);
    if (!p) return NULL;
    char *tmp = mem_calloc((size_t)s->layout.size + 1, 1);
    if (!tmp) return err_no_memory();
    bool ok = pack_into_buffer(&s->layout, tmp, args + 2, nargs - 2);
    if (ok) memcpy(p, tmp, (size_t)s->layout.size);
    mem_free(tmp);
    return ok ? NONE : NULL;
}

static Value struct_iter_unpack(Value self, Value const *args, size_t nargs, Value kwnames) {
    StructObject *s = (StructObject *)self;
    if (args_count("iter_unpack", nargs, 1, 1) < 0) return NULL;
    const char *data;
    intptr_t n, size = s->layout.size;
    if (bytes_like_data(args[0], &data, &n) < 0)
        return err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    if (size == 0) return fail("cannot iteratively unpack with a struct of length 0");
    if (n % size)
        return fail("iterative unpacking requires a buffer of a multiple of %zd bytes", size);
    Value list = list_new(0);
    for (intptr_t off = 0; list && off < n; off += size) {
        Value t = unpack_buffer(&s->layout, data + off);
        if (!t || list_append(list, t) < 0) CLEAR(list);
        xdecref(t);
    }
    Value it = list ? object_getiter(list) : NULL;
    xdecref(list);
    return it;
}

static Value struct_get_size(Value self, void *c) {
    return int_from_long(((StructObject *)self)->layout.size);
}
static Value struct_get_format(Value self, void *c) {
    return incref(((StructObject *)self)->format);
}

static MethodDef struct_methods[] = {
    {"pack", struct_pack, 0, NULL},
    {"unpack", struct_unpack, 0, NULL},
    {"unpack_from", struct_unpack_from, METH_KEYWORDS, NULL},
    {"pack_into", struct_pack_into, 0, NULL},
    {"iter_unpack", struct_iter_unpack, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static GetSetDef struct_getsets[] = {
    {"size", struct_get_size, NULL, NULL, NULL},
    {"format", struct_get_format, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static Type type_struct = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_struct.Struct",
    .basicsize = sizeof(StructObject),
    .flags = TPFLAG_BASETYPE,
    .dealloc = struct_dealloc,
    .new_ = struct_type_new,
    .methods = struct_methods,
    .getsets = struct_getsets,
};

/* ---- module functions: a Struct for the format, then its method ---- */

static Value with_struct(Value fmt, Value (*method)(Value, Value const *, size_t, Value),
                         Value const *args, size_t nargs, Value kwnames) {
    Value s = struct_type_new(&type_struct, &fmt, 1, NULL);
    if (!s) return NULL;
    Value r = method(s, args, nargs, kwnames);
    decref(s);
    return r;
}

#define STRUCT_FUNC(name, min)                                                                     \
    static Value module_##name(Value self, Value const *args, size_t nargs, Value kwnames) {       \
        if (nargs < min)                                                                           \
            return err_format(&exc_TypeError, #name " expected at least %d argument%s, got %zu",   \
                              min, min == 1 ? "" : "s", nargs);                                    \
        return with_struct(args[0], struct_##name, args + 1, nargs - 1, kwnames);                  \
    }
STRUCT_FUNC(pack, 1)
STRUCT_FUNC(unpack, 2)
STRUCT_FUNC(unpack_from, 2)
STRUCT_FUNC(pack_into, 3)
STRUCT_FUNC(iter_unpack, 2)

static Value module_calcsize(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("calcsize", nargs, 1, 1) < 0) return NULL;
    Layout l;
    if (!parse_format(args[0], &l)) return NULL;
    mem_free(l.items);
    return int_from_long(l.size);
}

static Value module_clearcache(Value self, Value const *args, size_t nargs, Value kwnames) {
    return NONE;
}

static MethodDef struct_module_methods[] = {
    {"pack", module_pack, 0, NULL},
    {"unpack", module_unpack, 0, NULL},
    {"unpack_from", module_unpack_from, METH_KEYWORDS, NULL},
    {"pack_into", module_pack_into, 0, NULL},
    {"iter_unpack", module_iter_unpack, 0, NULL},
    {"calcsize", module_calcsize, 0, NULL},
    {"_clearcache", module_clearcache, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value struct_module_new(void) {
    if (!struct_error) {
        Value bases = tuple_pack(1, (Value)&exc_Exception);
        struct_error = bases ? exception_class_new("struct", "error", bases) : NULL;
        xdecref(bases);
        if (!struct_error) return NULL;
    }
    if (type_ready(&type_struct) < 0) return NULL;
    Value m = module_new("_struct");
    if (m && (module_add_functions(m, struct_module_methods) < 0 ||
              module_add_object(m, "Struct", (Value)&type_struct) < 0 ||
              module_add_object(m, "error", struct_error) < 0))
        CLEAR(m);
    return m;
}
