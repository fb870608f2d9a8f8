/* sys.h: the sys module: interpreter-wide settings and the standard streams. */
#ifndef PVM_SYS_H
#define PVM_SYS_H

#include "../object/object.h"

Value sys_module_new(int argc, char **argv); /* argv[0] is the script (or "-c", "") */
Value sys_get(const char *name);             /* borrowed attribute of sys, or NULL */
int sys_flush_stdout(void);                  /* flushes sys.stdout, -1 on failure */
int sys_exit_status(Value system_exit);      /* SystemExit -> process status (prints str codes) */

#endif
