/* opcodes.c: the opcode metadata table and stack effects, expanded from opcodes.def. */
#include "opcodes.h"

const OpcodeInfo opcode_info[OPCODE__COUNT] = {
#define OP(name, caches, argkind, pops, pushes, jump_pushes)                                       \
    [name] = {#name, caches, argkind, name},
#define SPECIALIZED(name, base, caches) [name] = {#name, caches, ARG_INT, base},
#include "opcodes.def"
#undef OP
#undef SPECIALIZED
};

int opcode_pops(int opcode, int oparg) {
    (void)oparg;
    switch (opcode) {
#define OP(name, caches, argkind, pops, pushes, jump_pushes)                                       \
    case name:                                                                                     \
        return (pops);
#define SPECIALIZED(name, base, caches)
#include "opcodes.def"
#undef OP
#undef SPECIALIZED
        default: return 0;
    }
}

int opcode_pushes(int opcode, int oparg, int jump) {
    switch (opcode) {
#define OP(name, caches, argkind, pops, pushes, jump_pushes)                                       \
    case name:                                                                                     \
        return jump ? (jump_pushes) : (pushes);
#define SPECIALIZED(name, base, caches)
#include "opcodes.def"
#undef OP
#undef SPECIALIZED
        default: return 0;
    }
}

int opcode_stack_effect(int opcode, int oparg, int jump) {
    return opcode_pushes(opcode, oparg, jump) - opcode_pops(opcode, oparg);
}
