/* signals.c: the SIGINT handler and the VM's check that raises KeyboardInterrupt. */
#include "signals.h"

#include "errors.h"

volatile sig_atomic_t signals_pending;

static void on_sigint(int sig) {
    (void)sig;
    signals_pending = 1;
}

void signals_install(void) {
    struct sigaction sa = {0};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

int signals_handle(void) {
    signals_pending = 0;
    err_set(&exc_KeyboardInterrupt, NULL);
    return -1;
}
