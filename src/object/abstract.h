/* abstract.h: generic operations beyond the core protocol of object.h: three-argument
 * pow, operator symbols for messages, and ascii(). */
#ifndef PVM_ABSTRACT_H
#define PVM_ABSTRACT_H

#include "object.h"

Value number_power(Value a, Value b, Value mod); /* pow(a, b, mod); mod None: a ** b */
Value number_absolute(Value v);                  /* abs(v) */
Value number_divmod(Value a, Value b);           /* divmod(a, b) */
const char *binary_op_symbol(int op);            /* "+", "**", "+=" ... (BinaryOp or inplace) */

#endif
