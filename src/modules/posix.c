/* posix.c: the `posix` module that os.py builds on: file metadata (stat, lstat, fstat and
 * stat_result), directories (getcwd, listdir, mkdir, rmdir, chdir), files by descriptor
 * (open, read, write, close, lseek, isatty), names (unlink, rename, access), process
 * facts (getpid, uname, environ, urandom, strerror, _exit) and fspath, raising OSError
 * subclasses with errno, strerror and filename like CPython. */
#include <errno.h>
#include <fcntl.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>

#include "../memory/alloc.h"
#include "../object/bytes.h"
#include "../object/dict.h"
#include "../object/exceptions.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/str.h"
#include "../object/structseq.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

extern char **environ;

/* ---- errors and paths ---- */

/* A path argument: str, bytes or os.PathLike, as a C string. */
typedef struct Path {
    Value obj; /* the str or bytes (owned) */
    const char *c;
    bool bytes;
} Path;

static Value fspath_of(Value v) {
    if (is_str(v) || is_bytes(v)) return incref(v);
    Value name = str_intern_cstr("__fspath__");
    Value method = name ? object_lookup_special(v, name) : NULL;
    if (!method) {
        if (err_occurred()) return NULL;
        return err_format(&exc_TypeError, "expected str, bytes or os.PathLike object, not %T", v);
    }
    Value r = object_call(method, NULL, 0, NULL);
    decref(method);
    if (r && !is_str(r) && !is_bytes(r)) {
        err_format(&exc_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", v, r);
        CLEAR(r);
    }
    return r;
}

static bool path_arg_ex(Value v, const char *fname, const char *argname, const char *alts, Path *p);
static bool path_arg(Value v, const char *fname, const char *argname, Path *p) {
    return path_arg_ex(v, fname, argname, " or os.PathLike", p);
}

/* alts: how the message ends the list of accepted types (", os.PathLike or integer"). */
static bool path_arg_ex(Value v, const char *fname, const char *argname, const char *alts,
                        Path *p) {
    p->obj = NULL;
    bool pathlike = is_str(v) || is_bytes(v);
    if (!pathlike) {
        Value method = object_lookup_special(v, str_intern_cstr("__fspath__"));
        pathlike = method != NULL;
        xdecref(method);
        if (!pathlike && err_occurred()) return false;
    }
    if (!pathlike) {
        err_format(&exc_TypeError, "%s: %s should be string, bytes%s, not %T", fname, argname, alts,
                   v);
        return false;
    }
    p->obj = fspath_of(v);
    if (!p->obj) return false;
    p->bytes = is_bytes(p->obj);
    intptr_t len = p->bytes ? bytes_size(p->obj) : 0;
    p->c = p->bytes ? bytes_data(p->obj) : str_utf8_len(p->obj, &len);
    if (p->c && strlen(p->c) != (size_t)len) {
        err_format(&exc_ValueError, "%s: embedded null character in %s", fname, argname);
        p->c = NULL;
    }
    if (!p->c) CLEAR(p->obj);
    return p->c != NULL;
}

static void path_done(Path *p) { xdecref(p->obj); }

static bool int_arg(Value v, long long *out) {
    Value i = object_index(v);
    if (!i) return false;
    int r = int_as_long(i, out);
    decref(i);
    return r == 0;
}

/* ---- stat ---- */

static GetSetDef stat_result_fields[] = {
    STRUCTSEQ_FIELD("st_mode", 0),  STRUCTSEQ_FIELD("st_ino", 1),   STRUCTSEQ_FIELD("st_dev", 2),
    STRUCTSEQ_FIELD("st_nlink", 3), STRUCTSEQ_FIELD("st_uid", 4),   STRUCTSEQ_FIELD("st_gid", 5),
    STRUCTSEQ_FIELD("st_size", 6),  STRUCTSEQ_FIELD("st_atime", 7), STRUCTSEQ_FIELD("st_mtime", 8),
    STRUCTSEQ_FIELD("st_ctime", 9), {NULL, NULL, NULL, NULL, NULL},
};
Type type_stat_result = STRUCTSEQ_TYPE("os.stat_result", stat_result_fields);

static Value stat_result_of(const struct stat *st) {
    Value items[10] = {
        int_from_long(st->st_mode),
        int_from_ulong(st->st_ino),
        int_from_ulong(st->st_dev),
        int_from_long((long long)st->st_nlink),
        int_from_long(st->st_uid),
        int_from_long(st->st_gid),
        int_from_long(st->st_size),
        float_new((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9),
        float_new((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9),
        float_new((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9),
    };
    Value r = NULL;
    bool ok = true;
    for (int i = 0; i < 10; i++) ok = ok && items[i];
    if (ok) r = structseq_new(&type_stat_result, items, 10);
    for (int i = 0; i < 10; i++) xdecref(items[i]);
    return r;
}

/* stat(path_or_fd, *, dir_fd=None, follow_symlinks=True) and lstat. */
static Value do_stat(const char *fname, Value const *args, size_t nargs, Value kwnames,
                     bool follow) {
    static const char *const names[] = {"path", "dir_fd", "follow_symlinks"};
    ArgSpec spec = {fname, names, 3, 0, 1, 1};
    Value v[3];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    if (v[2] && !object_is_true(v[2])) follow = false;
    struct stat st;
    if (is_int(v[0])) {
        long long fd;
        if (!int_arg(v[0], &fd)) return NULL;
        if (fstat((int)fd, &st) < 0) return err_set_from_errno(NULL);
        return stat_result_of(&st);
    }
    Path p;
    if (!path_arg_ex(v[0], fname, "path", ", os.PathLike or integer", &p)) return NULL;
    int r = follow ? stat(p.c, &st) : lstat(p.c, &st);
    Value result = r < 0 ? err_set_from_errno(v[0]) : stat_result_of(&st);
    path_done(&p);
    return result;
}

static Value posix_stat(Value self, Value const *args, size_t nargs, Value kwnames) {
    return do_stat("stat", args, nargs, kwnames, true);
}
static Value posix_lstat(Value self, Value const *args, size_t nargs, Value kwnames) {
    return do_stat("lstat", args, nargs, kwnames, false);
}

static Value posix_fstat(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long fd;
    if (args_count("fstat", nargs, 1, 1) < 0 || !int_arg(args[0], &fd)) return NULL;
    struct stat st;
    if (fstat((int)fd, &st) < 0) return err_set_from_errno(NULL);
    return stat_result_of(&st);
}

/* ---- functions of one path ---- */

/* Runs op(path) with one path argument; errors name the path. */
static Value path_op(const char *fname, Value const *args, size_t nargs, int (*op)(const char *)) {
    Path p;
    if (args_count(fname, nargs, 1, 1) < 0 || !path_arg(args[0], fname, "path", &p)) return NULL;
    Value r = op(p.c) < 0 ? err_set_from_errno(args[0]) : NONE;
    path_done(&p);
    return r;
}

static int do_rmdir(const char *p) { return rmdir(p); }
static int do_unlink(const char *p) { return unlink(p); }
static int do_chdir(const char *p) { return chdir(p); }

static Value posix_rmdir(Value self, Value const *args, size_t nargs, Value kwnames) {
    return path_op("rmdir", args, nargs, do_rmdir);
}
static Value posix_unlink(Value self, Value const *args, size_t nargs, Value kwnames) {
    return path_op("unlink", args, nargs, do_unlink);
}
static Value posix_remove(Value self, Value const *args, size_t nargs, Value kwnames) {
    return path_op("remove", args, nargs, do_unlink);
}
static Value posix_chdir(Value self, Value const *args, size_t nargs, Value kwnames) {
    return path_op("chdir", args, nargs, do_chdir);
}

static Value posix_mkdir(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd"};
    static const ArgSpec spec = {"mkdir", names, 3, 0, 2, 1};
    Value v[3];
    long long mode = 0777;
    Path p;
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0 || (v[1] && !int_arg(v[1], &mode)) ||
        !path_arg(v[0], "mkdir", "path", &p))
        return NULL;
    Value r = mkdir(p.c, (mode_t)mode) < 0 ? err_set_from_errno(v[0]) : NONE;
    path_done(&p);
    return r;
}

static Value rename_paths(const char *fname, Value const *args, size_t nargs) {
    Path a, b;
    if (args_count(fname, nargs, 2, 2) < 0 || !path_arg(args[0], fname, "src", &a)) return NULL;
    if (!path_arg(args[1], fname, "dst", &b)) {
        path_done(&a);
        return NULL;
    }
    Value r = rename(a.c, b.c) < 0 ? err_set_from_errno(args[0]) : NONE;
    path_done(&a);
    path_done(&b);
    return r;
}
static Value posix_rename(Value self, Value const *args, size_t nargs, Value kwnames) {
    return rename_paths("rename", args, nargs);
}
static Value posix_replace(Value self, Value const *args, size_t nargs, Value kwnames) {
    return rename_paths("replace", args, nargs);
}

static Value posix_access(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long mode;
    Path p;
    if (args_count("access", nargs, 2, 2) < 0 || !int_arg(args[1], &mode) ||
        !path_arg(args[0], "access", "path", &p))
        return NULL;
    bool ok = access(p.c, (int)mode) == 0;
    path_done(&p);
    return bool_value(ok);
}

static Value posix_getcwd(Value self, Value const *args, size_t nargs, Value kwnames) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return err_set_from_errno(NULL);
    return str_from_cstr(buf);
}

static Value posix_getcwdb(Value self, Value const *args, size_t nargs, Value kwnames) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return err_set_from_errno(NULL);
    return bytes_new(buf, (intptr_t)strlen(buf));
}

static Value posix_listdir(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path"};
    static const ArgSpec spec = {"listdir", names, 1, 0, 1, 0};
    Value v[1];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Path p = {NULL, ".", false};
    if (v[0] && v[0] != NONE && !path_arg(v[0], "listdir", "path", &p)) return NULL;
    DIR *dir = opendir(p.c);
    if (!dir) {
        Value r = err_set_from_errno(v[0] && v[0] != NONE ? v[0] : NULL);
        path_done(&p);
        return r;
    }
    Value list = list_new(0);
    struct dirent *e;
    while (list && (e = readdir(dir))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        Value name =
            p.bytes ? bytes_new(e->d_name, (intptr_t)strlen(e->d_name)) : str_from_cstr(e->d_name);
        if (!name || list_append(list, name) < 0) CLEAR(list);
        xdecref(name);
    }
    closedir(dir);
    path_done(&p);
    return list;
}

/* ---- file descriptors ---- */

static Value posix_open(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path", "flags", "mode", "dir_fd"};
    static const ArgSpec spec = {"open", names, 4, 0, 3, 2};
    Value v[4];
    long long flags, mode = 0777;
    Path p;
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0 || !int_arg(v[1], &flags) ||
        (v[2] && !int_arg(v[2], &mode)) || !path_arg(v[0], "open", "path", &p))
        return NULL;
    int fd = open(p.c, (int)flags | O_CLOEXEC, (mode_t)mode);
    Value r = fd < 0 ? err_set_from_errno(v[0]) : small_int(fd);
    path_done(&p);
    return r;
}

static Value posix_close(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long fd;
    if (args_count("close", nargs, 1, 1) < 0 || !int_arg(args[0], &fd)) return NULL;
    return close((int)fd) < 0 ? err_set_from_errno(NULL) : NONE;
}

static Value posix_read(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long fd, n;
    if (args_count("read", nargs, 2, 2) < 0 || !int_arg(args[0], &fd) || !int_arg(args[1], &n))
        return NULL;
    if (n < 0) {
        errno = EINVAL;
        return err_set_from_errno(NULL);
    }
    Value b = bytes_new(NULL, (intptr_t)n);
    if (!b) return NULL;
    ssize_t got;
    while ((got = read((int)fd, bytes_data(b), (size_t)n)) < 0 && errno == EINTR) {
    }
    if (got < 0) {
        decref(b);
        return err_set_from_errno(NULL);
    }
    if (got == n) return b;
    Value r = bytes_new(bytes_data(b), got);
    decref(b);
    return r;
}

static Value posix_write(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long fd;
    const char *data;
    intptr_t size;
    if (args_count("write", nargs, 2, 2) < 0 || !int_arg(args[0], &fd)) return NULL;
    if (bytes_like_data(args[1], &data, &size) < 0)
        return err_format(&exc_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    ssize_t n;
    while ((n = write((int)fd, data, (size_t)size)) < 0 && errno == EINTR) {
    }
    return n < 0 ? err_set_from_errno(NULL) : int_from_long(n);
}

static Value posix_lseek(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long fd, pos, how;
    if (args_count("lseek", nargs, 3, 3) < 0 || !int_arg(args[0], &fd) || !int_arg(args[1], &pos) ||
        !int_arg(args[2], &how))
        return NULL;
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    return r < 0 ? err_set_from_errno(NULL) : int_from_long(r);
}

static Value posix_isatty(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long fd;
    if (args_count("isatty", nargs, 1, 1) < 0 || !int_arg(args[0], &fd)) return NULL;
    return bool_value(isatty((int)fd));
}

/* ---- process facts ---- */

#define ID_FUNC(name)                                                                              \
    static Value posix_##name(Value self, Value const *args, size_t nargs, Value kwnames) {        \
        if (args_none(#name, nargs) < 0) return NULL;                                              \
        return int_from_long((long long)name());                                                   \
    }
ID_FUNC(getpid)
ID_FUNC(getppid)
ID_FUNC(getuid)
ID_FUNC(geteuid)
ID_FUNC(getgid)
ID_FUNC(getegid)

static Value posix_urandom(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long n;
    if (args_count("urandom", nargs, 1, 1) < 0 || !int_arg(args[0], &n)) return NULL;
    if (n < 0) return err_format(&exc_ValueError, "negative argument not allowed");
    Value b = bytes_new(NULL, (intptr_t)n);
    for (long long done = 0; b && done < n;) {
        ssize_t got = getrandom(bytes_data(b) + done, (size_t)(n - done), 0);
        if (got < 0 && errno != EINTR) {
            decref(b);
            return err_set_from_errno(NULL);
        }
        if (got > 0) done += got;
    }
    return b;
}

static Value posix_strerror(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long code;
    if (args_count("strerror", nargs, 1, 1) < 0 || !int_arg(args[0], &code)) return NULL;
    return str_from_cstr(strerror((int)code));
}

static Value posix_exit(Value self, Value const *args, size_t nargs, Value kwnames) {
    long long code;
    if (args_count("_exit", nargs, 1, 1) < 0 || !int_arg(args[0], &code)) return NULL;
    _exit((int)code);
}

static GetSetDef uname_result_fields[] = {
    STRUCTSEQ_FIELD("sysname", 0), STRUCTSEQ_FIELD("nodename", 1), STRUCTSEQ_FIELD("release", 2),
    STRUCTSEQ_FIELD("version", 3), STRUCTSEQ_FIELD("machine", 4),  {NULL, NULL, NULL, NULL, NULL},
};
Type type_uname_result = STRUCTSEQ_TYPE("posix.uname_result", uname_result_fields);

static Value posix_uname(Value self, Value const *args, size_t nargs, Value kwnames) {
    struct utsname u;
    if (uname(&u) < 0) return err_set_from_errno(NULL);
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    Value items[5];
    int n = 0;
    for (; n < 5 && (items[n] = str_from_cstr(parts[n])); n++) {
    }
    Value r = n == 5 ? structseq_new(&type_uname_result, items, 5) : NULL;
    for (int i = 0; i < n; i++) decref(items[i]);
    return r;
}

static Value posix_fspath(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path"};
    static const ArgSpec spec = {"fspath", names, 1, 0, 1, 1};
    Value v[1];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    return fspath_of(v[0]);
}

static Value posix_cpu_count(Value self, Value const *args, size_t nargs, Value kwnames) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? NONE : int_from_long(n);
}

static Value posix_device_encoding(Value self, Value const *args, size_t nargs, Value kwnames) {
    return NONE;
}

/* posix.environ: the process environment as a dict of bytes to bytes. */
static Value environ_dict(void) {
    Value d = dict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        Value k = bytes_new(*e, eq - *e);
        Value v = k ? bytes_new(eq + 1, (intptr_t)strlen(eq + 1)) : NULL;
        if (!v || (!dict_get(d, k) && dict_set(d, k, v) < 0)) CLEAR(d);
        xdecref(k);
        xdecref(v);
    }
    return d;
}

static Value posix_putenv(Value self, Value const *args, size_t nargs, Value kwnames) {
    Path k, v;
    if (args_count("putenv", nargs, 2, 2) < 0 || !path_arg(args[0], "putenv", "name", &k))
        return NULL;
    if (!path_arg(args[1], "putenv", "value", &v)) {
        path_done(&k);
        return NULL;
    }
    Value r = setenv(k.c, v.c, 1) < 0 ? err_set_from_errno(NULL) : NONE;
    path_done(&k);
    path_done(&v);
    return r;
}

static Value posix_unsetenv(Value self, Value const *args, size_t nargs, Value kwnames) {
    Path k;
    if (args_count("unsetenv", nargs, 1, 1) < 0 || !path_arg(args[0], "unsetenv", "name", &k))
        return NULL;
    Value r = unsetenv(k.c) < 0 ? err_set_from_errno(NULL) : NONE;
    path_done(&k);
    return r;
}

static Value posix_readlink(Value self, Value const *args, size_t nargs, Value kwnames) {
    Path p;
    if (args_count("readlink", nargs, 1, 1) < 0 || !path_arg(args[0], "readlink", "path", &p))
        return NULL;
    char buf[4096];
    ssize_t n = readlink(p.c, buf, sizeof buf);
    Value r = n < 0     ? err_set_from_errno(args[0])
              : p.bytes ? bytes_new(buf, n)
                        : str_from_utf8(buf, (size_t)n);
    path_done(&p);
    return r;
}

/* ---- scandir: an iterator of DirEntry objects ---- */

typedef struct DirEntry {
    Object ob;
    Value name, path, stat; /* stat: the cached stat_result (following symlinks) or NULL */
    unsigned char d_type;
    ino_t ino;
} DirEntry;

typedef struct ScandirIter {
    Object ob;
    Value dirpath; /* the directory as given (str or bytes) */
    DIR *dir;
    bool bytes;
} ScandirIter;

static Type type_direntry, type_scandir_iter;

static void direntry_dealloc(Value self) {
    DirEntry *e = (DirEntry *)self;
    gc_untrack(self);
    CLEAR(e->name);
    CLEAR(e->path);
    CLEAR(e->stat);
    object_free(self);
}

static int direntry_traverse(Value self, visitproc visit, void *arg) {
    DirEntry *e = (DirEntry *)self;
    return e->stat ? visit(e->stat, arg) : 0;
}

/* The entry's mode bits: from d_type when known and not following a symlink, else stat. */
static int direntry_mode(DirEntry *e, bool follow, mode_t *mode) {
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK)) {
        *mode = e->d_type == DT_DIR   ? S_IFDIR
                : e->d_type == DT_REG ? S_IFREG
                : e->d_type == DT_LNK ? S_IFLNK
                                      : 0;
        return 0;
    }
    const char *c = is_bytes(e->path) ? bytes_data(e->path) : str_utf8(e->path);
    struct stat st;
    if (!c) return -1;
    if ((follow ? stat(c, &st) : lstat(c, &st)) < 0) {
        if (errno == ENOENT) {
            *mode = 0;
            return 0;
        }
        err_set_from_errno(e->path);
        return -1;
    }
    *mode = st.st_mode;
    return 0;
}

static bool follow_arg(const char *fname, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"follow_symlinks"};
    static const ArgSpec is_dir_spec = {"is_dir", names, 1, 0, 0, 0};
    Value v[1];
    ArgSpec spec = is_dir_spec;
    spec.fname = fname;
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return false;
    return !v[0] || object_is_true(v[0]);
}

static Value direntry_test(Value self, Value const *args, size_t nargs, Value kwnames,
                           const char *fname, mode_t kind) {
    bool follow = kind != S_IFLNK && follow_arg(fname, args, nargs, kwnames);
    if (err_occurred()) return NULL;
    mode_t mode;
    if (direntry_mode((DirEntry *)self, follow, &mode) < 0) return NULL;
    return bool_value((mode & S_IFMT) == kind);
}

static Value direntry_is_dir(Value self, Value const *args, size_t nargs, Value kwnames) {
    return direntry_test(self, args, nargs, kwnames, "is_dir", S_IFDIR);
}
static Value direntry_is_file(Value self, Value const *args, size_t nargs, Value kwnames) {
    return direntry_test(self, args, nargs, kwnames, "is_file", S_IFREG);
}
static Value direntry_is_symlink(Value self, Value const *args, size_t nargs, Value kwnames) {
    return direntry_test(self, args, nargs, kwnames, "is_symlink", S_IFLNK);
}

static Value direntry_stat(Value self, Value const *args, size_t nargs, Value kwnames) {
    DirEntry *e = (DirEntry *)self;
    bool follow = follow_arg("stat", args, nargs, kwnames);
    if (err_occurred()) return NULL;
    if (follow && e->stat) return incref(e->stat);
    const char *c = is_bytes(e->path) ? bytes_data(e->path) : str_utf8(e->path);
    struct stat st;
    if (!c) return NULL;
    if ((follow ? stat(c, &st) : lstat(c, &st)) < 0) return err_set_from_errno(e->path);
    Value r = stat_result_of(&st);
    if (r && follow) e->stat = incref(r);
    return r;
}

static Value direntry_inode(Value self, Value const *args, size_t nargs, Value kwnames) {
    return int_from_ulong(((DirEntry *)self)->ino);
}

static Value direntry_fspath(Value self, Value const *args, size_t nargs, Value kwnames) {
    return incref(((DirEntry *)self)->path);
}

static Value direntry_repr(Value self) {
    return str_from_format("<DirEntry %R>", ((DirEntry *)self)->name);
}

static MethodDef direntry_methods[] = {
    {"is_dir", direntry_is_dir, METH_KEYWORDS, NULL},
    {"is_file", direntry_is_file, METH_KEYWORDS, NULL},
    {"is_symlink", direntry_is_symlink, 0, NULL},
    {"stat", direntry_stat, METH_KEYWORDS, NULL},
    {"inode", direntry_inode, 0, NULL},
    {"__fspath__", direntry_fspath, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static MemberDef direntry_members[] = {
    {"name", MEMBER_OBJECT, offsetof(DirEntry, name), true, NULL},
    {"path", MEMBER_OBJECT, offsetof(DirEntry, path), true, NULL},
    {NULL, 0, 0, false, NULL},
};

static Type type_direntry = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "posix.DirEntry",
    .basicsize = sizeof(DirEntry),
    .flags = TPFLAG_GC,
    .dealloc = direntry_dealloc,
    .traverse = direntry_traverse,
    .repr = direntry_repr,
    .methods = direntry_methods,
    .members = direntry_members,
};

static void scandir_close_dir(ScandirIter *it) {
    if (it->dir) closedir(it->dir);
    it->dir = NULL;
}

static Value scandir_next(Value self) {
    ScandirIter *it = (ScandirIter *)self;
    struct dirent *d;
    while (it->dir && (d = readdir(it->dir))) {
        if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0) continue;
        DirEntry *e = (DirEntry *)object_new(&type_direntry, 0);
        if (!e) return NULL;
        e->d_type = d->d_type;
        e->ino = d->d_ino;
        size_t n = strlen(d->d_name);
        e->name = it->bytes ? bytes_new(d->d_name, (intptr_t)n) : str_from_utf8(d->d_name, n);
        if (e->name) {
            bool slash = true;
            if (it->bytes)
                slash = bytes_size(it->dirpath) == 0 ||
                        bytes_data(it->dirpath)[bytes_size(it->dirpath) - 1] != '/';
            else
                slash = str_length(it->dirpath) == 0 ||
                        str_char(it->dirpath, str_length(it->dirpath) - 1) != '/';
            e->path = it->bytes ? NULL
                                : str_from_format("%U%s%U", it->dirpath, slash ? "/" : "", e->name);
            if (it->bytes) {
                Value sep = bytes_new("/", slash ? 1 : 0);
                Value head = sep ? binary_op(it->dirpath, sep, BINOP_ADD) : NULL;
                e->path = head ? binary_op(head, e->name, BINOP_ADD) : NULL;
                xdecref(sep);
                xdecref(head);
            }
        }
        gc_track((Value)e);
        if (!e->name || !e->path) {
            decref((Value)e);
            return NULL;
        }
        return (Value)e;
    }
    scandir_close_dir(it);
    return NULL;
}

static void scandir_dealloc(Value self) {
    ScandirIter *it = (ScandirIter *)self;
    scandir_close_dir(it);
    CLEAR(it->dirpath);
    object_free(self);
}

static Value scandir_close(Value self, Value const *args, size_t nargs, Value kwnames) {
    scandir_close_dir((ScandirIter *)self);
    return NONE;
}

static Value scandir_enter(Value self, Value const *args, size_t nargs, Value kwnames) {
    return incref(self);
}

static MethodDef scandir_methods[] = {
    {"close", scandir_close, 0, NULL},
    {"__enter__", scandir_enter, 0, NULL},
    {"__exit__", scandir_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value scandir_self(Value self) { return incref(self); }

static Type type_scandir_iter = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "posix.ScandirIterator",
    .basicsize = sizeof(ScandirIter),
    .dealloc = scandir_dealloc,
    .iter = scandir_self,
    .iternext = scandir_next,
    .methods = scandir_methods,
};

static Value posix_scandir(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"path"};
    static const ArgSpec spec = {"scandir", names, 1, 0, 1, 0};
    Value v[1];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return NULL;
    Path p = {NULL, ".", false};
    bool given = v[0] && v[0] != NONE;
    if (given && !path_arg(v[0], "scandir", "path", &p)) return NULL;
    DIR *dir = opendir(p.c);
    if (!dir) {
        Value r = err_set_from_errno(given ? v[0] : NULL);
        path_done(&p);
        return r;
    }
    ScandirIter *it = (ScandirIter *)object_new(&type_scandir_iter, 0);
    if (!it) {
        closedir(dir);
        path_done(&p);
        return NULL;
    }
    it->dir = dir;
    it->bytes = p.bytes;
    it->dirpath = p.obj ? p.obj : str_from_cstr(".");
    if (!it->dirpath) {
        decref((Value)it);
        return NULL;
    }
    return (Value)it;
}

static MethodDef posix_methods[] = {
    {"readlink", posix_readlink, 0, NULL},
    {"scandir", posix_scandir, METH_KEYWORDS, NULL},
    {"stat", posix_stat, METH_KEYWORDS, NULL},
    {"lstat", posix_lstat, METH_KEYWORDS, NULL},
    {"fstat", posix_fstat, 0, NULL},
    {"rmdir", posix_rmdir, 0, NULL},
    {"unlink", posix_unlink, 0, NULL},
    {"remove", posix_remove, 0, NULL},
    {"chdir", posix_chdir, 0, NULL},
    {"mkdir", posix_mkdir, METH_KEYWORDS, NULL},
    {"rename", posix_rename, 0, NULL},
    {"replace", posix_replace, 0, NULL},
    {"access", posix_access, 0, NULL},
    {"getcwd", posix_getcwd, 0, NULL},
    {"getcwdb", posix_getcwdb, 0, NULL},
    {"listdir", posix_listdir, METH_KEYWORDS, NULL},
    {"open", posix_open, METH_KEYWORDS, NULL},
    {"close", posix_close, 0, NULL},
    {"read", posix_read, 0, NULL},
    {"write", posix_write, 0, NULL},
    {"lseek", posix_lseek, 0, NULL},
    {"isatty", posix_isatty, 0, NULL},
    {"getpid", posix_getpid, 0, NULL},
    {"getppid", posix_getppid, 0, NULL},
    {"getuid", posix_getuid, 0, NULL},
    {"geteuid", posix_geteuid, 0, NULL},
    {"getgid", posix_getgid, 0, NULL},
    {"getegid", posix_getegid, 0, NULL},
    {"urandom", posix_urandom, 0, NULL},
    {"strerror", posix_strerror, 0, NULL},
    {"_exit", posix_exit, 0, NULL},
    {"uname", posix_uname, 0, NULL},
    {"fspath", posix_fspath, METH_KEYWORDS, NULL},
    {"cpu_count", posix_cpu_count, 0, NULL},
    {"device_encoding", posix_device_encoding, 0, NULL},
    {"putenv", posix_putenv, 0, NULL},
    {"unsetenv", posix_unsetenv, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value posix_module_new(void) {
    static const struct {
        const char *name;
        long value;
    } constants[] = {
        {"F_OK", F_OK},
        {"R_OK", R_OK},
        {"W_OK", W_OK},
        {"X_OK", X_OK},
        {"O_RDONLY", O_RDONLY},
        {"O_WRONLY", O_WRONLY},
        {"O_RDWR", O_RDWR},
        {"O_APPEND", O_APPEND},
        {"O_CREAT", O_CREAT},
        {"O_EXCL", O_EXCL},
        {"O_TRUNC", O_TRUNC},
        {"O_CLOEXEC", O_CLOEXEC},
        {"O_NONBLOCK", O_NONBLOCK},
        {"O_DIRECTORY", O_DIRECTORY},
        {"O_NOFOLLOW", O_NOFOLLOW},
        {"SEEK_SET", SEEK_SET},
        {"SEEK_CUR", SEEK_CUR},
        {"SEEK_END", SEEK_END},
    };
    Value m = module_new("posix");
    Value env = environ_dict();
    Value have = list_new(0);
    if (!m || !env || !have || module_add_functions(m, posix_methods) < 0 ||
        module_add_object(m, "environ", env) < 0 ||
        module_add_object(m, "_have_functions", have) < 0 ||
        module_add_object(m, "error", (Value)&exc_OSError) < 0 ||
        module_add_object(m, "stat_result", (Value)&type_stat_result) < 0 ||
        module_add_object(m, "uname_result", (Value)&type_uname_result) < 0 ||
        module_add_object(m, "DirEntry", (Value)&type_direntry) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        if (module_add_object(m, constants[i].name, small_int(constants[i].value)) < 0) goto fail;
    decref(env);
    decref(have);
    return m;
fail:
    xdecref(m);
    xdecref(env);
    xdecref(have);
    return NULL;
}
