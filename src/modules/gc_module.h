/* gc_module.h: the `gc` module, the Python face of memory/gc.c. */
#ifndef PVM_GC_MODULE_H
#define PVM_GC_MODULE_H

#include "../object/object.h"

Value gc_module_new(void);

#endif
