/* dis_opcode_info.c: dis's opcode classification lists (hasconst, hasname, hasjrel,
 * hasjabs, haslocal, hascompare, hasfree, hasnargs), stack_effect() and findlabels(),
 * all derived from the one opcode table (opcodes.def). */
#include "../object/bytes.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "dis_internal.h"

static bool is_base_opcode(int op) {
    return op >= 0 && op < OPCODE__COUNT && opcode_info[op].base == op;
}

int dis_have_argument(void) {
    int op = 0;
    while (op < OPCODE__COUNT && opcode_info[op].argkind == ARG_NONE) op++;
    return op;
}

/* each list holds the opcodes whose argument is of one of two kinds (-1: none) */
static const struct {
    const char *name;
    int kinds[2];
} class_lists[] = {
    {"hasconst", {ARG_CONST, -1}},
    {"hasname", {ARG_NAME, ARG_GLOBAL}},
    {"hasjrel", {ARG_JUMP_FORWARD, ARG_JUMP_BACKWARD}},
    {"hasjabs", {-1, -1}},
    {"haslocal", {ARG_LOCAL, -1}},
    {"hascompare", {ARG_COMPARE, -1}},
    {"hasfree", {ARG_FREE, -1}},
    {"hasnargs", {-1, -1}},
};

static int add_class_lists(Value m) {
    for (size_t i = 0; i < sizeof class_lists / sizeof class_lists[0]; i++) {
        Value list = list_new(0);
        for (int op = 0; list && op < OPCODE__COUNT; op++) {
            int kind = opcode_info[op].argkind;
            bool member = kind == class_lists[i].kinds[0] || kind == class_lists[i].kinds[1];
            if (is_base_opcode(op) && member && list_append(list, small_int(op)) < 0) CLEAR(list);
        }
        int rc = list ? module_add_object(m, class_lists[i].name, list) : -1;
        xdecref(list);
        if (rc < 0) return -1;
    }
    return 0;
}

/* stack_effect(opcode, oparg=None, /, *, jump=None) */
static Value stack_effect(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"opcode", "oparg", "jump"};
    Value a[3];
    if (args_bind("stack_effect", args, nargs, kwnames, names, 3, 2, a) < 0) return NULL;
    long long op = -1, oparg = 0;
    if (!a[0] || !is_instance_of(a[0], &type_int) || int_as_long(a[0], &op) < 0)
        return err_occurred() ? NULL : err_format(&exc_TypeError, "an integer is required");
    bool has_oparg = a[1] && a[1] != NONE;
    if (has_oparg && (!is_instance_of(a[1], &type_int) || int_as_long(a[1], &oparg) < 0))
        return err_occurred() ? NULL : err_format(&exc_TypeError, "an integer is required");
    /* as CPython, the argument is checked first: opcodes from HAVE_ARGUMENT on take one */
    bool valid = op == (int)op && is_base_opcode((int)op);
    bool wants_arg = valid ? opcode_info[op].argkind != ARG_NONE : op >= dis_have_argument();
    if (wants_arg && !has_oparg)
        return err_format(&exc_ValueError,
                          "stack_effect: opcode requires oparg but oparg was not specified");
    if (!wants_arg && has_oparg)
        return err_format(&exc_ValueError,
                          "stack_effect: opcode does not permit oparg but oparg was specified");
    if (!valid || oparg < 0 || oparg > 0x7fffffff)
        return err_format(&exc_ValueError, "invalid opcode or oparg");
    int taken = opcode_stack_effect((int)op, (int)oparg, 1);
    int not_taken = opcode_stack_effect((int)op, (int)oparg, 0);
    if (!a[2] || a[2] == NONE) return small_int(taken > not_taken ? taken : not_taken);
    int jump = object_is_true(a[2]);
    return jump < 0 ? NULL : small_int(jump ? taken : not_taken);
}

/* findlabels(code): the jump targets (byte offsets) of raw bytecode, in order of first use */
static Value findlabels(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_no_keywords("findlabels", kwnames) < 0 || args_count("findlabels", nargs, 1, 1) < 0)
        return NULL;
    Value code = args[0];
    if (!is_bytes(code)) {
        code = object_getattr_cstr(code, "co_code");
        if (!code) return NULL;
        if (!is_bytes(code)) {
            decref(code);
            return err_format(&exc_TypeError, "findlabels() expects bytes");
        }
    } else {
        incref(code);
    }
    const unsigned char *b = (const unsigned char *)bytes_data(code);
    intptr_t n = bytes_size(code) / 2;
    Value labels = list_new(0);
    int ext = 0;
    for (intptr_t i = 0; labels && i < n;) {
        int op = is_base_opcode(b[2 * i]) ? b[2 * i] : NOP, arg = b[2 * i + 1] | ext;
        int kind = opcode_info[op].argkind;
        ext = op == EXTENDED_ARG ? (arg & 0x7FFFFF) << 8 : 0;
        long long next = (i + 1) * 2, target = -1;
        if (kind == ARG_JUMP_FORWARD) target = next + (long long)arg * 2;
        if (kind == ARG_JUMP_BACKWARD) target = next - (long long)arg * 2;
        i += 1 + opcode_info[op].caches;
        if (kind != ARG_JUMP_FORWARD && kind != ARG_JUMP_BACKWARD) continue;
        Value t = small_int((intptr_t)target); /* |target| < 2**34 */
        bool seen = false;
        for (intptr_t k = 0; k < list_size(labels) && !seen; k++) seen = list_get(labels, k) == t;
        if (!seen && list_append(labels, t) < 0) CLEAR(labels);
    }
    decref(code);
    return labels;
}

static MethodDef opcode_info_methods[] = {
    {"stack_effect", stack_effect, METH_KEYWORDS, "Compute the stack effect of the opcode."},
    {"findlabels", findlabels, 0, "Detect all offsets in a byte code which are jump targets."},
    {NULL, NULL, 0, NULL},
};

int dis_add_opcode_info(Value m) {
    if (module_add_functions(m, opcode_info_methods) < 0) return -1;
    return add_class_lists(m);
}
