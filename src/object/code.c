/* code.c: the code object type: construction, the co_* attributes, co_lines() and
 * co_positions(), and the two encoded tables, both in CPython 3.11's formats:
 *
 * co_linetable: one entry per instruction (EXTENDED_ARG prefixes and inline caches
 *   included), split into entries of at most 8 code units. First byte: 0x80 | code << 3 |
 *   (units - 1). code 15: no location; 14: long form (svarint line delta, varint end line
 *   delta, varint col + 1, varint end col + 1); 13: no columns (svarint line delta);
 *   10..12: one line, line delta code - 10, then a column byte and an end column byte;
 *   0..9: same line, column code * 8 + (next >> 4 & 7), end column + (next & 15).
 *   varints are 6-bit groups, least significant first, 0x40 = more follow; svarint is
 *   value << 1 with the sign in bit 0. Line deltas are relative to the previous entry
 *   that had a line (initially co_firstlineno).
 * co_exceptiontable: per entry start, length, handler (code units) and depth << 1 | lasti,
 *   each a varint of 6-bit groups, most significant first, 0x40 = more follow; the first
 *   byte of an entry has bit 7 set. */
#include "code.h"

#include <string.h>

#include "../compile/consts.h"
#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "bytes.h"
#include "list.h"
#include "str.h"
#include "tuple.h"

/* ---- small byte buffer ---- */

typedef struct ByteBuf {
    unsigned char *data;
    size_t len, cap;
    bool failed;
} ByteBuf;

static void buf_put(ByteBuf *b, unsigned v) {
    if (b->failed) return;
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        unsigned char *d = mem_realloc(b->data, cap);
        if (!d) {
            b->failed = true;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    b->data[b->len++] = (unsigned char)v;
}

static Value buf_to_bytes(ByteBuf *b) {
    Value r = b->failed ? err_no_memory() : bytes_new((const char *)b->data, (intptr_t)b->len);
    mem_free(b->data);
    return r;
}

/* ---- instruction walking ---- */

int code_instr_span(const Code *co, intptr_t i) {
    intptr_t start = i;
    while (i < co->ncodeunits && code_base_opcode(co->units[i]) == EXTENDED_ARG) i++;
    if (i < co->ncodeunits) {
        int op = code_base_opcode(co->units[i]);
        i += 1 + opcode_info[op].caches;
    }
    if (i > co->ncodeunits) i = co->ncodeunits;
    return i > start ? (int)(i - start) : 1;
}

/* ---- location table ---- */

static void put_varint(ByteBuf *b, unsigned v) {
    while (v >= 64) {
        buf_put(b, 0x40 | (v & 63));
        v >>= 6;
    }
    buf_put(b, v);
}

static void put_svarint(ByteBuf *b, int v) {
    put_varint(b, v < 0 ? ((unsigned)-v << 1) | 1 : (unsigned)v << 1);
}

static void put_location(ByteBuf *b, const Location *l, int units, int *prev_line) {
    int first = 0x80 | (units - 1);
    if (l->lineno < 0) {
        buf_put(b, first | 15 << 3);
        return;
    }
    int delta = l->lineno - *prev_line;
    int col = l->col_offset, end_col = l->end_col_offset;
    int end_line = l->end_lineno;
    if (col < 0 || end_col < 0) {
        if (end_line == l->lineno || end_line < 0) {
            buf_put(b, first | 13 << 3);
            put_svarint(b, delta);
            *prev_line = l->lineno;
            return;
        }
    } else if (end_line == l->lineno) {
        if (delta == 0 && col < 80 && end_col - col < 16 && end_col >= col) {
            buf_put(b, first | (col / 8) << 3);
            buf_put(b, (col % 8) << 4 | (end_col - col));
            return;
        }
        if (delta >= 0 && delta < 3 && col < 128 && end_col < 128) {
            buf_put(b, first | (10 + delta) << 3);
            buf_put(b, col);
            buf_put(b, end_col);
            *prev_line = l->lineno;
            return;
        }
    }
    buf_put(b, first | 14 << 3);
    put_svarint(b, delta);
    put_varint(b, end_line >= l->lineno ? (unsigned)(end_line - l->lineno) : 0);
    put_varint(b, (unsigned)(col + 1));
    put_varint(b, (unsigned)(end_col + 1));
    *prev_line = l->lineno;
}

static Value encode_linetable(const Code *co) {
    ByteBuf b = {0};
    int prev_line = co->firstlineno;
    for (intptr_t i = 0; i < co->ncodeunits;) {
        int span = code_instr_span(co, i);
        for (int left = span; left > 0; left -= 8)
            put_location(&b, &co->locations[i], left > 8 ? 8 : left, &prev_line);
        i += span;
    }
    return buf_to_bytes(&b);
}

typedef struct Reader {
    const unsigned char *p, *end;
    bool bad;
} Reader;

static unsigned read_byte(Reader *r) {
    if (r->p >= r->end) {
        r->bad = true;
        return 0;
    }
    return *r->p++;
}

static unsigned read_varint(Reader *r) {
    unsigned v = 0, shift = 0, byte;
    do {
        byte = read_byte(r);
        if (shift < 30) v |= (byte & 63) << shift;
        shift += 6;
    } while ((byte & 0x40) && !r->bad);
    return v;
}

static int read_svarint(Reader *r) {
    unsigned u = read_varint(r);
    return (u & 1) ? -(int)(u >> 1) : (int)(u >> 1);
}

static int clamp_line(long long line) {
    return line < -1 ? -1 : line > 0x7fffffff ? 0x7fffffff : (int)line;
}

static int decode_linetable(Code *co) {
    Reader r = {(const unsigned char *)bytes_data(co->linetable),
                (const unsigned char *)bytes_data(co->linetable) + bytes_size(co->linetable),
                false};
    long long line = co->firstlineno; /* wide: deltas in malformed data must not overflow */
    intptr_t unit = 0;
    while (r.p < r.end && unit < co->ncodeunits && !r.bad) {
        unsigned first = read_byte(&r);
        if (!(first & 0x80)) break;
        int code = (first >> 3) & 15, units = (first & 7) + 1;
        Location l = {-1, -1, -1, -1};
        if (code == 15) {
        } else if (code == 14) {
            line += read_svarint(&r);
            l.lineno = clamp_line(line);
            l.end_lineno = clamp_line(line + read_varint(&r));
            l.col_offset = (int)read_varint(&r) - 1;
            l.end_col_offset = (int)read_varint(&r) - 1;
        } else if (code == 13) {
            line += read_svarint(&r);
            l.lineno = l.end_lineno = clamp_line(line);
        } else if (code >= 10) {
            line += code - 10;
            l.lineno = l.end_lineno = clamp_line(line);
            l.col_offset = (int)read_byte(&r);
            l.end_col_offset = (int)read_byte(&r);
        } else {
            unsigned second = read_byte(&r);
            l.lineno = l.end_lineno = clamp_line(line);
            l.col_offset = code * 8 + (int)((second >> 4) & 7);
            l.end_col_offset = l.col_offset + (int)(second & 15);
        }
        for (int k = 0; k < units && unit < co->ncodeunits; k++) co->locations[unit++] = l;
    }
    if (r.bad) {
        err_set_str(&exc_ValueError, "malformed code location table");
        return -1;
    }
    for (; unit < co->ncodeunits; unit++) co->locations[unit] = (Location){-1, -1, -1, -1};
    return 0;
}

/* ---- exception table ---- */

static void put_except_item(ByteBuf *b, unsigned v, unsigned msb) {
    for (int shift = 24; shift > 0; shift -= 6) {
        if (v >= 1u << shift) {
            buf_put(b, ((v >> shift) & 63) | 0x40 | msb);
            msb = 0;
        }
    }
    buf_put(b, (v & 63) | msb);
}

static Value encode_exceptiontable(const Code *co) {
    ByteBuf b = {0};
    for (int i = 0; i < co->nexc_entries; i++) {
        const ExceptionEntry *e = &co->exc_entries[i];
        put_except_item(&b, (unsigned)e->start, 0x80);
        put_except_item(&b, (unsigned)(e->end - e->start), 0);
        put_except_item(&b, (unsigned)e->handler, 0);
        put_except_item(&b, (unsigned)e->depth << 1 | e->lasti, 0);
    }
    return buf_to_bytes(&b);
}

static unsigned read_except_item(Reader *r) {
    unsigned byte = read_byte(r), v = byte & 63;
    while ((byte & 0x40) && !r->bad) {
        byte = read_byte(r);
        v = (v << 6) | (byte & 63);
    }
    return v;
}

static int decode_exceptiontable(Code *co) {
    Reader r = {(const unsigned char *)bytes_data(co->exceptiontable),
                (const unsigned char *)bytes_data(co->exceptiontable) +
                    bytes_size(co->exceptiontable),
                false};
    int cap = 0;
    for (const unsigned char *p = r.p; p < r.end; p++) cap += (*p & 0x80) != 0;
    co->exc_entries = cap ? mem_calloc((size_t)cap, sizeof(ExceptionEntry)) : NULL;
    if (cap && !co->exc_entries) return err_no_memory(), -1;
    co->nexc_entries = 0;
    while (r.p < r.end && co->nexc_entries < cap) {
        ExceptionEntry *e = &co->exc_entries[co->nexc_entries++];
        unsigned start = read_except_item(&r), len = read_except_item(&r);
        unsigned handler = read_except_item(&r), dl = read_except_item(&r);
        if (start > (unsigned)co->ncodeunits || len > (unsigned)co->ncodeunits - start ||
            handler >= (unsigned)co->ncodeunits) {
            r.bad = true;
            break;
        }
        e->start = (int)start;
        e->end = (int)(start + len);
        e->handler = (int)handler;
        e->depth = (int)(dl >> 1);
        e->lasti = dl & 1;
    }
    if (r.bad) {
        err_set_str(&exc_ValueError, "malformed code exception table");
        return -1;
    }
    return 0;
}

int code_decode_tables(Code *co) {
    mem_free(co->locations);
    mem_free(co->exc_entries);
    co->exc_entries = NULL;
    co->nexc_entries = 0;
    co->locations = mem_calloc(co->ncodeunits ? (size_t)co->ncodeunits : 1, sizeof(Location));
    if (!co->locations) return err_no_memory(), -1;
    if (decode_linetable(co) < 0) return -1;
    return decode_exceptiontable(co);
}

/* ---- construction ---- */

static int count_kind(Value kinds, int kind) {
    int n = 0;
    for (intptr_t i = 0; i < bytes_size(kinds); i++) n += (bytes_data(kinds)[i] & kind) != 0;
    return n;
}

/* The object fields must have the right types (marshal data may be malformed). */
static bool spec_valid(const CodeSpec *s) {
    if (!s->consts || !is_tuple(s->consts) || !s->names || !is_tuple(s->names) ||
        !s->localsplusnames || !is_tuple(s->localsplusnames) || !s->localspluskinds ||
        !is_bytes(s->localspluskinds) ||
        bytes_size(s->localspluskinds) != tuple_size(s->localsplusnames) || !s->filename ||
        !is_str(s->filename) || !s->name || !is_str(s->name) || !s->qualname ||
        !is_str(s->qualname) || s->ncodeunits < 0 || s->argcount < 0 || s->posonlyargcount < 0 ||
        s->kwonlyargcount < 0 || s->stacksize < 0)
        return false;
    if (!s->locations && (!s->linetable || !is_bytes(s->linetable) || !s->exceptiontable ||
                          !is_bytes(s->exceptiontable)))
        return false;
    for (intptr_t i = 0; i < tuple_size(s->names); i++)
        if (!is_str(tuple_get(s->names, i))) return false;
    for (intptr_t i = 0; i < tuple_size(s->localsplusnames); i++)
        if (!is_str(tuple_get(s->localsplusnames, i))) return false;
    return true;
}

Value code_new(const CodeSpec *s) {
    if (!spec_valid(s)) {
        err_set_str(&exc_ValueError, "code: invalid field types");
        return NULL;
    }
    Code *co = (Code *)object_new(&type_code, (size_t)s->ncodeunits);
    if (!co) return NULL;
    co->argcount = s->argcount;
    co->posonlyargcount = s->posonlyargcount;
    co->kwonlyargcount = s->kwonlyargcount;
    co->stacksize = s->stacksize;
    co->flags = s->flags;
    co->firstlineno = s->firstlineno;
    co->consts = incref(s->consts);
    co->names = incref(s->names);
    co->localsplusnames = incref(s->localsplusnames);
    co->localspluskinds = incref(s->localspluskinds);
    co->filename = incref(s->filename);
    co->name = incref(s->name);
    co->qualname = incref(s->qualname);
    co->nlocalsplus = (int)tuple_size(s->localsplusnames);
    co->nlocals = count_kind(s->localspluskinds, CO_FAST_LOCAL);
    co->ncellvars = count_kind(s->localspluskinds, CO_FAST_CELL);
    co->nfreevars = count_kind(s->localspluskinds, CO_FAST_FREE);
    co->ncodeunits = s->ncodeunits;
    if (s->ncodeunits) memcpy(co->units, s->units, sizeof(CodeUnit) * (size_t)s->ncodeunits);
    if (!s->locations) {
        co->linetable = incref(s->linetable);
        co->exceptiontable = incref(s->exceptiontable);
        if (code_decode_tables(co) < 0) goto fail;
        return (Value)co;
    }
    co->locations = mem_alloc(sizeof(Location) * (size_t)(s->ncodeunits ? s->ncodeunits : 1));
    if (s->nexc_entries)
        co->exc_entries = mem_alloc(sizeof(ExceptionEntry) * (size_t)s->nexc_entries);
    if (!co->locations || (s->nexc_entries && !co->exc_entries)) {
        err_no_memory();
        goto fail;
    }
    memcpy(co->locations, s->locations, sizeof(Location) * (size_t)s->ncodeunits);
    if (s->nexc_entries)
        memcpy(co->exc_entries, s->exc_entries, sizeof(ExceptionEntry) * (size_t)s->nexc_entries);
    co->nexc_entries = s->nexc_entries;
    co->linetable = encode_linetable(co);
    co->exceptiontable = co->linetable ? encode_exceptiontable(co) : NULL;
    if (!co->exceptiontable) goto fail;
    /* read the locations back so they are exactly what the table says */
    if (decode_linetable(co) < 0) goto fail;
    return (Value)co;
fail:
    decref((Value)co);
    return NULL;
}

static void code_dealloc(Value self) {
    Code *co = (Code *)self;
    xdecref(co->consts);
    xdecref(co->names);
    xdecref(co->localsplusnames);
    xdecref(co->localspluskinds);
    xdecref(co->filename);
    xdecref(co->name);
    xdecref(co->qualname);
    xdecref(co->linetable);
    xdecref(co->exceptiontable);
    mem_free(co->locations);
    mem_free(co->exc_entries);
    mem_free(co->extra);
    object_free(self);
}

/* ---- queries ---- */

Value code_get_co_code(Value code) {
    Code *co = (Code *)code;
    Value b = bytes_new(NULL, co->ncodeunits * 2);
    if (!b) return NULL;
    unsigned char *out = (unsigned char *)bytes_data(b);
    for (intptr_t i = 0; i < co->ncodeunits;) {
        int op = code_base_opcode(co->units[i]);
        out[2 * i] = (unsigned char)op;
        out[2 * i + 1] = (unsigned char)unit_arg(co->units[i]);
        i += 1 + opcode_info[op].caches; /* caches stay zero */
    }
    return b;
}

int code_addr_to_line(Value code, int unit) {
    Code *co = (Code *)code;
    if (unit < 0 || unit >= co->ncodeunits) return -1;
    return co->locations[unit].lineno;
}

Value code_names_of_kind(Value code, int kind) {
    Code *co = (Code *)code;
    Value t = tuple_new(count_kind(co->localspluskinds, kind));
    if (!t) return NULL;
    intptr_t n = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (bytes_data(co->localspluskinds)[i] & kind)
            tuple_items(t)[n++] = incref(tuple_get(co->localsplusnames, i));
    return t;
}

/* Equal when they compile to the same thing (CPython's rule, consts.c's constant key):
 * name, counts, flags, first line, instructions, constants, names, tables. */
static Value code_richcompare(Value a, Value b, int op) {
    if (!is_code(a) || !is_code(b) || (op != CMP_EQ && op != CMP_NE)) return NOT_IMPLEMENTED;
    return bool_value(const_key_equal(a, b) == (op == CMP_EQ));
}

static hash_t code_hash(Value self) {
    Code *co = (Code *)self;
    uint64_t h = (uint64_t)str_hash(co->name) * 1000003u;
    h ^= (uint64_t)co->argcount ^ (uint64_t)co->flags << 8 ^ (uint64_t)co->firstlineno << 24;
    h ^= (uint64_t)co->ncodeunits << 40 ^ (uint64_t)co->kwonlyargcount ^
         (uint64_t)co->posonlyargcount << 4;
    return (hash_t)h == -1 ? -2 : (hash_t)h;
}

static Value code_repr(Value self) {
    Code *co = (Code *)self;
    return str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name, self,
                           co->filename, co->firstlineno);
}

/* ---- attributes ---- */

#define CODE_INT_GETTER(field)                                                                     \
    static Value get_##field(Value self, void *closure) {                                          \
        (void)closure;                                                                             \
        return small_int(((Code *)self)->field);                                                   \
    }
CODE_INT_GETTER(argcount)
CODE_INT_GETTER(posonlyargcount)
CODE_INT_GETTER(kwonlyargcount)
CODE_INT_GETTER(nlocals)
CODE_INT_GETTER(stacksize)
CODE_INT_GETTER(flags)
CODE_INT_GETTER(firstlineno)

#define CODE_OBJ_GETTER(field)                                                                     \
    static Value get_##field(Value self, void *closure) {                                          \
        (void)closure;                                                                             \
        return incref(((Code *)self)->field);                                                      \
    }
CODE_OBJ_GETTER(consts)
CODE_OBJ_GETTER(names)
CODE_OBJ_GETTER(filename)
CODE_OBJ_GETTER(name)
CODE_OBJ_GETTER(qualname)
CODE_OBJ_GETTER(linetable)
CODE_OBJ_GETTER(exceptiontable)

static Value get_code(Value self, void *closure) {
    (void)closure;
    return code_get_co_code(self);
}

static Value get_names_of_kind(Value self, void *closure) {
    return code_names_of_kind(self, (int)(intptr_t)closure);
}

/* co_lnotab (legacy): a (byte offset delta, line delta) pair at each change of line, deltas
 * split into steps that fit an unsigned and a signed byte */
static void lnotab_delta(ByteBuf *b, int bdelta, int ldelta) {
    for (; bdelta > 255; bdelta -= 255) buf_put(b, 255), buf_put(b, 0);
    for (; ldelta > 127; ldelta -= 127, bdelta = 0) buf_put(b, (unsigned)bdelta), buf_put(b, 127);
    for (; ldelta < -128; ldelta += 128, bdelta = 0) buf_put(b, (unsigned)bdelta), buf_put(b, 0x80);
    buf_put(b, (unsigned)bdelta);
    buf_put(b, (unsigned)ldelta & 0xFF);
}

static Value get_lnotab(Value self, void *closure) {
    (void)closure;
    Code *co = (Code *)self;
    ByteBuf b = {0};
    int line = co->firstlineno, computed = line, offset = 0;
    for (intptr_t i = 0; i < co->ncodeunits; i += code_instr_span(co, i)) {
        if (co->locations[i].lineno >= 0) computed = co->locations[i].lineno;
        if (computed == line) continue;
        lnotab_delta(&b, (int)i * 2 - offset, computed - line);
        offset = (int)i * 2;
        line = computed;
    }
    return buf_to_bytes(&b);
}

static GetSetDef code_getsets[] = {
    {"co_argcount", get_argcount, NULL, NULL, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL, NULL, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL, NULL, NULL},
    {"co_nlocals", get_nlocals, NULL, NULL, NULL},
    {"co_stacksize", get_stacksize, NULL, NULL, NULL},
    {"co_flags", get_flags, NULL, NULL, NULL},
    {"co_firstlineno", get_firstlineno, NULL, NULL, NULL},
    {"co_consts", get_consts, NULL, NULL, NULL},
    {"co_names", get_names, NULL, NULL, NULL},
    {"co_filename", get_filename, NULL, NULL, NULL},
    {"co_name", get_name, NULL, NULL, NULL},
    {"co_qualname", get_qualname, NULL, NULL, NULL},
    {"co_linetable", get_linetable, NULL, NULL, NULL},
    {"co_exceptiontable", get_exceptiontable, NULL, NULL, NULL},
    {"co_code", get_code, NULL, NULL, NULL},
    {"co_lnotab", get_lnotab, NULL, NULL, NULL},
    {"co_varnames", get_names_of_kind, NULL, NULL, (void *)(intptr_t)CO_FAST_LOCAL},
    {"co_cellvars", get_names_of_kind, NULL, NULL, (void *)(intptr_t)CO_FAST_CELL},
    {"co_freevars", get_names_of_kind, NULL, NULL, (void *)(intptr_t)CO_FAST_FREE},
    {NULL, NULL, NULL, NULL, NULL},
};

static Value opt_int(int v) { return v < 0 ? NONE : small_int(v); }

/* Appends one item (stolen) to list; -1 on error (item released). */
static int append_steal(Value list, Value item) {
    if (!item) return -1;
    int r = list_append(list, item);
    decref(item);
    return r;
}

static Value iter_of_list(Value list) {
    if (!list) return NULL;
    Value it = object_getiter(list);
    decref(list);
    return it;
}

static Value code_co_lines(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Code *co = (Code *)self;
    Value list = list_new(0);
    if (!list) return NULL;
    for (intptr_t i = 0; i < co->ncodeunits;) {
        int span = code_instr_span(co, i);
        for (int done = 0; done < span; done += 8) {
            int units = span - done > 8 ? 8 : span - done;
            intptr_t start = i + done;
            Value t = tuple_pack(3, small_int(start * 2), small_int((start + units) * 2),
                                 opt_int(co->locations[i].lineno));
            if (append_steal(list, t) < 0) {
                decref(list);
                return NULL;
            }
        }
        i += span;
    }
    return iter_of_list(list);
}

Value code_position(const Code *co, intptr_t unit) {
    const Location *l = &co->locations[unit];
    bool noline = l->lineno < 0;
    return tuple_pack(4, opt_int(l->lineno), noline ? NONE : opt_int(l->end_lineno),
                      noline ? NONE : opt_int(l->col_offset),
                      noline ? NONE : opt_int(l->end_col_offset));
}

static Value code_co_positions(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Code *co = (Code *)self;
    Value list = list_new(0);
    if (!list) return NULL;
    for (intptr_t i = 0; i < co->ncodeunits; i++) {
        if (append_steal(list, code_position(co, i)) < 0) {
            decref(list);
            return NULL;
        }
    }
    return iter_of_list(list);
}

static MethodDef code_methods[] = {
    {"co_lines", code_co_lines, 0, NULL},
    {"co_positions", code_co_positions, 0, NULL},
    {"replace", code_replace, METH_KEYWORDS,
     "Return a copy of the code object with new values for the specified fields."},
    {NULL, NULL, 0, NULL},
};

Type type_code = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "code",
    .basicsize = sizeof(Code),
    .itemsize = sizeof(CodeUnit),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = code_hash,
    .richcompare = code_richcompare,
    .getsets = code_getsets,
    .methods = code_methods,
};
