/* iter.h: the iterator types: list/tuple iterators over an item array, the sequence
 * iterator (iteration through __getitem__), the callable iterator iter(f, sentinel),
 * and the builtin iterator classes enumerate, zip, map, filter and reversed. */
#ifndef PVM_ITER_H
#define PVM_ITER_H

#include "object.h"

/* list_iterator, list_reverseiterator, tuple_iterator: seq is NULL once exhausted. The
 * VM may read these fields directly for its specialised FOR_ITER. */
typedef struct SeqArrayIter {
    Object ob;
    Value seq;
    intptr_t index;
} SeqArrayIter;

extern Type type_list_iterator, type_list_reverseiterator, type_tuple_iterator;
extern Type type_seq_iterator, type_callable_iterator;
extern Type type_enumerate, type_zip, type_map, type_filter, type_reversed;

Value seq_array_iter_new(Type *type, Value seq); /* seq: a list or tuple */
Value seq_iter_new(Value seq);                   /* iter(seq) through __getitem__ */
Value callable_iter_new(Value callable, Value sentinel);

Value iter_return_self(Value self); /* the iter slot of every iterator */
/* After a NULL from a user-code call inside an iternext: StopIteration means exhausted
 * (cleared); returns NULL either way. */
Value iter_end_on_stop(void);

#endif
