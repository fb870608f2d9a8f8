/* abstract.h: generic numeric operations beyond the core protocol of object.h:
 * three-argument pow, abs() and divmod(). */
#ifndef PVM_ABSTRACT_H
#define PVM_ABSTRACT_H

#include "object.h"

Value number_power(Value a, Value b, Value mod); /* pow(a, b, mod); mod None: a ** b */
Value number_absolute(Value v);                  /* abs(v) */
Value number_divmod(Value a, Value b);           /* divmod(a, b) */

#endif
