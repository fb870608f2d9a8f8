/* str_append.c: in-place growth of an unshared str for `s += t` (see str_append.h). It
 * relies on str.h's layout: one allocation holding the Str header and its data, the
 * UTF-8 cache aliasing the data for ASCII strings and separately allocated otherwise. */
#include "str_append.h"

#include <string.h>

#include "../memory/alloc.h"
#include "../object/str.h"
#include "errors.h"

static bool can_grow_in_place(Str *a, Str *b) {
    return a->ob.refcount == 1 && !a->interned && a->ob.type == &type_str &&
           b->ob.type == &type_str && a->kind == b->kind && b->length > 0;
}

Value str_append_inplace(Value left, Value right) {
    Str *a = (Str *)left, *b = (Str *)right;
    if (!can_grow_in_place(a, b) || a->length > (INTPTR_MAX >> 3) - b->length) {
        Value r = str_concat(left, right);
        decref(left);
        return r;
    }
    size_t kind = a->kind;
    intptr_t n = a->length + b->length;
    if (!a->ascii && a->utf8) {
        mem_free(a->utf8);
        a->utf8 = NULL;
        a->utf8_length = 0;
    }
    Str *s = mem_realloc(a, sizeof(Str) + (size_t)(n + 1) * kind);
    if (!s) {
        decref(left);
        return err_no_memory();
    }
    memcpy(s->data + (size_t)s->length * kind, b->data, (size_t)b->length * kind);
    memset(s->data + (size_t)n * kind, 0, kind);
    s->length = n;
    s->hash = -1;
    if (s->ascii && b->ascii) {
        s->utf8 = (char *)s->data;
        s->utf8_length = n;
    } else {
        s->ascii = false;
        s->utf8 = NULL;
        s->utf8_length = 0;
    }
    return (Value)s;
}
