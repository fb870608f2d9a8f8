/* code.h: code objects: the compiler's output and the VM's input. They carry CPython's
 * co_* attributes, the instruction array (specialised in place by the VM; co_code
 * returns the unspecialised form), a location table and an exception table. */
#ifndef PVM_CODE_H
#define PVM_CODE_H

#include "../compile/opcodes.h"
#include "object.h"

/* co_flags, same values as CPython */
enum {
    CO_OPTIMIZED = 0x1,
    CO_NEWLOCALS = 0x2,
    CO_VARARGS = 0x4,
    CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10,
    CO_GENERATOR = 0x20,
    CO_NOFREE = 0x40,
    CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100,
    CO_ASYNC_GENERATOR = 0x200,
};

/* kinds of the localsplus slots (co_localspluskinds), same bits as CPython */
enum { CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80 };

/* One entry of the location table: the source range of one instruction. */
typedef struct Location {
    int lineno, end_lineno;         /* -1 when the instruction has no line */
    int col_offset, end_col_offset; /* 0-based UTF-8 byte columns; -1 when unknown */
} Location;

/* One entry of the exception table: instructions [start, end) (in code units) jump to
 * `handler` with the value stack popped to `depth`; `lasti` pushes the raising offset. */
typedef struct ExceptionEntry {
    int start, end, handler, depth;
    bool lasti;
} ExceptionEntry;

typedef struct Code {
    Object ob;
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocalsplus; /* locals + cells + frees: the frame's fast slots */
    int nlocals;     /* co_nlocals: plain local variables (CO_FAST_LOCAL) */
    int ncellvars, nfreevars;
    int stacksize;
    int flags;
    int firstlineno;
    Value consts;                   /* tuple */
    Value names;                    /* tuple of str */
    Value localsplusnames;          /* tuple of str */
    Value localspluskinds;          /* bytes, one CO_FAST_* per slot */
    Value filename, name, qualname; /* str */
    Value linetable;                /* bytes: the encoded location table (pyc/marshal form) */
    Value exceptiontable;           /* bytes: the encoded exception table (pyc/marshal form) */
    Location *locations; /* decoded: one per code unit (caches repeat their instruction's) */
    ExceptionEntry *exc_entries;
    int nexc_entries;
    intptr_t ncodeunits;
    uint32_t version; /* for caches that embed code identity */
    void *extra;      /* VM private data (e.g. specialisation counters) */
    CodeUnit units[]; /* the instructions, specialised in place by the VM */
} Code;

extern Type type_code;

static inline bool is_code(Value v) { return !is_small_int(v) && v->type == &type_code; }

/* Builds a code object; takes new references to the object arguments it stores. The
 * instruction array and tables are copied. Returns NULL with an exception set. */
typedef struct CodeSpec {
    int argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno;
    Value consts, names, localsplusnames, localspluskinds, filename, name, qualname;
    const CodeUnit *units;
    intptr_t ncodeunits;
    const Location *locations; /* ncodeunits entries */
    const ExceptionEntry *exc_entries;
    int nexc_entries;
    /* Alternative to locations / exc_entries (marshal): the encoded tables as bytes,
     * decoded by code_new when `locations` is NULL. */
    Value linetable, exceptiontable;
} CodeSpec;
Value code_new(const CodeSpec *spec);

/* The unspecialised opcode of a code unit (NOP for a byte that is no opcode). */
static inline int code_base_opcode(CodeUnit u) {
    int op = unit_opcode(u);
    return op < OPCODE__COUNT ? opcode_info[op].base : NOP;
}
Value code_get_co_code(Value code);          /* bytes, unspecialised */
int code_addr_to_line(Value code, int unit); /* line of the instruction at code unit index */

/* Fills co->locations and co->exc_entries from co->linetable / co->exceptiontable
 * (CPython 3.11's encodings); -1 with ValueError when they are malformed. */
int code_decode_tables(Code *co);

/* Code units of the instruction starting at unit i: EXTENDED_ARG prefixes, the
 * instruction and its inline caches (at least 1, clipped to the end of the code). */
int code_instr_span(const Code *co, intptr_t i);

/* code.replace(**changes) (code_replace.c) */
Value code_replace(Value self, Value const *args, size_t nargs, Value kwnames);

/* The co_positions() entry of code unit `unit`: (lineno, end_lineno, col_offset,
 * end_col_offset), None where unknown; a new tuple. */
Value code_position(const Code *co, intptr_t unit);

/* The names of the localsplus slots of one kind (CO_FAST_LOCAL: co_varnames,
 * CO_FAST_CELL: co_cellvars, CO_FAST_FREE: co_freevars) as a new tuple. */
Value code_names_of_kind(Value code, int kind);

#endif
