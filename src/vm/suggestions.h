/* suggestions.h: the "Did you mean: 'x'?" hints CPython 3.11 appends to NameError and
 * AttributeError messages: the closest candidate by a Levenshtein distance where a case
 * flip is cheaper than an edit. */
#ifndef PVM_SUGGESTIONS_H
#define PVM_SUGGESTIONS_H

#include "../object/object.h"

/* The suggested name (new ref) for the exception, or NULL (never with an error left set). */
Value suggestion_for_exception(Value exc);

#endif
