/* marshal.h: serialisation of constants and code objects to bytes and back: the
 * format of pvm's .pyc files and of the `marshal` module. */
#ifndef PVM_MARSHAL_H
#define PVM_MARSHAL_H

#include <stddef.h>

#include "../object/object.h"

/* Bumped whenever the byte format or the bytecode changes; part of the .pyc magic. */
#define MARSHAL_FORMAT_VERSION 1

Value marshal_dumps(Value v); /* bytes, or NULL (ValueError: unmarshallable) */
Value marshal_loads(const char *data,
                    size_t len); /* NULL: EOFError / ValueError bad marshal data */
Value marshal_module_new(void);

#endif
