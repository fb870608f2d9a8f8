/* main.c: the `pvm` command line. Runs a script, -c command, -m module or stdin, and
 * shows the pipeline's stages: --tokens (tokenizer), --ast (parser), -m dis (compiler). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

#include "parse/ast.h"
#include "compile/compile.h"
#include "memory/alloc.h"
#include "modules/dis.h"
#include "parse/ast_dump.h"
#include "parse/parser.h"
#include "parse/tokens_dump.h"
#include "import/import.h"
#include "object/str.h"
#include "vm/errors.h"
#include "vm/state.h"
#include "vm/repl.h"
#include "vm/runtime.h"
#include "vm/signals.h"

static const char usage[] =
    "usage: pvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd   : program passed in as string (terminates option list)\n"
    "-m mod   : run library module as a script (terminates option list)\n"
    "-i       : inspect interactively after running script or command\n"
    "-B -E -I -O -s -S -u : accepted for compatibility\n"
    "-h       : print this help message and exit (also --help)\n"
    "-V       : print the Python version number and exit (also --version)\n"
    "--tokens file : print the token stream of file (as python -m tokenize)\n"
    "--ast file    : print the syntax tree of file (as python3 -m ast)\n"
    "file     : program read from script file\n"
    "-        : program read from stdin (default; interactive mode if a tty)\n";

static const char *program_name = "pvm";

/* Makes a script path absolute the way CPython reports it (no symlink resolution). */
static char *absolute_path(const char *path) {
    if (path[0] == '/') return mem_strndup(path, strlen(path));
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return mem_strndup(path, strlen(path));
    while (path[0] == '.' && path[1] == '/') path += 2;
    size_t n = strlen(cwd) + 1 + strlen(path);
    char *abs = mem_alloc(n + 1);
    if (abs) snprintf(abs, n + 1, "%s/%s", cwd, path);
    return abs;
}

static int read_source(const char *path, char **src, size_t *len) {
    *src = runtime_read_file(path, len);
    if (*src) return 0;
    int e = errno;
    char *abs = absolute_path(path);
    fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", program_name, abs ? abs : path, e,
            strerror(e));
    mem_free(abs);
    return 2;
}

/* `--ast FILE`: the tree as `python3 -m ast FILE` prints it (ast.dump, indent 3). */
static int dump_ast(const char *src, size_t len, const char *path) {
    Arena *arena = arena_new();
    if (!arena) {
        err_no_memory();
        return runtime_report_exception();
    }
    SyntaxErrorInfo err = {0};
    Mod *mod = parse_source(src, len, path, PARSE_FILE, 0, arena, &err);
    int status = 0;
    if (!mod) {
        err_from_syntax_info(&err, path);
        status = runtime_report_exception();
    } else if (ast_dump(mod, stdout, 3, 0) < 0) {
        err_format(&exc_RecursionError, "maximum recursion depth exceeded while printing the tree");
        status = runtime_report_exception();
    }
    syntax_error_clear(&err);
    arena_free(arena);
    return status;
}

/* `-m dis FILE`: the bytecode as `python3 -m dis FILE` prints it. */
static int dump_bytecode(const char *src, size_t len, const char *path) {
    Value code = compile_source(src, len, path, COMPILE_EXEC, 0);
    if (!code) return runtime_report_exception();
    int status = dis_print(code, stdout) < 0 ? runtime_report_exception() : 0;
    decref(code);
    return status;
}

/* --tokens FILE, --ast FILE and -m dis FILE: print one stage of the pipeline. */
static int show_stage(const char *stage, const char *path) {
    char *src;
    size_t len;
    int status = read_source(path, &src, &len);
    if (status) return status;
    if (strcmp(stage, "tokens") == 0) {
        status = tokens_dump(src, len, path, stdout) < 0 ? 1 : 0;
    } else if (strcmp(stage, "ast") == 0) {
        status = dump_ast(src, len, path);
    } else {
        status = dump_bytecode(src, len, path);
    }
    mem_free(src);
    return status;
}

/* `-m NAME`: runs NAME's source (or a package's __main__.py) as __main__, with
 * sys.argv[0] set to its path. */
static int run_module(const char *name) {
    char *path = import_find_main(name);
    if (!path) {
        Value exc = err_fetch();
        Value msg = exc ? object_str(exc) : NULL;
        const char *text = msg ? str_utf8(msg) : NULL;
        fprintf(stderr, "%s: %s\n", program_name, text ? text : "error");
        xdecref(msg);
        xdecref(exc);
        err_clear();
        return 1;
    }
    Value argv0 = str_from_cstr(path);
    if (!argv0 || object_setitem(interp.argv, small_int(0), argv0) < 0) {
        xdecref(argv0);
        mem_free(path);
        return runtime_report_exception();
    }
    decref(argv0);
    char *src;
    size_t len;
    int status = read_source(path, &src, &len);
    if (!status) {
        status = runtime_run_source(src, len, path, 0);
        mem_free(src);
    }
    mem_free(path);
    return status;
}

static int run_stdin(void) {
    size_t cap = 1 << 16, n = 0, got;
    char *src = mem_alloc(cap);
    while (src && (got = fread(src + n, 1, cap - n - 1, stdin)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *bigger = mem_realloc(src, cap *= 2);
            if (!bigger) mem_free(src);
            src = bigger;
        }
    }
    if (!src) return 1;
    int status = runtime_run_source(src, n, "<stdin>", 0);
    mem_free(src);
    return status;
}

int main(int argc, char **argv) {
    int i = 1;
    program_name = argv[0];
    const char *command = NULL, *module = NULL, *stage = NULL;
    bool inspect = false;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *opt = argv[i];
        if (strcmp(opt, "-c") == 0 || strcmp(opt, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n%s", opt, usage);
                return 2;
            }
            *(opt[1] == 'c' ? &command : &module) = argv[++i];
            i++;
            break;
        } else if (strcmp(opt, "--tokens") == 0 || strcmp(opt, "--ast") == 0) {
            stage = opt + 2;
        } else if (strcmp(opt, "-h") == 0 || strcmp(opt, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(opt, "-V") == 0 || strcmp(opt, "--version") == 0) {
            puts("Python 3.11.7");
            return 0;
        } else if (strcmp(opt, "-i") == 0) {
            inspect = true;
        } else if (strcmp(opt, "--") == 0) {
            i++;
            break;
        } else if (strchr("BEIOsSu", opt[1]) && !opt[2]) {
            continue;
        } else {
            fprintf(stderr, "Unknown option: %s\n%s", opt, usage);
            return 2;
        }
    }
    char **script_argv = argv + i - (command || module ? 1 : 0);
    int script_argc = argc - i + (command || module ? 1 : 0);
    if (command || module) script_argv[0] = command ? "-c" : "-m";
    if (runtime_init(script_argc, script_argv) < 0) return 1;
    signals_install();

    int status;
    if (stage || (module && strcmp(module, "dis") == 0)) {
        const char *path = i < argc ? argv[i] : NULL;
        if (!path) {
            fprintf(stderr, "pvm: %s needs a file\n", stage ? stage : "-m dis");
            return 2;
        }
        status = show_stage(stage ? stage : "dis", path);
    } else if (module) {
        status = run_module(module);
    } else if (command) {
        status = runtime_run_source(command, strlen(command), "<string>", 1);
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        char *abs = absolute_path(argv[i]);
        char *src;
        size_t len;
        status = read_source(argv[i], &src, &len);
        if (!status && abs) {
            status = runtime_run_source(src, len, abs, 0);
            mem_free(src);
        }
        mem_free(abs);
    } else if (inspect || isatty(fileno(stdin))) {
        return runtime_finalize(repl_main(true));
    } else {
        status = run_stdin();
    }
    if (inspect) status = repl_main(false);
    return runtime_finalize(status);
}
