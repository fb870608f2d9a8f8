/* flow_assemble.c: lays out an optimised control-flow graph and emits the code object:
 * stack depth, exception-table labelling (SETUP_* / POP_BLOCK become NOPs), jump
 * directions and relative offsets with EXTENDED_ARG sizing, the instruction array,
 * locations and exception entries. */
#include <limits.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "flow_internal.h"

/* ---- stack depth ---- */

static int depth_push(Block ***sp, Block *b, int depth) {
    if (b->startdepth >= 0 && b->startdepth != depth) {
        err_set_str(&exc_SystemError, "invalid control flow graph: inconsistent stack depth");
        return -1;
    }
    if (b->startdepth < 0) {
        b->startdepth = depth;
        *(*sp)++ = b;
    }
    return 0;
}

static int stackdepth(Cfg *g, int start) {
    int nblocks = 0;
    for (Block *b = g->entry; b; b = b->next, nblocks++) b->startdepth = INT_MIN;
    Block **stack = mem_alloc(sizeof(Block *) * (size_t)(nblocks + 1)), **sp = stack;
    if (!stack) return err_no_memory(), -1;
    int maxdepth = 0;
    if (depth_push(&sp, g->entry, start) < 0) goto fail;
    while (sp > stack) {
        Block *b = *--sp;
        int depth = b->startdepth;
        Block *next = b->next;
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            int new_depth = depth + flow_stack_effect(in->op, in->arg, 0);
            if (new_depth > maxdepth) maxdepth = new_depth;
            if (op_is_jump(in->op) || op_is_block_push(in->op)) {
                int target_depth = depth + flow_stack_effect(in->op, in->arg, 1);
                if (target_depth > maxdepth) maxdepth = target_depth;
                if (depth_push(&sp, in->target, target_depth) < 0) goto fail;
            }
            if (new_depth < 0) {
                err_set_str(&exc_SystemError, "invalid control flow graph: negative stack depth");
                goto fail;
            }
            depth = new_depth;
            if (op_is_terminator(in->op)) {
                next = NULL; /* the rest of the block is dead */
                break;
            }
        }
        if (next && depth_push(&sp, next, depth) < 0) goto fail;
    }
    mem_free(stack);
    return maxdepth;
fail:
    mem_free(stack);
    return -1;
}

/* ---- exception table labelling ---- */

enum { MAX_HANDLER_DEPTH = 64 };

typedef struct ExceptStack {
    int depth;
    Block *handlers[MAX_HANDLER_DEPTH + 1]; /* handlers[0] is NULL: no handler */
} ExceptStack;

static ExceptStack *stack_copy(const ExceptStack *s) {
    ExceptStack *c = mem_alloc(sizeof(ExceptStack));
    if (!c) {
        err_no_memory();
        return NULL;
    }
    memcpy(c, s, sizeof *c);
    return c;
}

/* Visits a successor: it takes `s` (or a copy when keep is set). */
static int visit_successor(Block ***todo, Block *target, ExceptStack **s, bool keep) {
    if (target->visited) return 0;
    if (keep) {
        target->except_stack = stack_copy(*s);
        if (!target->except_stack) return -1;
    } else {
        target->except_stack = *s;
        *s = NULL;
    }
    target->visited = true;
    *(*todo)++ = target;
    return 0;
}

static int label_exception_targets(Cfg *g) {
    int nblocks = 0;
    for (Block *b = g->entry; b; b = b->next, nblocks++) b->visited = false;
    Block **todo_stack = mem_alloc(sizeof(Block *) * (size_t)(nblocks + 1)), **todo = todo_stack;
    ExceptStack *s = mem_calloc(1, sizeof(ExceptStack));
    if (!todo_stack || !s) {
        mem_free(todo_stack);
        mem_free(s);
        return err_no_memory(), -1;
    }
    g->entry->except_stack = s;
    g->entry->visited = true;
    *todo++ = g->entry;
    while (todo > todo_stack) {
        Block *b = *--todo;
        s = b->except_stack;
        b->except_stack = NULL;
        Block *handler = s->handlers[s->depth];
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (op_is_block_push(in->op)) {
                if (visit_successor(&todo, in->target, &s, true) < 0) goto fail;
                if (in->op == SETUP_WITH || in->op == SETUP_CLEANUP)
                    in->target->preserve_lasti = true;
                if (s->depth == MAX_HANDLER_DEPTH) {
                    err_set_str(&exc_SystemError, "too many statically nested blocks");
                    goto fail;
                }
                s->handlers[++s->depth] = in->target;
                handler = in->target;
            } else if (in->op == POP_BLOCK) {
                if (s->depth > 0) s->depth--;
                handler = s->handlers[s->depth];
            } else {
                in->handler = handler;
                if (op_is_jump(in->op) &&
                    visit_successor(&todo, in->target, &s, block_has_fallthrough(b)) < 0)
                    goto fail;
            }
        }
        if (s && block_has_fallthrough(b) && b->next && !b->next->visited) {
            if (visit_successor(&todo, b->next, &s, false) < 0) goto fail;
        }
        mem_free(s);
    }
    mem_free(todo_stack);
    return 0;
fail:
    mem_free(s);
    mem_free(todo_stack);
    return -1;
}

static void convert_exception_handlers_to_nops(Cfg *g) {
    for (Block *b = g->entry; b; b = b->next)
        for (int i = 0; i < b->n; i++)
            if (op_is_block_push(b->instrs[i].op) || b->instrs[i].op == POP_BLOCK)
                b->instrs[i].op = NOP;
}

/* ---- jumps ---- */

static void normalize_jumps(Cfg *g) {
    for (Block *b = g->entry; b; b = b->next) b->visited = false;
    for (Block *b = g->entry; b; b = b->next) {
        b->visited = true;
        if (!b->n) continue;
        Instr *last = &b->instrs[b->n - 1];
        if (!op_is_jump(last->op)) continue;
        bool fwd = !last->target->visited;
        switch (last->op) {
            case JUMP: last->op = fwd ? JUMP_FORWARD : JUMP_BACKWARD; break;
            case JUMP_NO_INTERRUPT:
                last->op = fwd ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                break;
            case POP_JUMP_IF_NOT_NONE:
                last->op = fwd ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
                break;
            case POP_JUMP_IF_NONE:
                last->op = fwd ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
                break;
            case POP_JUMP_IF_FALSE:
                last->op = fwd ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
                break;
            case POP_JUMP_IF_TRUE:
                last->op = fwd ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
                break;
            default: break;
        }
    }
}

static int ext_args(int arg) { return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0; }

static int instr_size(const Instr *in) {
    return ext_args(in->arg) + 1 + opcode_info[in->op].caches;
}

static bool is_backward_jump(int op) {
    return op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT ||
           op == POP_JUMP_BACKWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_TRUE ||
           op == POP_JUMP_BACKWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NOT_NONE;
}

/* Computes block offsets and relative jump arguments until EXTENDED_ARG sizes settle. */
static int assemble_jump_offsets(Cfg *g) {
    int total;
    bool changed;
    do {
        total = 0;
        for (Block *b = g->entry; b; b = b->next) {
            b->offset = total;
            for (int i = 0; i < b->n; i++) total += instr_size(&b->instrs[i]);
        }
        changed = false;
        for (Block *b = g->entry; b; b = b->next) {
            int off = b->offset;
            for (int i = 0; i < b->n; i++) {
                Instr *in = &b->instrs[i];
                int size = instr_size(in);
                off += size;
                if (!op_is_jump(in->op)) continue;
                if (in->op >= PSEUDO_FIRST ||
                    is_backward_jump(in->op) != (in->target->offset < off)) {
                    err_set_str(&exc_SystemError, "invalid jump in control flow graph");
                    return -1;
                }
                in->arg =
                    is_backward_jump(in->op) ? off - in->target->offset : in->target->offset - off;
                if (instr_size(in) != size) changed = true;
            }
        }
    } while (changed);
    return total;
}

/* ---- emission ---- */

typedef struct Emitted {
    CodeUnit *units;
    Location *locs;
    ExceptionEntry *entries;
    int nentries;
} Emitted;

static int add_entry(Emitted *e, int *cap, int start, int end, Block *h) {
    if (e->nentries == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        ExceptionEntry *n = mem_realloc(e->entries, sizeof(ExceptionEntry) * (size_t)*cap);
        if (!n) return err_no_memory(), -1;
        e->entries = n;
    }
    e->entries[e->nentries++] = (ExceptionEntry){
        start, end, h->offset, h->startdepth - 1 - h->preserve_lasti, h->preserve_lasti};
    return 0;
}

static int emit(Cfg *g, int total, Emitted *e) {
    e->units = mem_alloc(sizeof(CodeUnit) * (size_t)(total ? total : 1));
    e->locs = mem_alloc(sizeof(Location) * (size_t)(total ? total : 1));
    if (!e->units || !e->locs) return err_no_memory(), -1;
    int pos = 0, cap = 0, start = 0;
    Block *handler = NULL;
    for (Block *b = g->entry; b; b = b->next) {
        for (int i = 0; i < b->n; i++) {
            Instr *in = &b->instrs[i];
            if (in->handler != handler) {
                if (handler && add_entry(e, &cap, start, pos, handler) < 0) return -1;
                start = pos;
                handler = in->handler;
            }
            int arg = opcode_info[in->op].argkind == ARG_NONE ? 0 : in->arg;
            int size = instr_size(in);
            for (int shift = 8 * ext_args(arg); shift > 0; shift -= 8)
                e->units[pos++] = make_unit(EXTENDED_ARG, (arg >> shift) & 0xff);
            e->units[pos++] = make_unit(in->op, arg & 0xff);
            for (int k = 0; k < opcode_info[in->op].caches; k++) e->units[pos++] = 0;
            for (int k = pos - size; k < pos; k++) e->locs[k] = in->loc;
        }
    }
    if (handler && add_entry(e, &cap, start, pos, handler) < 0) return -1;
    return 0;
}

Value flow_assemble(AssembleInput *in) {
    Cfg *g = in->cfg;
    if (flow_optimize(in) < 0) return NULL;
    int start = (in->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) ? 1 : 0;
    int maxdepth = stackdepth(g, start);
    if (maxdepth < 0) return NULL;
    if (label_exception_targets(g) < 0) return NULL;
    convert_exception_handlers_to_nops(g);
    for (Block *b = g->entry; b; b = b->next) clean_block(b);
    normalize_jumps(g);
    int total = assemble_jump_offsets(g);
    if (total < 0) return NULL;
    Emitted e = {0};
    Value code = NULL, consts = NULL;
    if (emit(g, total, &e) < 0) goto done;
    consts = consts_tuple(in->consts, in->consts->n);
    if (!consts) goto done;
    CodeSpec spec = {
        .argcount = in->argcount,
        .posonlyargcount = in->posonlyargcount,
        .kwonlyargcount = in->kwonlyargcount,
        .stacksize = maxdepth,
        .flags = in->flags,
        .firstlineno = in->firstlineno,
        .consts = consts,
        .names = in->names,
        .localsplusnames = in->localsplusnames,
        .localspluskinds = in->localspluskinds,
        .filename = in->filename,
        .name = in->name,
        .qualname = in->qualname,
        .units = e.units,
        .ncodeunits = total,
        .locations = e.locs,
        .exc_entries = e.entries,
        .nexc_entries = e.nentries,
    };
    code = code_new(&spec);
done:
    xdecref(consts);
    mem_free(e.units);
    mem_free(e.locs);
    mem_free(e.entries);
    return code;
}
