/* flow.h: the control-flow graph the compiler emits into (basic blocks of instructions,
 * with pseudo-instructions for jumps and exception-handler setup) and the assembler that
 * turns it into a code object as CPython 3.11 does: peephole optimisation, dead-code
 * removal, line-number propagation, stack depth, the exception table, jump direction
 * and EXTENDED_ARG sizing, and the location table. */
#ifndef PVM_FLOW_H
#define PVM_FLOW_H

#include "../object/code.h"
#include "consts.h"

/* pseudo-instructions: resolved or removed by the assembler */
enum PseudoOp {
    PSEUDO_FIRST = 256,
    JUMP = PSEUDO_FIRST, /* -> JUMP_FORWARD / JUMP_BACKWARD */
    JUMP_NO_INTERRUPT,   /* -> JUMP_FORWARD / JUMP_BACKWARD_NO_INTERRUPT */
    POP_JUMP_IF_FALSE,   /* -> POP_JUMP_{FORWARD,BACKWARD}_IF_FALSE, ... */
    POP_JUMP_IF_TRUE,
    POP_JUMP_IF_NONE,
    POP_JUMP_IF_NOT_NONE,
    SETUP_FINALLY, /* handler gets the exception */
    SETUP_CLEANUP, /* handler gets lasti and the exception */
    SETUP_WITH,    /* like SETUP_CLEANUP, one value less on the stack */
    POP_BLOCK,     /* ends the innermost SETUP_* region */
};

typedef struct Block Block;

typedef struct Instr {
    int op, arg;
    Block *target;  /* jumps and SETUP_*: the target block */
    Block *handler; /* the exception handler covering this instruction (assembler) */
    Location loc;
} Instr;

struct Block {
    Instr *instrs;
    int n, cap;
    Block *next; /* layout order: the fall-through successor */
    Block *list; /* every block of the unit, most recently created first */
    int offset;  /* in code units, once laid out */
    int startdepth;
    int predecessors;
    bool visited, preserve_lasti;
    struct ExceptStack *except_stack;
};

typedef struct Cfg {
    Block *entry;  /* first block in layout order */
    Block *blocks; /* all blocks (Block.list chain) */
    int nblocks;
} Cfg;

Block *cfg_new_block(Cfg *g);                         /* NULL with MemoryError */
Instr *block_add(Block *b);                           /* a zeroed new last instruction, or NULL */
int block_insert(Block *b, int pos, const Instr *in); /* -1 with MemoryError */
void cfg_clear(Cfg *g);

bool op_is_jump(int op);       /* has a target block (SETUP_* excluded) */
bool op_is_block_push(int op); /* SETUP_* */
bool op_is_terminator(int op); /* no fall-through: unconditional jump or scope exit */

typedef struct AssembleInput {
    Cfg *cfg;
    ConstTable *consts; /* may gain folded tuples; trailing unused entries are dropped */
    Value names, localsplusnames, localspluskinds, filename, name, qualname;
    int argcount, posonlyargcount, kwonlyargcount, flags, firstlineno;
} AssembleInput;

/* Optimises and lays out the graph and builds the code object (new reference), or NULL
 * with an exception set. The graph is consumed (left in an unspecified state). */
Value flow_assemble(AssembleInput *in);

#endif
