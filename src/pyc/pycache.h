/* pycache.h: the .pyc cache of imported modules: __pycache__/NAME.pvm-311.pyc beside
 * the source, reused while the source is unchanged (PEP 3147 layout, PEP 552 header). */
#ifndef PVM_PYCACHE_H
#define PVM_PYCACHE_H

#include "../object/object.h"

#define PYC_CACHE_TAG "pvm-311"

/* The code object of the module source at `path`: loaded from its .pyc when that is
 * valid and fresh, else compiled from the source and (unless writing bytecode is off)
 * written to the cache. Cache problems are never errors; a SyntaxError in the source is. */
Value pycache_load_module_code(const char *path);

/* The cache file name of a source path: "dir/__pycache__/name.pvm-311.pyc" (mem_alloc'd). */
char *pycache_path(const char *source_path);

#endif
