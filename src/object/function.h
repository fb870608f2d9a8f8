/* function.h: Python function objects, cells (closure variables), bound methods and
 * builtin functions (a MethodDef bound to a self). */
#ifndef PVM_FUNCTION_H
#define PVM_FUNCTION_H

#include "object.h"

typedef struct Function {
    Object ob;
    Value code;                        /* Code */
    Value globals;                     /* dict */
    Value builtins;                    /* dict */
    Value name, qualname, module, doc; /* module/doc may be None */
    Value defaults;                    /* tuple or NULL */
    Value kwdefaults;                  /* dict or NULL */
    Value closure;                     /* tuple of cells or NULL */
    Value dict;                        /* __dict__ or NULL */
    Value annotations;                 /* dict or NULL */
    uint32_t version;                  /* changes when code/defaults change: for call caches */
} Function;

typedef struct Cell {
    Object ob;
    Value contents; /* NULL when empty */
} Cell;

typedef struct Method { /* a function bound to an instance */
    Object ob;
    Value func;
    Value self;
} Method;

typedef struct BuiltinFunction { /* a C function, with self bound (module or instance) */
    Object ob;
    const MethodDef *def;
    Value self; /* NULL for none */
    Value module;
} BuiltinFunction;

extern Type type_function, type_cell, type_method, type_builtin_function;

static inline bool is_function(Value v) { return !is_small_int(v) && v->type == &type_function; }

Value function_new(Value code, Value globals, Value qualname);
Value cell_new(Value contents); /* contents may be NULL */
Value method_new(Value func, Value self);
Value builtin_function_new(const MethodDef *def, Value self, Value module);
/* Calls a C function through its MethodDef, rejecting keyword arguments unless
 * METH_KEYWORDS ("len() takes no keyword arguments"). */
Value methoddef_call(const MethodDef *def, Value self, Value const *args, size_t nargs,
                     Value kwnames);
/* "len" for module functions, "list.append" for methods (their __qualname__). */
Value methoddef_qualname(const MethodDef *def, Value self);

#endif
