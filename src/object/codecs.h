/* codecs.h: the built-in text codecs (utf-8, ascii, latin-1, utf-16, utf-32) with the
 * standard error handlers (strict, ignore, replace, backslashreplace, surrogateescape,
 * surrogatepass, xmlcharrefreplace) and CPython's UnicodeError messages. */
#ifndef PVM_CODECS_H
#define PVM_CODECS_H

#include "object.h"

/* errors: an error handler name, NULL for "strict". An unknown handler raises
 * LookupError only when an error actually occurs (as CPython). */
Value codec_decode_utf8(const char *s, intptr_t n, const char *errors);
Value codec_encode_utf8(Value str, const char *errors); /* bytes */

/* By encoding name ("utf-8", "UTF8", "latin-1", "ascii", ...): LookupError
 * "unknown encoding: NAME" for other names. */
Value codec_decode(const char *s, intptr_t n, const char *encoding, const char *errors);
Value codec_encode(Value str, const char *encoding, const char *errors);

/* Raises the TypeError of an encoding / errors argument v that is not a str, worded as
 * CPython's argument clinic does ("decode() argument 'encoding' must be str, not None");
 * returns NULL. */
Value codec_arg_error(const char *func, const char *arg, Value v);

/* The message of a UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError with
 * the given fields, as CPython's str() of the exception prints it:
 * "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte". object is the
 * bytes (decode) or str (encode); encoding is NULL for UnicodeTranslateError. */
Value unicode_error_message(bool decode, Value encoding, Value object, intptr_t start, intptr_t end,
                            Value reason);

/* The `_codecs` module (codecs_module.c), for import.c's built-in module table. */
Value codecs_module_new(void);

#endif
