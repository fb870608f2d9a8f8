/* dis.c: the dis module: dis(), disassemble(), code_info(), show_code(), findlinestarts()
 * and the opcode tables, printing exactly CPython 3.11's layout (line column, `>>` jump-target
 * marks, byte offsets, opname, argument and its meaning, nested code objects, the exception
 * table); instruction decoding and argument descriptions shared with dis_instructions.c.
 * Also dis_print() for `pvm -m dis FILE`. */
#include "dis.h"

#include <stdarg.h>
#include <string.h>

#include "../compile/compile.h"
#include "../memory/alloc.h"
#include "../object/code.h"
#include "../object/descr.h"
#include "../object/dict.h"
#include "../object/function.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../object/method_args.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "dis_internal.h"
#include "sys.h"

/* ---- output buffer ---- */

typedef struct Out {
    char *buf;
    size_t len, cap;
    bool failed;
} Out;

static void out_write(Out *o, const char *s, size_t n) {
    if (o->failed) return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 1024;
        while (cap < o->len + n + 1) cap *= 2;
        char *b = mem_realloc(o->buf, cap);
        if (!b) {
            o->failed = true;
            return;
        }
        o->buf = b;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = 0;
}

static void out_printf(Out *o, const char *fmt, ...) {
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n >= (int)sizeof tmp) n = (int)sizeof tmp - 1;
    if (n > 0) out_write(o, tmp, (size_t)n);
}

static void out_cstr(Out *o, const char *s) { out_write(o, s, strlen(s)); }

/* A str Value as it is (names), -1 on error. */
static int out_str(Out *o, Value s) {
    intptr_t n;
    const char *u = is_str(s) ? str_utf8_len(s, &n) : NULL;
    if (!u) return -1;
    out_write(o, u, (size_t)n);
    return 0;
}

static int out_repr(Out *o, Value v) {
    Value r = object_repr(v);
    if (!r) return -1;
    int rc = out_str(o, r);
    decref(r);
    return rc;
}

/* ---- instruction decoding ---- */

DisIns dis_next(const Code *co, intptr_t *unit, int *ext) {
    DisIns in;
    in.unit = (int)*unit;
    CodeUnit u = co->units[*unit];
    in.op = code_base_opcode(u);
    if (opcode_info[in.op].argkind != ARG_NONE) {
        in.arg = unit_arg(u) | *ext;
        *ext = in.op == EXTENDED_ARG ? (in.arg & 0x7FFFFF) << 8 : 0;
    } else {
        in.arg = -1;
        *ext = 0;
    }
    *unit += 1 + opcode_info[in.op].caches;
    return in;
}

static int jump_target(const DisIns *in) {
    int next = (in->unit + 1) * 2;
    switch (opcode_info[in->op].argkind) {
        case ARG_JUMP_FORWARD: return next + in->arg * 2;
        case ARG_JUMP_BACKWARD: return next - in->arg * 2;
        default: return -1;
    }
}

/* line started at each code unit (-1: none), as findlinestarts() */
static int *line_starts(const Code *co, int *maxline) {
    int *starts = mem_alloc(sizeof(int) * (size_t)(co->ncodeunits + 1));
    if (!starts) {
        err_no_memory();
        return NULL;
    }
    int last = -1;
    bool have_last = false;
    *maxline = -1;
    for (intptr_t i = 0; i < co->ncodeunits; i++) starts[i] = -1;
    for (intptr_t i = 0; i < co->ncodeunits;) {
        int line = co->locations[i].lineno;
        if (line >= 0 && (!have_last || line != last)) {
            starts[i] = line;
            last = line;
            have_last = true;
            if (line > *maxline) *maxline = line;
        }
        i += code_instr_span(co, i);
    }
    return starts;
}

int dis_tables_init(DisTables *t, const Code *co, bool exc_labels) {
    t->starts = line_starts(co, &t->maxline);
    t->labels = mem_calloc((size_t)co->ncodeunits * 2 + 2, sizeof(bool));
    if (!t->starts || !t->labels) {
        dis_tables_clear(t);
        if (!err_occurred()) err_no_memory();
        return -1;
    }
    int ext = 0;
    for (intptr_t i = 0; i < co->ncodeunits;) {
        DisIns in = dis_next(co, &i, &ext);
        int target = jump_target(&in);
        if (target >= 0 && target < co->ncodeunits * 2) t->labels[target] = true;
    }
    for (int k = 0; exc_labels && k < co->nexc_entries; k++) {
        const ExceptionEntry *e = &co->exc_entries[k];
        if (e->end > e->start && e->handler < co->ncodeunits) t->labels[e->handler * 2] = true;
    }
    return 0;
}

void dis_tables_clear(DisTables *t) {
    mem_free(t->starts);
    mem_free(t->labels);
    t->starts = NULL;
    t->labels = NULL;
}

/* ---- argument values and descriptions ---- */

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const binop_names[] = {
    "+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};
static const char *const make_function_flags[] = {"defaults", "kwdefaults", "annotations",
                                                  "closure"};
static const char *const conversion_names[] = {"", "str", "repr", "ascii"};

static Value tuple_item_or_null(Value t, int i) {
    return i >= 0 && i < tuple_size(t) ? tuple_get(t, i) : NULL;
}

/* FORMAT_VALUE's (converter, has_spec) and its description */
static int format_value_info(int arg, Value *argval, Value *argrepr) {
    const char *conv = conversion_names[arg & 3];
    Value fn = *conv ? dict_get_cstr(interp.builtins, conv) : NONE;
    if (!fn) return err_format(&exc_RuntimeError, "lost builtins.%s", conv), -1;
    *argval = tuple_pack(2, fn, bool_value(arg & 4));
    *argrepr = str_from_format("%s%s%s", conv, *conv && (arg & 4) ? ", " : "",
                               (arg & 4) ? "with format" : "");
    return 0;
}

static Value make_function_repr(int arg) {
    char buf[64] = "";
    for (int i = 0; i < 4; i++) {
        if (!(arg & (1 << i))) continue;
        if (*buf) strcat(buf, ", ");
        strcat(buf, make_function_flags[i]);
    }
    return str_from_cstr(buf);
}

/* argval, argrepr for arguments naming an entry of a tuple (names, consts): UNKNOWN and ''
 * when the index is out of range */
static void named_info(Value item, const char *prefix, Value *argval, Value *argrepr) {
    if (!item) {
        *argval = incref(dis_unknown());
        *argrepr = str_empty();
        return;
    }
    *argval = incref(item);
    *argrepr = *prefix ? str_from_format("%s%U", prefix, item) : incref(item);
}

int dis_arg_info(const Code *co, const DisIns *in, Value *argval, Value *argrepr) {
    int arg = in->arg;
    *argval = NULL;
    *argrepr = NULL;
    if (arg < 0) {
        *argval = NONE;
        *argrepr = str_empty();
        return 0;
    }
    switch (opcode_info[in->op].argkind) {
        case ARG_CONST:
            if (in->op == LOAD_CONST && tuple_item_or_null(co->consts, arg)) {
                *argval = incref(tuple_get(co->consts, arg));
                *argrepr = object_repr(*argval);
            } else {
                named_info(NULL, "", argval, argrepr);
            }
            break;
        case ARG_NAME: named_info(tuple_item_or_null(co->names, arg), "", argval, argrepr); break;
        case ARG_GLOBAL:
            named_info(tuple_item_or_null(co->names, arg >> 1), (arg & 1) ? "NULL + " : "", argval,
                       argrepr);
            break;
        case ARG_LOCAL:
        case ARG_FREE:
            named_info(tuple_item_or_null(co->localsplusnames, arg), "", argval, argrepr);
            break;
        case ARG_JUMP_FORWARD:
        case ARG_JUMP_BACKWARD:
            *argval = small_int(jump_target(in));
            *argrepr = str_from_format("to %d", jump_target(in));
            break;
        case ARG_COMPARE:
            if (arg >= 6) return err_format(&exc_IndexError, "tuple index out of range"), -1;
            *argval = str_from_cstr(cmp_names[arg]);
            *argrepr = xincref(*argval);
            break;
        case ARG_BINARY_OP:
            if (arg >= 26) return err_format(&exc_IndexError, "list index out of range"), -1;
            *argval = small_int(arg);
            *argrepr = str_from_cstr(binop_names[arg]);
            break;
        case ARG_MAKE_FUNCTION:
            *argval = small_int(arg);
            *argrepr = make_function_repr(arg);
            break;
        case ARG_FORMAT_VALUE:
            if (format_value_info(arg, argval, argrepr) < 0) return -1;
            break;
        default:
            *argval = small_int(arg);
            *argrepr = str_empty();
            break;
    }
    if (*argval && *argrepr) return 0;
    xdecref(*argval);
    xdecref(*argrepr);
    return -1;
}

/* ---- disassembly ---- */

static int decimal_width(int n) {
    int w = 1;
    while (n >= 10) n /= 10, w++;
    return w;
}

/* Writes " arg (argrepr)" of one instruction. */
static int out_arg(Out *o, const Code *co, const DisIns *in) {
    out_printf(o, " %5d", in->arg);
    Value argval, argrepr;
    if (dis_arg_info(co, in, &argval, &argrepr) < 0) return -1;
    int rc = 0;
    if (str_length(argrepr)) {
        out_cstr(o, " (");
        rc = out_str(o, argrepr);
        out_cstr(o, ")");
    }
    decref(argval);
    decref(argrepr);
    return rc;
}

static int disassemble(Out *o, const Code *co, int line_offset, int lasti) {
    DisTables t;
    if (dis_tables_init(&t, co, true) < 0) return -1;
    int maxline = t.maxline < 0 ? -1 : t.maxline + line_offset;
    int line_width = t.maxline < 0 ? 0 : maxline >= 1000 ? decimal_width(maxline) : 3;
    int maxoffset = (int)co->ncodeunits * 2 - 2;
    int offset_width = maxoffset >= 10000 ? decimal_width(maxoffset) : 4;
    int rc = 0, ext = 0;
    for (intptr_t i = 0; i < co->ncodeunits && rc == 0;) {
        DisIns in = dis_next(co, &i, &ext);
        int offset = in.unit * 2, line = t.starts[in.unit];
        if (line_width && line >= 0 && offset > 0) out_cstr(o, "\n");
        size_t start = o->len;
        if (line_width) {
            if (line >= 0)
                out_printf(o, "%*d ", line_width, line + line_offset);
            else
                out_printf(o, "%*s ", line_width, "");
        }
        out_printf(o, "%s %s %*d %-20s", offset == lasti ? "-->" : "   ",
                   t.labels[offset] ? ">>" : "  ", offset_width, offset, opcode_info[in.op].name);
        if (in.arg >= 0) rc = out_arg(o, co, &in);
        while (!o->failed && o->len > start && o->buf[o->len - 1] == ' ') o->len--;
        out_cstr(o, "\n");
    }
    if (rc == 0 && co->nexc_entries) {
        out_cstr(o, "ExceptionTable:\n");
        for (int k = 0; k < co->nexc_entries; k++) {
            const ExceptionEntry *e = &co->exc_entries[k];
            out_printf(o, "  %d to %d -> %d [%d]%s\n", e->start * 2, e->end * 2 - 2, e->handler * 2,
                       e->depth, e->lasti ? " lasti" : "");
        }
    }
    dis_tables_clear(&t);
    return rc;
}

/* depth < 0: unlimited */
static int disassemble_recursive(Out *o, Value code, int depth) {
    if (disassemble(o, (Code *)code, 0, -1) < 0) return -1;
    if (depth == 0) return 0;
    Value consts = ((Code *)code)->consts;
    for (intptr_t i = 0; i < tuple_size(consts); i++) {
        Value x = tuple_get(consts, i);
        if (!is_code(x)) continue;
        out_cstr(o, "\nDisassembly of ");
        if (out_repr(o, x) < 0) return -1;
        out_cstr(o, ":\n");
        if (disassemble_recursive(o, x, depth > 0 ? depth - 1 : -1) < 0) return -1;
    }
    return 0;
}

/* x.name, or NULL without an error when it has no such attribute */
static Value opt_attr(Value x, const char *name) {
    Value v = object_getattr_cstr(x, name);
    if (!v && err_matches(&exc_AttributeError)) err_clear();
    return v;
}

/* Unwraps methods, functions, generators and coroutines to their code (new ref). */
static Value unwrap_code(Value x) {
    incref(x);
    Value f = opt_attr(x, "__func__");
    if (f)
        setref(&x, f);
    else if (err_occurred())
        goto fail;
    static const char *const attrs[] = {"__code__", "gi_code", "ag_code", "cr_code"};
    for (int i = 0; i < 4; i++) {
        Value c = opt_attr(x, attrs[i]);
        if (c) {
            setref(&x, c);
            break;
        }
        if (err_occurred()) goto fail;
    }
    return x;
fail:
    decref(x);
    return NULL;
}

static Value compile_str(Value source, const char *filename) {
    intptr_t n;
    const char *s = str_utf8_len(source, &n);
    if (!s) return NULL;
    Value code = compile_source(s, (size_t)n, filename, COMPILE_EVAL, 1);
    if (!code && err_matches(&exc_SyntaxError)) {
        err_clear();
        code = compile_source(s, (size_t)n, filename, COMPILE_EXEC, 1);
    }
    return code;
}

static bool has_code(Value x) {
    Type *t = type_of(x);
    return t == &type_method || t == &type_function || t == &type_code || t == &type_classmethod ||
           t == &type_staticmethod || type_has_flag(t, TPFLAG_TYPE_SUBCLASS);
}

static int dis_object(Out *o, Value x, int depth);

static int dis_namespace(Out *o, Value ns, int depth) {
    Value items_fn = object_getattr_cstr(ns, "items");
    Value items = items_fn ? object_call(items_fn, NULL, 0, NULL) : NULL;
    xdecref(items_fn);
    Value list = items ? list_from_iterable(items) : NULL;
    xdecref(items);
    if (!list || list_sort(list) < 0) {
        xdecref(list);
        return -1;
    }
    int rc = 0;
    for (intptr_t i = 0; i < list_size(list) && rc == 0; i++) {
        Value pair = list_get(list, i);
        Value name = tuple_get(pair, 0), value = tuple_get(pair, 1);
        if (!has_code(value)) continue;
        out_cstr(o, "Disassembly of ");
        if ((rc = out_str(o, name)) < 0) break;
        out_cstr(o, ":\n");
        if (dis_object(o, value, depth) < 0) {
            if (!err_matches(&exc_TypeError)) {
                rc = -1;
                break;
            }
            Value exc = err_fetch();
            Value msg = object_str(exc);
            decref(exc);
            out_cstr(o, "Sorry: ");
            rc = msg ? out_str(o, msg) : -1;
            xdecref(msg);
            out_cstr(o, "\n");
        }
        out_cstr(o, "\n");
    }
    decref(list);
    return rc;
}

static int dis_object(Out *o, Value x, int depth) {
    x = unwrap_code(x);
    if (!x) return -1;
    int rc;
    Value ns = is_code(x) ? NULL : opt_attr(x, "__dict__");
    if (ns) {
        rc = dis_namespace(o, ns, depth);
        decref(ns);
    } else if (err_occurred()) {
        rc = -1;
    } else if (is_code(x)) {
        rc = disassemble_recursive(o, x, depth);
    } else if (is_str(x)) {
        Value code = compile_str(x, "<dis>");
        rc = code ? disassemble_recursive(o, code, depth) : -1;
        xdecref(code);
    } else {
        err_format(&exc_TypeError, "don't know how to disassemble %s objects", type_of(x)->name);
        rc = -1;
    }
    decref(x);
    return rc;
}

/* The buffer as a str (releasing it). */
static Value out_finish(Out *o) {
    Value text = o->failed ? err_no_memory() : str_from_utf8(o->buf ? o->buf : "", o->len);
    mem_free(o->buf);
    return text;
}

Value dis_code_text(Value code, int line_offset, int lasti) {
    Out o = {0};
    if (disassemble(&o, (Code *)code, line_offset, lasti) < 0) {
        mem_free(o.buf);
        return NULL;
    }
    return out_finish(&o);
}

/* Writes the buffer to file (None: sys.stdout). */
static Value flush_out(Out *o, Value file) {
    Value text = out_finish(o);
    if (!text) return NULL;
    if (!file || file == NONE) file = sys_get("stdout");
    if (!file) {
        decref(text);
        err_set_str(&exc_RuntimeError, "lost sys.stdout");
        return NULL;
    }
    Value r = object_call_method(file, NAME(write), &text, 1);
    decref(text);
    if (!r) return NULL;
    decref(r);
    return NONE;
}

static int depth_arg(Value v, int *depth) {
    *depth = -1;
    if (!v || v == NONE) return 0;
    long long d;
    if (!is_instance_of(v, &type_int)) {
        err_format(&exc_TypeError, "'>' not supported between instances of '%s' and 'int'",
                   type_short_name(type_of(v)));
        return -1;
    }
    if (int_as_long(v, &d) < 0) return -1;
    *depth = d < 0 ? 0 : d > 1000000 ? 1000000 : (int)d;
    return 0;
}

Value dis_innermost_tb(Value tb) {
    incref(tb);
    Value next;
    while ((next = object_getattr_cstr(tb, "tb_next")) != NULL && next != NONE) setref(&tb, next);
    if (next) return tb;
    decref(tb);
    return NULL;
}

int dis_offset_arg(Value v) {
    long long offset;
    if (!v || !is_instance_of(v, &type_int) || int_as_long(v, &offset) < 0 || offset < -1 ||
        offset > 1 << 30) {
        if (err_occurred()) err_clear();
        return -1;
    }
    return (int)offset;
}

/* Disassembles the code of the innermost frame of tb (None: sys.last_traceback), marking
 * the instruction it was executing. */
static Value distb(Value tb, Value file) {
    if (tb && tb != NONE) {
        incref(tb);
    } else {
        Value last = sys_get("last_traceback");
        if (!last) {
            err_clear();
            err_set_str(&exc_RuntimeError, "no last traceback to disassemble");
            return NULL;
        }
        if (!(tb = dis_innermost_tb(last))) return NULL;
    }
    Value frame = object_getattr_cstr(tb, "tb_frame");
    Value code = frame ? object_getattr_cstr(frame, "f_code") : NULL;
    Value lasti = code ? object_getattr_cstr(tb, "tb_lasti") : NULL;
    Out o = {0};
    int rc = lasti && is_code(code) ? disassemble(&o, (Code *)code, 0, dis_offset_arg(lasti)) : -1;
    if (rc < 0 && !err_occurred()) err_set_str(&exc_TypeError, "distb() expects a traceback");
    decref(tb);
    xdecref(frame);
    xdecref(code);
    xdecref(lasti);
    if (rc == 0) return flush_out(&o, file);
    mem_free(o.buf);
    return NULL;
}

static Value mod_distb(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"tb", "file", "show_caches", "adaptive"};
    Value a[4];
    if (args_bind("distb", args, nargs, kwnames, names, 4, 1, a) < 0) return NULL;
    return distb(a[0], a[1]);
}

static Value mod_dis(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"x", "file", "depth", "show_caches", "adaptive"};
    Value a[5];
    if (args_bind("dis", args, nargs, kwnames, names, 5, 1, a) < 0) return NULL;
    int depth;
    if (depth_arg(a[2], &depth) < 0) return NULL;
    if (!a[0] || a[0] == NONE) return distb(NULL, a[1]);
    Out o = {0};
    if (dis_object(&o, a[0], depth) < 0) {
        mem_free(o.buf);
        return NULL;
    }
    return flush_out(&o, a[1]);
}

static Value mod_disassemble(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"co", "lasti", "file", "show_caches", "adaptive"};
    Value a[5];
    if (args_bind("disassemble", args, nargs, kwnames, names, 5, 2, a) < 0) return NULL;
    Value code = a[0] ? unwrap_code(a[0]) : NULL;
    if (!code) {
        if (!err_occurred()) err_set_str(&exc_TypeError, "disassemble() missing argument 'co'");
        return NULL;
    }
    Out o = {0};
    int rc = is_code(code) ? disassemble(&o, (Code *)code, 0, dis_offset_arg(a[1])) : -1;
    if (rc < 0 && !err_occurred())
        err_set_str(&exc_TypeError, "disassemble() expects a code object");
    decref(code);
    if (rc < 0) {
        mem_free(o.buf);
        return NULL;
    }
    return flush_out(&o, a[2]);
}

/* ---- code_info ---- */

Value dis_code_of(Value x) {
    Value c = unwrap_code(x);
    if (!c) return NULL;
    if (is_str(c)) setref(&c, compile_str(c, "<disassembly>"));
    if (c && !is_code(c)) {
        err_format(&exc_TypeError, "don't know how to disassemble %s objects", type_of(c)->name);
        setref(&c, NULL);
    }
    return c;
}

static const char *const flag_names[] = {
    "OPTIMIZED", "NEWLOCALS", "VARARGS",   "VARKEYWORDS",        "NESTED",
    "GENERATOR", "NOFREE",    "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};

static void pretty_flags(Out *o, int flags) {
    bool first = true;
    for (int i = 0; i < 32 && flags; i++) {
        int flag = 1 << i;
        if (!(flags & flag)) continue;
        if (!first) out_cstr(o, ", ");
        if (i < 10)
            out_cstr(o, flag_names[i]);
        else
            out_printf(o, "0x%x", flag);
        flags ^= flag;
        first = false;
    }
}

static int out_numbered(Out *o, const char *title, Value items, bool repr) {
    if (!tuple_size(items)) return 0;
    out_printf(o, "\n%s", title);
    for (intptr_t i = 0; i < tuple_size(items); i++) {
        out_printf(o, "\n%4d: ", (int)i);
        if ((repr ? out_repr(o, tuple_get(items, i)) : out_str(o, tuple_get(items, i))) < 0)
            return -1;
    }
    return 0;
}

Value dis_code_info(Value x) {
    Value code = dis_code_of(x);
    if (!code) return NULL;
    Code *co = (Code *)code;
    Out o = {0};
    int rc = 0;
    out_cstr(&o, "Name:              ");
    rc |= out_str(&o, co->name);
    out_cstr(&o, "\nFilename:          ");
    rc |= out_str(&o, co->filename);
    out_printf(&o, "\nArgument count:    %d", co->argcount);
    out_printf(&o, "\nPositional-only arguments: %d", co->posonlyargcount);
    out_printf(&o, "\nKw-only arguments: %d", co->kwonlyargcount);
    out_printf(&o, "\nNumber of locals:  %d", co->nlocals);
    out_printf(&o, "\nStack size:        %d", co->stacksize);
    out_cstr(&o, "\nFlags:             ");
    pretty_flags(&o, co->flags);
    if (rc == 0) rc = out_numbered(&o, "Constants:", co->consts, true);
    if (rc == 0) rc = out_numbered(&o, "Names:", co->names, false);
    static const struct {
        const char *title;
        int kind;
    } kinds[] = {{"Variable names:", CO_FAST_LOCAL},
                 {"Free variables:", CO_FAST_FREE},
                 {"Cell variables:", CO_FAST_CELL}};
    for (int k = 0; k < 3 && rc == 0; k++) {
        Value t = code_names_of_kind(code, kinds[k].kind);
        rc = t ? out_numbered(&o, kinds[k].title, t, false) : -1;
        xdecref(t);
    }
    decref(code);
    if (rc == 0) return out_finish(&o);
    mem_free(o.buf);
    return NULL;
}

static Value mod_code_info(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_no_keywords("code_info", kwnames) < 0 || args_count("code_info", nargs, 1, 1) < 0)
        return NULL;
    return dis_code_info(args[0]);
}

static Value mod_show_code(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    static const char *const names[] = {"co", "file"};
    Value a[2];
    if (args_bind("show_code", args, nargs, kwnames, names, 2, 1, a) < 0) return NULL;
    Value info = dis_code_info(a[0]);
    if (!info) return NULL;
    Out o = {0};
    int rc = out_str(&o, info);
    decref(info);
    out_cstr(&o, "\n");
    if (rc < 0) {
        mem_free(o.buf);
        return NULL;
    }
    return flush_out(&o, a[1]);
}

static Value mod_findlinestarts(Value self, Value const *args, size_t nargs, Value kwnames) {
    (void)self;
    if (args_no_keywords("findlinestarts", kwnames) < 0 ||
        args_count("findlinestarts", nargs, 1, 1) < 0)
        return NULL;
    if (!is_code(args[0])) {
        err_set_str(&exc_TypeError, "findlinestarts() expects a code object");
        return NULL;
    }
    const Code *co = (const Code *)args[0];
    int maxline;
    int *starts = line_starts(co, &maxline);
    Value list = starts ? list_new(0) : NULL;
    for (intptr_t i = 0; list && i < co->ncodeunits; i++) {
        if (starts[i] < 0) continue;
        Value t = tuple_pack(2, small_int(i * 2), small_int(starts[i]));
        if (!t || list_append(list, t) < 0) setref(&list, NULL);
        xdecref(t);
    }
    mem_free(starts);
    if (!list) return NULL;
    Value it = object_getiter(list);
    decref(list);
    return it;
}

static MethodDef dis_methods[] = {
    {"dis", mod_dis, METH_KEYWORDS, "Disassemble classes, methods, functions and code."},
    {"disassemble", mod_disassemble, METH_KEYWORDS, "Disassemble a code object."},
    {"distb", mod_distb, METH_KEYWORDS, "Disassemble a traceback (default: last traceback)."},
    {"code_info", mod_code_info, 0, "Formatted details of methods, functions, or code."},
    {"show_code", mod_show_code, METH_KEYWORDS, "Print details of methods, functions, or code."},
    {"findlinestarts", mod_findlinestarts, 0, "Find the offsets that start source lines."},
    {NULL, NULL, 0, NULL},
};

/* opname, opmap, cmp_op and COMPILER_FLAG_NAMES */
static int add_tables(Value m) {
    Value opname = list_new(0), opmap = dict_new(), flags = dict_new();
    Value cmp = tuple_new(6);
    int rc = opname && opmap && flags && cmp ? 0 : -1;
    for (int i = 0; rc == 0 && i < 256; i++) {
        char buf[16];
        const char *name = buf;
        if (i < OPCODE__COUNT && opcode_info[i].base == i)
            name = opcode_info[i].name;
        else
            snprintf(buf, sizeof buf, "<%d>", i);
        Value s = str_from_cstr(name);
        rc = s ? list_append(opname, s) : -1;
        if (rc == 0 && name != buf) rc = dict_set(opmap, s, small_int(i));
        xdecref(s);
    }
    for (int i = 0; rc == 0 && i < 6; i++) {
        tuple_items(cmp)[i] = str_from_cstr(cmp_names[i]);
        if (!tuple_items(cmp)[i]) rc = -1;
    }
    for (int i = 0; rc == 0 && i < 10; i++) {
        Value s = str_from_cstr(flag_names[i]);
        rc = s ? dict_set(flags, small_int(1 << i), s) : -1;
        xdecref(s);
    }
    if (rc == 0) rc = module_add_object(m, "opname", opname);
    if (rc == 0) rc = module_add_object(m, "opmap", opmap);
    if (rc == 0) rc = module_add_object(m, "cmp_op", cmp);
    if (rc == 0) rc = module_add_object(m, "COMPILER_FLAG_NAMES", flags);
    if (rc == 0) rc = module_add_object(m, "HAVE_ARGUMENT", small_int(dis_have_argument()));
    xdecref(opname);
    xdecref(opmap);
    xdecref(flags);
    xdecref(cmp);
    return rc;
}

Value dis_module_new(void) {
    Value m = module_new("dis");
    if (!m) return NULL;
    if (module_add_functions(m, dis_methods) < 0 || add_tables(m) < 0 ||
        dis_add_instruction_api(m) < 0 || dis_add_opcode_info(m) < 0) {
        decref(m);
        return NULL;
    }
    return m;
}

int dis_print(Value code, FILE *out) {
    Out o = {0};
    int rc = disassemble_recursive(&o, code, -1);
    if (rc == 0 && o.failed) {
        err_no_memory();
        rc = -1;
    }
    if (rc == 0 && o.len) fwrite(o.buf, 1, o.len, out);
    mem_free(o.buf);
    return rc;
}

int dis_source(const char *src, size_t len, const char *filename, FILE *out) {
    Value code = compile_source(src, len, filename, COMPILE_EXEC, 0);
    if (!code) return -1;
    int rc = dis_print(code, out);
    decref(code);
    return rc;
}
