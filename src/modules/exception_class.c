/* exception_class.c: creation of the exception classes C modules define at import
 * (struct.error, io.UnsupportedOperation) as ordinary classes of the given module. */
#include "../object/dict.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "stdlib_modules.h"

Value exception_class_new(const char *module, const char *name, Value bases) {
    Value name_obj = str_from_cstr(name);
    Value ns = dict_new();
    Value module_obj = str_from_cstr(module);
    Value cls = NULL;
    if (name_obj && ns && module_obj && dict_set(ns, NAME(__module__), module_obj) == 0)
        cls = type_new_class(&type_type, name_obj, bases, ns, NULL);
    xdecref(name_obj);
    xdecref(ns);
    xdecref(module_obj);
    return cls;
}
