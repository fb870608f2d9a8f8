/* dis_instructions.c: the object view of dis: Instruction and Positions (named tuples
 * with CPython 3.11's fields and repr), the UNKNOWN sentinel, get_instructions() and the
 * Bytecode class (iteration, dis(), info(), from_traceback()). */
#include <stddef.h>
#include <string.h>

#include "../object/dict.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/seq_common.h"
#include "../object/str.h"
#include "../object/structseq.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "dis_internal.h"

/* ---- UNKNOWN ---- */

static Value unknown_repr(Value self) {
    (void)self;
    return str_from_cstr("<unknown>");
}

static Type type_dis_unknown = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "dis._Unknown",
    .basicsize = sizeof(Object),
    .repr = unknown_repr,
};

static Object unknown_object = {IMMORTAL_REFCOUNT, &type_dis_unknown};

Value dis_unknown(void) { return &unknown_object; }

/* ---- Instruction and Positions ---- */

/* a namedtuple's repr: the class name without its module */
static Value namedtuple_repr(Value self) {
    Value r = structseq_repr(self);
    const char *dot = strrchr(self->type->name, '.');
    if (!r || !dot) return r;
    intptr_t skip = dot + 1 - self->type->name;
    Value shortened = str_substring(r, skip, str_length(r));
    decref(r);
    return shortened;
}

static GetSetDef positions_fields[] = {
    STRUCTSEQ_FIELD("lineno", 0),     STRUCTSEQ_FIELD("end_lineno", 1),
    STRUCTSEQ_FIELD("col_offset", 2), STRUCTSEQ_FIELD("end_col_offset", 3),
    {NULL, NULL, NULL, NULL, NULL},
};

static GetSetDef instruction_fields[] = {
    STRUCTSEQ_FIELD("opname", 0),      STRUCTSEQ_FIELD("opcode", 1),
    STRUCTSEQ_FIELD("arg", 2),         STRUCTSEQ_FIELD("argval", 3),
    STRUCTSEQ_FIELD("argrepr", 4),     STRUCTSEQ_FIELD("offset", 5),
    STRUCTSEQ_FIELD("starts_line", 6), STRUCTSEQ_FIELD("is_jump_target", 7),
    STRUCTSEQ_FIELD("positions", 8),   {NULL, NULL, NULL, NULL, NULL},
};

/* a struct sequence shown like a namedtuple */
#define NAMEDTUPLE_TYPE(qualname, fields)                                                          \
    {                                                                                              \
        .ob = {IMMORTAL_REFCOUNT, &type_type}, .name = qualname, .base = &type_tuple,              \
        .basicsize = sizeof(Tuple), .itemsize = sizeof(Value),                                     \
        .flags = TPFLAG_GC | TPFLAG_TUPLE_SUBCLASS, .repr = namedtuple_repr,                       \
        .new_ = structseq_type_new, .getsets = fields,                                             \
    }

static Type type_dis_positions = NAMEDTUPLE_TYPE("dis.Positions", positions_fields);
static Type type_dis_instruction = NAMEDTUPLE_TYPE("dis.Instruction", instruction_fields);

static Value positions_new(const Code *co, intptr_t unit) {
    Value t = code_position(co, unit);
    if (!t) return NULL;
    Value p = structseq_new(&type_dis_positions, tuple_items(t), 4);
    decref(t);
    return p;
}

static Value instruction_new(const Code *co, const DisIns *in, const DisTables *t,
                             int line_offset) {
    Value items[9] = {NULL};
    if (dis_arg_info(co, in, &items[3], &items[4]) < 0) return NULL;
    int offset = in->unit * 2, line = t->starts[in->unit];
    items[0] = str_from_cstr(opcode_info[in->op].name);
    items[1] = small_int(in->op);
    items[2] = in->arg < 0 ? NONE : small_int(in->arg);
    items[5] = small_int(offset);
    items[6] = line < 0 ? NONE : small_int(line + line_offset);
    items[7] = bool_value(t->labels[offset]);
    items[8] = positions_new(co, in->unit);
    Value r = items[0] && items[8] ? structseq_new(&type_dis_instruction, items, 9) : NULL;
    xdecref(items[0]);
    decref(items[3]);
    decref(items[4]);
    xdecref(items[8]);
    return r;
}

/* An iterator over the Instructions of co. */
static Value instructions_iter(const Code *co, int line_offset, bool exc_labels) {
    DisTables t;
    if (dis_tables_init(&t, co, exc_labels) < 0) return NULL;
    Value list = list_new(0);
    int ext = 0;
    for (intptr_t i = 0; list && i < co->ncodeunits;) {
        DisIns in = dis_next(co, &i, &ext);
        Value ins = instruction_new(co, &in, &t, line_offset);
        if (!ins || list_append(list, ins) < 0) CLEAR(list);
        xdecref(ins);
    }
    dis_tables_clear(&t);
    if (!list) return NULL;
    Value it = object_getiter(list);
    decref(list);
    return it;
}

/* first_line argument (None or absent: 0 offset) as an offset from co_firstlineno */
static int line_offset_arg(const Code *co, Value first_line, int *offset) {
    *offset = 0;
    if (!first_line || first_line == NONE) return 0;
    long long n;
    if (!is_instance_of(first_line, &type_int)) {
        err_format(&exc_TypeError, "unsupported operand type(s) for -: '%s' and 'int'",
                   type_short_name(type_of(first_line)));
        return -1;
    }
    if (int_as_long(first_line, &n) < 0) return -1;
    if (n < -1000000000LL || n > 1000000000LL)
        return err_set_str(&exc_OverflowError, "first_line out of range"), -1;
    *offset = (int)n - co->firstlineno;
    return 0;
}

static Value get_instructions(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"x", "first_line", "show_caches", "adaptive"};
    Value a[4];
    if (args_bind("get_instructions", args, nargs, kwnames, names, 4, 1, a) < 0) return NULL;
    if (!a[0])
        return err_format(&exc_TypeError, "%s() missing 1 required positional argument: 'x'",
                          "get_instructions");
    Value code = dis_code_of(a[0]);
    if (!code) return NULL;
    int offset;
    Value r = line_offset_arg((Code *)code, a[1], &offset) < 0
                  ? NULL
                  : instructions_iter((Code *)code, offset, false);
    decref(code);
    return r;
}

/* ---- Bytecode ---- */

typedef struct Bytecode {
    Object ob;
    Value codeobj, original, first_line, current_offset; /* visited by traverse, in order */
    int line_offset;
} Bytecode;

static Value bytecode_make(Type *type, Value x, Value first_line, Value current_offset) {
    Value code = dis_code_of(x);
    if (!code) return NULL;
    int offset;
    if (line_offset_arg((Code *)code, first_line, &offset) < 0) {
        decref(code);
        return NULL;
    }
    Bytecode *b = (Bytecode *)object_new(type, 0);
    if (!b) {
        decref(code);
        return NULL;
    }
    b->codeobj = code;
    b->original = incref(x);
    b->line_offset = offset;
    b->first_line = small_int(((Code *)code)->firstlineno + offset);
    b->current_offset = incref(current_offset ? current_offset : NONE);
    gc_track((Value)b);
    return (Value)b;
}

static Value bytecode_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"x", "first_line", "current_offset", "show_caches",
                                        "adaptive"};
    Value a[5];
    if (args_bind("Bytecode", args, nargs, kwnames, names, 5, 1, a) < 0) return NULL;
    if (!a[0])
        return err_format(&exc_TypeError, "%s() missing 1 required positional argument: 'x'",
                          "Bytecode.__init__");
    return bytecode_make(type, a[0], a[1], a[2]);
}

static void bytecode_dealloc(Value self) {
    Bytecode *b = (Bytecode *)self;
    gc_untrack(self);
    CLEAR(b->codeobj);
    CLEAR(b->original);
    CLEAR(b->first_line);
    CLEAR(b->current_offset);
    object_free(self);
}

static int bytecode_traverse(Value self, visitproc visit, void *arg) {
    return visit_values(&((Bytecode *)self)->codeobj, 4, visit, arg);
}

static int bytecode_clear(Value self) {
    CLEAR(((Bytecode *)self)->original);
    CLEAR(((Bytecode *)self)->current_offset);
    return 0;
}

static Value bytecode_iter(Value self) {
    Bytecode *b = (Bytecode *)self;
    return instructions_iter((Code *)b->codeobj, b->line_offset, true);
}

static Value bytecode_repr(Value self) {
    Value original = ((Bytecode *)self)->original;
    return str_from_format("%s(%R)", type_short_name(self->type), original ? original : NONE);
}

static Value bytecode_dis(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_no_keywords("dis", kwnames) < 0 || args_count("dis", nargs, 0, 0) < 0) return NULL;
    Bytecode *b = (Bytecode *)self;
    return dis_code_text(b->codeobj, b->line_offset, dis_offset_arg(b->current_offset));
}

static Value bytecode_info(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)args;
    if (args_no_keywords("info", kwnames) < 0 || args_count("info", nargs, 0, 0) < 0) return NULL;
    return dis_code_info(((Bytecode *)self)->codeobj);
}

/* Bytecode.from_traceback(tb): the innermost frame's code, current_offset tb_lasti */
static Value bytecode_from_traceback(Value cls, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"tb", "show_caches", "adaptive"};
    Value a[3];
    if (args_bind("from_traceback", args, nargs, kwnames, names, 3, 1, a) < 0) return NULL;
    if (!a[0])
        return err_format(&exc_TypeError, "%s() missing 1 required positional argument: 'tb'",
                          "Bytecode.from_traceback");
    Value tb = dis_innermost_tb(a[0]);
    if (!tb) return NULL;
    Value frame = object_getattr_cstr(tb, "tb_frame");
    Value code = frame ? object_getattr_cstr(frame, "f_code") : NULL;
    Value lasti = code ? object_getattr_cstr(tb, "tb_lasti") : NULL;
    Value r = lasti ? bytecode_make((Type *)cls, code, NULL, lasti) : NULL;
    decref(tb);
    xdecref(frame);
    xdecref(code);
    xdecref(lasti);
    return r;
}

static MethodDef bytecode_methods[] = {
    {"dis", bytecode_dis, 0, "Return a formatted view of the bytecode operations."},
    {"info", bytecode_info, 0, "Return formatted information about the code object."},
    {"from_traceback", bytecode_from_traceback, METH_CLASS | METH_KEYWORDS,
     "Construct a Bytecode from the given traceback"},
    {NULL, NULL, 0, NULL},
};

static MemberDef bytecode_members[] = {
    {"codeobj", MEMBER_OBJECT, offsetof(Bytecode, codeobj), true, NULL},
    {"first_line", MEMBER_OBJECT, offsetof(Bytecode, first_line), true, NULL},
    {"current_offset", MEMBER_OBJECT_EX, offsetof(Bytecode, current_offset), false, NULL},
    {"_original_object", MEMBER_OBJECT, offsetof(Bytecode, original), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static Type type_dis_bytecode = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "dis.Bytecode",
    .basicsize = sizeof(Bytecode),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .doc = "The bytecode operations of a piece of code",
    .dealloc = bytecode_dealloc,
    .traverse = bytecode_traverse,
    .clear = bytecode_clear,
    .repr = bytecode_repr,
    .new_ = bytecode_type_new,
    .iter = bytecode_iter,
    .methods = bytecode_methods,
    .members = bytecode_members,
};

static MethodDef instruction_api_methods[] = {
    {"get_instructions", get_instructions, METH_KEYWORDS,
     "Iterator for the opcodes in methods, functions or code"},
    {NULL, NULL, 0, NULL},
};

/* namedtuple's _fields: the field names in order */
static int add_fields_attr(Type *type) {
    intptr_t n = 0;
    while (type->getsets[n].name) n++;
    Value fields = tuple_new(n);
    for (intptr_t i = 0; fields && i < n; i++)
        if (!(tuple_items(fields)[i] = str_from_cstr(type->getsets[i].name))) CLEAR(fields);
    int rc = fields ? dict_set_cstr(type->dict, "_fields", fields) : -1;
    xdecref(fields);
    type_modified(type);
    return rc;
}

int dis_add_instruction_api(Value m) {
    Type *types[] = {&type_dis_unknown, &type_dis_positions, &type_dis_instruction,
                     &type_dis_bytecode};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (type_ready(types[i]) < 0) return -1;
    }
    if (add_fields_attr(&type_dis_positions) < 0 || add_fields_attr(&type_dis_instruction) < 0)
        return -1;
    if (module_add_functions(m, instruction_api_methods) < 0) return -1;
    if (module_add_object(m, "UNKNOWN", dis_unknown()) < 0) return -1;
    if (module_add_object(m, "Positions", (Value)&type_dis_positions) < 0) return -1;
    if (module_add_object(m, "Instruction", (Value)&type_dis_instruction) < 0) return -1;
    return module_add_object(m, "Bytecode", (Value)&type_dis_bytecode);
}
