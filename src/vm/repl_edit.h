/* repl_edit.h: line editing and history for the interactive interpreter on a terminal
 * (libedit), with Ctrl-C abandoning the line being typed. */
#ifndef PVM_REPL_EDIT_H
#define PVM_REPL_EDIT_H

#include <stdbool.h>

/* Completes the word before the cursor: a NULL-terminated mem_alloc'd array of
 * malloc'd strings (freed here), or NULL (repl_complete.h). */
typedef char **(*ReplCompleter)(const char *word);

/* Sets up libedit: history (kept in ~/.pvm_history), Tab completion with complete (Tab
 * at the start of a line indents). */
void repl_edit_init(ReplCompleter complete);

/* Shows prompt and reads one line with editing; returns it without its newline
 * (mem_alloc'd), or NULL at end of input (Ctrl-D) or on Ctrl-C (*interrupted set). */
char *repl_edit_read(const char *prompt, bool *interrupted);

#endif
