/* code_replace.c: code.replace(**changes): a copy of a code object with some co_* fields
 * replaced, checked like CPython 3.11 (keyword-only, field types, non-negative counts). */
#include "../memory/alloc.h"
#include "../vm/errors.h"
#include "bytes.h"
#include "code.h"
#include "int.h"
#include "method_args.h"
#include "str.h"
#include "tuple.h"
#include "type.h"

enum {
    R_ARGCOUNT,
    R_POSONLYARGCOUNT,
    R_KWONLYARGCOUNT,
    R_NLOCALS,
    R_STACKSIZE,
    R_FLAGS,
    R_FIRSTLINENO,
    R_CODE,
    R_CONSTS,
    R_NAMES,
    R_VARNAMES,
    R_FREEVARS,
    R_CELLVARS,
    R_FILENAME,
    R_NAME,
    R_QUALNAME,
    R_LINETABLE,
    R_EXCEPTIONTABLE,
    R__COUNT
};

static const char *const replace_names[R__COUNT] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",  "co_stacksize",
    "co_flags",    "co_firstlineno",     "co_code",           "co_consts",   "co_names",
    "co_varnames", "co_freevars",        "co_cellvars",       "co_filename", "co_name",
    "co_qualname", "co_linetable",       "co_exceptiontable",
};

/* An int field: the argument when given, else `current`; -1 with an exception. */
static int int_field(Value *a, int which, int current, int *out) {
    *out = current;
    if (!a[which]) return 0;
    long long v;
    if (!is_instance_of(a[which], &type_int)) {
        err_format(&exc_TypeError, "replace() argument '%s' must be int, not %s",
                   replace_names[which], type_short_name(type_of(a[which])));
        return -1;
    }
    if (int_as_long(a[which], &v) < 0) return -1;
    if (v < 0 || v > 0x7fffffff) {
        err_format(&exc_ValueError, "%s must be a positive integer", replace_names[which]);
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* An object field of type `type`: the argument when given, else `current` (borrowed). */
static int obj_field(Value *a, int which, Type *type, Value current, Value *out) {
    *out = a[which] ? a[which] : current;
    if (is_instance_of(*out, type)) return 0;
    err_format(&exc_TypeError, "replace() argument '%s' must be %s, not %s", replace_names[which],
               type->name, type_short_name(type_of(*out)));
    return -1;
}

static intptr_t index_of(Value names, Value name) {
    for (intptr_t i = 0; i < tuple_size(names); i++) {
        Value n = tuple_get(names, i);
        if (is_str(n) && is_str(name) && str_equal(n, name)) return i;
    }
    return -1;
}

/* localsplus names and kinds from co_varnames, co_cellvars and co_freevars: locals first
 * (a cell that is also a local shares its slot), then the other cells, then the frees. */
static int build_localsplus(Value varnames, Value cellvars, Value freevars, Value *names,
                            Value *kinds) {
    intptr_t nvar = tuple_size(varnames), max = nvar + tuple_size(cellvars) + tuple_size(freevars);
    *names = tuple_new(max);
    unsigned char *k = mem_calloc((size_t)max + 1, 1);
    if (!*names || !k) {
        xdecref(*names);
        mem_free(k);
        if (!err_occurred()) err_no_memory();
        return -1;
    }
    intptr_t n = 0;
    for (intptr_t i = 0; i < nvar; i++, n++) {
        tuple_items(*names)[n] = incref(tuple_get(varnames, i));
        k[n] = CO_FAST_LOCAL;
    }
    for (intptr_t i = 0; i < tuple_size(cellvars); i++) {
        Value name = tuple_get(cellvars, i);
        intptr_t shared = index_of(varnames, name);
        if (shared >= 0) {
            k[shared] |= CO_FAST_CELL;
            continue;
        }
        tuple_items(*names)[n] = incref(name);
        k[n++] = CO_FAST_CELL;
    }
    for (intptr_t i = 0; i < tuple_size(freevars); i++, n++) {
        tuple_items(*names)[n] = incref(tuple_get(freevars, i));
        k[n] = CO_FAST_FREE;
    }
    Value trimmed = tuple_from_array(tuple_items(*names), n);
    decref(*names);
    *names = trimmed;
    *kinds = trimmed ? bytes_new((const char *)k, n) : NULL;
    mem_free(k);
    if (*kinds) return 0;
    CLEAR(*names);
    return -1;
}

/* the instruction array of co_code (bytes of even length) */
static CodeUnit *units_of(Value co_code, intptr_t *n) {
    if (bytes_size(co_code) % 2) {
        err_set_str(&exc_ValueError, "code: co_code is malformed");
        return NULL;
    }
    *n = bytes_size(co_code) / 2;
    CodeUnit *units = mem_alloc(sizeof(CodeUnit) * (size_t)(*n ? *n : 1));
    if (!units) return err_no_memory(), NULL;
    const unsigned char *b = (const unsigned char *)bytes_data(co_code);
    for (intptr_t i = 0; i < *n; i++) units[i] = (CodeUnit)(b[2 * i] | b[2 * i + 1] << 8);
    return units;
}

/* The argument counts must fit the locals (the VM binds arguments into them). */
static int check_counts(const CodeSpec *s, int nlocals) {
    int locals = 0;
    for (intptr_t i = 0; i < bytes_size(s->localspluskinds); i++)
        locals += (bytes_data(s->localspluskinds)[i] & CO_FAST_LOCAL) != 0;
    if (locals != nlocals) {
        err_set_str(&exc_ValueError, "code: co_nlocals != len(co_varnames)");
        return -1;
    }
    long long args = (long long)s->argcount + s->kwonlyargcount + !!(s->flags & CO_VARARGS) +
                     !!(s->flags & CO_VARKEYWORDS);
    if (s->posonlyargcount > s->argcount || args > locals) {
        err_set_str(&exc_ValueError, "code: co_varnames is too small");
        return -1;
    }
    return 0;
}

Value code_replace(Value self, Value const *args, size_t nargs, Value kwnames) {
    Code *co = (Code *)self;
    Value a[R__COUNT];
    if (args_bind("replace", args, nargs, kwnames, replace_names, R__COUNT, 0, a) < 0) return NULL;
    CodeSpec s = {0};
    int nlocals;
    if (int_field(a, R_ARGCOUNT, co->argcount, &s.argcount) < 0 ||
        int_field(a, R_POSONLYARGCOUNT, co->posonlyargcount, &s.posonlyargcount) < 0 ||
        int_field(a, R_KWONLYARGCOUNT, co->kwonlyargcount, &s.kwonlyargcount) < 0 ||
        int_field(a, R_NLOCALS, co->nlocals, &nlocals) < 0 ||
        int_field(a, R_STACKSIZE, co->stacksize, &s.stacksize) < 0 ||
        int_field(a, R_FLAGS, co->flags, &s.flags) < 0 ||
        int_field(a, R_FIRSTLINENO, co->firstlineno, &s.firstlineno) < 0)
        return NULL;
    /* the VM sizes frames by co_stacksize: only new code may claim less */
    if (!a[R_CODE] && s.stacksize < co->stacksize) s.stacksize = co->stacksize;
    Value co_code = a[R_CODE];
    if (co_code && !is_bytes(co_code))
        return err_format(&exc_TypeError, "replace() argument 'co_code' must be bytes, not %s",
                          type_short_name(type_of(co_code)));
    if (obj_field(a, R_CONSTS, &type_tuple, co->consts, &s.consts) < 0 ||
        obj_field(a, R_NAMES, &type_tuple, co->names, &s.names) < 0 ||
        obj_field(a, R_FILENAME, &type_str, co->filename, &s.filename) < 0 ||
        obj_field(a, R_NAME, &type_str, co->name, &s.name) < 0 ||
        obj_field(a, R_QUALNAME, &type_str, co->qualname, &s.qualname) < 0 ||
        obj_field(a, R_LINETABLE, &type_bytes, co->linetable, &s.linetable) < 0 ||
        obj_field(a, R_EXCEPTIONTABLE, &type_bytes, co->exceptiontable, &s.exceptiontable) < 0)
        return NULL;
    Value names = incref(co->localsplusnames), kinds = incref(co->localspluskinds);
    Value result = NULL;
    CodeUnit *units = NULL;
    if (a[R_VARNAMES] || a[R_CELLVARS] || a[R_FREEVARS]) {
        Value parts[3] = {a[R_VARNAMES], a[R_CELLVARS], a[R_FREEVARS]};
        static const int part_kinds[3] = {CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE};
        for (int i = 0; i < 3; i++) {
            parts[i] = parts[i] ? incref(parts[i]) : code_names_of_kind(self, part_kinds[i]);
            if (parts[i] && !is_tuple(parts[i]))
                err_format(&exc_TypeError, "replace() argument '%s' must be tuple, not %s",
                           replace_names[R_VARNAMES + i], type_short_name(type_of(parts[i])));
        }
        CLEAR(names);
        CLEAR(kinds);
        if (!err_occurred() && parts[0] && parts[1] && parts[2])
            build_localsplus(parts[0], parts[1], parts[2], &names, &kinds);
        for (int i = 0; i < 3; i++) xdecref(parts[i]);
        if (!names) goto done;
    }
    s.localsplusnames = names;
    s.localspluskinds = kinds;
    if (check_counts(&s, nlocals) < 0) goto done;
    co_code = co_code ? incref(co_code) : code_get_co_code(self);
    units = co_code ? units_of(co_code, &s.ncodeunits) : NULL;
    s.units = units;
    if (units) result = code_new(&s);
done:
    xdecref(co_code);
    mem_free(units);
    xdecref(names);
    xdecref(kinds);
    return result;
}
