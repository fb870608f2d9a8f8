/* errno.c: the `errno` module: the system's error numbers by name, and errorcode mapping
 * each number back to its name. */
#include <errno.h>

#include "../object/dict.h"
#include "../object/module.h"
#include "../object/str.h"
#include "stdlib_modules.h"

/* Aliases come first so that errorcode keeps the primary name of a shared number. */
/* clang-format off */
#define ERRNO_NAMES(X) \
    X(EDEADLK) X(EOPNOTSUPP) X(EWOULDBLOCK) X(E2BIG) X(EACCES) X(EADDRINUSE) X(EADDRNOTAVAIL) \
    X(EADV) X(EAFNOSUPPORT) X(EAGAIN) X(EALREADY) X(EBADE) X(EBADF) X(EBADFD) X(EBADMSG) X(EBADR) \
    X(EBADRQC) X(EBADSLT) X(EBFONT) X(EBUSY) X(ECANCELED) X(ECHILD) X(ECHRNG) X(ECOMM) \
    X(ECONNABORTED) X(ECONNREFUSED) X(ECONNRESET) X(EDEADLOCK) X(EDESTADDRREQ) X(EDOM) X(EDOTDOT) \
    X(EDQUOT) X(EEXIST) X(EFAULT) X(EFBIG) X(EHOSTDOWN) X(EHOSTUNREACH) X(EIDRM) X(EILSEQ) \
    X(EINPROGRESS) X(EINTR) X(EINVAL) X(EIO) X(EISCONN) X(EISDIR) X(EISNAM) X(EKEYEXPIRED) \
    X(EKEYREJECTED) X(EKEYREVOKED) X(EL2HLT) X(EL2NSYNC) X(EL3HLT) X(EL3RST) X(ELIBACC) X(ELIBBAD) \
    X(ELIBEXEC) X(ELIBMAX) X(ELIBSCN) X(ELNRNG) X(ELOOP) X(EMEDIUMTYPE) X(EMFILE) X(EMLINK) \
    X(EMSGSIZE) X(EMULTIHOP) X(ENAMETOOLONG) X(ENAVAIL) X(ENETDOWN) X(ENETRESET) X(ENETUNREACH) \
    X(ENFILE) X(ENOANO) X(ENOBUFS) X(ENOCSI) X(ENODATA) X(ENODEV) X(ENOENT) X(ENOEXEC) X(ENOKEY) \
    X(ENOLCK) X(ENOLINK) X(ENOMEDIUM) X(ENOMEM) X(ENOMSG) X(ENONET) X(ENOPKG) X(ENOPROTOOPT) \
    X(ENOSPC) X(ENOSR) X(ENOSTR) X(ENOSYS) X(ENOTBLK) X(ENOTCONN) X(ENOTDIR) X(ENOTEMPTY) \
    X(ENOTNAM) X(ENOTRECOVERABLE) X(ENOTSOCK) X(ENOTSUP) X(ENOTTY) X(ENOTUNIQ) X(ENXIO) \
    X(EOVERFLOW) X(EOWNERDEAD) X(EPERM) X(EPFNOSUPPORT) X(EPIPE) X(EPROTO) X(EPROTONOSUPPORT) \
    X(EPROTOTYPE) X(ERANGE) X(EREMCHG) X(EREMOTE) X(EREMOTEIO) X(ERESTART) X(ERFKILL) X(EROFS) \
    X(ESHUTDOWN) X(ESOCKTNOSUPPORT) X(ESPIPE) X(ESRCH) X(ESRMNT) X(ESTALE) X(ESTRPIPE) X(ETIME) \
    X(ETIMEDOUT) X(ETOOMANYREFS) X(ETXTBSY) X(EUCLEAN) X(EUNATCH) X(EUSERS) X(EXDEV) X(EXFULL)
/* clang-format on */

Value errno_module_new(void) {
    static const struct {
        const char *name;
        int value;
    } codes[] = {
#define X(name) {#name, name},
        ERRNO_NAMES(X)
#undef X
    };
    Value m = module_new("errno");
    Value errorcode = dict_new();
    if (!m || !errorcode || module_add_object(m, "errorcode", errorcode) < 0) goto fail;
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        Value name = str_intern_cstr(codes[i].name);
        if (!name || module_add_object(m, codes[i].name, small_int(codes[i].value)) < 0 ||
            dict_set(errorcode, small_int(codes[i].value), name) < 0)
            goto fail;
    }
    decref(errorcode);
    return m;
fail:
    xdecref(m);
    xdecref(errorcode);
    return NULL;
}
