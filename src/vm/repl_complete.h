/* repl_complete.h: Tab completion for the REPL, as CPython's rlcompleter: keywords,
 * globals and builtins for a name; for `a.b.c`, the attributes of a.b (dir()). */
#ifndef PVM_REPL_COMPLETE_H
#define PVM_REPL_COMPLETE_H

/* The completions of word (the dotted name before the cursor) in the namespace of
 * __main__: a NULL-terminated mem_alloc'd array of strings allocated with malloc (line
 * editing frees them with free()), or NULL when there are none. Callables get "(". */
char **repl_complete(const char *word);

#endif
