/* flow_internal.h: what flow.c (graph and optimisation passes) and flow_assemble.c
 * (layout and code emission) share. */
#ifndef PVM_FLOW_INTERNAL_H
#define PVM_FLOW_INTERNAL_H

#include "flow.h"

bool op_is_uncond_jump(int op);
bool op_is_scope_exit(int op);
bool block_has_fallthrough(const Block *b);
int flow_stack_effect(int op, int arg, int jump); /* pseudo-instructions included */
void clean_block(Block *b);
int flow_optimize(AssembleInput *in); /* every pass up to line-number propagation */

#endif
