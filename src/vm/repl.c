/* repl.c: the interactive interpreter: line sources (libedit on a terminal, a file, a
 * string), deciding when the lines typed so far form a complete statement, running it in
 * "single" mode, and sys.displayhook. */
#include "repl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../compile/compile.h"
#include "../memory/alloc.h"
#include "../modules/sys.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/function.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../parse/parser.h"
#include "errors.h"
#include "eval.h"
#include "repl_complete.h"
#include "repl_edit.h"
#include "runtime.h"
#include "signals.h"
#include "state.h"

#define REPL_FILENAME "<stdin>"

/* ---- writing to sys.stdout / sys.stderr ---- */

/* Writes text to the sys stream `name` (falling back to the C stderr); errors are dropped. */
static void write_sys_stream(Value name, const char *text) {
    Value stream = interp.sysdict ? dict_get_str(interp.sysdict, name) : NULL;
    if (stream && stream != NONE) {
        Value s = str_from_cstr(text);
        Value r = s ? object_call_method(stream, NAME(write), &s, 1) : NULL;
        xdecref(s);
        Value f = r ? object_call_method(stream, NAME(flush), NULL, 0) : NULL;
        xdecref(r);
        xdecref(f);
        if (f) return;
        err_clear();
    }
    fputs(text, stderr);
    fflush(stderr);
}

/* ---- sys.displayhook ---- */

static Value displayhook(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || kwnames) {
        return err_format(&exc_TypeError, "displayhook() takes exactly one argument (%zu given)",
                          nargs);
    }
    Value v = args[0];
    if (v == NONE) return NONE;
    if (dict_set_cstr(interp.builtins, "_", NONE) < 0) return NULL;
    Value out = sys_get("stdout");
    if (!out || out == NONE) return err_format(&exc_RuntimeError, "lost sys.stdout");
    Value text = object_repr(v);
    if (!text) return NULL;
    Value r = object_call_method(out, NAME(write), &text, 1);
    decref(text);
    if (!r) return NULL;
    decref(r);
    Value newline = str_from_cstr("\n");
    r = newline ? object_call_method(out, NAME(write), &newline, 1) : NULL;
    xdecref(newline);
    if (!r) return NULL;
    decref(r);
    return dict_set_cstr(interp.builtins, "_", v) < 0 ? NULL : NONE;
}

static const MethodDef displayhook_def = {"displayhook", displayhook, 0,
                                          "Print an object to sys.stdout and also save it in "
                                          "builtins._"};

int repl_install_displayhook(void) {
    if (dict_get_cstr(interp.sysdict, "displayhook")) return 0;
    Value sys = dict_get_cstr(interp.modules, "sys");
    Value hook = builtin_function_new(&displayhook_def, NULL, sys);
    int rc = hook && dict_set_cstr(interp.sysdict, "displayhook", hook) == 0 &&
                     dict_set_cstr(interp.sysdict, "__displayhook__", hook) == 0
                 ? 0
                 : -1;
    xdecref(hook);
    return rc;
}

/* ---- line sources ---- */

typedef struct LineSource LineSource;
struct LineSource {
    /* The next line without its line ending (mem_alloc'd), or NULL at the end of input or
     * when Ctrl-C was pressed (*interrupted set). */
    char *(*read)(LineSource *src, const char *prompt, bool *interrupted);
    FILE *file;       /* read_file */
    const char *text; /* read_text: what is left of the text */
};

static char *read_text(LineSource *src, const char *prompt, bool *interrupted) {
    write_sys_stream(NAME(stderr), prompt);
    if (!*src->text) return NULL;
    const char *end = strchr(src->text, '\n');
    size_t n = end ? (size_t)(end - src->text) : strlen(src->text);
    char *line = mem_strndup(src->text, n);
    src->text += end ? n + 1 : n;
    return line;
}

static char *read_edit(LineSource *src, const char *prompt, bool *interrupted) {
    return repl_edit_read(prompt, interrupted);
}

static char *read_file(LineSource *src, const char *prompt, bool *interrupted) {
    write_sys_stream(NAME(stderr), prompt);
    char *buf = NULL;
    size_t cap = 0;
    errno = 0;
    ssize_t n = getline(&buf, &cap, src->file);
    if (n < 0 && errno == EINTR && signals_pending) {
        signals_pending = 0;
        clearerr(src->file);
        *interrupted = true;
    }
    char *line = NULL;
    if (n >= 0) {
        if (n > 0 && buf[n - 1] == '\n') n--;
        line = mem_strndup(buf, (size_t)n);
    }
    free(buf);
    return line;
}

/* ---- the input buffer ---- */

typedef struct Input {
    char *text;
    size_t len, cap;
    int lines;
} Input;

static int input_append(Input *in, const char *line) {
    size_t n = strlen(line);
    if (in->len + n + 2 > in->cap) {
        size_t cap = (in->len + n + 2) * 2;
        char *bigger = mem_realloc(in->text, cap);
        if (!bigger) return -1;
        in->text = bigger;
        in->cap = cap;
    }
    memcpy(in->text + in->len, line, n);
    in->len += n;
    in->text[in->len++] = '\n';
    in->text[in->len] = '\0';
    in->lines++;
    return 0;
}

static bool is_blank(const char *line) { return line[strspn(line, " \t\f\r")] == '\0'; }

/* A line with nothing but white space and a comment. */
static bool is_blank_or_comment(const char *line) {
    const char *s = line + strspn(line, " \t\f\r");
    return *s == '\0' || *s == '#';
}

/* ---- is the statement complete? ---- */

typedef enum InputState { INPUT_COMPLETE, INPUT_INCOMPLETE, INPUT_ERROR } InputState;

typedef struct Parsed {
    Arena *arena;
    Mod *mod;
    SyntaxErrorInfo err;
} Parsed;

static void parsed_clear(Parsed *p) {
    syntax_error_clear(&p->err);
    if (p->arena) arena_free(p->arena);
    p->arena = NULL;
    p->mod = NULL;
}

static int parse_input(Parsed *p, const char *src, size_t len) {
    parsed_clear(p);
    p->arena = arena_new();
    if (!p->arena) return -1;
    p->mod =
        parse_source(src, len, REPL_FILENAME, PARSE_SINGLE, PARSE_FROM_STRING, p->arena, &p->err);
    return 0;
}

/* Compound statements end only at a blank line (or the end of input). */
static bool is_compound(const Stmt *s) {
    switch (s->kind) {
        case S_FunctionDef:
        case S_AsyncFunctionDef:
        case S_ClassDef:
        case S_For:
        case S_AsyncFor:
        case S_While:
        case S_If:
        case S_With:
        case S_AsyncWith:
        case S_Match:
        case S_Try:
        case S_TryStar: return true;
        default: return false;
    }
}

/* Errors the tokenizer reports when the input ends inside a bracket, a triple-quoted
 * string or after a backslash: more lines, even blank ones, may complete the input. */
static bool is_open_construct(const char *msg) {
    return strstr(msg, "was never closed") || strstr(msg, "unterminated triple-quoted") ||
           strstr(msg, "unexpected EOF");
}

static bool same_error(const SyntaxErrorInfo *a, const SyntaxErrorInfo *b) {
    return a->kind == b->kind && a->lineno == b->lineno && a->offset == b->offset &&
           strcmp(a->msg ? a->msg : "", b->msg ? b->msg : "") == 0;
}

/* A parse error found where the input ends (an `if` without its block, a `try` without
 * `except`, a decorator without its def) goes away or moves when a line is added; an
 * error inside the lines typed stays where it is. */
static int error_at_end(const Input *in, const SyntaxErrorInfo *err, bool *at_end) {
    static const char probe[] = "_\n";
    char *text = mem_alloc(in->len + sizeof probe);
    if (!text) return -1;
    memcpy(text, in->text, in->len);
    memcpy(text + in->len, probe, sizeof probe);
    Parsed p = {0};
    int rc = parse_input(&p, text, in->len + sizeof probe - 1);
    if (rc == 0) *at_end = p.mod || (p.err.kind != SE_MEMORY && !same_error(&p.err, err));
    parsed_clear(&p);
    mem_free(text);
    return rc;
}

/* Classifies the input; ended: the last line was blank or input has ended. */
static InputState classify(const Input *in, Parsed *p, bool ended, bool eof) {
    if (parse_input(p, in->text, in->len) < 0) return INPUT_ERROR;
    if (p->mod) {
        StmtSeq *body = p->mod->Interactive.body;
        bool compound = AST_SEQ_LEN(body) > 0 && is_compound(body->items[0]);
        return compound && !ended ? INPUT_INCOMPLETE : INPUT_COMPLETE;
    }
    if (p->err.kind == SE_MEMORY || p->err.kind == SE_RECURSION) return INPUT_ERROR;
    if (p->err.msg && is_open_construct(p->err.msg)) return eof ? INPUT_ERROR : INPUT_INCOMPLETE;
    if (ended) return INPUT_ERROR;
    bool at_end = false;
    if (error_at_end(in, &p->err, &at_end) < 0) return INPUT_ERROR;
    return at_end ? INPUT_INCOMPLETE : INPUT_ERROR;
}

/* ---- running a statement ---- */

/* Reports the pending exception as the REPL does: sys.last_* set, traceback printed.
 * Returns 1 after SystemExit (with *status set), else 0. */
static int report_error(int *status) {
    Value exc = err_fetch();
    if (!exc) return 0;
    if (is_instance_of(exc, &exc_SystemExit)) {
        *status = sys_exit_status(exc);
        decref(exc);
        return 1;
    }
    sys_flush_stdout();
    Value tb = exception_get_traceback(exc);
    if (dict_set_cstr(interp.sysdict, "last_type", (Value)type_of(exc)) < 0 ||
        dict_set_cstr(interp.sysdict, "last_value", exc) < 0 ||
        dict_set_cstr(interp.sysdict, "last_traceback", tb ? tb : NONE) < 0) {
        err_clear();
    }
    err_print_exception(exc);
    decref(exc);
    return 0;
}

/* CPython's interactive tokenizer never reports column 0. */
static void set_syntax_error(SyntaxErrorInfo *err) {
    if (err->offset == 0 && err->lineno > 0) err->offset = 1;
    err_from_syntax_info(err, REPL_FILENAME);
}

static int run_parsed(Parsed *p, const Input *in, Value globals, int *status) {
    if (!p->mod) {
        set_syntax_error(&p->err);
        return report_error(status);
    }
    Value filename = str_from_cstr(REPL_FILENAME);
    Value code =
        filename ? compile_module(p->mod, filename, COMPILE_SINGLE, 0, p->arena, in->text, in->len)
                 : NULL;
    xdecref(filename);
    Value result = code ? eval_code(code, globals, globals) : NULL;
    xdecref(code);
    if (result) {
        decref(result);
        return 0;
    }
    return report_error(status);
}

/* ---- the loop ---- */

/* str(sys.<name>) as a mem_alloc'd C string ("" when missing or failing). */
static char *prompt_text(const char *name) {
    Value v = dict_get_cstr(interp.sysdict, name);
    Value s = v ? object_str(v) : NULL;
    const char *utf8 = s ? str_utf8(s) : NULL;
    char *text = mem_strndup(utf8 ? utf8 : "", utf8 ? strlen(utf8) : 0);
    xdecref(s);
    err_clear();
    return text;
}

static char *read_line(LineSource *src, const char *which, bool *interrupted) {
    sys_flush_stdout();
    signals_pending = 0; /* a Ctrl-C after the last statement's end is dropped */
    char *prompt = prompt_text(which);
    char *line = src->read(src, prompt ? prompt : "", interrupted);
    mem_free(prompt);
    return line;
}

/* Reads and runs one statement. Returns 1 to stop (end of input or SystemExit). */
static int run_one(LineSource *src, Value globals, int *status) {
    Input in = {0};
    Parsed p = {0};
    int stop = 0;
    for (;;) {
        bool interrupted = false;
        char *line = read_line(src, in.lines ? "ps2" : "ps1", &interrupted);
        if (interrupted) {
            write_sys_stream(NAME(stderr), "\nKeyboardInterrupt\n");
            break;
        }
        if (!line) write_sys_stream(NAME(stderr), "\n");
        if (!line && !in.lines) {
            stop = 1;
            break;
        }
        if (!in.lines && is_blank_or_comment(line)) {
            mem_free(line);
            continue;
        }
        bool ended = !line || is_blank(line);
        int rc = line ? input_append(&in, line) : 0;
        mem_free(line);
        if (rc < 0) {
            err_no_memory();
            stop = report_error(status);
            break;
        }
        InputState state = classify(&in, &p, ended, !line);
        if (state == INPUT_INCOMPLETE) continue;
        stop = run_parsed(&p, &in, globals, status);
        break;
    }
    parsed_clear(&p);
    mem_free(in.text);
    return stop;
}

static int set_prompt(const char *name, const char *text) {
    if (dict_get_cstr(interp.sysdict, name)) return 0;
    Value s = str_from_cstr(text);
    int rc = s ? dict_set_cstr(interp.sysdict, name, s) : -1;
    xdecref(s);
    return rc;
}

static int run_loop(LineSource *src, Value globals) {
    int status = 0;
    if (set_prompt("ps1", ">>> ") < 0 || set_prompt("ps2", "... ") < 0) {
        return runtime_report_exception();
    }
    while (!run_one(src, globals, &status)) {
    }
    return status;
}

/* The namespace of __main__ (borrowed), created when there is none. */
static Value main_globals(void) {
    Value main = dict_get_cstr(interp.modules, "__main__");
    if (!main) {
        main = runtime_main_module_new(NULL);
        if (!main) return NULL;
        decref(main); /* sys.modules keeps it */
    }
    return module_dict(main);
}

int repl_run_lines(const char *text) {
    Value globals = main_globals();
    if (!globals) return runtime_report_exception();
    LineSource src = {.read = read_text, .text = text};
    return run_loop(&src, globals);
}

#if defined(__clang__)
#define COMPILER_NAME "Clang " __clang_version__
#elif defined(__GNUC__)
#define COMPILER_NAME "GCC " __VERSION__
#else
#define COMPILER_NAME "C11"
#endif

int repl_main(bool banner) {
    Value globals = main_globals();
    if (!globals) return runtime_report_exception();
    if (banner) {
        write_sys_stream(NAME(stderr), "Python 3.11.7 (pvm) [" COMPILER_NAME "] on linux\n"
                                       "Type \"help\", \"copyright\", \"credits\" or \"license\" "
                                       "for more information.\n");
    }
    LineSource src = {.read = read_file, .file = stdin};
    if (isatty(fileno(stdin))) {
        repl_edit_init(repl_complete);
        src.read = read_edit;
    }
    return run_loop(&src, globals);
}
