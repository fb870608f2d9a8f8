/* signals.h: asynchronous signals turned into Python exceptions. A C signal handler only
 * sets a flag; the VM checks it at loop back-edges and function entry (RESUME) and
 * raises there, so no Python code ever runs inside a signal handler. */
#ifndef PVM_SIGNALS_H
#define PVM_SIGNALS_H

#include <signal.h>

extern volatile sig_atomic_t signals_pending;

void signals_install(void); /* SIGINT -> KeyboardInterrupt (the pvm command line) */
int signals_handle(void);   /* clears the flag; -1 with KeyboardInterrupt set */

#endif
