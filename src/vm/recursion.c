/* recursion.c: the recursion guard of state.h. One depth counter covers Python frames
 * (counted by the evaluation loop) and C code recursing on user data; beyond
 * sys.getrecursionlimit() it raises RecursionError, with a little headroom while the
 * error itself is being created. A C stack probe keeps deep C recursion from
 * overflowing the machine stack whatever the limit is set to. */
#include <stdint.h>
#include <sys/resource.h>

#include "errors.h"
#include "state.h"

#define OVERFLOW_HEADROOM 50

static bool raising_overflow;
static char *stack_origin;  /* an address near the bottom of the C stack */
static size_t stack_budget; /* bytes of C stack the interpreter may use */

static void stack_init(char *here) {
    stack_origin = here;
    struct rlimit rl;
    size_t size = 8u << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
    if (size > (256u << 20)) size = 256u << 20;
    stack_budget = size > (1u << 20) ? size - (512u << 10) : size / 2;
}

bool recursion_c_stack_exhausted(void) {
    char here;
    if (!stack_origin) stack_init(&here);
    uintptr_t a = (uintptr_t)stack_origin, b = (uintptr_t)&here;
    size_t used = a > b ? a - b : b - a;
    return used > stack_budget;
}

static int raise_overflow(const char *where) {
    raising_overflow = true;
    err_format(&exc_RecursionError, "maximum recursion depth exceeded%s", where);
    raising_overflow = false;
    return -1;
}

int recursion_enter(const char *where) {
    ThreadState *ts = current_thread();
    int limit = ts->recursion_limit + (raising_overflow ? OVERFLOW_HEADROOM : 0);
    if (ts->recursion_depth >= limit || recursion_c_stack_exhausted()) {
        if (raising_overflow) {
            err_no_memory(); /* overflowing while reporting an overflow: give up cheaply */
            return -1;
        }
        return raise_overflow(where);
    }
    ts->recursion_depth++;
    return 0;
}

void recursion_leave(void) { current_thread()->recursion_depth--; }
