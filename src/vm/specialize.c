/* specialize.c: rewriting hot instructions in place into specialised forms, and the
 * guards of those forms: small-int / float arithmetic and compare-and-branch, globals
 * cached per site (validated by dict versions), instance attributes and methods keyed by
 * the type's version tag. */
#include "specialize.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../object/dict_internal.h"
#include "../object/float.h"
#include "../object/type.h"
#include "errors.h"
#include "eval_helpers.h"

static void rewrite(CodeUnit *instr, int opcode) {
    *instr = make_unit(opcode, unit_arg(*instr));
    instr[1] = SPECIALIZE_MISSES;
}

static void backoff(CodeUnit *instr) { instr[1] = SPECIALIZE_BACKOFF; }

static void write_u32(CodeUnit *at, uint32_t v) {
    at[0] = (CodeUnit)(v & 0xFFFF);
    at[1] = (CodeUnit)(v >> 16);
}
static uint32_t read_u32(const CodeUnit *at) { return (uint32_t)at[0] | ((uint32_t)at[1] << 16); }
static void write_ptr(CodeUnit *at, Value p) {
    uint64_t v = (uint64_t)(uintptr_t)p;
    for (int i = 0; i < 4; i++) at[i] = (CodeUnit)(v >> (16 * i));
}
static Value read_ptr(const CodeUnit *at) {
    uint64_t v = 0;
    for (int i = 0; i < 4; i++) v |= (uint64_t)at[i] << (16 * i);
    return (Value)(uintptr_t)v;
}

/* ---- arithmetic and comparisons ---- */

void specialize_binary_op(CodeUnit *instr, Value a, Value b, int oparg) {
    int op = oparg >= BINOP_INPLACE ? oparg - BINOP_INPLACE : oparg;
    if (is_small_int(a) && is_small_int(b)) {
        switch (op) {
            case BINOP_ADD: rewrite(instr, BINARY_OP_ADD_INT); return;
            case BINOP_SUBTRACT: rewrite(instr, BINARY_OP_SUBTRACT_INT); return;
            case BINOP_MULTIPLY:
            case BINOP_AND:
            case BINOP_OR:
            case BINOP_XOR:
            case BINOP_FLOOR_DIVIDE:
            case BINOP_REMAINDER:
            case BINOP_LSHIFT:
            case BINOP_RSHIFT: rewrite(instr, BINARY_OP_INT); return;
            default: break;
        }
    } else if (is_float_exact(a) && is_float_exact(b)) {
        switch (op) {
            case BINOP_ADD:
            case BINOP_SUBTRACT:
            case BINOP_MULTIPLY:
            case BINOP_TRUE_DIVIDE: rewrite(instr, BINARY_OP_FLOAT); return;
            default: break;
        }
    }
    backoff(instr);
}

static bool is_pop_jump_if_bool(int op) {
    return op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_FORWARD_IF_FALSE ||
           op == POP_JUMP_BACKWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_FALSE;
}

void specialize_compare_op(CodeUnit *instr, Value a, Value b, int oparg) {
    (void)oparg;
    int next = unit_opcode(instr[1 + opcode_info[COMPARE_OP].caches]);
    if (is_pop_jump_if_bool(next)) {
        if (is_small_int(a) && is_small_int(b)) {
            rewrite(instr, COMPARE_OP_INT_JUMP);
            return;
        }
        if (is_float_exact(a) && is_float_exact(b)) {
            rewrite(instr, COMPARE_OP_FLOAT_JUMP);
            return;
        }
    }
    backoff(instr);
}

/* ---- globals: one cache entry per LOAD_GLOBAL site, in the code's side table ---- */

static CodeExtra *code_extra(Code *co) {
    if (co->extra) return co->extra;
    int n = 0;
    for (intptr_t i = 0; i < co->ncodeunits;
         i += 1 + opcode_info[unit_opcode(co->units[i])].caches) {
        if (opcode_info[unit_opcode(co->units[i])].base == LOAD_GLOBAL) n++;
    }
    CodeExtra *x = mem_calloc(1, sizeof(CodeExtra) + (size_t)n * sizeof(GlobalCacheEntry));
    if (!x) return NULL;
    x->nglobals = n;
    co->extra = x;
    return x;
}

static bool fill_global_entry(GlobalCacheEntry *e, Frame *f, Value name) {
    Value v = dict_get_str(f->globals, name);
    e->builtins_version = 0;
    if (!v) {
        v = dict_get_str(f->builtins, name);
        e->builtins_version = dict_version(f->builtins);
    }
    if (!v) return false;
    e->globals = f->globals;
    e->builtins = f->builtins;
    e->globals_version = dict_version(f->globals);
    e->value = v;
    return true;
}

Value specialize_load_global(Frame *f, CodeUnit *instr, Value name) {
    Value v = eval_load_global(f, name);
    if (!v || !specialize_due(instr + 1)) return v;
    CodeExtra *x =
        is_dict_exact(f->globals) && is_dict_exact(f->builtins) ? code_extra(f->code) : NULL;
    if (!x || x->used >= x->nglobals || x->used > 0xFFFF) {
        backoff(instr);
        return v;
    }
    int idx = x->used++;
    fill_global_entry(&x->globals[idx], f, name);
    rewrite(instr, LOAD_GLOBAL_CACHED);
    instr[2] = (CodeUnit)idx;
    return v;
}

Value specialize_load_global_refresh(Frame *f, CodeUnit *instr, Value name) {
    CodeExtra *x = f->code->extra;
    if (!x || instr[2] >= x->used) {
        *instr = make_unit(LOAD_GLOBAL, unit_arg(*instr));
        backoff(instr);
        return NULL;
    }
    GlobalCacheEntry *e = &x->globals[instr[2]];
    if (!is_dict_exact(f->globals) || !is_dict_exact(f->builtins)) return NULL;
    return fill_global_entry(e, f, name) ? e->value : NULL;
}

/* ---- attributes keyed by the type version ---- */

static Value *instance_dict_slot(Type *t, Value owner) {
    return (Value *)((char *)owner + t->dictoffset);
}

/* Instances of a class usually gain their attributes in the same order, so the position of
 * an attribute in the instance dict's entry array is cached as a hint: a pointer compare
 * at that position replaces the hash lookup. Returns the live entry or NULL. */
static inline DictEntry *entry_at_hint(Value d, unsigned hint, Value name) {
    DictKeys *k = ((Dict *)d)->keys;
    if (!k || (intptr_t)hint >= k->nentries) return NULL;
    DictEntry *e = &dict_entries(k)[hint];
    return e->key == name && e->value ? e : NULL;
}

/* Position of name in the instance dict d (exact dict), or -1; for the hint. */
static intptr_t entry_index(Value d, Value name) {
    intptr_t ix =
        dict_lookup(d, name, ((Str *)name)->hash != -1 ? ((Str *)name)->hash : str_hash(name));
    return ix >= 0 && ix <= 0xFFFF ? ix : -1;
}

/* The type permits caching name lookups on its instances: generic attribute access,
 * a valid version tag, an instance __dict__, and no data descriptor for name. */
static bool instance_attr_cacheable(Type *t, Value name) {
    if (!t->version || !t->dictoffset || t->dictoffset == DICTOFFSET_TAIL || !is_str_exact(name))
        return false;
    Value descr = type_lookup(t, name);
    return !descr || !type_of(descr)->descr_set;
}

void specialize_load_attr(CodeUnit *instr, Value owner, Value name) {
    Type *t = type_of(owner);
    if (t->getattr == object_generic_getattr && instance_attr_cacheable(t, name)) {
        Value d = *instance_dict_slot(t, owner);
        intptr_t ix = d && is_dict_exact(d) ? entry_index(d, name) : -1;
        if (ix >= 0) {
            rewrite(instr, LOAD_ATTR_INSTANCE);
            write_u32(instr + 2, t->version);
            instr[4] = (CodeUnit)ix;
            return;
        }
    }
    err_clear();
    backoff(instr);
}

Value specialize_load_attr_instance(CodeUnit *instr, Value owner, Value name) {
    Type *t = type_of(owner);
    if (t->version == read_u32(instr + 2)) {
        Value d = *instance_dict_slot(t, owner);
        if (d && is_dict_exact(d)) {
            DictEntry *e = entry_at_hint(d, instr[4], name);
            if (e) return e->value;
            Value v = dict_get_str(d, name);
            if (v) return v;
        }
    }
    specialize_miss(instr, LOAD_ATTR);
    return NULL;
}

void specialize_store_attr(CodeUnit *instr, Value owner, Value name) {
    Type *t = type_of(owner);
    if (t->setattr == object_generic_setattr && instance_attr_cacheable(t, name)) {
        Value d = *instance_dict_slot(t, owner);
        intptr_t ix = d && is_dict_exact(d) ? entry_index(d, name) : -1;
        if (ix >= 0) {
            rewrite(instr, STORE_ATTR_INSTANCE);
            write_u32(instr + 2, t->version);
            instr[4] = (CodeUnit)ix;
            return;
        }
    }
    err_clear();
    backoff(instr);
}

int specialize_store_attr_instance(CodeUnit *instr, Value owner, Value name, Value v) {
    Type *t = type_of(owner);
    if (t->version == read_u32(instr + 2)) {
        Value d = *instance_dict_slot(t, owner);
        if (d && is_dict_exact(d)) {
            DictEntry *e = entry_at_hint(d, instr[4], name);
            if (!e) return dict_set(d, name, v) < 0 ? -1 : 1;
            Value old = e->value;
            e->value = incref(v);
            dict_bump_version(d);
            decref(old);
            return 1;
        }
    }
    specialize_miss(instr, STORE_ATTR);
    return 0;
}

void specialize_load_method(CodeUnit *instr, Value owner, Value name) {
    Type *t = type_of(owner);
    bool layout_ok = t->version && t->dictoffset != DICTOFFSET_TAIL;
    Value descr = layout_ok ? type_lookup(t, name) : NULL;
    if (descr && t->getattr == object_generic_getattr &&
        type_has_flag(type_of(descr), TPFLAG_METHOD_DESCRIPTOR)) {
        rewrite(instr, LOAD_METHOD_CACHED);
        write_u32(instr + 2, t->version);
        write_ptr(instr + 4, descr);
        return;
    }
    backoff(instr);
}

Value specialize_load_method_cached(CodeUnit *instr, Value owner, Value name) {
    Type *t = type_of(owner);
    if (t->version == read_u32(instr + 2)) {
        Value d = t->dictoffset ? *instance_dict_slot(t, owner) : NULL;
        if (!d || (is_dict_exact(d) && !dict_get_str(d, name))) return read_ptr(instr + 4);
    }
    specialize_miss(instr, LOAD_METHOD);
    return NULL;
}
