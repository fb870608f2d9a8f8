/* builtins.h: the builtins module (print, len, isinstance, __build_class__ ... and the
 * built-in types and exceptions under their names). */
#ifndef PVM_BUILTINS_H
#define PVM_BUILTINS_H

#include "../object/object.h"

Value builtins_module_new(void);

#endif
