/* flow.c: the control-flow graph (blocks and instructions) and its optimisation passes,
 * in CPython 3.11's order and with its rules: jump threading, constant conditions,
 * tuple folding, SWAP elimination, exit-block inlining, dead-code removal, NOP removal
 * that keeps line events, and the copying of line-less exit blocks. flow_assemble.c
 * lays the result out. */
#include "flow.h"

#include <limits.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "flow_internal.h"

/* ---- graph construction ---- */

Block *cfg_new_block(Cfg *g) {
    Block *b = mem_calloc(1, sizeof(Block));
    if (!b) {
        err_no_memory();
        return NULL;
    }
    b->list = g->blocks;
    g->blocks = b;
    g->nblocks++;
    return b;
}

static int block_reserve(Block *b, int extra) {
    if (b->n + extra <= b->cap) return 0;
    int cap = b->cap ? b->cap : 8;
    while (cap < b->n + extra) cap *= 2;
    Instr *in = mem_realloc(b->instrs, sizeof(Instr) * (size_t)cap);
    if (!in) return err_no_memory(), -1;
    b->instrs = in;
    b->cap = cap;
    return 0;
}

Instr *block_add(Block *b) {
    if (block_reserve(b, 1) < 0) return NULL;
    Instr *in = &b->instrs[b->n++];
    memset(in, 0, sizeof *in);
    return in;
}

int block_insert(Block *b, int pos, const Instr *in) {
    if (block_reserve(b, 1) < 0) return -1;
    memmove(&b->instrs[pos + 1], &b->instrs[pos], sizeof(Instr) * (size_t)(b->n - pos));
    b->instrs[pos] = *in;
    b->n++;
    return 0;
}

void cfg_clear(Cfg *g) {
    for (Block *b = g->blocks, *next; b; b = next) {
        next = b->list;
        mem_free(b->instrs);
        mem_free(b->except_stack);
        mem_free(b);
    }
    *g = (Cfg){0};
}

/* ---- opcode classes ---- */

bool op_is_jump(int op) {
    switch (op) {
        case JUMP:
        case JUMP_NO_INTERRUPT:
        case POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE:
        case POP_JUMP_IF_NONE:
        case POP_JUMP_IF_NOT_NONE:
        case FOR_ITER:
        case SEND:
        case JUMP_IF_FALSE_OR_POP:
        case JUMP_IF_TRUE_OR_POP:
        case JUMP_FORWARD:
        case JUMP_BACKWARD:
        case JUMP_BACKWARD_NO_INTERRUPT:
        case POP_JUMP_FORWARD_IF_FALSE:
        case POP_JUMP_FORWARD_IF_TRUE:
        case POP_JUMP_FORWARD_IF_NONE:
        case POP_JUMP_FORWARD_IF_NOT_NONE:
        case POP_JUMP_BACKWARD_IF_FALSE:
        case POP_JUMP_BACKWARD_IF_TRUE:
        case POP_JUMP_BACKWARD_IF_NONE:
        case POP_JUMP_BACKWARD_IF_NOT_NONE: return true;
        default: return false;
    }
}

bool op_is_block_push(int op) {
    return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
}

bool op_is_uncond_jump(int op) {
    return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD ||
           op == JUMP_BACKWARD_NO_INTERRUPT;
}

bool op_is_scope_exit(int op) { return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE; }

bool op_is_terminator(int op) { return op_is_uncond_jump(op) || op_is_scope_exit(op); }

bool block_has_fallthrough(const Block *b) {
    return b->n == 0 || !op_is_terminator(b->instrs[b->n - 1].op);
}

static bool block_exits_scope(const Block *b) {
    return b->n > 0 && op_is_scope_exit(b->instrs[b->n - 1].op);
}

static bool block_has_lineno(const Block *b) {
    for (int i = 0; i < b->n; i++)
        if (b->instrs[i].loc.lineno >= 0) return true;
    return false;
}

static Instr *last_instr(Block *b) { return b->n ? &b->instrs[b->n - 1] : NULL; }

/* The first non-empty block from b on in layout order (the last block if all are empty). */
static Block *skip_empty(Block *b) {
    while (b->n == 0 && b->next) b = b->next;
    return b;
}

int flow_stack_effect(int op, int arg, int jump) {
    switch (op) {
        case JUMP:
        case JUMP_NO_INTERRUPT:
        case POP_BLOCK: return 0;
        case POP_JUMP_IF_FALSE:
        case POP_JUMP_IF_TRUE:
        case POP_JUMP_IF_NONE:
        case POP_JUMP_IF_NOT_NONE: return -1;
        case SETUP_FINALLY:
        case SETUP_WITH: return jump ? 1 : 0;
        case SETUP_CLEANUP: return jump ? 2 : 0;
        default: return opcode_stack_effect(op, arg, jump);
    }
}

/* ---- peephole optimisation of one block ---- */

/* Retargets inst to target's target (as `op`) when both are on the same line. */
static int jump_thread(Instr *inst, const Instr *target, int op) {
    if (inst->loc.lineno == target->loc.lineno && inst->target != target->target) {
        inst->target = target->target;
        inst->op = op;
        return 1;
    }
    return 0;
}

/* n LOAD_CONSTs followed by BUILD_TUPLE n become one LOAD_CONST of the tuple. */
static int fold_tuple_on_constants(Instr *inst, int n, ConstTable *consts) {
    for (int i = 0; i < n; i++)
        if (inst[i].op != LOAD_CONST) return 0;
    Value t = tuple_new(n);
    if (!t) return -1;
    for (int i = 0; i < n; i++) tuple_items(t)[i] = incref(consts->items[inst[i].arg]);
    int index = consts_add_steal(consts, t);
    if (index < 0) return -1;
    for (int i = 0; i < n; i++) inst[i].op = NOP;
    inst[n].op = LOAD_CONST;
    inst[n].arg = index;
    return 0;
}

/* Rewrites a run of SWAPs (and NOPs) starting at *ix as the fewest SWAPs with the same
 * permutation, by walking the cycles of the permutation. */
static int swaptimize(Block *b, int *ix) {
    Instr *ins = &b->instrs[*ix];
    int depth = ins[0].arg, len = 0;
    bool more = false;
    int limit = b->n - *ix;
    while (++len < limit) {
        if (ins[len].op == SWAP) {
            if (ins[len].arg > depth) depth = ins[len].arg;
            more = true;
        } else if (ins[len].op != NOP) {
            break;
        }
    }
    if (!more) return 0;
    int *stack = mem_alloc(sizeof(int) * (size_t)depth);
    if (!stack) return err_no_memory(), -1;
    for (int i = 0; i < depth; i++) stack[i] = i;
    for (int i = 0; i < len; i++) {
        if (ins[i].op != SWAP) continue;
        int k = ins[i].arg - 1, top = stack[0];
        stack[0] = stack[k];
        stack[k] = top;
    }
    enum { VISITED = -1 };
    int current = len - 1;
    for (int i = 0; i < depth; i++) {
        if (stack[i] == VISITED || stack[i] == i) continue;
        int j = i;
        for (;;) {
            if (j) {
                ins[current].op = SWAP;
                ins[current--].arg = j + 1;
            }
            if (stack[j] == VISITED) break;
            int next = stack[j];
            stack[j] = VISITED;
            j = next;
        }
    }
    while (current >= 0) ins[current--].op = NOP;
    mem_free(stack);
    *ix += len - 1;
    return 0;
}

static bool swappable(int op) { return op == STORE_FAST || op == POP_TOP; }

static int stores_to(const Instr *in) { return in->op == STORE_FAST ? in->arg : -1; }

static int next_swappable(Block *b, int i, int lineno) {
    while (++i < b->n) {
        Instr *in = &b->instrs[i];
        if (lineno >= 0 && in->loc.lineno != lineno) return -1;
        if (in->op == NOP) continue;
        return swappable(in->op) ? i : -1;
    }
    return -1;
}

/* SWAP n followed by stores/pops: swap the instructions instead of the stack items. */
static void apply_static_swaps(Block *b, int i) {
    for (; i >= 0; i--) {
        Instr *swap = &b->instrs[i];
        if (swap->op != SWAP) {
            if (swap->op == NOP || swappable(swap->op)) continue;
            return;
        }
        int j = next_swappable(b, i, -1);
        if (j < 0) return;
        int k = j, lineno = b->instrs[j].loc.lineno;
        for (int count = swap->arg - 1; count > 0; count--) {
            k = next_swappable(b, k, lineno);
            if (k < 0) return;
        }
        int sj = stores_to(&b->instrs[j]), sk = stores_to(&b->instrs[k]);
        if (sj >= 0 || sk >= 0) {
            if (sj == sk) return;
            for (int idx = j + 1; idx < k; idx++) {
                int s = stores_to(&b->instrs[idx]);
                if (s >= 0 && (s == sj || s == sk)) return;
            }
        }
        swap->op = NOP;
        Instr tmp = b->instrs[j];
        b->instrs[j] = b->instrs[k];
        b->instrs[k] = tmp;
    }
}

static int optimize_load_const(Block *b, int i, ConstTable *consts) {
    Instr *inst = &b->instrs[i];
    int nextop = i + 1 < b->n ? b->instrs[i + 1].op : 0;
    Value cnt = consts->items[inst->arg];
    if (nextop == POP_JUMP_IF_FALSE || nextop == POP_JUMP_IF_TRUE) {
        int is_true = object_is_true(cnt);
        if (is_true < 0) return -1;
        inst->op = NOP;
        b->instrs[i + 1].op = is_true == (nextop == POP_JUMP_IF_TRUE) ? JUMP : NOP;
    } else if (nextop == JUMP_IF_FALSE_OR_POP || nextop == JUMP_IF_TRUE_OR_POP) {
        int is_true = object_is_true(cnt);
        if (is_true < 0) return -1;
        if (is_true == (nextop == JUMP_IF_TRUE_OR_POP)) {
            b->instrs[i + 1].op = JUMP;
        } else {
            inst->op = NOP;
            b->instrs[i + 1].op = NOP;
        }
    } else if (nextop == IS_OP && i + 2 < b->n) {
        int jump_op = b->instrs[i + 2].op;
        if (cnt == NONE && (jump_op == POP_JUMP_IF_FALSE || jump_op == POP_JUMP_IF_TRUE)) {
            int invert = b->instrs[i + 1].arg ^ (jump_op == POP_JUMP_IF_FALSE);
            inst->op = NOP;
            b->instrs[i + 1].op = NOP;
            b->instrs[i + 2].op = invert ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
        }
    }
    return 0;
}

static int optimize_block(Block *b, ConstTable *consts) {
    static const Instr nop = {.op = NOP};
    for (int i = 0; i < b->n; i++) {
        Instr *inst = &b->instrs[i];
        int arg = inst->arg;
        int nextop = i + 1 < b->n ? b->instrs[i + 1].op : 0;
        const Instr *target = &nop;
        if (op_is_jump(inst->op) || op_is_block_push(inst->op)) {
            inst->target = skip_empty(inst->target);
            if (inst->target->n) target = &inst->target->instrs[0];
        }
        switch (inst->op) {
            case LOAD_CONST:
                if (optimize_load_const(b, i, consts) < 0) return -1;
                break;
            case BUILD_TUPLE:
                if (nextop == UNPACK_SEQUENCE && arg == b->instrs[i + 1].arg) {
                    if (arg == 1) {
                        inst->op = NOP;
                        b->instrs[i + 1].op = NOP;
                        continue;
                    }
                    if (arg == 2 || arg == 3) {
                        inst->op = NOP;
                        b->instrs[i + 1].op = SWAP;
                        continue;
                    }
                }
                if (i >= arg && fold_tuple_on_constants(inst - arg, arg, consts) < 0) return -1;
                break;
            case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: {
                bool on_false = inst->op == JUMP_IF_FALSE_OR_POP;
                int same_pop = on_false ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
                int other_pop = on_false ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE;
                int other_or = on_false ? JUMP_IF_TRUE_OR_POP : JUMP_IF_FALSE_OR_POP;
                if (target->op == same_pop) {
                    i -= jump_thread(inst, target, same_pop);
                } else if (target->op == JUMP || target->op == inst->op) {
                    i -= jump_thread(inst, target, inst->op);
                } else if ((target->op == other_or || target->op == other_pop) &&
                           inst->loc.lineno == target->loc.lineno) {
                    inst->op = same_pop;
                    inst->target = inst->target->next;
                    i--;
                }
                break;
            }
            case POP_JUMP_IF_NOT_NONE:
            case POP_JUMP_IF_NONE:
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE:
            case JUMP:
                if (target->op == JUMP) i -= jump_thread(inst, target, inst->op);
                break;
            case SWAP:
                if (arg == 1) {
                    inst->op = NOP;
                    break;
                }
                if (swaptimize(b, &i) < 0) return -1;
                apply_static_swaps(b, i);
                break;
            case PUSH_NULL:
                if (nextop == LOAD_GLOBAL) {
                    inst->op = NOP;
                    inst->arg = 0;
                    b->instrs[i + 1].arg |= 1;
                }
                break;
            default: break;
        }
    }
    return 0;
}

/* Removes NOPs, except those needed to keep a line event. */
void clean_block(Block *b) {
    int dest = 0, prev_lineno = -1;
    for (int src = 0; src < b->n; src++) {
        Instr *in = &b->instrs[src];
        int lineno = in->loc.lineno;
        if (in->op == NOP) {
            if (lineno < 0 || prev_lineno == lineno) continue;
            if (src < b->n - 1) {
                Instr *next = &b->instrs[src + 1];
                if (next->loc.lineno < 0) {
                    next->loc = in->loc;
                    continue;
                }
                if (next->loc.lineno == lineno) continue;
            } else {
                Block *next = b->next;
                while (next && next->n == 0) next = next->next;
                if (next && lineno == next->instrs[0].loc.lineno) continue;
            }
        }
        if (dest != src) b->instrs[dest] = *in;
        dest++;
        prev_lineno = lineno;
    }
    b->n = dest;
}

enum { MAX_COPY_SIZE = 4 };

/* An unconditional jump to a small line-less exit block: inline the block. */
static int extend_block(Block *b) {
    Instr *last = last_instr(b);
    if (!last || !(last->op == JUMP || last->op == JUMP_FORWARD || last->op == JUMP_BACKWARD))
        return 0;
    Block *to_copy = last->target;
    if (!block_exits_scope(to_copy) || to_copy->n > MAX_COPY_SIZE || block_has_lineno(to_copy))
        return 0;
    last->op = NOP;
    if (block_reserve(b, to_copy->n) < 0) return -1;
    for (int i = 0; i < to_copy->n; i++) b->instrs[b->n++] = to_copy->instrs[i];
    return 0;
}

/* Skips jump targets over empty blocks. */
static void normalize_block(Block *b) {
    Instr *last = last_instr(b);
    if (last && op_is_jump(last->op)) last->target = skip_empty(last->target);
}

static int mark_reachable(Cfg *g) {
    Block **stack = mem_alloc(sizeof(Block *) * (size_t)(g->nblocks + 1)), **sp = stack;
    if (!stack) return err_no_memory(), -1;
    for (Block *b = g->blocks; b; b = b->list) b->predecessors = 0;
    g->entry->predecessors = 1;
    *sp++ = g->entry;
    while (sp > stack) {
        Block *b = *--sp;
        if (b->next && block_has_fallthrough(b)) {
            if (b->next->predecessors == 0) *sp++ = b->next;
            b->next->predecessors++;
        }
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (!op_is_jump(in->op) && !op_is_block_push(in->op)) continue;
            if (in->target->predecessors == 0) *sp++ = in->target;
            in->target->predecessors++;
        }
    }
    mem_free(stack);
    return 0;
}

static void eliminate_empty_blocks(Block *entry) {
    for (Block *b = entry; b; b = b->next) {
        Block *next = b->next;
        if (!next) continue;
        while (next->n == 0 && next->next) next = next->next;
        b->next = next;
    }
    for (Block *b = entry; b; b = b->next) normalize_block(b);
}

static int optimize_cfg(Cfg *g, ConstTable *consts) {
    for (Block *b = g->entry; b; b = b->next) {
        if (optimize_block(b, consts) < 0) return -1;
        clean_block(b);
    }
    for (Block *b = g->blocks; b; b = b->list)
        if (extend_block(b) < 0) return -1;
    if (mark_reachable(g) < 0) return -1;
    for (Block *b = g->entry; b; b = b->next)
        if (b->predecessors == 0) b->n = 0;
    eliminate_empty_blocks(g->entry);
    for (Block *b = g->entry; b; b = b->next) clean_block(b);
    /* a jump to the very next block is redundant */
    bool maybe_empty = false;
    for (Block *b = g->entry; b; b = b->next) {
        Instr *last = last_instr(b);
        if (last && (last->op == JUMP || last->op == JUMP_NO_INTERRUPT) &&
            last->target == b->next) {
            last->op = NOP;
            maybe_empty = true;
        }
    }
    if (maybe_empty) eliminate_empty_blocks(g->entry);
    return 0;
}

/* ---- line numbers of exits ---- */

static bool is_exit_without_lineno(const Block *b) {
    return block_exits_scope(b) && !block_has_lineno(b);
}

static Block *copy_block(Cfg *g, const Block *src) {
    Block *b = cfg_new_block(g);
    if (!b || block_reserve(b, src->n) < 0) return NULL;
    memcpy(b->instrs, src->instrs, sizeof(Instr) * (size_t)src->n);
    b->n = src->n;
    return b;
}

/* A line-less exit block reached by several jumps gets one copy per jump, so each copy
 * can take the line of its jump. */
static int duplicate_exits_without_lineno(Cfg *g) {
    for (Block *b = g->blocks; b; b = b->list) {
        Instr *last = last_instr(b);
        if (!last || !op_is_jump(last->op)) continue;
        Block *target = last->target;
        if (!is_exit_without_lineno(target) || target->predecessors <= 1) continue;
        Block *copy = copy_block(g, target);
        if (!copy) return -1;
        copy->instrs[0].loc = last->loc;
        last->target = copy;
        target->predecessors--;
        copy->predecessors = 1;
        copy->next = target->next;
        target->next = copy;
    }
    for (Block *b = g->blocks; b; b = b->list)
        while (b->next && b->next->n == 0) b->next = b->next->next;
    for (Block *b = g->blocks; b; b = b->list)
        if (block_has_fallthrough(b) && b->next && b->n > 0 && is_exit_without_lineno(b->next))
            b->next->instrs[0].loc = b->instrs[b->n - 1].loc;
    return 0;
}

static void trim_unused_consts(Cfg *g, ConstTable *consts) {
    int max_index = 0; /* the first constant (a docstring) is always kept */
    for (Block *b = g->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if ((b->instrs[i].op == LOAD_CONST || b->instrs[i].op == KW_NAMES) &&
                b->instrs[i].arg > max_index)
                max_index = b->instrs[i].arg;
    consts_truncate(consts, max_index + 1);
}

static void propagate_line_numbers(Cfg *g) {
    for (Block *b = g->entry; b; b = b->next) {
        if (b->n == 0) continue;
        Location prev = {-1, -1, -1, -1};
        for (int i = 0; i < b->n; i++) {
            if (b->instrs[i].loc.lineno < 0)
                b->instrs[i].loc = prev;
            else
                prev = b->instrs[i].loc;
        }
        if (block_has_fallthrough(b) && b->next && b->next->predecessors == 1 && b->next->n &&
            b->next->instrs[0].loc.lineno < 0)
            b->next->instrs[0].loc = prev;
        Instr *last = last_instr(b);
        if (op_is_jump(last->op) && last->target->predecessors == 1 &&
            last->target->instrs[0].loc.lineno < 0)
            last->target->instrs[0].loc = prev;
    }
}

static void guarantee_lineno_for_exits(Cfg *g, int firstlineno) {
    int lineno = firstlineno;
    for (Block *b = g->entry; b; b = b->next) {
        Instr *last = last_instr(b);
        if (!last) continue;
        if (last->loc.lineno >= 0) {
            lineno = last->loc.lineno;
        } else if (last->op == RETURN_VALUE) {
            for (int i = 0; i < b->n; i++) b->instrs[i].loc.lineno = lineno;
        }
    }
}

int flow_optimize(AssembleInput *in) {
    Cfg *g = in->cfg;
    for (Block *b = g->blocks; b; b = b->list) normalize_block(b);
    for (Block *b = g->blocks; b; b = b->list)
        if (extend_block(b) < 0) return -1;
    if (optimize_cfg(g, in->consts) < 0) return -1;
    if (duplicate_exits_without_lineno(g) < 0) return -1;
    trim_unused_consts(g, in->consts);
    propagate_line_numbers(g);
    guarantee_lineno_for_exits(g, in->firstlineno);
    return 0;
}
