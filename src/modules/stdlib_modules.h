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

#endif
