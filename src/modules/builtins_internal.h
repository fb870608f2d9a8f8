/* builtins_internal.h: the built-in functions defined outside builtins.c, for its
 * method table. All have the MethodDef calling convention (self is the module). */
#ifndef PVM_BUILTINS_INTERNAL_H
#define PVM_BUILTINS_INTERNAL_H

#include "../object/object.h"

#define BUILTIN(name) Value name(Value self, Value const *args, size_t nargs, Value kwnames)

/* builtins_iter.c */
BUILTIN(builtin_min);
BUILTIN(builtin_max);
BUILTIN(builtin_sum);
BUILTIN(builtin_sorted);
BUILTIN(builtin_any);
BUILTIN(builtin_all);
BUILTIN(builtin_iter);
BUILTIN(builtin_next);
BUILTIN(builtin_aiter);
BUILTIN(builtin_anext);

/* builtins_exec.c */
BUILTIN(builtin_print);
BUILTIN(builtin_input);
BUILTIN(builtin_build_class);
BUILTIN(builtin_import);
BUILTIN(builtin_exec);
BUILTIN(builtin_eval);
BUILTIN(builtin_compile);
BUILTIN(builtin_globals);
BUILTIN(builtin_locals);
BUILTIN(builtin_vars);
BUILTIN(builtin_dir);

/* builtins_site.c: adds exit, quit, copyright, credits, license and help to module. */
int builtins_add_site_objects(Value module);

#endif
