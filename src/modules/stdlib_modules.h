/* stdlib_modules.h: constructors of the C modules of the standard library that pvm
 * provides (math, time, itertools, _operator, _collections, _functools, _weakref, ...);
 * import.c's built-in module table lists them. */
#ifndef PVM_STDLIB_MODULES_H
#define PVM_STDLIB_MODULES_H

#include "../object/object.h"

Value math_module_new(void);
Value time_module_new(void);
Value operator_module_new(void);
Value itertools_module_new(void);
Value collections_module_new(void);
Value thread_module_new(void);
Value string_module_new(void);
Value posix_module_new(void);
Value errno_module_new(void);
Value random_module_new(void);
Value sha512_module_new(void);
Value io_module_new(void);
Value atexit_module_new(void);
Value warnings_module_new(void);
Value heapq_module_new(void);
Value bisect_module_new(void);
Value functools_module_new(void);
Value struct_module_new(void);
Value contextvars_module_new(void);
Value unicodedata_module_new(void);

/* A new class `name` of module `module` with the given bases tuple (exception_class.c). */
Value exception_class_new(const char *module, const char *name, Value bases);
/* Runs the atexit callbacks, last registered first (the runtime calls it at exit). */
void atexit_run_all(void);
/* _io.open as a builtin function object, for builtins.open. */
Value io_open_builtin(void);

#endif
