/* opcodes.h: opcode numbers and metadata generated from opcodes.def, shared by the
 * compiler, the VM, marshal and dis. An instruction is one 16-bit code unit:
 * low byte opcode, high byte argument (EXTENDED_ARG prefixes widen the argument),
 * followed by `caches` inline cache units. */
#ifndef PVM_OPCODES_H
#define PVM_OPCODES_H

#include <stdint.h>

typedef uint16_t CodeUnit;

enum ArgKind {
    ARG_NONE,          /* no argument (dis prints none) */
    ARG_INT,           /* plain number */
    ARG_CONST,         /* index into co_consts */
    ARG_NAME,          /* index into co_names */
    ARG_GLOBAL,        /* LOAD_GLOBAL: co_names[arg >> 1], low bit = push NULL first */
    ARG_LOCAL,         /* index into co_varnames (localsplus) */
    ARG_FREE,          /* index into localsplus (cell or free variable) */
    ARG_JUMP_FORWARD,  /* target = next instruction + arg units */
    ARG_JUMP_BACKWARD, /* target = next instruction - arg units */
    ARG_COMPARE,       /* CMP_* */
    ARG_BINARY_OP,     /* BinaryOp */
    ARG_MAKE_FUNCTION, /* flag bits */
    ARG_FORMAT_VALUE,  /* conversion | have-spec bit */
};

enum Opcode {
#define OP(name, caches, argkind, pops, pushes, jump_pushes) name,
#define SPECIALIZED(name, base, caches)                      name,
#include "opcodes.def"
#undef OP
#undef SPECIALIZED
    OPCODE__COUNT
};

typedef struct OpcodeInfo {
    const char *name;
    uint8_t caches;
    uint8_t argkind;
    uint8_t base; /* the unspecialised opcode (itself for ordinary ones) */
} OpcodeInfo;

extern const OpcodeInfo opcode_info[OPCODE__COUNT];

static inline int unit_opcode(CodeUnit u) { return u & 0xFF; }
static inline int unit_arg(CodeUnit u) { return u >> 8; }
static inline CodeUnit make_unit(int op, int arg) { return (CodeUnit)(op | (arg << 8)); }

/* Stack effect of one instruction (jump: effect when the jump is taken). */
int opcode_stack_effect(int opcode, int oparg, int jump);
int opcode_pops(int opcode, int oparg);
int opcode_pushes(int opcode, int oparg, int jump);

#endif
