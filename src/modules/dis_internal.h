/* dis_internal.h: what dis.c (text disassembly, code_info) shares with
 * dis_instructions.c (Instruction, Positions, get_instructions, Bytecode): instruction
 * decoding, line starts, jump labels and each argument's value and description. */
#ifndef PVM_DIS_INTERNAL_H
#define PVM_DIS_INTERNAL_H

#include "../object/code.h"

/* One decoded instruction: code unit index, unspecialised opcode, argument (-1: none). */
typedef struct DisIns {
    int unit, op, arg;
} DisIns;

/* Decodes the instruction at *unit (advancing past its caches); *ext carries the
 * EXTENDED_ARG prefix (start at 0). */
DisIns dis_next(const Code *co, intptr_t *unit, int *ext);

/* The tables dis derives from a code object. */
typedef struct DisTables {
    int *starts;  /* line started at each code unit, or -1 */
    bool *labels; /* per byte offset: a jump target (or exception handler) */
    int maxline;  /* largest starting line, -1 if none */
} DisTables;

/* exc_labels: exception handlers count as labels (dis, Bytecode; not get_instructions).
 * 0, or -1 with an exception. */
int dis_tables_init(DisTables *t, const Code *co, bool exc_labels);
void dis_tables_clear(DisTables *t);

/* The dis.UNKNOWN sentinel (borrowed, immortal). */
Value dis_unknown(void);

/* The argument's resolved value and description (argrepr, a str, '' when none), as
 * CPython 3.11's dis computes them; new references, or -1 with an exception. */
int dis_arg_info(const Code *co, const DisIns *in, Value *argval, Value *argrepr);

/* The disassembly text of one code object (no nested ones): line numbers shifted by
 * line_offset, the instruction at byte offset lasti marked "-->". */
Value dis_code_text(Value code, int line_offset, int lasti);

/* The last traceback entry of the chain from tb (tb_next links); new reference. */
Value dis_innermost_tb(Value tb);

/* A byte offset argument (lasti, current_offset) as an int; -1 (no instruction) when it is
 * NULL, None, no int or out of range. */
int dis_offset_arg(Value v);

/* code_info(x): x a function, method, code object, source string... */
Value dis_code_info(Value x);
/* The code object of x as dis sees it (unwrapping functions, compiling strings). */
Value dis_code_of(Value x);

/* HAVE_ARGUMENT: the first opcode that takes an argument (all later ones do too). */
int dis_have_argument(void);

/* Adds hasconst, hasname... (the opcode classes), stack_effect and findlabels. */
int dis_add_opcode_info(Value module);

/* Adds Instruction, Positions, UNKNOWN, get_instructions and Bytecode to the module. */
int dis_add_instruction_api(Value module);

#endif
