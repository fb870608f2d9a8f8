/* compile_pattern.c: the match statement (structural pattern matching). */
#include "../vm/errors.h"
#include "compiler.h"

int compile_match(Compiler *c, Stmt *s) {
    (void)c;
    (void)s;
    err_set_str(&exc_NotImplementedError, "match statement is not supported yet");
    return -1;
}
