/* marshal.c: pvm's marshal format. One type byte per value followed by its payload,
 * little-endian fixed-size integers, lengths as 32-bit counts:
 *   N None  T True  F False  . Ellipsis  S StopIteration
 *   i int32  I int64  l big int (sign byte + 32-bit byte count + magnitude, LSB first)
 *   g float (IEEE double)  y complex (two doubles)
 *   u str (UTF-8, surrogates passed through)  t interned str  s bytes
 *   ( tuple  [ list  { dict (key, value pairs, ended by '0')  < set  > frozenset
 *   c code object (fields in CodeSpec order)
 * Nesting is bounded on both sides; any malformed input is a clean ValueError/EOFError. */
#include "marshal.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/code.h"
#include "../object/codecs.h"
#include "../object/complex.h"
#include "../object/dict.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/module.h"
#include "../object/set.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"

#define MAX_MARSHAL_DEPTH 2000

/* ---- writing ---- */

typedef struct Writer {
    char *buf;
    size_t len, cap;
    int depth;
    bool failed;
} Writer;

static void put(Writer *w, const void *data, size_t n) {
    if (w->failed) return;
    if (w->len + n > w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 256;
        while (cap < w->len + n) cap *= 2;
        char *bigger = mem_realloc(w->buf, cap);
        if (!bigger) {
            err_no_memory();
            w->failed = true;
            return;
        }
        w->buf = bigger;
        w->cap = cap;
    }
    memcpy(w->buf + w->len, data, n);
    w->len += n;
}

static void put_byte(Writer *w, char c) { put(w, &c, 1); }

static void put_u32(Writer *w, uint32_t v) {
    unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    put(w, b, 4);
}

static void put_u64(Writer *w, uint64_t v) {
    put_u32(w, (uint32_t)v);
    put_u32(w, (uint32_t)(v >> 32));
}

static void put_double(Writer *w, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    put_u64(w, bits);
}

static void fail(Writer *w, Type *type, const char *msg) {
    if (!w->failed) err_set_str(type, msg);
    w->failed = true;
}

static void put_size(Writer *w, intptr_t n) {
    if (n > (intptr_t)UINT32_MAX) {
        fail(w, &exc_ValueError, "object too large to marshal");
        return;
    }
    put_u32(w, (uint32_t)n);
}

static void write_value(Writer *w, Value v);

static void write_int(Writer *w, Value v) {
    long long n;
    if (int_as_long(v, &n) == 0) {
        if (n >= INT32_MIN && n <= INT32_MAX) {
            put_byte(w, 'i');
            put_u32(w, (uint32_t)(int32_t)n);
        } else {
            put_byte(w, 'I');
            put_u64(w, (uint64_t)n);
        }
        return;
    }
    err_clear();
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    size_t count = (mpz_sizeinbase(z, 2) + 7) / 8;
    unsigned char *mag = mem_alloc(count);
    if (!mag) {
        mpz_clear(z);
        fail(w, &exc_MemoryError, "");
        return;
    }
    mpz_export(mag, &count, -1, 1, 0, 0, z);
    put_byte(w, 'l');
    put_byte(w, mpz_sgn(z) < 0 ? '-' : '+');
    put_size(w, (intptr_t)count);
    put(w, mag, count);
    mem_free(mag);
    mpz_clear(z);
}

static void write_str(Writer *w, Value s) {
    Value utf8 = codec_encode_utf8(s, "surrogatepass");
    if (!utf8) {
        w->failed = true;
        return;
    }
    put_byte(w, ((Str *)s)->interned ? 't' : 'u');
    put_size(w, bytes_size(utf8));
    put(w, bytes_data(utf8), (size_t)bytes_size(utf8));
    decref(utf8);
}

static void write_items(Writer *w, char code, Value const *items, intptr_t n) {
    put_byte(w, code);
    put_size(w, n);
    for (intptr_t i = 0; i < n && !w->failed; i++) write_value(w, items[i]);
}

static void write_set(Writer *w, Value s) {
    put_byte(w, is_frozenset_exact(s) ? '>' : '<');
    put_size(w, set_size(s));
    intptr_t pos = 0;
    Value key;
    hash_t hash;
    while (!w->failed && set_next(s, &pos, &key, &hash)) write_value(w, key);
}

static void write_code(Writer *w, Code *co) {
    Value co_code = code_get_co_code((Value)co);
    if (!co_code) {
        w->failed = true;
        return;
    }
    put_byte(w, 'c');
    int fields[] = {co->argcount,  co->posonlyargcount, co->kwonlyargcount,
                    co->stacksize, co->flags,           co->firstlineno};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) put_u32(w, (uint32_t)fields[i]);
    Value objects[] = {
        co_code,      co->consts, co->names,    co->localsplusnames, co->localspluskinds,
        co->filename, co->name,   co->qualname, co->linetable,       co->exceptiontable};
    for (size_t i = 0; i < sizeof objects / sizeof objects[0] && !w->failed; i++) {
        write_value(w, objects[i]);
    }
    decref(co_code);
}

static void write_value(Writer *w, Value v) {
    if (w->failed) return;
    if (++w->depth > MAX_MARSHAL_DEPTH) {
        fail(w, &exc_ValueError, "object too deeply nested to marshal");
        return;
    }
    Type *t = type_of(v);
    if (v == NONE)
        put_byte(w, 'N');
    else if (v == TRUE_VALUE)
        put_byte(w, 'T');
    else if (v == FALSE_VALUE)
        put_byte(w, 'F');
    else if (v == ELLIPSIS)
        put_byte(w, '.');
    else if (v == (Value)&exc_StopIteration)
        put_byte(w, 'S');
    else if (t == &type_int)
        write_int(w, v);
    else if (t == &type_float) {
        put_byte(w, 'g');
        put_double(w, float_value(v));
    } else if (t == &type_complex) {
        put_byte(w, 'y');
        put_double(w, ((Complex *)v)->real);
        put_double(w, ((Complex *)v)->imag);
    } else if (t == &type_str)
        write_str(w, v);
    else if (t == &type_bytes) {
        put_byte(w, 's');
        put_size(w, bytes_size(v));
        put(w, bytes_data(v), (size_t)bytes_size(v));
    } else if (t == &type_tuple)
        write_items(w, '(', tuple_items(v), tuple_size(v));
    else if (t == &type_list)
        write_items(w, '[', ((List *)v)->items, list_size(v));
    else if (t == &type_dict) {
        put_byte(w, '{');
        intptr_t pos = 0;
        Value key, value;
        while (!w->failed && dict_next(v, &pos, &key, &value)) {
            write_value(w, key);
            write_value(w, value);
        }
        put_byte(w, '0');
    } else if (t == &type_set || t == &type_frozenset)
        write_set(w, v);
    else if (t == &type_code)
        write_code(w, (Code *)v);
    else
        fail(w, &exc_ValueError, "unmarshallable object");
    w->depth--;
}

Value marshal_dumps(Value v) {
    Writer w = {0};
    write_value(&w, v);
    Value result = w.failed ? NULL : bytes_new(w.buf, (intptr_t)w.len);
    mem_free(w.buf);
    return result;
}

/* ---- reading ---- */

typedef struct Reader {
    const unsigned char *p, *end;
    int depth;
} Reader;

static Value bad_data(const char *why) {
    return err_format(&exc_ValueError, "bad marshal data (%s)", why);
}

static const unsigned char *take(Reader *r, size_t n) {
    if ((size_t)(r->end - r->p) < n) {
        err_set_str(&exc_EOFError, "marshal data too short");
        return NULL;
    }
    const unsigned char *at = r->p;
    r->p += n;
    return at;
}

static int get_u32(Reader *r, uint32_t *out) {
    const unsigned char *b = take(r, 4);
    if (!b) return -1;
    *out = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    return 0;
}

static int get_u64(Reader *r, uint64_t *out) {
    uint32_t lo, hi;
    if (get_u32(r, &lo) < 0 || get_u32(r, &hi) < 0) return -1;
    *out = (uint64_t)hi << 32 | lo;
    return 0;
}

static int get_double(Reader *r, double *out) {
    uint64_t bits;
    if (get_u64(r, &bits) < 0) return -1;
    memcpy(out, &bits, sizeof *out);
    return 0;
}

/* A length that must still fit in the remaining input (each item takes >= 1 byte). */
static int get_count(Reader *r, intptr_t *out) {
    uint32_t n;
    if (get_u32(r, &n) < 0) return -1;
    if (n > (size_t)(r->end - r->p)) {
        err_set_str(&exc_EOFError, "marshal data too short");
        return -1;
    }
    *out = (intptr_t)n;
    return 0;
}

static Value read_value(Reader *r);

static Value read_big_int(Reader *r) {
    const unsigned char *sign = take(r, 1);
    intptr_t count;
    if (!sign || get_count(r, &count) < 0) return NULL;
    const unsigned char *mag = take(r, (size_t)count);
    if (!mag) return NULL;
    if (*sign != '+' && *sign != '-') return bad_data("bad int sign");
    mpz_t z;
    mpz_init(z);
    mpz_import(z, (size_t)count, -1, 1, 0, 0, mag);
    if (*sign == '-') mpz_neg(z, z);
    Value v = int_from_mpz(z);
    mpz_clear(z);
    return v;
}

static Value read_str(Reader *r, bool interned) {
    intptr_t n;
    if (get_count(r, &n) < 0) return NULL;
    const unsigned char *data = take(r, (size_t)n);
    if (!data) return NULL;
    Value s = codec_decode_utf8((const char *)data, n, "surrogatepass");
    return s && interned ? str_intern(s) : s;
}

static Value read_sequence(Reader *r, char code) {
    intptr_t n;
    if (get_count(r, &n) < 0) return NULL;
    Value items = code == '(' ? tuple_new(n) : code == '[' ? list_new(0) : NULL;
    if (code == '<' || code == '>') {
        items = set_new_from(code == '<' ? &type_set : &type_frozenset, NULL);
    }
    if (!items) return NULL;
    for (intptr_t i = 0; i < n; i++) {
        Value item = read_value(r);
        if (!item) {
            decref(items);
            return NULL;
        }
        int status = 0;
        if (code == '(')
            tuple_items(items)[i] = item;
        else
            status = code == '[' ? list_append(items, item) : set_add(items, item);
        if (code != '(') decref(item);
        if (status < 0) {
            decref(items);
            return NULL;
        }
    }
    return items;
}

static Value read_dict(Reader *r) {
    Value d = dict_new();
    while (d) {
        if (r->p < r->end && *r->p == '0') {
            r->p++;
            return d;
        }
        Value key = read_value(r);
        Value value = key ? read_value(r) : NULL;
        if (!value || dict_set(d, key, value) < 0) CLEAR(d);
        xdecref(key);
        xdecref(value);
    }
    return NULL;
}

static Value read_code(Reader *r) {
    uint32_t fields[6];
    for (int i = 0; i < 6; i++) {
        if (get_u32(r, &fields[i]) < 0) return NULL;
    }
    Value objects[10] = {0};
    Value result = NULL;
    for (int i = 0; i < 10; i++) {
        if (!(objects[i] = read_value(r))) goto done;
    }
    Value co_code = objects[0];
    if (!is_bytes(co_code) || bytes_size(co_code) % 2 || !is_tuple(objects[1]) ||
        !is_tuple(objects[2]) || !is_tuple(objects[3]) || !is_bytes(objects[4]) ||
        bytes_size(objects[4]) != tuple_size(objects[3]) || !is_str(objects[5]) ||
        !is_str(objects[6]) || !is_str(objects[7]) || !is_bytes(objects[8]) ||
        !is_bytes(objects[9])) {
        bad_data("malformed code object");
        goto done;
    }
    intptr_t nunits = bytes_size(co_code) / 2;
    CodeUnit *units = mem_alloc(sizeof(CodeUnit) * (size_t)(nunits ? nunits : 1));
    if (!units) {
        err_no_memory();
        goto done;
    }
    const unsigned char *b = (const unsigned char *)bytes_data(co_code);
    for (intptr_t i = 0; i < nunits; i++) units[i] = (CodeUnit)(b[2 * i] | b[2 * i + 1] << 8);
    CodeSpec spec = {
        .argcount = (int)fields[0],
        .posonlyargcount = (int)fields[1],
        .kwonlyargcount = (int)fields[2],
        .stacksize = (int)fields[3],
        .flags = (int)fields[4],
        .firstlineno = (int)fields[5],
        .consts = objects[1],
        .names = objects[2],
        .localsplusnames = objects[3],
        .localspluskinds = objects[4],
        .filename = objects[5],
        .name = objects[6],
        .qualname = objects[7],
        .units = units,
        .ncodeunits = nunits,
        .linetable = objects[8],
        .exceptiontable = objects[9],
    };
    result = code_new(&spec);
    mem_free(units);
done:
    for (int i = 0; i < 10; i++) xdecref(objects[i]);
    return result;
}

static Value read_value(Reader *r) {
    if (++r->depth > MAX_MARSHAL_DEPTH) {
        r->depth--;
        return bad_data("recursion limit exceeded");
    }
    if (r->p == r->end) {
        r->depth--;
        err_set_str(&exc_EOFError, "EOF read where object expected");
        return NULL;
    }
    const unsigned char *code = take(r, 1);
    Value v = NULL;
    if (code) {
        switch (*code) {
            case 'N': v = NONE; break;
            case 'T': v = TRUE_VALUE; break;
            case 'F': v = FALSE_VALUE; break;
            case '.': v = ELLIPSIS; break;
            case 'S': v = incref((Value)&exc_StopIteration); break;
            case 'i': {
                uint32_t n;
                if (get_u32(r, &n) == 0) v = small_int((int32_t)n);
                break;
            }
            case 'I': {
                uint64_t n;
                if (get_u64(r, &n) == 0) v = int_from_long((long long)n);
                break;
            }
            case 'l': v = read_big_int(r); break;
            case 'g': {
                double d;
                if (get_double(r, &d) == 0) v = float_new(d);
                break;
            }
            case 'y': {
                double re, im;
                if (get_double(r, &re) == 0 && get_double(r, &im) == 0) v = complex_new(re, im);
                break;
            }
            case 'u': v = read_str(r, false); break;
            case 't': v = read_str(r, true); break;
            case 's': {
                intptr_t n;
                const unsigned char *data;
                if (get_count(r, &n) == 0 && (data = take(r, (size_t)n))) {
                    v = bytes_new((const char *)data, n);
                }
                break;
            }
            case '(':
            case '[':
            case '<':
            case '>': v = read_sequence(r, (char)*code); break;
            case '{': v = read_dict(r); break;
            case 'c': v = read_code(r); break;
            default: v = bad_data("unknown type code");
        }
    }
    r->depth--;
    return v;
}

Value marshal_loads(const char *data, size_t len) {
    Reader r = {(const unsigned char *)data, (const unsigned char *)data + len, 0};
    return read_value(&r);
}

/* ---- the marshal module ---- */

static bool arity_ok(size_t nargs, size_t min, size_t max, const char *name) {
    if (nargs >= min && nargs <= max) return true;
    err_format(&exc_TypeError, "%s() takes from %zu to %zu positional arguments but %zu were given",
               name, min, max, nargs);
    return false;
}

static Value m_dumps(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (!arity_ok(nargs, 1, 2, "dumps")) return NULL;
    return marshal_dumps(args[0]);
}

static Value m_loads(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1)
        return err_format(&exc_TypeError, "loads() takes exactly one argument (%zu given)", nargs);
    if (!is_bytes(args[0])) {
        return err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    }
    return marshal_loads(bytes_data(args[0]), (size_t)bytes_size(args[0]));
}

static Value m_dump(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (!arity_ok(nargs, 2, 3, "dump")) return NULL;
    Value data = marshal_dumps(args[0]);
    if (!data) return NULL;
    Value r = object_call_method(args[1], NAME(write), &data, 1);
    decref(data);
    if (!r) return NULL;
    decref(r);
    return NONE;
}

static Value m_load(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1)
        return err_format(&exc_TypeError, "load() takes exactly one argument (%zu given)", nargs);
    Value data = object_call_method(args[0], str_intern_cstr("read"), NULL, 0);
    if (!data) return NULL;
    Value v = is_bytes(data)
                  ? marshal_loads(bytes_data(data), (size_t)bytes_size(data))
                  : err_format(&exc_TypeError, "file.read() returned not bytes but %T", data);
    decref(data);
    return v;
}

static MethodDef marshal_methods[] = {
    {"dumps", m_dumps, 0, NULL}, {"loads", m_loads, 0, NULL}, {"dump", m_dump, 0, NULL},
    {"load", m_load, 0, NULL},   {NULL, NULL, 0, NULL},
};

Value marshal_module_new(void) {
    Value m = module_new("marshal");
    if (!m || module_add_functions(m, marshal_methods) < 0 ||
        module_add_object(m, "version", small_int(MARSHAL_FORMAT_VERSION)) < 0) {
        xdecref(m);
        return NULL;
    }
    return m;
}
