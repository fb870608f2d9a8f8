/* format_spec.h: the format-specification mini-language of format() / str.format():
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type], and the __format__
 * of int, float, complex and str built on it, with CPython 3.11's results and errors. */
#ifndef PVM_FORMAT_SPEC_H
#define PVM_FORMAT_SPEC_H

#include "object.h"

typedef struct FormatSpec {
    uint32_t fill;      /* code point, ' ' by default */
    char align;         /* '<' '>' '=' '^', or 0 when not given */
    char sign;          /* '+' '-' ' ', or 0 when not given */
    bool no_neg_zero;   /* 'z' */
    bool alternate;     /* '#' */
    bool fill_given;    /* fill or the '0' flag was given */
    char grouping;      /* ',' '_', or 0 */
    intptr_t width;     /* -1 when not given */
    intptr_t precision; /* -1 when not given */
    uint32_t type;      /* presentation type code point, or 0 when not given */
} FormatSpec;

/* Parses spec (a str). default_type is the type assumed when none is given ('s' for str,
 * 'd' for int, 0 for float), which decides the meaning of the '0' flag and the grouping
 * check; obj is the formatted object, whose type the messages name ("... for object of
 * type 'int'"). -1 with ValueError on error. */
int format_spec_parse(Value spec, uint32_t default_type, Value obj, FormatSpec *out);

/* The __format__ implementations: v is the object, spec a str. An empty spec gives str(v). */
Value format_int(Value v, Value spec);     /* v: any int (bool, subclasses) */
Value format_float(Value v, Value spec);   /* v: a float */
Value format_complex(Value v, Value spec); /* v: a complex */
Value format_str(Value s, Value spec);     /* s: a str */

#endif
