/* repr_guard.c: the stack of containers whose repr is in progress (see repr_guard.h). */
#include "repr_guard.h"

#include "str.h"
#include "../memory/alloc.h"
#include "../vm/errors.h"

static Value *active;
static size_t active_count, active_capacity;

int repr_enter(Value v) {
    for (size_t i = 0; i < active_count; i++)
        if (active[i] == v) return 1;
    if (active_count == active_capacity) {
        size_t capacity = active_capacity ? active_capacity * 2 : 16;
        Value *grown = mem_realloc(active, capacity * sizeof(Value));
        if (grown == NULL) {
            err_no_memory();
            return -1;
        }
        active = grown;
        active_capacity = capacity;
    }
    active[active_count++] = v;
    return 0;
}

void repr_leave(Value v) {
    /* Normally v is on top; search from the top in case of an unbalanced exit. */
    for (size_t i = active_count; i-- > 0;) {
        if (active[i] == v) {
            active[i] = active[--active_count];
            return;
        }
    }
}

Value repr_call_form(const char *name, Value parts) {
    if (!parts) return NULL;
    Value sep = str_from_cstr(", ");
    Value body = sep ? str_join(sep, parts) : NULL;
    xdecref(sep);
    decref(parts);
    if (!body) return NULL;
    Value r = str_from_format("%s(%U)", name, body);
    decref(body);
    return r;
}
