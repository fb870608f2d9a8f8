/* io_stream.h: the text streams behind sys.stdin, sys.stdout and sys.stderr: a small
 * TextIOWrapper-like type over a C FILE, UTF-8 encoded, until the full _io module. */
#ifndef PVM_IO_STREAM_H
#define PVM_IO_STREAM_H

#include <stdio.h>

#include "../object/object.h"

extern Type type_text_stream;

Value text_stream_new(FILE *file, const char *name, const char *mode);
int text_stream_flush(Value stream); /* -1 with an exception set when the write fails */

#endif
