/* import.h: the import system: built-in C modules, then source modules found on
 * sys.path (pvm's own lib/ and CPython's pure-Python standard library). */
#ifndef PVM_IMPORT_H
#define PVM_IMPORT_H

#include "../object/object.h"

/* A C module compiled into pvm: its name and the function that builds it. */
typedef struct BuiltinModule {
    const char *name;
    Value (*create)(void);
} BuiltinModule;

/* The IMPORT_NAME instruction / __import__: returns the top package (no fromlist) or the
 * module itself (fromlist), as CPython does. level > 0: relative to globals' package. */
Value import_module_level(Value name, Value globals, Value fromlist, int level);
Value import_module(const char *name); /* import NAME; returns the module itself */
/* For `pvm -m NAME`: imports NAME's parent packages and returns the path of the file to
 * run as __main__ (NAME.py, or a package's __main__.py), mem_alloc'd; NULL + error. */
char *import_find_main(const char *name);
/* sys.builtin_module_names: the sorted tuple of the C modules' names. */
Value import_builtin_module_names(void);
/* IMPORT_FROM: getattr(module, name), falling back to the submodule module.name. */
Value import_from(Value module, Value name);
/* The whole sys.modules entry after `from module import *`. */
int import_star(Value module, Value locals);

#endif
