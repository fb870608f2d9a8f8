/* eval.c: the fetch / decode / execute loop over CPython 3.11's instruction set, with
 * computed-goto dispatch (a switch for non-GNU compilers). Python-to-Python calls push a
 * frame on the thread's frame stack and continue in the same loop; exceptions unwind
 * through the code's exception table. Hot instructions have inline fast paths for small
 * ints and are specialised in place (vm/specialize.c). */
#include "eval.h"

#include "../import/import.h"
#include "signals.h"
#include "../object/descr.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/float.h"
#include "../object/function.h"
#include "../object/generator.h"
#include "../object/int.h"
#include "../object/iter.h"
#include "../object/list.h"
#include "../object/set.h"
#include "../object/module.h"
#include "../object/range.h"
#include "../object/slice.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "call.h"
#include "errors.h"
#include "eval_helpers.h"
#include "specialize.h"
#include "str_append.h"
#include "traceback.h"

#if defined(__GNUC__)
#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define LIKELY(x)   (x)
#define UNLIKELY(x) (x)
#endif

#if defined(__GNUC__) && !defined(PVM_NO_COMPUTED_GOTO)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

/* ---- small-int arithmetic fast paths (both operands tagged) ---- */

/* Computes a `op` b for small ints; returns NULL when the fast path does not apply
 * (overflow out of the small range, division by zero, unsupported op). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline Value
small_int_binary(intptr_t a, intptr_t b, int op) {
    intptr_t r;
    switch (op) {
        case BINOP_ADD:
            if (__builtin_add_overflow(a, b, &r)) return NULL;
            break;
        case BINOP_SUBTRACT:
            if (__builtin_sub_overflow(a, b, &r)) return NULL;
            break;
        case BINOP_MULTIPLY:
            if (__builtin_mul_overflow(a, b, &r)) return NULL;
            break;
        case BINOP_AND: return small_int(a & b);
        case BINOP_OR: return small_int(a | b);
        case BINOP_XOR: return small_int(a ^ b);
        case BINOP_FLOOR_DIVIDE:
            if (b == 0) return NULL;
            r = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
            break;
        case BINOP_REMAINDER:
            if (b == 0) return NULL;
            r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) r += b;
            break;
        case BINOP_LSHIFT:
            if (b < 0 || b >= 62) return NULL;
            r = (intptr_t)((uintptr_t)a << b);
            if ((r >> b) != a) return NULL;
            break;
        case BINOP_RSHIFT:
            if (b < 0) return NULL;
            r = b >= 63 ? (a < 0 ? -1 : 0) : a >> b;
            break;
        case BINOP_TRUE_DIVIDE: {
            const intptr_t exact = (intptr_t)1 << 53;
            if (b == 0 || a > exact || a < -exact || b > exact || b < -exact) return NULL;
            return float_new((double)a / (double)b);
        }
        default: return NULL;
    }
    return fits_small_int(r) ? small_int(r) : NULL;
}

/* a `op` b for the float operators with an inline fast path; false when it does not apply
 * (division by zero raises through the generic path). */
static inline bool float_arith(double a, double b, int op, double *out) {
    switch (op) {
        case BINOP_ADD: *out = a + b; return true;
        case BINOP_SUBTRACT: *out = a - b; return true;
        case BINOP_MULTIPLY: *out = a * b; return true;
        case BINOP_TRUE_DIVIDE: *out = a / b; return b != 0.0;
        default: return false;
    }
}

static inline Value float_binary(double a, double b, int op) {
    double r;
    return float_arith(a, b, op, &r) ? float_new(r) : NULL;
}

static inline bool compare_result(intptr_t c, int op) {
    switch (op) {
        case CMP_LT: return c < 0;
        case CMP_LE: return c <= 0;
        case CMP_EQ: return c == 0;
        case CMP_NE: return c != 0;
        case CMP_GT: return c > 0;
        default: return c >= 0;
    }
}

static inline bool compare_doubles(double a, double b, int op) {
    switch (op) {
        case CMP_LT: return a < b;
        case CMP_LE: return a <= b;
        case CMP_EQ: return a == b;
        case CMP_NE: return a != b;
        case CMP_GT: return a > b;
        default: return a >= b;
    }
}

/* BINARY_OP with its fast paths; a and b are borrowed. */
static inline Value binary_op_fast(Value a, Value b, int oparg) {
    int op = oparg >= BINOP_INPLACE ? oparg - BINOP_INPLACE : oparg;
    if (is_small_int(a) && is_small_int(b)) {
        Value r = small_int_binary(small_int_value(a), small_int_value(b), op);
        if (r) return r;
    } else if (is_float_exact(a) && is_float_exact(b)) {
        Value r = float_binary(float_value(a), float_value(b), op);
        if (r) return r;
    }
    return binary_op(a, b, oparg);
}

/* COMPARE_OP with its fast paths; a and b are borrowed. */
static inline Value compare_fast(Value a, Value b, int op) {
    if (is_small_int(a) && is_small_int(b)) {
        intptr_t x = small_int_value(a), y = small_int_value(b);
        return bool_value(compare_result((x > y) - (x < y), op));
    }
    if (is_float_exact(a) && is_float_exact(b))
        return bool_value(compare_doubles(float_value(a), float_value(b), op));
    return object_richcompare(a, b, op);
}

/* ---- global and name lookups ---- */

/* mapping[name] for a locals mapping: new ref; NULL without error when absent. */
static Value mapping_lookup(Value mapping, Value name) {
    if (is_dict_exact(mapping)) return xincref(dict_get_str(mapping, name));
    Value v = object_getitem(mapping, name);
    if (!v && err_matches(&exc_KeyError)) err_clear();
    return v;
}

static Value load_name(Frame *f, Value name) {
    if (!f->locals) {
        err_format(&exc_SystemError, "no locals when loading %R", name);
        return NULL;
    }
    Value v = mapping_lookup(f->locals, name);
    if (v || err_occurred()) return v;
    return eval_load_global(f, name);
}

/* LOAD_METHOD: 1 with the unbound method in *out (the caller keeps obj as self), 0 with
 * the plain attribute in *out, -1 on error. */
static int load_method(Value obj, Value name, Value *out) {
    Type *t = type_of(obj);
    if (t->getattr == object_generic_getattr) {
        Value descr = type_lookup(t, name);
        if (descr && type_has_flag(type_of(descr), TPFLAG_METHOD_DESCRIPTOR)) {
            Value *slot = t->dictoffset ? object_dict_slot(obj) : NULL;
            Value d = slot ? *slot : NULL;
            Value shadow = d && is_dict_exact(d) ? dict_get_str(d, name) : NULL;
            if (!shadow && !(d && !is_dict_exact(d))) {
                *out = incref(descr);
                return 1;
            }
        }
    }
    *out = object_getattr(obj, name);
    return *out ? 0 : -1;
}

/* ---- exception handling ---- */

static const ExceptionEntry *find_exception_handler(Code *co, int lasti) {
    const ExceptionEntry *best = NULL;
    for (int i = 0; i < co->nexc_entries; i++) {
        const ExceptionEntry *e = &co->exc_entries[i];
        if (lasti >= e->start && lasti < e->end &&
            (!best || e->start > best->start || (e->start == best->start && e->end < best->end)))
            best = e;
    }
    return best;
}

/* ---- calls ---- */

/* Pushes the frame of a call of the Python function func. Steals func and the nargs +
 * len(kwnames) argument values in every case. NULL with an exception on failure. */
static inline Frame *push_call_frame(ThreadState *ts, Value func, Value *args, size_t nargs,
                                     Value kwnames) {
    Function *fn = (Function *)func;
    Code *co = (Code *)fn->code;
    size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
    Frame *nf = NULL;
    if (UNLIKELY(ts->recursion_depth >= ts->recursion_limit)) {
        err_set_str(&exc_RecursionError, "maximum recursion depth exceeded");
        goto fail;
    }
    nf = frame_alloc(ts, frame_size_values(co));
    if (UNLIKELY(!nf)) goto fail;
    nf->code = (Code *)incref((Value)co);
    nf->func = func;
    nf->globals = fn->globals;
    nf->builtins = fn->builtins;
    nf->locals = NULL;
    nf->instr = co->units;
    nf->frame_obj = NULL;
    nf->owner = FRAME_OWNED_BY_THREAD;
    nf->is_entry = false;
    int nlocalsplus = co->nlocalsplus;
    nf->sp = nf->localsplus + nlocalsplus;
    if (LIKELY(nkw == 0 && nargs == (size_t)co->argcount &&
               !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) && co->kwonlyargcount == 0)) {
        for (size_t i = 0; i < nargs; i++) nf->localsplus[i] = args[i];
        for (int i = (int)nargs; i < nlocalsplus; i++) nf->localsplus[i] = NULL;
    } else {
        for (int i = 0; i < nlocalsplus; i++) nf->localsplus[i] = NULL;
        int rc = bind_arguments(nf, fn, args, nargs, kwnames);
        for (size_t i = 0; i < nargs + nkw; i++) decref(args[i]);
        if (rc < 0) {
            frame_clear(nf);
            frame_free(ts, nf);
            return NULL;
        }
    }
    ts->recursion_depth++;
    return nf;
fail:
    decref(func);
    for (size_t i = 0; i < nargs + nkw; i++) decref(args[i]);
    return NULL;
}

/* CPython 3.11 runs a code object unspecialised for its first executions; there every call
 * of a C function (builtin or method descriptor) is counted against the recursion limit.
 * Approximated per CALL site with the CALL's first inline cache unit (zero in co_code). */
#define CALL_WARMUP 7

/* Calling a built-in type: CPython 3.11 checks the depth unless the type has a vectorcall
 * (or, once warm, str(x) is specialised). */
static bool type_call_checks_depth(Type *type, size_t nargs, Value kwnames, bool cold) {
    static Type *const vectorcall_types[] = {
        &type_bool,      &type_float,    &type_list,      &type_tuple, &type_set,
        &type_frozenset, &type_dict,     &type_enumerate, &type_zip,   &type_map,
        &type_filter,    &type_reversed, &type_range,     &type_type};
    if (type_has_flag(type, TPFLAG_HEAPTYPE)) return true;
    for (size_t i = 0; i < sizeof vectorcall_types / sizeof *vectorcall_types; i++)
        if (type == vectorcall_types[i]) return false;
    if (type == &type_str && nargs == 1 && !kwnames) return cold;
    return true;
}

/* Whether CPython 3.11 counts this call against the recursion limit (" while calling a
 * Python object"): classes, slot wrappers and objects with __call__; builtins marked
 * METH_DEPTH_CHECK, and all builtins and method descriptors while `cold` (not yet
 * specialised); built-in types as type_call_checks_depth says. */
static inline bool call_checks_depth(Value callable, Type *t, size_t nargs, Value kwnames,
                                     bool cold) {
    if (t == &type_builtin_function)
        return cold || (((BuiltinFunction *)callable)->def->flags & METH_DEPTH_CHECK) != 0;
    if (t == &type_type) return type_call_checks_depth((Type *)callable, nargs, kwnames, cold);
    return cold || t == &type_wrapper_descriptor || !type_has_flag(t, TPFLAG_METHOD_DESCRIPTOR);
}

/* Calls a non-Python callable (borrowed arguments); warmup: the CALL's execution counter. */
static inline Value call_object(Value callable, Value const *args, size_t nargs, Value kwnames,
                                CodeUnit *warmup) {
    Type *t = type_of(callable);
    bool cold = *warmup < CALL_WARMUP;
    if (UNLIKELY(cold)) (*warmup)++;
    if (LIKELY(t->call != NULL)) {
        if (!call_checks_depth(callable, t, nargs, kwnames, cold))
            return t->call(callable, args, nargs, kwnames);
        ThreadState *ts = current_thread(); /* recursion_enter inlined for the common case */
        if (LIKELY(ts->recursion_depth < ts->recursion_limit))
            ts->recursion_depth++;
        else if (recursion_enter(" while calling a Python object") < 0)
            return NULL;
        Value r = t->call(callable, args, nargs, kwnames);
        ts->recursion_depth--;
        return r;
    }
    return object_call(callable, args, nargs, kwnames);
}

/* ---- the loop ---- */

#define PUSH(v)         (*sp++ = (v))
#define POP()           (*--sp)
#define TOP()           (sp[-1])
#define SECOND()        (sp[-2])
#define PEEK(n)         (sp[-(n)])
#define SET_TOP(v)      (sp[-1] = (v))
#define SET_SECOND(v)   (sp[-2] = (v))
#define STACK_SHRINK(n) (sp -= (n))
#define GETLOCAL(i)     (frame->localsplus[i])
#define CONSTS()        tuple_items(frame->code->consts)
#define NAMES()         tuple_items(frame->code->names)
#define JUMPBY(n)       (next_instr += (n))
/* A backward jump: also where pending signals (Ctrl-C) are turned into exceptions. */
#define JUMP_BACK(n)                                                                               \
    do {                                                                                           \
        next_instr -= (n);                                                                         \
        CHECK_SIGNALS();                                                                           \
    } while (0)
#define CHECK_SIGNALS()                                                                            \
    do {                                                                                           \
        if (UNLIKELY(signals_pending) && signals_handle() < 0) goto error;                         \
    } while (0)
#define CACHES(op)      (opcode_info[op].caches)
#define SKIP_CACHES(op) JUMPBY(CACHES(op))

#define NEXTOPARG()                                                                                \
    do {                                                                                           \
        CodeUnit word_ = *next_instr++;                                                            \
        opcode = unit_opcode(word_);                                                               \
        oparg = unit_arg(word_);                                                                   \
        frame->instr = next_instr;                                                                 \
    } while (0)

#if USE_COMPUTED_GOTO
#define TARGET(op) TARGET_##op:
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        NEXTOPARG();                                                                               \
        goto *dispatch_table[opcode];                                                              \
    } while (0)
#define DISPATCH_SAME_OPARG() goto *dispatch_table[opcode]
#else
#define TARGET(op)            case op:
#define DISPATCH()            goto dispatch
#define DISPATCH_SAME_OPARG() goto dispatch_opcode
#endif

/* A shared tail of several instructions (reached by goto). */
#define LABEL(name)                                                                                \
    name:

/* (Re)loads the registers of the frame that becomes current. */
#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        next_instr = frame->instr;                                                                 \
        sp = frame->sp;                                                                            \
    } while (0)

#define POP_JUMP_IF(cond_is_true, jump_expr)                                                       \
    do {                                                                                           \
        Value cond_ = POP();                                                                       \
        int truth_;                                                                                \
        if (cond_ == TRUE_VALUE)                                                                   \
            truth_ = 1;                                                                            \
        else if (cond_ == FALSE_VALUE)                                                             \
            truth_ = 0;                                                                            \
        else {                                                                                     \
            truth_ = object_is_true(cond_);                                                        \
            decref(cond_);                                                                         \
            if (truth_ < 0) goto error;                                                            \
        }                                                                                          \
        if (truth_ == (cond_is_true)) jump_expr;                                                   \
        DISPATCH();                                                                                \
    } while (0)

Value eval_frame(ThreadState *ts, Frame *entry, bool throwing) {
#if USE_COMPUTED_GOTO
    static void *const dispatch_table[256] = {
#define OP(name, caches, argkind, pops, pushes, jump_pushes) [name] = &&TARGET_##name,
#define SPECIALIZED(name, base, caches)                      [name] = &&TARGET_##name,
#include "../compile/opcodes.def"
#undef OP
#undef SPECIALIZED
        [OPCODE__COUNT... 255] = &&unknown_opcode,
    };
#endif
    Frame *frame = entry;
    CodeUnit *next_instr;
    Value *sp;
    int opcode, oparg;
    Value kwnames = NULL; /* set by KW_NAMES for the following CALL (borrowed from consts) */
    Value retval;

    frame->previous = ts->frame;
    frame->is_entry = true;
    ts->frame = frame;
    ts->recursion_depth++;
    LOAD_FRAME();
    if (throwing) goto error;
    if (UNLIKELY(ts->recursion_depth > ts->recursion_limit || recursion_c_stack_exhausted())) {
        err_set_str(&exc_RecursionError, "maximum recursion depth exceeded");
        goto exit_unwind;
    }
    DISPATCH();

#if !USE_COMPUTED_GOTO
dispatch:
    NEXTOPARG();
dispatch_opcode:
    switch (opcode) {
#endif

        TARGET(NOP) { DISPATCH(); }
        TARGET(RESUME) {
            CHECK_SIGNALS();
            DISPATCH();
        }
        TARGET(CACHE) { goto unknown_opcode; }

        TARGET(EXTENDED_ARG) {
            int high = oparg;
            NEXTOPARG();
            oparg |= high << 8;
            DISPATCH_SAME_OPARG();
        }

        TARGET(LOAD_FAST) {
            Value v = GETLOCAL(oparg);
            if (UNLIKELY(!v)) {
                eval_unbound_local_error(frame, oparg);
                goto error;
            }
            PUSH(incref(v));
            DISPATCH();
        }

        TARGET(LOAD_CONST) {
            PUSH(incref(CONSTS()[oparg]));
            DISPATCH();
        }

        TARGET(STORE_FAST) {
            Value v = POP();
            Value old = GETLOCAL(oparg);
            GETLOCAL(oparg) = v;
            xdecref(old);
            DISPATCH();
        }

        TARGET(DELETE_FAST) {
            Value v = GETLOCAL(oparg);
            if (!v) {
                eval_unbound_local_error(frame, oparg);
                goto error;
            }
            GETLOCAL(oparg) = NULL;
            decref(v);
            DISPATCH();
        }

        TARGET(POP_TOP) {
            Value v = POP();
            decref(v);
            DISPATCH();
        }

        TARGET(PUSH_NULL) {
            PUSH(NULL);
            DISPATCH();
        }

        TARGET(COPY) {
            Value v = PEEK(oparg);
            PUSH(incref(v));
            DISPATCH();
        }

        TARGET(SWAP) {
            Value top = TOP();
            SET_TOP(PEEK(oparg));
            PEEK(oparg) = top;
            DISPATCH();
        }

        TARGET(UNARY_POSITIVE) {
            Value v = TOP();
            Value r = unary_positive(v);
            decref(v);
            SET_TOP(r);
            if (!r) goto error_pop1;
            DISPATCH();
        }

        TARGET(UNARY_NEGATIVE) {
            Value v = TOP();
            Value r;
            if (is_small_int(v) && small_int_value(v) != SMALL_INT_MIN) {
                r = small_int(-small_int_value(v));
            } else {
                r = unary_negative(v);
                decref(v);
            }
            SET_TOP(r);
            if (!r) goto error_pop1;
            DISPATCH();
        }

        TARGET(UNARY_NOT) {
            Value v = TOP();
            int truth = object_is_true(v);
            decref(v);
            if (truth < 0) goto error_pop1;
            SET_TOP(bool_value(!truth));
            DISPATCH();
        }

        TARGET(UNARY_INVERT) {
            Value v = TOP();
            Value r = is_small_int(v) ? small_int(~small_int_value(v)) : unary_invert(v);
            decref(v);
            SET_TOP(r);
            if (!r) goto error_pop1;
            DISPATCH();
        }

        TARGET(BINARY_OP) {
            if (UNLIKELY(specialize_due(next_instr)))
                specialize_binary_op(next_instr - 1, SECOND(), TOP(), oparg);
            goto generic_binary_op;
        }

        TARGET(BINARY_OP_ADD_INT) {
            Value b = TOP(), a = SECOND();
            intptr_t r;
            if (LIKELY(is_small_int(a) && is_small_int(b) &&
                       !__builtin_add_overflow(small_int_value(a), small_int_value(b), &r) &&
                       fits_small_int(r))) {
                STACK_SHRINK(1);
                SET_TOP(small_int(r));
                SKIP_CACHES(BINARY_OP);
                DISPATCH();
            }
            specialize_miss(next_instr - 1, BINARY_OP);
            goto generic_binary_op;
        }

        TARGET(BINARY_OP_SUBTRACT_INT) {
            Value b = TOP(), a = SECOND();
            intptr_t r;
            if (LIKELY(is_small_int(a) && is_small_int(b) &&
                       !__builtin_sub_overflow(small_int_value(a), small_int_value(b), &r) &&
                       fits_small_int(r))) {
                STACK_SHRINK(1);
                SET_TOP(small_int(r));
                SKIP_CACHES(BINARY_OP);
                DISPATCH();
            }
            specialize_miss(next_instr - 1, BINARY_OP);
            goto generic_binary_op;
        }

        TARGET(BINARY_OP_INT) {
            Value b = TOP(), a = SECOND();
            if (LIKELY(is_small_int(a) && is_small_int(b))) {
                int op = oparg >= BINOP_INPLACE ? oparg - BINOP_INPLACE : oparg;
                Value r = small_int_binary(small_int_value(a), small_int_value(b), op);
                if (LIKELY(r != NULL)) {
                    STACK_SHRINK(1);
                    SET_TOP(r);
                    SKIP_CACHES(BINARY_OP);
                    DISPATCH();
                }
            }
            specialize_miss(next_instr - 1, BINARY_OP);
            goto generic_binary_op;
        }

        TARGET(BINARY_OP_FLOAT) {
            Value b = TOP(), a = SECOND();
            double r;
            if (LIKELY(is_float_exact(a) && is_float_exact(b) &&
                       float_arith(float_value(a), float_value(b),
                                   oparg >= BINOP_INPLACE ? oparg - BINOP_INPLACE : oparg, &r))) {
                /* a temporary operand (only the stack holds it) takes the result */
                STACK_SHRINK(1);
                if (a->refcount == 1) {
                    ((Float *)a)->value = r;
                    decref(b);
                } else if (b->refcount == 1) {
                    ((Float *)b)->value = r;
                    decref(a);
                    SET_TOP(b);
                } else {
                    Value f = float_new(r);
                    if (!f) {
                        STACK_SHRINK(-1);
                        goto error;
                    }
                    decref(a);
                    decref(b);
                    SET_TOP(f);
                }
                SKIP_CACHES(BINARY_OP);
                DISPATCH();
            }
            specialize_miss(next_instr - 1, BINARY_OP);
            goto generic_binary_op;
        }

        LABEL(generic_binary_op) {
            Value b = POP();
            Value a = TOP();
            if ((oparg == BINOP_ADD || oparg == BINOP_INPLACE + BINOP_ADD) && is_str_exact(a) &&
                is_str_exact(b)) {
                /* s = s + t / s += t into the same local: let the str grow in place */
                CodeUnit store = next_instr[CACHES(BINARY_OP)];
                if (unit_opcode(store) == STORE_FAST && GETLOCAL(unit_arg(store)) == a) {
                    GETLOCAL(unit_arg(store)) = NULL;
                    decref(a);
                    Value r = str_append_inplace(a, b);
                    decref(b);
                    STACK_SHRINK(1);
                    if (!r) goto error;
                    GETLOCAL(unit_arg(store)) = r;
                    JUMPBY(CACHES(BINARY_OP) + 1);
                    DISPATCH();
                }
            }
            Value r = binary_op_fast(a, b, oparg);
            decref(a);
            decref(b);
            SET_TOP(r);
            if (!r) goto error_pop1;
            SKIP_CACHES(BINARY_OP);
            DISPATCH();
        }

        TARGET(COMPARE_OP) {
            Value b = POP();
            Value a = TOP();
            if (UNLIKELY(specialize_due(next_instr)))
                specialize_compare_op(next_instr - 1, a, b, oparg);
            Value r = compare_fast(a, b, oparg);
            decref(a);
            decref(b);
            SET_TOP(r);
            if (!r) goto error_pop1;
            SKIP_CACHES(COMPARE_OP);
            DISPATCH();
        }

        TARGET(COMPARE_OP_INT_JUMP) {
            /* COMPARE_OP of two small ints fused with the POP_JUMP_IF that follows it */
            Value b = TOP(), a = SECOND();
            if (LIKELY(is_small_int(a) && is_small_int(b))) {
                intptr_t x = small_int_value(a), y = small_int_value(b);
                bool r = compare_result((x > y) - (x < y), oparg);
                STACK_SHRINK(2);
                SKIP_CACHES(COMPARE_OP);
                CodeUnit jump = *next_instr++;
                int jop = unit_opcode(jump), jarg = unit_arg(jump);
                frame->instr = next_instr;
                bool jump_if = jop == POP_JUMP_FORWARD_IF_TRUE || jop == POP_JUMP_BACKWARD_IF_TRUE;
                if (r == jump_if) {
                    if (jop == POP_JUMP_FORWARD_IF_TRUE || jop == POP_JUMP_FORWARD_IF_FALSE)
                        JUMPBY(jarg);
                    else
                        JUMP_BACK(jarg);
                }
                DISPATCH();
            }
            specialize_miss(next_instr - 1, COMPARE_OP);
            goto generic_compare_op;
        }

        TARGET(COMPARE_OP_FLOAT_JUMP) {
            Value b = TOP(), a = SECOND();
            if (LIKELY(is_float_exact(a) && is_float_exact(b))) {
                bool r = compare_doubles(float_value(a), float_value(b), oparg);
                STACK_SHRINK(2);
                decref(a);
                decref(b);
                SKIP_CACHES(COMPARE_OP);
                CodeUnit jump = *next_instr++;
                int jop = unit_opcode(jump), jarg = unit_arg(jump);
                frame->instr = next_instr;
                bool jump_if = jop == POP_JUMP_FORWARD_IF_TRUE || jop == POP_JUMP_BACKWARD_IF_TRUE;
                if (r == jump_if) {
                    if (jop == POP_JUMP_FORWARD_IF_TRUE || jop == POP_JUMP_FORWARD_IF_FALSE)
                        JUMPBY(jarg);
                    else
                        JUMP_BACK(jarg);
                }
                DISPATCH();
            }
            specialize_miss(next_instr - 1, COMPARE_OP);
            goto generic_compare_op;
        }

        LABEL(generic_compare_op) {
            Value b = POP();
            Value a = TOP();
            Value r = compare_fast(a, b, oparg);
            decref(a);
            decref(b);
            SET_TOP(r);
            if (!r) goto error_pop1;
            SKIP_CACHES(COMPARE_OP);
            DISPATCH();
        }

        TARGET(IS_OP) {
            Value b = POP();
            Value a = TOP();
            bool r = (a == b) != (oparg != 0);
            decref(a);
            decref(b);
            SET_TOP(bool_value(r));
            DISPATCH();
        }

        TARGET(CONTAINS_OP) {
            Value container = POP();
            Value item = TOP();
            int r = object_contains(container, item);
            decref(container);
            decref(item);
            if (r < 0) goto error_pop1;
            SET_TOP(bool_value((r == 1) != (oparg != 0)));
            DISPATCH();
        }

        TARGET(BINARY_SUBSCR) {
            Value sub = POP();
            Value container = TOP();
            Value r = NULL;
            if (is_small_int(sub) && (is_list_exact(container) || is_tuple_exact(container))) {
                intptr_t i = small_int_value(sub);
                intptr_t n =
                    is_list_exact(container) ? list_size(container) : tuple_size(container);
                if (i < 0) i += n;
                if (i >= 0 && i < n) {
                    r = incref(is_list_exact(container) ? list_get(container, i)
                                                        : tuple_get(container, i));
                }
            } else if (is_dict_exact(container)) {
                Value v = dict_get(container, sub);
                if (v)
                    r = incref(v);
                else if (!err_occurred())
                    r = object_getitem(container, sub); /* KeyError */
            }
            if (!r && !err_occurred()) r = object_getitem(container, sub);
            decref(container);
            decref(sub);
            SET_TOP(r);
            if (!r) goto error_pop1;
            SKIP_CACHES(BINARY_SUBSCR);
            DISPATCH();
        }

        TARGET(STORE_SUBSCR) {
            Value sub = TOP(), container = SECOND(), v = PEEK(3);
            STACK_SHRINK(3);
            int rc;
            if (is_list_exact(container) && is_small_int(sub) && small_int_value(sub) >= 0 &&
                small_int_value(sub) < list_size(container)) {
                List *l = (List *)container;
                Value old = l->items[small_int_value(sub)];
                l->items[small_int_value(sub)] = v;
                decref(old);
                decref(container);
                SKIP_CACHES(STORE_SUBSCR);
                DISPATCH();
            }
            rc = object_setitem(container, sub, v);
            decref(v);
            decref(container);
            decref(sub);
            if (rc < 0) goto error;
            SKIP_CACHES(STORE_SUBSCR);
            DISPATCH();
        }

        TARGET(DELETE_SUBSCR) {
            Value sub = POP(), container = POP();
            int rc = object_delitem(container, sub);
            decref(container);
            decref(sub);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(BUILD_SLICE) {
            Value step = oparg == 3 ? POP() : NULL;
            Value stop = POP(), start = TOP();
            Value s = slice_new(start, stop, step);
            decref(start);
            decref(stop);
            xdecref(step);
            SET_TOP(s);
            if (!s) goto error_pop1;
            DISPATCH();
        }

        TARGET(GET_LEN) {
            intptr_t n = object_len(TOP());
            if (n < 0) goto error;
            Value v = int_from_long(n);
            if (!v) goto error;
            PUSH(v);
            DISPATCH();
        }

        TARGET(RETURN_VALUE) {
            retval = POP();
            frame->sp = sp;
            ts->recursion_depth--;
            ts->frame = frame->previous;
            if (frame->is_entry) goto exit_return;
            Frame *prev = frame->previous;
            frame_clear_fast(frame);
            frame_free(ts, frame);
            frame = prev;
            LOAD_FRAME();
            PUSH(retval);
            DISPATCH();
        }

        TARGET(LOAD_GLOBAL) {
            if (oparg & 1) PUSH(NULL);
            Value name = NAMES()[oparg >> 1];
            Value v = specialize_load_global(frame, next_instr - 1, name);
            if (!v) goto error;
            PUSH(v);
            SKIP_CACHES(LOAD_GLOBAL);
            DISPATCH();
        }

        TARGET(LOAD_GLOBAL_CACHED) {
            Value name = NAMES()[oparg >> 1];
            Value v = specialize_load_global_cached(frame, next_instr - 1, name);
            if (oparg & 1) PUSH(NULL);
            if (LIKELY(v != NULL)) {
                PUSH(incref(v));
                SKIP_CACHES(LOAD_GLOBAL);
                DISPATCH();
            }
            v = eval_load_global(frame, name);
            if (!v) goto error;
            PUSH(v);
            SKIP_CACHES(LOAD_GLOBAL);
            DISPATCH();
        }

        TARGET(STORE_GLOBAL) {
            Value v = POP();
            int rc = dict_set(frame->globals, NAMES()[oparg], v);
            decref(v);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(DELETE_GLOBAL) {
            Value name = NAMES()[oparg];
            if (dict_del(frame->globals, name) < 0) {
                if (err_matches(&exc_KeyError)) {
                    err_clear();
                    eval_name_error(name);
                }
                goto error;
            }
            DISPATCH();
        }

        TARGET(LOAD_NAME) {
            Value v = load_name(frame, NAMES()[oparg]);
            if (!v) goto error;
            PUSH(v);
            DISPATCH();
        }

        TARGET(STORE_NAME) {
            Value name = NAMES()[oparg];
            Value v = POP();
            int rc;
            if (!frame->locals) {
                err_format(&exc_SystemError, "no locals found when storing %R", name);
                rc = -1;
            } else if (is_dict_exact(frame->locals)) {
                rc = dict_set(frame->locals, name, v);
            } else {
                rc = object_setitem(frame->locals, name, v);
            }
            decref(v);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(DELETE_NAME) {
            Value name = NAMES()[oparg];
            if (!frame->locals) {
                err_format(&exc_SystemError, "no locals when deleting %R", name);
                goto error;
            }
            if (object_delitem(frame->locals, name) < 0) {
                if (err_matches(&exc_KeyError)) {
                    err_clear();
                    eval_name_error(name);
                }
                goto error;
            }
            DISPATCH();
        }

        TARGET(MAKE_CELL) {
            Value v = GETLOCAL(oparg);
            Value cell = cell_new(v);
            if (!cell) goto error;
            GETLOCAL(oparg) = cell;
            xdecref(v);
            DISPATCH();
        }

        TARGET(COPY_FREE_VARS) {
            /* frames without a function (class bodies) got their cells from eval_code_closure */
            if (frame->func) {
                Value closure = ((Function *)frame->func)->closure;
                int offset = frame->code->nlocalsplus - oparg;
                for (int i = 0; i < oparg; i++)
                    GETLOCAL(offset + i) = incref(tuple_get(closure, i));
            }
            DISPATCH();
        }

        TARGET(LOAD_CLOSURE) {
            Value v = GETLOCAL(oparg);
            if (!v) {
                eval_unbound_local_error(frame, oparg);
                goto error;
            }
            PUSH(incref(v));
            DISPATCH();
        }

        TARGET(LOAD_DEREF) {
            Value v = ((Cell *)GETLOCAL(oparg))->contents;
            if (!v) {
                eval_unbound_local_error(frame, oparg);
                goto error;
            }
            PUSH(incref(v));
            DISPATCH();
        }

        TARGET(LOAD_CLASSDEREF) {
            Value name = tuple_get(frame->code->localsplusnames, oparg);
            Value v = frame->locals ? mapping_lookup(frame->locals, name) : NULL;
            if (!v) {
                if (err_occurred()) goto error;
                v = xincref(((Cell *)GETLOCAL(oparg))->contents);
                if (!v) {
                    eval_unbound_local_error(frame, oparg);
                    goto error;
                }
            }
            PUSH(v);
            DISPATCH();
        }

        TARGET(STORE_DEREF) {
            Value v = POP();
            Cell *cell = (Cell *)GETLOCAL(oparg);
            Value old = cell->contents;
            cell->contents = v;
            xdecref(old);
            DISPATCH();
        }

        TARGET(DELETE_DEREF) {
            Cell *cell = (Cell *)GETLOCAL(oparg);
            Value old = cell->contents;
            if (!old) {
                eval_unbound_local_error(frame, oparg);
                goto error;
            }
            cell->contents = NULL;
            decref(old);
            DISPATCH();
        }

        TARGET(LOAD_ATTR) {
            Value owner = TOP();
            Value name = NAMES()[oparg];
            Value r = object_getattr(owner, name);
            if (UNLIKELY(specialize_due(next_instr)) && r)
                specialize_load_attr(next_instr - 1, owner, name);
            decref(owner);
            SET_TOP(r);
            if (!r) goto error_pop1;
            SKIP_CACHES(LOAD_ATTR);
            DISPATCH();
        }

        TARGET(LOAD_ATTR_INSTANCE) {
            Value owner = TOP();
            Value r = specialize_load_attr_instance(next_instr - 1, owner, NAMES()[oparg]);
            if (LIKELY(r != NULL)) {
                decref(owner);
                SET_TOP(incref(r));
                SKIP_CACHES(LOAD_ATTR);
                DISPATCH();
            }
            r = object_getattr(owner, NAMES()[oparg]);
            decref(owner);
            SET_TOP(r);
            if (!r) goto error_pop1;
            SKIP_CACHES(LOAD_ATTR);
            DISPATCH();
        }

        TARGET(STORE_ATTR) {
            Value owner = TOP(), v = SECOND();
            STACK_SHRINK(2);
            Value name = NAMES()[oparg];
            int rc = object_setattr(owner, name, v);
            if (UNLIKELY(specialize_due(next_instr)) && rc == 0)
                specialize_store_attr(next_instr - 1, owner, name);
            decref(v);
            decref(owner);
            if (rc < 0) goto error;
            SKIP_CACHES(STORE_ATTR);
            DISPATCH();
        }

        TARGET(STORE_ATTR_INSTANCE) {
            Value owner = TOP(), v = SECOND();
            STACK_SHRINK(2);
            int rc = specialize_store_attr_instance(next_instr - 1, owner, NAMES()[oparg], v);
            if (rc == 0)
                rc = object_setattr(owner, NAMES()[oparg], v);
            else
                rc = rc > 0 ? 0 : -1;
            decref(v);
            decref(owner);
            if (rc < 0) goto error;
            SKIP_CACHES(STORE_ATTR);
            DISPATCH();
        }

        TARGET(DELETE_ATTR) {
            Value owner = POP();
            int rc = object_setattr(owner, NAMES()[oparg], NULL);
            decref(owner);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(LOAD_METHOD) {
            Value obj = TOP();
            Value meth;
            Value name = NAMES()[oparg];
            int found = load_method(obj, name, &meth);
            if (found < 0) goto error;
            if (UNLIKELY(specialize_due(next_instr)) && found)
                specialize_load_method(next_instr - 1, obj, name);
            if (found) {
                SET_TOP(meth);
                PUSH(obj);
            } else {
                SET_TOP(NULL);
                decref(obj);
                PUSH(meth);
            }
            SKIP_CACHES(LOAD_METHOD);
            DISPATCH();
        }

        TARGET(LOAD_METHOD_CACHED) {
            Value obj = TOP();
            Value meth = specialize_load_method_cached(next_instr - 1, obj, NAMES()[oparg]);
            if (LIKELY(meth != NULL)) {
                SET_TOP(incref(meth));
                PUSH(obj);
                SKIP_CACHES(LOAD_METHOD);
                DISPATCH();
            }
            int found = load_method(obj, NAMES()[oparg], &meth);
            if (found < 0) goto error;
            if (found) {
                SET_TOP(meth);
                PUSH(obj);
            } else {
                SET_TOP(NULL);
                decref(obj);
                PUSH(meth);
            }
            SKIP_CACHES(LOAD_METHOD);
            DISPATCH();
        }

        TARGET(KW_NAMES) {
            kwnames = CONSTS()[oparg];
            DISPATCH();
        }

        TARGET(PRECALL) {
            SKIP_CACHES(PRECALL);
            DISPATCH();
        }

        TARGET(CALL) {
            int is_meth = PEEK(oparg + 2) != NULL;
            Value callable = PEEK(oparg + 1);
            if (!is_meth && type_of(callable) == &type_method) {
                Method *m = (Method *)callable;
                PEEK(oparg + 2) = incref(m->func);
                PEEK(oparg + 1) = incref(m->self);
                decref(callable);
                is_meth = 1;
            }
            int total = oparg + is_meth;
            callable = PEEK(total + 1);
            Value *args = sp - total;
            size_t nkw = kwnames ? (size_t)tuple_size(kwnames) : 0;
            size_t npos = (size_t)total - nkw;
            if (is_function(callable)) {
                Value kw = kwnames;
                kwnames = NULL;
                STACK_SHRINK(oparg + 2);
                Frame *nf = push_call_frame(ts, callable, args, npos, kw);
                if (UNLIKELY(!nf)) goto error;
                frame->sp = sp;
                frame->instr = next_instr + CACHES(CALL);
                nf->previous = frame;
                ts->frame = nf;
                frame = nf;
                LOAD_FRAME();
                DISPATCH();
            }
            Value r = call_object(callable, args, npos, kwnames, next_instr);
            kwnames = NULL;
            for (int i = 0; i < total; i++) decref(args[i]);
            decref(callable);
            STACK_SHRINK(oparg + 2);
            if (!r) goto error;
            PUSH(r);
            SKIP_CACHES(CALL);
            DISPATCH();
        }

        TARGET(CALL_FUNCTION_EX) {
            Value kwargs = (oparg & 1) ? POP() : NULL;
            Value callargs = POP();
            Value func = TOP();
            Value r = eval_call_function_ex(func, callargs, kwargs);
            xdecref(kwargs);
            decref(callargs);
            decref(func);
            STACK_SHRINK(1);
            Value null = POP(); /* the PUSH_NULL below the function */
            xdecref(null);
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }

        TARGET(MAKE_FUNCTION) {
            Value code = POP();
            Value extras[4] = {NULL, NULL, NULL,
                               NULL}; /* closure, annotations, kwdefaults, defaults */
            if (oparg & 8) extras[0] = POP();
            if (oparg & 4) extras[1] = POP();
            if (oparg & 2) extras[2] = POP();
            if (oparg & 1) extras[3] = POP();
            Value f = eval_make_function(code, frame->globals, oparg, extras);
            decref(code);
            for (int i = 0; i < 4; i++) xdecref(extras[i]);
            if (!f) goto error;
            PUSH(f);
            DISPATCH();
        }

        TARGET(RETURN_GENERATOR) {
            frame->sp = sp;
            Value gen = gen_new_from_frame(frame);
            if (!gen) goto error;
            ts->recursion_depth--;
            ts->frame = frame->previous;
            if (frame->is_entry) {
                frame_free(ts, frame);
                return gen;
            }
            Frame *prev = frame->previous;
            frame_free(ts, frame);
            frame = prev;
            LOAD_FRAME();
            PUSH(gen);
            DISPATCH();
        }

        TARGET(YIELD_VALUE) {
            retval = POP();
            frame->sp = sp;
            gen_of_frame(frame)->state = GEN_SUSPENDED;
            ts->recursion_depth--;
            ts->frame = frame->previous;
            frame->previous = NULL;
            return retval;
        }

        TARGET(SEND) {
            Value v = POP();
            Value receiver = TOP();
            Value result;
            int status = gen_send(receiver, v, &result);
            decref(v);
            if (status < 0) goto error;
            if (status == 0) {
                decref(receiver);
                SET_TOP(result);
                JUMPBY(oparg);
                DISPATCH();
            }
            PUSH(result);
            DISPATCH();
        }

        TARGET(GET_YIELD_FROM_ITER) {
            Value iterable = TOP();
            Value it = gen_yield_from_iter(
                iterable, (frame->code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) != 0);
            decref(iterable);
            SET_TOP(it);
            if (!it) goto error_pop1;
            DISPATCH();
        }

        TARGET(GET_AWAITABLE) {
            Value iterable = TOP();
            Value it = coro_get_awaitable(iterable);
            decref(iterable);
            SET_TOP(it);
            if (!it) goto error_pop1;
            DISPATCH();
        }

        TARGET(ASYNC_GEN_WRAP) {
            Value v = TOP();
            Value w = async_gen_wrap_value(v);
            decref(v);
            SET_TOP(w);
            if (!w) goto error_pop1;
            DISPATCH();
        }

        TARGET(GET_AITER) {
            Value obj = TOP();
            Value it = NULL;
            Value meth = object_lookup_special(obj, NAME(__aiter__));
            if (!meth) {
                if (!err_occurred())
                    err_format(&exc_TypeError,
                               "'async for' requires an object with __aiter__ method, got %.100s",
                               type_of(obj)->name);
            } else {
                it = object_call(meth, NULL, 0, NULL);
                decref(meth);
                if (it && !type_lookup(type_of(it), NAME(__anext__))) {
                    err_format(&exc_TypeError,
                               "'async for' received an object from __aiter__ that does not "
                               "implement __anext__: %.100s",
                               type_of(it)->name);
                    CLEAR(it);
                }
            }
            decref(obj);
            SET_TOP(it);
            if (!it) goto error_pop1;
            DISPATCH();
        }

        TARGET(GET_ANEXT) {
            Value aiter = TOP();
            Value meth = object_lookup_special(aiter, NAME(__anext__));
            Value awaitable = NULL;
            if (!meth) {
                if (!err_occurred())
                    err_format(&exc_TypeError,
                               "'async for' requires an iterator with __anext__ method, got %.100s",
                               type_of(aiter)->name);
                goto error;
            }
            Value next = object_call(meth, NULL, 0, NULL);
            decref(meth);
            if (!next) goto error;
            awaitable = coro_get_awaitable(next);
            if (!awaitable && err_matches(&exc_TypeError)) {
                err_clear();
                err_format(&exc_TypeError,
                           "'async for' received an invalid object from __anext__: %.100s",
                           type_of(next)->name);
            }
            decref(next);
            if (!awaitable) goto error;
            PUSH(awaitable);
            DISPATCH();
        }

        TARGET(END_ASYNC_FOR) {
            Value exc = POP();
            if (is_instance_of(exc, &exc_StopAsyncIteration)) {
                decref(exc);
                Value aiter = POP();
                decref(aiter);
                DISPATCH();
            }
            err_restore(exc);
            goto exception_unwind;
        }

        TARGET(BEFORE_ASYNC_WITH) {
            Value mgr = TOP();
            Value enter = object_lookup_special(mgr, str_intern_cstr("__aenter__"));
            if (!enter) {
                if (!err_occurred())
                    err_format(&exc_TypeError,
                               "'%.200s' object does not support the asynchronous context manager "
                               "protocol",
                               type_of(mgr)->name);
                goto error;
            }
            Value exit = object_lookup_special(mgr, str_intern_cstr("__aexit__"));
            if (!exit) {
                if (!err_occurred())
                    err_format(&exc_TypeError,
                               "'%.200s' object does not support the asynchronous context manager "
                               "protocol (missed __aexit__ method)",
                               type_of(mgr)->name);
                decref(enter);
                goto error;
            }
            SET_TOP(exit);
            decref(mgr);
            Value res = object_call(enter, NULL, 0, NULL);
            decref(enter);
            if (!res) goto error;
            Value awaitable = coro_get_awaitable(res);
            decref(res);
            if (!awaitable) goto error;
            PUSH(awaitable);
            DISPATCH();
        }

        TARGET(GET_ITER) {
            Value iterable = TOP();
            Value it = object_getiter(iterable);
            decref(iterable);
            SET_TOP(it);
            if (!it) goto error_pop1;
            DISPATCH();
        }

        TARGET(FOR_ITER) {
            Value it = TOP();
            Type *t = type_of(it);
            if (t == &type_range_iterator) {
                /* range iteration inline: the fields are documented for the VM (range.h) */
                RangeIter *r = (RangeIter *)it;
                if (LIKELY(r->remaining > 0)) {
                    r->remaining--;
                    intptr_t n = r->next;
                    r->next = (intptr_t)((uintptr_t)n + (uintptr_t)r->step);
                    PUSH(small_int(n));
                    DISPATCH();
                }
            } else {
                Value v = LIKELY(t->iternext != NULL) ? t->iternext(it) : object_iternext(it);
                if (LIKELY(v != NULL)) {
                    PUSH(v);
                    DISPATCH();
                }
                if (err_occurred()) {
                    if (!err_matches(&exc_StopIteration)) goto error;
                    err_clear();
                }
            }
            STACK_SHRINK(1);
            decref(it);
            JUMPBY(oparg);
            DISPATCH();
        }

        TARGET(JUMP_FORWARD) {
            JUMPBY(oparg);
            DISPATCH();
        }

        TARGET(JUMP_BACKWARD) {
            JUMP_BACK(oparg);
            DISPATCH();
        }

        TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
            JUMPBY(-oparg);
            DISPATCH();
        }

        TARGET(POP_JUMP_FORWARD_IF_FALSE) { POP_JUMP_IF(0, JUMPBY(oparg)); }
        TARGET(POP_JUMP_FORWARD_IF_TRUE) { POP_JUMP_IF(1, JUMPBY(oparg)); }
        TARGET(POP_JUMP_BACKWARD_IF_FALSE) { POP_JUMP_IF(0, JUMP_BACK(oparg)); }
        TARGET(POP_JUMP_BACKWARD_IF_TRUE) { POP_JUMP_IF(1, JUMP_BACK(oparg)); }

        TARGET(POP_JUMP_FORWARD_IF_NONE) {
            Value v = POP();
            if (v == NONE) JUMPBY(oparg);
            decref(v);
            DISPATCH();
        }
        TARGET(POP_JUMP_FORWARD_IF_NOT_NONE) {
            Value v = POP();
            if (v != NONE) JUMPBY(oparg);
            decref(v);
            DISPATCH();
        }
        TARGET(POP_JUMP_BACKWARD_IF_NONE) {
            Value v = POP();
            if (v == NONE) JUMP_BACK(oparg);
            decref(v);
            DISPATCH();
        }
        TARGET(POP_JUMP_BACKWARD_IF_NOT_NONE) {
            Value v = POP();
            if (v != NONE) JUMP_BACK(oparg);
            decref(v);
            DISPATCH();
        }

        TARGET(JUMP_IF_FALSE_OR_POP) {
            Value cond = TOP();
            int truth = cond == TRUE_VALUE ? 1 : cond == FALSE_VALUE ? 0 : object_is_true(cond);
            if (truth < 0) goto error;
            if (truth) {
                STACK_SHRINK(1);
                decref(cond);
            } else {
                JUMPBY(oparg);
            }
            DISPATCH();
        }

        TARGET(JUMP_IF_TRUE_OR_POP) {
            Value cond = TOP();
            int truth = cond == TRUE_VALUE ? 1 : cond == FALSE_VALUE ? 0 : object_is_true(cond);
            if (truth < 0) goto error;
            if (!truth) {
                STACK_SHRINK(1);
                decref(cond);
            } else {
                JUMPBY(oparg);
            }
            DISPATCH();
        }

        TARGET(BUILD_TUPLE) {
            Value t = tuple_new(oparg);
            if (!t) goto error;
            for (int i = oparg - 1; i >= 0; i--) tuple_items(t)[i] = POP();
            PUSH(t);
            DISPATCH();
        }

        TARGET(BUILD_LIST) {
            Value l = list_new(oparg);
            if (!l) goto error;
            for (int i = oparg - 1; i >= 0; i--) list_set_steal(l, i, POP());
            PUSH(l);
            DISPATCH();
        }

        TARGET(LIST_TO_TUPLE) {
            Value l = TOP();
            Value t = list_as_tuple(l);
            decref(l);
            SET_TOP(t);
            if (!t) goto error_pop1;
            DISPATCH();
        }

        TARGET(BUILD_SET) {
            Value s = eval_build_set(sp - oparg, oparg);
            for (int i = 0; i < oparg; i++) decref(sp[-1 - i]);
            STACK_SHRINK(oparg);
            if (!s) goto error;
            PUSH(s);
            DISPATCH();
        }

        TARGET(BUILD_MAP) {
            Value d = eval_build_map(sp - 2 * oparg, oparg);
            for (int i = 0; i < 2 * oparg; i++) decref(sp[-1 - i]);
            STACK_SHRINK(2 * oparg);
            if (!d) goto error;
            PUSH(d);
            DISPATCH();
        }

        TARGET(BUILD_CONST_KEY_MAP) {
            Value keys = POP();
            Value d = eval_build_const_key_map(sp - oparg, keys, oparg);
            decref(keys);
            for (int i = 0; i < oparg; i++) decref(sp[-1 - i]);
            STACK_SHRINK(oparg);
            if (!d) goto error;
            PUSH(d);
            DISPATCH();
        }

        TARGET(BUILD_STRING) {
            Value s = eval_build_string(sp - oparg, oparg);
            for (int i = 0; i < oparg; i++) decref(sp[-1 - i]);
            STACK_SHRINK(oparg);
            if (!s) goto error;
            PUSH(s);
            DISPATCH();
        }

        TARGET(LIST_APPEND) {
            Value v = POP();
            int rc = list_append(PEEK(oparg), v);
            decref(v);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(SET_ADD) {
            Value v = POP();
            int rc = set_add(PEEK(oparg), v);
            decref(v);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(MAP_ADD) {
            Value value = POP(), key = POP();
            int rc = dict_set(PEEK(oparg), key, value);
            decref(key);
            decref(value);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(LIST_EXTEND) {
            Value iterable = POP();
            int rc = eval_list_extend(PEEK(oparg), iterable);
            decref(iterable);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(SET_UPDATE) {
            Value iterable = POP();
            int rc = set_update(PEEK(oparg), iterable);
            decref(iterable);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(DICT_UPDATE) {
            Value update = POP();
            int rc = eval_dict_update(PEEK(oparg), update);
            decref(update);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(DICT_MERGE) {
            Value update = POP();
            int rc = eval_dict_merge(PEEK(2 + oparg), PEEK(oparg), update);
            decref(update);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(UNPACK_SEQUENCE) {
            Value seq = POP();
            if (is_tuple_exact(seq) && tuple_size(seq) == oparg) {
                for (int i = oparg - 1; i >= 0; i--) PUSH(incref(tuple_get(seq, i)));
            } else if (is_list_exact(seq) && list_size(seq) == oparg) {
                for (int i = oparg - 1; i >= 0; i--) PUSH(incref(list_get(seq, i)));
            } else {
                if (eval_unpack_iterable(seq, oparg, -1, sp) < 0) {
                    decref(seq);
                    goto error;
                }
                sp += oparg;
            }
            decref(seq);
            SKIP_CACHES(UNPACK_SEQUENCE);
            DISPATCH();
        }

        TARGET(UNPACK_EX) {
            int before = oparg & 0xFF, after = oparg >> 8;
            Value seq = POP();
            int rc = eval_unpack_iterable(seq, before, after, sp);
            decref(seq);
            if (rc < 0) goto error;
            sp += before + after + 1;
            DISPATCH();
        }

        TARGET(FORMAT_VALUE) {
            Value spec = (oparg & 4) ? POP() : NULL;
            Value v = POP();
            Value r = eval_format_value(v, oparg & 3, spec);
            xdecref(spec);
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }

        TARGET(PUSH_EXC_INFO) {
            Value exc = TOP();
            Value prev = ts->handled_exception;
            SET_TOP(prev ? prev : NONE);
            ts->handled_exception = incref(exc);
            PUSH(exc);
            DISPATCH();
        }

        TARGET(POP_EXCEPT) {
            Value prev = POP();
            Value old = ts->handled_exception;
            ts->handled_exception = prev == NONE ? NULL : prev;
            xdecref(old);
            DISPATCH();
        }

        TARGET(CHECK_EXC_MATCH) {
            Value type = POP();
            Value exc = TOP();
            if (eval_check_except_type(type) < 0) {
                decref(type);
                goto error;
            }
            bool match = exception_matches(exc, type);
            decref(type);
            PUSH(bool_value(match));
            DISPATCH();
        }

        TARGET(CHECK_EG_MATCH) {
            Value type = POP();
            Value exc = POP();
            Value match = NULL, rest = NULL;
            int rc = eval_exception_group_match(exc, type, &match, &rest);
            decref(type);
            decref(exc);
            if (rc < 0) goto error;
            PUSH(rest);
            PUSH(match);
            if (match != NONE) {
                /* the handler runs with the matched group as the handled exception */
                setref(&ts->handled_exception, incref(match));
            }
            DISPATCH();
        }

        TARGET(PREP_RERAISE_STAR) {
            Value excs = POP();
            Value orig = TOP();
            Value r = eval_prep_reraise_star(orig, excs);
            decref(excs);
            decref(orig);
            SET_TOP(r);
            if (!r) goto error_pop1;
            DISPATCH();
        }

        TARGET(RERAISE) {
            Value exc = POP();
            err_restore(exc);
            goto exception_unwind;
        }

        TARGET(RAISE_VARARGS) {
            Value cause = oparg == 2 ? POP() : NULL;
            Value exc = oparg >= 1 ? POP() : NULL;
            int rc = eval_do_raise(exc, cause);
            if (rc == 1) goto exception_unwind;
            goto error;
        }

        TARGET(LOAD_ASSERTION_ERROR) {
            PUSH(incref((Value)&exc_AssertionError));
            DISPATCH();
        }

        TARGET(BEFORE_WITH) {
            Value mgr = TOP();
            Value exit, res;
            if (eval_before_with(mgr, &exit, &res) < 0) goto error;
            SET_TOP(exit);
            decref(mgr);
            if (!res) goto error;
            PUSH(res);
            DISPATCH();
        }

        TARGET(WITH_EXCEPT_START) {
            Value r = eval_with_except_start(PEEK(4), TOP());
            if (!r) goto error;
            PUSH(r);
            DISPATCH();
        }

        TARGET(LOAD_BUILD_CLASS) {
            Value bc = eval_load_build_class(frame);
            if (!bc) goto error;
            PUSH(bc);
            DISPATCH();
        }

        TARGET(SETUP_ANNOTATIONS) {
            if (eval_setup_annotations(frame) < 0) goto error;
            DISPATCH();
        }

        TARGET(IMPORT_NAME) {
            Value fromlist = POP();
            Value level = TOP();
            Value m = eval_import_name(frame, NAMES()[oparg], fromlist, level);
            decref(fromlist);
            decref(level);
            SET_TOP(m);
            if (!m) goto error_pop1;
            DISPATCH();
        }

        TARGET(IMPORT_FROM) {
            Value v = import_from(TOP(), NAMES()[oparg]);
            if (!v) goto error;
            PUSH(v);
            DISPATCH();
        }

        TARGET(IMPORT_STAR) {
            Value module = POP();
            int rc = eval_import_star(frame, module);
            decref(module);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(PRINT_EXPR) {
            Value v = POP();
            int rc = eval_print_expr(v);
            decref(v);
            if (rc < 0) goto error;
            DISPATCH();
        }

        TARGET(MATCH_MAPPING) {
            int r = eval_match_mapping(TOP());
            if (r < 0) goto error;
            PUSH(bool_value(r));
            DISPATCH();
        }

        TARGET(MATCH_SEQUENCE) {
            int r = eval_match_sequence(TOP());
            if (r < 0) goto error;
            PUSH(bool_value(r));
            DISPATCH();
        }

        TARGET(MATCH_KEYS) {
            Value values = eval_match_keys(SECOND(), TOP());
            if (!values) goto error;
            PUSH(values);
            DISPATCH();
        }

        TARGET(MATCH_CLASS) {
            Value names = POP(), type = POP(), subject = TOP();
            Value attrs = eval_match_class(subject, type, oparg, names);
            decref(names);
            decref(type);
            decref(subject);
            if (attrs) {
                SET_TOP(attrs);
            } else {
                if (err_occurred()) goto error_pop1;
                SET_TOP(NONE);
            }
            DISPATCH();
        }

#if !USE_COMPUTED_GOTO
        default: goto unknown_opcode;
    }
#endif

unknown_opcode:
    err_format(&exc_SystemError, "%U:%d: unknown opcode %d", frame->code->filename,
               frame_line(frame), opcode);
    goto error;

error_pop1:
    /* the instruction left a NULL result in the top slot */
    STACK_SHRINK(1);
error:
    if (!err_occurred()) err_set_str(&exc_SystemError, "error return without exception set");
    kwnames = NULL;
    traceback_here(frame);
exception_unwind : {
    int lasti = frame_lasti(frame);
    const ExceptionEntry *h = find_exception_handler(frame->code, lasti);
    if (h) {
        Value *target = frame_stack_bottom(frame) + h->depth;
        while (sp > target) {
            Value v = POP();
            xdecref(v);
        }
        if (h->lasti) PUSH(small_int(lasti));
        PUSH(err_fetch());
        next_instr = frame->code->units + h->handler;
        DISPATCH();
    }
    while (sp > frame_stack_bottom(frame)) {
        Value v = POP();
        xdecref(v);
    }
    frame->sp = sp;
}
exit_unwind:
    ts->recursion_depth--;
    ts->frame = frame->previous;
    if (frame->is_entry) {
        if (frame->owner == FRAME_OWNED_BY_THREAD) {
            frame_clear_fast(frame);
            frame_free(ts, frame);
        }
        return NULL;
    }
    {
        Frame *prev = frame->previous;
        frame_clear_fast(frame);
        frame_free(ts, frame);
        frame = prev;
        LOAD_FRAME();
    }
    goto error;

exit_return:
    if (frame->owner == FRAME_OWNED_BY_THREAD) {
        frame_clear_fast(frame);
        frame_free(ts, frame);
    }
    return retval;
}

/* ---- entry points ---- */

Value eval_code_closure(Value code, Value globals, Value locals, Value closure) {
    ThreadState *ts = current_thread();
    Code *co = (Code *)code;
    if (!locals) locals = globals;
    Value builtins = dict_get_str(globals, NAME(__builtins__));
    if (builtins && is_module(builtins)) builtins = module_dict(builtins);
    if (!builtins) builtins = interp.builtins;
    Frame *f = frame_alloc(ts, frame_size_values(co));
    if (!f) return NULL;
    frame_init(f, co, NULL, globals, builtins, locals);
    if (closure) {
        int offset = co->nlocalsplus - co->nfreevars;
        for (int i = 0; i < co->nfreevars && i < tuple_size(closure); i++)
            f->localsplus[offset + i] = incref(tuple_get(closure, i));
    }
    return eval_frame(ts, f, false);
}

Value eval_code(Value code, Value globals, Value locals) {
    return eval_code_closure(code, globals, locals, NULL);
}

Value eval_get_globals(void) {
    Frame *f = eval_current_frame();
    return f ? f->globals : NULL;
}

Value eval_get_locals(void) {
    Frame *f = eval_current_frame();
    if (!f) {
        err_set_str(&exc_SystemError, "frame does not exist");
        return NULL;
    }
    return frame_get_locals(f);
}
