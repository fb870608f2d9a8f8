/* namespace.h: types.SimpleNamespace: an object whose attributes are its keyword
 * arguments (the type of sys.implementation). */
#ifndef PVM_NAMESPACE_H
#define PVM_NAMESPACE_H

#include "object.h"

extern Type type_namespace;

Value namespace_new(Value dict); /* a namespace whose attributes are copied from dict */

#endif
