/* test_pycache.c: the .pyc cache contract: importing a module writes
 * __pycache__/NAME.pvm-311.pyc; a valid cache is reused; a truncated or corrupt file is
 * ignored and rewritten; a changed source invalidates the cache. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import/import.h"
#include "object/dict.h"
#include "object/int.h"
#include "object/list.h"
#include "object/str.h"
#include "pyc/pycache.h"
#include "vm/errors.h"
#include "vm/runtime.h"
#include "vm/state.h"

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            printf("%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);                        \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

static char dir[] = "/tmp/pvm_pyc_XXXXXX";
static char source[256], cached[256];

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static long file_size(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

/* Imports cached_mod afresh and returns its X attribute as a C long (-1 on error). */
static long import_x(void) {
    Value name = str_from_cstr("cached_mod");
    if (dict_get(interp.modules, name)) dict_del(interp.modules, name);
    decref(name);
    Value m = import_module("cached_mod");
    if (!m) {
        err_print_exception(err_occurred());
        err_clear();
        return -1;
    }
    Value x = object_getattr_cstr(m, "X");
    long long n = -1;
    if (!x || int_as_long(x, &n) < 0) err_clear();
    xdecref(x);
    decref(m);
    return (long)n;
}

int main(void) {
    unsetenv("PYTHONDONTWRITEBYTECODE");
    unsetenv("SOURCE_DATE_EPOCH");
    if (!mkdtemp(dir)) return 1;
    snprintf(source, sizeof source, "%s/cached_mod.py", dir);
    char *pyc = pycache_path(source);
    snprintf(cached, sizeof cached, "%s/__pycache__/cached_mod." PYC_CACHE_TAG ".pyc", dir);
    CHECK(pyc && strcmp(pyc, cached) == 0);
    free(pyc);

    char *argv[] = {"test_pycache", NULL};
    if (runtime_init(1, argv) < 0) return 1;
    Value path = dict_get_cstr(interp.sysdict, "path");
    Value entry = str_from_cstr(dir);
    CHECK(path && entry && list_append(path, entry) == 0);
    xdecref(entry);

    write_file(source, "X = 1\n");
    CHECK(import_x() == 1);
    long size = file_size(cached);
    CHECK(size > 16);

    CHECK(import_x() == 1); /* reused */
    CHECK(file_size(cached) == size);

    truncate(cached, 10); /* corrupt: ignored, rewritten */
    CHECK(import_x() == 1);
    CHECK(file_size(cached) == size);

    write_file(source, "X = 22\n"); /* changed size: stale */
    CHECK(import_x() == 22);

    unlink(cached);
    snprintf(cached, sizeof cached, "%s/__pycache__", dir);
    rmdir(cached);
    unlink(source);
    rmdir(dir);
    if (failures) printf("%d check(s) failed\n", failures);
    return failures ? 1 : runtime_finalize(0);
}
