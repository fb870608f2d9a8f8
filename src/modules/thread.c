/* thread.c: the `_thread` module for a single-threaded interpreter: lock and RLock with
 * CPython's semantics and errors (acquiring a lock the only thread already holds fails
 * after the timeout, or at once instead of deadlocking), get_ident, _local (a plain
 * per-object namespace) and the constants threading.py reads. New threads cannot start. */
#include <math.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "../object/float.h"
#include "../object/int.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../object/numeric_args.h"
#include "../object/str.h"
#include "../object/tuple.h"
#include "../object/type.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"
#include "weakref.h"

typedef struct Lock {
    Object ob;
    Value weaklist;
    unsigned long owner; /* RLock: the owning thread's ident, 0 when free */
    intptr_t count;      /* lock: 0 or 1; RLock: recursion depth */
} Lock;

static Type type_lock, type_rlock;

static unsigned long current_ident(void) { return (unsigned long)pthread_self(); }

static Value lock_alloc(Type *type) { return object_new(type, 0); }

static void lock_dealloc(Value self) {
    if (weakref_has_refs(self)) weakref_clear_all(self);
    object_free(self);
}

/* acquire(blocking=True, timeout=-1) arguments: 0 ok with *wait seconds (-1 forever). */
static int acquire_args(Value const *args, size_t nargs, Value kwnames, double *wait) {
    static const char *const names[] = {"blocking", "timeout"};
    static const ArgSpec spec = {"acquire", names, 2, 0, 2, 0};
    Value v[2];
    if (args_bind_spec(&spec, args, nargs, kwnames, v) < 0) return -1;
    int blocking = v[0] ? object_is_true(v[0]) : 1;
    if (blocking < 0) return -1;
    double timeout = -1;
    if (v[1] && (timeout = float_as_double(v[1])) == -1.0 && err_occurred()) return -1;
    if (!blocking && timeout != -1) {
        err_format(&exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (timeout < 0 && timeout != -1) {
        err_format(&exc_ValueError, "timeout value must be a non-negative number");
        return -1;
    }
    *wait = blocking ? timeout : 0;
    return 0;
}

/* The lock is held and nothing else can release it: wait out the timeout, then fail;
 * waiting forever would deadlock the only thread. */
static Value wait_unavailable(double wait) {
    if (wait < 0)
        return err_format(&exc_RuntimeError, "deadlock: the lock is held by the only thread");
    struct timespec ts = {(time_t)wait, (long)((wait - floor(wait)) * 1e9)};
    while (nanosleep(&ts, &ts) != 0) {
    }
    return bool_value(false);
}

static Value lock_acquire(Value self, Value const *args, size_t nargs, Value kwnames) {
    double wait;
    if (acquire_args(args, nargs, kwnames, &wait) < 0) return NULL;
    Lock *l = (Lock *)self;
    if (l->count && wait != 0) return wait_unavailable(wait);
    if (l->count) return bool_value(false);
    l->count = 1;
    return bool_value(true);
}

static Value lock_release(Value self, Value const *args, size_t nargs, Value kwnames) {
    Lock *l = (Lock *)self;
    if (!l->count) return err_format(&exc_RuntimeError, "release unlocked lock");
    l->count = 0;
    return NONE;
}

static Value lock_exit(Value self, Value const *args, size_t nargs, Value kwnames) {
    return lock_release(self, NULL, 0, NULL);
}

static Value lock_locked(Value self, Value const *args, size_t nargs, Value kwnames) {
    return bool_value(((Lock *)self)->count != 0);
}

static Value lock_reinit(Value self, Value const *args, size_t nargs, Value kwnames) {
    ((Lock *)self)->count = 0;
    ((Lock *)self)->owner = 0;
    return NONE;
}

static Value lock_repr(Value self) {
    return str_from_format("<%s %s object at %p>", ((Lock *)self)->count ? "locked" : "unlocked",
                           self->type->name, self);
}

static Value lock_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    return lock_alloc(type);
}

static MethodDef lock_methods[] = {
    {"acquire", lock_acquire, METH_KEYWORDS, NULL},
    {"acquire_lock", lock_acquire, METH_KEYWORDS, NULL},
    {"__enter__", lock_acquire, METH_KEYWORDS, NULL},
    {"release", lock_release, 0, NULL},
    {"release_lock", lock_release, 0, NULL},
    {"__exit__", lock_exit, 0, NULL},
    {"locked", lock_locked, 0, NULL},
    {"locked_lock", lock_locked, 0, NULL},
    {"_at_fork_reinit", lock_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_lock = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_thread.lock",
    .basicsize = sizeof(Lock),
    .weaklistoffset = offsetof(Lock, weaklist),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .new_ = lock_new,
    .methods = lock_methods,
};

/* ---- RLock ---- */

static Value rlock_acquire(Value self, Value const *args, size_t nargs, Value kwnames) {
    double wait;
    if (acquire_args(args, nargs, kwnames, &wait) < 0) return NULL;
    Lock *l = (Lock *)self;
    unsigned long me = current_ident();
    if (l->count && l->owner != me) return wait != 0 ? wait_unavailable(wait) : bool_value(false);
    if (l->count == INTPTR_MAX)
        return err_format(&exc_OverflowError, "Internal lock count overflowed");
    l->owner = me;
    l->count++;
    return bool_value(true);
}

static Value rlock_release(Value self, Value const *args, size_t nargs, Value kwnames) {
    Lock *l = (Lock *)self;
    if (!l->count || l->owner != current_ident())
        return err_format(&exc_RuntimeError, "cannot release un-acquired lock");
    if (--l->count == 0) l->owner = 0;
    return NONE;
}

static Value rlock_exit(Value self, Value const *args, size_t nargs, Value kwnames) {
    return rlock_release(self, NULL, 0, NULL);
}

static Value rlock_is_owned(Value self, Value const *args, size_t nargs, Value kwnames) {
    Lock *l = (Lock *)self;
    return bool_value(l->count && l->owner == current_ident());
}

static Value rlock_recursion_count(Value self, Value const *args, size_t nargs, Value kwnames) {
    Lock *l = (Lock *)self;
    return int_from_long(l->owner == current_ident() ? l->count : 0);
}

/* _release_save() -> (count, owner), releasing fully; _acquire_restore() undoes it. */
static Value rlock_release_save(Value self, Value const *args, size_t nargs, Value kwnames) {
    Lock *l = (Lock *)self;
    if (!l->count) return err_format(&exc_RuntimeError, "cannot release un-acquired lock");
    Value count = int_from_long(l->count), owner = int_from_ulong(l->owner);
    Value r = count && owner ? tuple_pack(2, count, owner) : NULL;
    xdecref(count);
    xdecref(owner);
    if (r) {
        l->count = 0;
        l->owner = 0;
    }
    return r;
}

static Value rlock_acquire_restore(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_exactly_one("_acquire_restore", nargs) < 0) return NULL;
    Value state = args[0];
    if (!is_tuple(state) || tuple_size(state) != 2)
        return err_format(&exc_TypeError, "_acquire_restore() argument must be a 2-tuple");
    long long count;
    Value owner = tuple_get(state, 1);
    if (int_as_long(tuple_get(state, 0), &count) < 0 || !is_int(owner)) return NULL;
    Lock *l = (Lock *)self;
    l->count = (intptr_t)count;
    IntView tmp;
    l->owner = mpz_get_ui(int_view(owner, &tmp));
    return NONE;
}

static Value rlock_repr(Value self) {
    Lock *l = (Lock *)self;
    return str_from_format("<%s %s object owner=%lu count=%zd at %p>",
                           l->count ? "locked" : "unlocked", self->type->name, l->owner, l->count,
                           self);
}

static MethodDef rlock_methods[] = {
    {"acquire", rlock_acquire, METH_KEYWORDS, NULL},
    {"__enter__", rlock_acquire, METH_KEYWORDS, NULL},
    {"release", rlock_release, 0, NULL},
    {"__exit__", rlock_exit, 0, NULL},
    {"_is_owned", rlock_is_owned, 0, NULL},
    {"_recursion_count", rlock_recursion_count, 0, NULL},
    {"_release_save", rlock_release_save, 0, NULL},
    {"_acquire_restore", rlock_acquire_restore, 0, NULL},
    {"_at_fork_reinit", lock_reinit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_rlock = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_thread.RLock",
    .basicsize = sizeof(Lock),
    .flags = TPFLAG_BASETYPE,
    .weaklistoffset = offsetof(Lock, weaklist),
    .dealloc = lock_dealloc,
    .repr = rlock_repr,
    .new_ = lock_new,
    .methods = rlock_methods,
};

/* ---- _local: with one thread, simply an object with a __dict__ ---- */

typedef struct Local {
    Object ob;
    Value dict, weaklist;
} Local;

static Value local_new(Type *type, Value const *args, size_t nargs, Value kwnames) {
    Value self = object_new(type, 0);
    if (self) gc_track(self);
    return self;
}

static int local_init(Value self, Value const *args, size_t nargs, Value kwnames) { return 0; }

static void local_dealloc(Value self) {
    gc_untrack(self);
    if (weakref_has_refs(self)) weakref_clear_all(self);
    CLEAR(((Local *)self)->dict);
    object_free(self);
}

static int local_traverse(Value self, visitproc visit, void *arg) {
    Value d = ((Local *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int local_clear(Value self) {
    CLEAR(((Local *)self)->dict);
    return 0;
}

static Type type_local = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_thread._local",
    .basicsize = sizeof(Local),
    .flags = TPFLAG_GC | TPFLAG_BASETYPE,
    .dictoffset = offsetof(Local, dict),
    .weaklistoffset = offsetof(Local, weaklist),
    .dealloc = local_dealloc,
    .traverse = local_traverse,
    .clear = local_clear,
    .new_ = local_new,
    .init = local_init,
};

/* ---- module functions ---- */

static Value thread_allocate_lock(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("allocate_lock", nargs) < 0) return NULL;
    return lock_alloc(&type_lock);
}

static Value thread_set_sentinel(Value self, Value const *args, size_t nargs, Value kwnames) {
    return lock_alloc(&type_lock);
}

static Value thread_get_ident(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("get_ident", nargs) < 0) return NULL;
    return int_from_ulong(current_ident());
}

static Value thread_get_native_id(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_none("get_native_id", nargs) < 0) return NULL;
    return int_from_long((long long)syscall(SYS_gettid));
}

static Value thread_count(Value self, Value const *args, size_t nargs, Value kwnames) {
    return small_int(0);
}

static Value thread_stack_size(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("stack_size", nargs, 0, 1) < 0) return NULL;
    return small_int(0);
}

static Value thread_start_new_thread(Value self, Value const *args, size_t nargs, Value kwnames) {
    return err_format(&exc_RuntimeError, "can't start new thread");
}

static Value thread_exit(Value self, Value const *args, size_t nargs, Value kwnames) {
    err_set(&exc_SystemExit, NULL);
    return NULL;
}

static MethodDef thread_methods[] = {
    {"allocate_lock", thread_allocate_lock, 0, NULL},
    {"allocate", thread_allocate_lock, 0, NULL},
    {"_set_sentinel", thread_set_sentinel, 0, NULL},
    {"get_ident", thread_get_ident, 0, NULL},
    {"get_native_id", thread_get_native_id, 0, NULL},
    {"_count", thread_count, 0, NULL},
    {"stack_size", thread_stack_size, 0, NULL},
    {"start_new_thread", thread_start_new_thread, METH_KEYWORDS, NULL},
    {"start_new", thread_start_new_thread, METH_KEYWORDS, NULL},
    {"exit", thread_exit, 0, NULL},
    {"exit_thread", thread_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value thread_module_new(void) {
    Type *types[] = {&type_lock, &type_rlock, &type_local};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0) return NULL;
    Value m = module_new("_thread");
    Value timeout_max = float_new(9223372036.0);
    if (!m || !timeout_max || module_add_functions(m, thread_methods) < 0 ||
        module_add_object(m, "LockType", (Value)&type_lock) < 0 ||
        module_add_object(m, "RLock", (Value)&type_rlock) < 0 ||
        module_add_object(m, "_local", (Value)&type_local) < 0 ||
        module_add_object(m, "error", (Value)&exc_RuntimeError) < 0 ||
        module_add_object(m, "TIMEOUT_MAX", timeout_max) < 0)
        CLEAR(m);
    xdecref(timeout_max);
    return m;
}
