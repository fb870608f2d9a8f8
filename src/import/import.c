/* import.c: finds and loads modules. Order: sys.modules, built-in C modules (table
 * below), then NAME.py / NAME/__init__.py in each sys.path directory, executed in a
 * fresh module namespace (its code comes through the .pyc cache, pyc/pycache.c). Handles packages,
 * relative imports and fromlist. */
#include "import.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../memory/alloc.h"
#include "../modules/dis.h"
#include "../modules/gc_module.h"
#include "../modules/stdlib_modules.h"
#include "../modules/weakref.h"
#include "../pyc/marshal.h"
#include "../pyc/pycache.h"
#include "../object/codecs.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/list.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../vm/errors.h"
#include "../vm/eval.h"
#include "../vm/state.h"

static const BuiltinModule builtin_modules[] = {
    {"dis", dis_module_new},
    {"_codecs", codecs_module_new},
    {"gc", gc_module_new},
    {"marshal", marshal_module_new},
    {"_bisect", bisect_module_new},
    {"_collections", collections_module_new},
    {"_contextvars", contextvars_module_new},
    {"_functools", functools_module_new},
    {"_heapq", heapq_module_new},
    {"_io", io_module_new},
    {"_operator", operator_module_new},
    {"_random", random_module_new},
    {"_sha512", sha512_module_new},
    {"_string", string_module_new},
    {"_struct", struct_module_new},
    {"_thread", thread_module_new},
    {"_warnings", warnings_module_new},
    {"_weakref", weakref_module_new},
    {"atexit", atexit_module_new},
    {"errno", errno_module_new},
    {"itertools", itertools_module_new},
    {"math", math_module_new},
    {"posix", posix_module_new},
    {"time", time_module_new},
    {"unicodedata", unicodedata_module_new},
    {NULL, NULL},
};

/* Raises `type` (ImportError or a subclass) with its name and path attributes set. */
static Value import_error(Type *type, Value msg, Value name, Value path) {
    if (!msg) return NULL;
    Value exc = exception_new(type, &msg, 1);
    decref(msg);
    if (!exc) return NULL;
    if ((name && object_setattr(exc, str_intern_cstr("name"), name) < 0) ||
        (path && object_setattr(exc, str_intern_cstr("path"), path) < 0)) {
        decref(exc);
        return NULL;
    }
    err_set_exception(exc);
    return NULL;
}

static Value module_not_found(Value name) {
    return import_error(&exc_ModuleNotFoundError, str_from_format("No module named %R", name), name,
                        NULL);
}

static bool is_file(const char *path, bool dir) {
    struct stat st;
    return stat(path, &st) == 0 && (dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode));
}

/* Executes the source file `path` as module `name` (already in sys.modules on success). */
static Value load_source_module(Value name, const char *path, const char *package_dir) {
    Value code = pycache_load_module_code(path);
    if (!code) return NULL;
    Value module = module_new(str_utf8(name));
    Value file = str_from_cstr(path);
    if (!module || !file) goto fail;
    Value d = module_dict(module);
    if (dict_set(d, NAME(__file__), file) < 0 ||
        dict_set(d, NAME(__builtins__), interp.builtins) < 0)
        goto fail;
    if (package_dir) {
        Value dir = str_from_cstr(package_dir);
        Value path_list = dir ? list_new(0) : NULL;
        int bad = !path_list || list_append(path_list, dir) < 0 ||
                  dict_set(d, NAME(__path__), path_list) < 0 ||
                  dict_set(d, NAME(__package__), name) < 0;
        xdecref(dir);
        xdecref(path_list);
        if (bad) goto fail;
    } else {
        const char *n = str_utf8(name);
        const char *dot = strrchr(n, '.');
        Value pkg = str_from_utf8(n, dot ? (size_t)(dot - n) : 0);
        int bad = !pkg || dict_set(d, NAME(__package__), pkg) < 0;
        xdecref(pkg);
        if (bad) goto fail;
    }
    if (dict_set(interp.modules, name, module) < 0) goto fail;
    Value result = eval_code(code, d, d);
    if (!result) {
        Value exc = err_fetch();
        if (dict_get(interp.modules, name)) dict_del(interp.modules, name);
        err_set_exception(exc);
        goto fail;
    }
    decref(result);
    decref(code);
    decref(file);
    decref(module);
    /* The module may have replaced itself in sys.modules. */
    Value final = dict_get(interp.modules, name);
    return final ? incref(final)
                 : err_format(&exc_ImportError, "Loaded module %U not found in sys.modules", name);
fail:
    decref(code);
    xdecref(file);
    xdecref(module);
    return NULL;
}

/* Looks for `tail` (a module name without dots) in each directory of `search` (a list of
 * str): sets *path to DIR/tail/__init__.py (and *package_dir to DIR/tail) or DIR/tail.py
 * (*package_dir NULL). Both are mem_alloc'd. Returns 1 found, 0 not found, -1 error. */
static int find_source(const char *tail, Value search, char **path, char **package_dir) {
    *path = *package_dir = NULL;
    if (!search || !is_list(search)) return 0;
    for (intptr_t i = 0; i < list_size(search); i++) {
        Value entry = list_get(search, i);
        if (!is_str(entry)) continue;
        const char *dir = str_utf8(entry);
        if (!dir) return -1;
        size_t n = strlen(dir) + strlen(tail) + 16;
        char *candidate = mem_alloc(n), *init = mem_alloc(n);
        if (!candidate || !init) {
            mem_free(candidate);
            mem_free(init);
            err_no_memory();
            return -1;
        }
        const char *sep = *dir ? "/" : "";
        snprintf(candidate, n, "%s%s%s", dir, sep, tail);
        snprintf(init, n, "%s/__init__.py", candidate);
        if (is_file(candidate, true) && is_file(init, false)) {
            *path = init;
            *package_dir = candidate;
            return 1;
        }
        snprintf(candidate, n, "%s%s%s.py", dir, sep, tail);
        mem_free(init);
        if (is_file(candidate, false)) {
            *path = candidate;
            return 1;
        }
        mem_free(candidate);
    }
    return 0;
}

static Value find_and_load(Value name, const char *tail, Value search) {
    char *path, *package_dir;
    int found = find_source(tail, search, &path, &package_dir);
    if (found <= 0) return found < 0 ? NULL : module_not_found(name);
    Value m = load_source_module(name, path, package_dir);
    mem_free(path);
    mem_free(package_dir);
    return m;
}

/* Imports one fully qualified name whose parent (if any) is already imported. */
static Value import_one(Value name, Value parent) {
    Value m = dict_get(interp.modules, name);
    if (m) return incref(m);
    const char *n = str_utf8(name);
    if (!n) return NULL;
    if (!parent) {
        for (const BuiltinModule *b = builtin_modules; b->name; b++) {
            if (strcmp(b->name, n) == 0) {
                m = b->create();
                if (!m || dict_set(interp.modules, name, m) < 0) {
                    xdecref(m);
                    return NULL;
                }
                return m;
            }
        }
        Value sys_path = dict_get_cstr(interp.sysdict, "path");
        return find_and_load(name, n, sys_path);
    }
    Value search = object_getattr(parent, NAME(__path__));
    if (!search) { /* CPython: "No module named 'a.b'; 'a' is not a package" */
        err_clear();
        Value parent_name = str_from_utf8(n, (size_t)(strrchr(n, '.') - n));
        Value msg = parent_name ? str_from_format("No module named %R; %R is not a package", name,
                                                  parent_name)
                                : NULL;
        xdecref(parent_name);
        return import_error(&exc_ModuleNotFoundError, msg, name, NULL);
    }
    Value m2 = find_and_load(name, strrchr(n, '.') + 1, search);
    decref(search);
    if (m2) {
        /* bind the submodule as an attribute of its parent */
        Value attr = str_from_cstr(strrchr(n, '.') + 1);
        if (!attr || object_setattr(parent, attr, m2) < 0) {
            xdecref(attr);
            decref(m2);
            return NULL;
        }
        decref(attr);
    }
    return m2;
}

/* Imports every prefix of a dotted name; returns the last module. */
static Value import_dotted(Value fullname) {
    const char *n = str_utf8(fullname);
    if (!n) return NULL;
    Value parent = NULL;
    const char *p = n;
    for (;;) {
        const char *dot = strchr(p, '.');
        size_t len = dot ? (size_t)(dot - n) : strlen(n);
        Value prefix = str_from_utf8(n, len);
        if (!prefix) {
            xdecref(parent);
            return NULL;
        }
        Value m = import_one(prefix, parent);
        decref(prefix);
        xdecref(parent);
        if (!m) return NULL;
        if (!dot) return m;
        parent = m;
        p = dot + 1;
    }
}

/* Resolves a relative import to an absolute module name. */
static Value resolve_name(Value name, Value globals, int level) {
    Value package = globals ? dict_get(globals, NAME(__package__)) : NULL;
    if (!package || package == NONE) {
        Value modname = globals ? dict_get(globals, NAME(__name__)) : NULL;
        if (!modname || !is_str(modname) || !globals || !dict_get(globals, NAME(__path__))) {
            if (!modname) {
                return err_format(&exc_ImportError,
                                  "attempted relative import with no known parent package");
            }
            const char *mn = str_utf8(modname);
            const char *dot = strrchr(mn, '.');
            if (!dot) {
                return err_format(&exc_ImportError,
                                  "attempted relative import with no known parent package");
            }
            package = str_from_utf8(mn, (size_t)(dot - mn));
        } else {
            package = incref(modname);
        }
    } else {
        incref(package);
    }
    if (!package) return NULL;
    const char *pkg = str_utf8(package);
    if (!*pkg) {
        decref(package);
        return err_format(&exc_ImportError,
                          "attempted relative import with no known parent package");
    }
    size_t base_len = strlen(pkg);
    for (int i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t k = 0; k < base_len; k++) {
            if (pkg[k] == '.') dot = pkg + k;
        }
        if (!dot) {
            decref(package);
            return err_format(&exc_ImportError,
                              "attempted relative import beyond top-level package");
        }
        base_len = (size_t)(dot - pkg);
    }
    Value result;
    if (str_length(name) == 0) {
        result = str_from_utf8(pkg, base_len);
    } else {
        Value base = str_from_utf8(pkg, base_len);
        result = base ? str_from_format("%U.%U", base, name) : NULL;
        xdecref(base);
    }
    decref(package);
    return result;
}

/* Whether the pending ModuleNotFoundError is about `name` itself. */
static bool missing_module_is(Value name) {
    Value exc = err_fetch();
    Value missing = object_getattr(exc, str_intern_cstr("name"));
    if (!missing) err_clear();
    bool same = missing && is_str(missing) && str_equal(missing, name);
    xdecref(missing);
    err_restore(exc);
    return same;
}

Value import_builtin_module_names(void) {
    Value names = list_new(0);
    for (const BuiltinModule *b = builtin_modules; names && b->name; b++) {
        Value n = str_from_cstr(b->name);
        if (!n || list_append(names, n) < 0) CLEAR(names);
        xdecref(n);
    }
    Value builtins = str_from_cstr("builtins"), sys = str_from_cstr("sys");
    if (!names || !builtins || !sys || list_append(names, builtins) < 0 ||
        list_append(names, sys) < 0 || list_sort(names) < 0) {
        CLEAR(names);
    }
    xdecref(builtins);
    xdecref(sys);
    Value result = names ? list_as_tuple(names) : NULL;
    xdecref(names);
    return result;
}

Value import_module_level(Value name, Value globals, Value fromlist, int level) {
    Value fullname = level > 0 ? resolve_name(name, globals, level) : incref(name);
    if (!fullname) return NULL;
    if (level == 0 && str_length(name) == 0) {
        decref(fullname);
        return err_format(&exc_ValueError, "Empty module name");
    }
    Value module = import_dotted(fullname);
    if (!module) {
        decref(fullname);
        return NULL;
    }
    bool has_fromlist = fromlist && fromlist != NONE && object_is_true(fromlist) == 1;
    if (has_fromlist) {
        /* from package import submodule: import submodules named in fromlist */
        if (dict_get(module_dict(module), NAME(__path__)) && is_tuple(fromlist)) {
            for (intptr_t i = 0; i < tuple_size(fromlist); i++) {
                Value item = tuple_get(fromlist, i);
                if (!is_str(item) || str_equal_cstr(item, "*") || object_hasattr(module, item) == 1)
                    continue;
                Value sub = str_from_format("%U.%U", fullname, item);
                Value m = sub ? import_one(sub, module) : NULL;
                /* Only the submodule itself being absent is ignored (the name may be an
                 * attribute set later); an import failing inside it propagates. */
                bool absent =
                    !m && sub && err_matches(&exc_ModuleNotFoundError) && missing_module_is(sub);
                xdecref(sub);
                if (!m && !absent) {
                    decref(module);
                    decref(fullname);
                    return NULL;
                }
                if (absent) err_clear();
                xdecref(m);
            }
        }
        decref(fullname);
        return module;
    }
    decref(module);
    /* import a.b.c binds `a`: return the top-level package */
    const char *n = str_utf8(fullname);
    const char *dot = strchr(n, '.');
    Value top_name = level > 0 ? NULL : str_from_utf8(n, dot ? (size_t)(dot - n) : strlen(n));
    if (level > 0) {
        /* relative `import` without fromlist cannot happen in valid syntax */
        top_name = incref(fullname);
    }
    decref(fullname);
    if (!top_name) return NULL;
    Value top = dict_get(interp.modules, top_name);
    decref(top_name);
    return top ? incref(top) : err_format(&exc_ImportError, "import of top-level package failed");
}

char *import_find_main(const char *name) {
    const char *dot = strrchr(name, '.');
    Value search;
    if (dot) {
        Value parent_name = str_from_utf8(name, (size_t)(dot - name));
        Value parent = parent_name ? import_dotted(parent_name) : NULL;
        xdecref(parent_name);
        if (!parent) { /* runpy: "Error while finding module specification for ..." */
            Value exc = err_fetch();
            if (exc && is_instance_of(exc, &exc_ImportError)) {
                err_format(&exc_ImportError,
                           "Error while finding module specification for '%s' (%s: %S)", name,
                           type_of(exc)->name, exc);
                decref(exc);
            } else if (exc) {
                err_set_exception(exc);
            }
            return NULL;
        }
        search = object_getattr(parent, NAME(__path__));
        decref(parent);
        if (!search) {
            err_clear();
            search = list_new(0);
        }
    } else {
        search = incref(dict_get_cstr(interp.sysdict, "path"));
    }
    if (!search) return NULL;
    char *path, *package_dir;
    int found = find_source(dot ? dot + 1 : name, search, &path, &package_dir);
    decref(search);
    if (found < 0) return NULL;
    Value full = str_from_cstr(name);
    if (!found) { /* runpy's wording: the name without quotes */
        if (full) {
            import_error(&exc_ModuleNotFoundError, str_from_format("No module named %s", name),
                         full, NULL);
        }
        xdecref(full);
        return NULL;
    }
    if (package_dir) { /* a package runs its __main__ submodule */
        Value pkg = full ? import_dotted(full) : NULL;
        xdecref(pkg);
        size_t n = strlen(package_dir) + 16;
        char *main_path = pkg ? mem_alloc(n) : NULL;
        if (main_path) snprintf(main_path, n, "%s/__main__.py", package_dir);
        if (main_path && !is_file(main_path, false)) {
            import_error(&exc_ImportError,
                         str_from_format("No module named %s.__main__; '%s' is a package and "
                                         "cannot be directly executed",
                                         name, name),
                         full, NULL);
            mem_free(main_path);
            main_path = NULL;
        }
        mem_free(path);
        mem_free(package_dir);
        path = main_path;
    }
    xdecref(full);
    return path;
}

Value import_module(const char *name) {
    Value n = str_from_cstr(name);
    if (!n) return NULL;
    Value m = import_dotted(n);
    decref(n);
    return m;
}

Value import_from(Value module, Value name) {
    Value v = object_getattr(module, name);
    if (v || !err_matches(&exc_AttributeError)) return v;
    err_clear();
    Value modname = object_getattr(module, NAME(__name__));
    if (modname && is_str(modname)) {
        Value full = str_from_format("%U.%U", modname, name);
        Value sub = full ? dict_get(interp.modules, full) : NULL;
        xdecref(full);
        if (sub) {
            decref(modname);
            return incref(sub);
        }
    } else {
        err_clear();
    }
    Value file = object_getattr(module, NAME(__file__));
    if (!file) err_clear();
    Value msg;
    if (modname && file) {
        msg = str_from_format("cannot import name %R from %R (%S)", name, modname, file);
    } else if (modname) {
        msg = str_from_format("cannot import name %R from %R (unknown location)", name, modname);
    } else {
        msg = str_from_format("cannot import name %R", name);
    }
    import_error(&exc_ImportError, msg, modname, file);
    xdecref(modname);
    xdecref(file);
    return NULL;
}

int import_star(Value module, Value locals) {
    Value all = object_getattr(module, NAME(__all__));
    Value names;
    bool skip_private = false;
    if (all) {
        names = all;
    } else {
        if (!err_matches(&exc_AttributeError)) return -1;
        err_clear();
        Value d = object_getattr(module, NAME(__dict__));
        if (!d) return -1;
        names = dict_keys_list(d);
        decref(d);
        if (!names) return -1;
        skip_private = true;
    }
    Value it = object_getiter(names);
    decref(names);
    if (!it) return -1;
    Value item;
    int status = 0;
    while ((item = object_iternext(it))) {
        if (skip_private && is_str(item) && str_length(item) > 0 && str_char(item, 0) == '_') {
            decref(item);
            continue;
        }
        Value v = object_getattr(module, item);
        if (!v || object_setitem(locals, item, v) < 0) status = -1;
        xdecref(v);
        decref(item);
        if (status < 0) break;
    }
    decref(it);
    if (status == 0 && err_occurred()) status = -1;
    return status;
}
