/* repl.h: the interactive interpreter (`pvm` on a terminal, `pvm -i`): reads statements
 * line by line (libedit line editing and history on a terminal), compiles each in "single"
 * mode, prints expression values through sys.displayhook and errors as tracebacks. */
#ifndef PVM_REPL_H
#define PVM_REPL_H

#include "../object/object.h"

/* Runs the interactive loop in the __main__ module (created when there is none) until
 * end of input or SystemExit. On a terminal, lines are read with libedit; otherwise from
 * stdin with the prompts written to sys.stderr, as CPython does. banner: print the
 * version banner first. Returns the process exit status. */
int repl_main(bool banner);

/* Runs the loop in __main__ over the lines of text, as if typed (the prompts go to
 * sys.stderr): for tests and embedders. Returns the exit status. */
int repl_run_lines(const char *text);

/* Installs sys.displayhook and sys.__displayhook__ (at start-up): the hook that the
 * PRINT_EXPR of "single" code calls; it prints repr(value) to sys.stdout and stores the
 * value in builtins._ (None is not shown). */
int repl_install_displayhook(void);

#endif
