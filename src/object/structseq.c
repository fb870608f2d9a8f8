/* structseq.c: struct sequence instances, field access, repr and construction from an
 * iterable of the right length. */
#include "structseq.h"

#include "list.h"
#include "repr_guard.h"
#include "str.h"
#include "tuple.h"
#include "type.h"
#include "../vm/errors.h"

Value structseq_new(Type *type, Value const *items, intptr_t n) {
    Tuple *t = (Tuple *)object_new(type, (size_t)n);
    if (!t) return NULL;
    t->size = n;
    for (intptr_t i = 0; i < n; i++) t->items[i] = incref(items[i]);
    gc_track((Value)t);
    return (Value)t;
}

Value structseq_get_field(Value self, void *index) {
    intptr_t i = (intptr_t)index;
    return i < tuple_size(self) ? incref(tuple_get(self, i)) : NONE;
}

static intptr_t field_count(Type *type) {
    intptr_t n = 0;
    while (type->getsets && type->getsets[n].name) n++;
    return n;
}

Value structseq_repr(Value self) {
    Type *type = self->type;
    Value parts = list_new(0);
    for (intptr_t i = 0; parts && i < tuple_size(self) && type->getsets[i].name; i++) {
        Value part = str_from_format("%s=%R", type->getsets[i].name, tuple_get(self, i));
        if (!part || list_append(parts, part) < 0) CLEAR(parts);
        xdecref(part);
    }
    return repr_call_form(type->name, parts);
}

Value structseq_type_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    if (nargs != 1 || kwnames) {
        return err_format(&exc_TypeError, "%s() takes exactly one sequence argument", type->name);
    }
    Value items = sequence_to_tuple(args[0]);
    if (!items) return NULL;
    intptr_t want = field_count(type);
    Value r = tuple_size(items) == want
                  ? structseq_new(type, tuple_items(items), want)
                  : err_format(&exc_TypeError, "%s() takes a %zd-sequence (%zd-sequence given)",
                               type->name, want, tuple_size(items));
    decref(items);
    return r;
}
