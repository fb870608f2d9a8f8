/* module.h: module objects: a namespace dict with a name. */
#ifndef PVM_MODULE_H
#define PVM_MODULE_H

#include "object.h"

typedef struct Module {
    Object ob;
    Value dict;
    Value name;
    void *state;  /* C modules' private state, or NULL */
    bool builtin; /* made by module_new (a C module): repr "(built-in)" without __file__ */
} Module;

extern Type type_module;

static inline bool is_module(Value v) {
    return !is_small_int(v) && (v->type == &type_module || type_is_subtype(v->type, &type_module));
}
static inline Value module_dict(Value m) { return ((Module *)m)->dict; }

Value module_new(const char *name);
int module_add_functions(Value module, const MethodDef *defs);
int module_add_object(Value module, const char *name, Value v); /* increfs v */

#endif
