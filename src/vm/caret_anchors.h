/* caret_anchors.h: where the secondary markers of a 3.11 traceback line go: the operator
 * of a binary operation or the brackets of a subscript, found by parsing the source
 * segment an instruction covers. Kept free of object.h (the AST has its own enums). */
#ifndef PVM_CARET_ANCHORS_H
#define PVM_CARET_ANCHORS_H

#include <stddef.h>

/* segment: UTF-8, len bytes. Returns 1 with the byte range [*left, *right) to mark with
 * '^' (the rest of the segment gets '~'), or 0 when the segment is not a single binary
 * operation or subscript expression. */
int caret_anchors_find(const char *segment, size_t len, int *left, int *right);

#endif
