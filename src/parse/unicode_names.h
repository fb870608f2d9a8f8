/* unicode_names.h: Unicode character names (as Python 3.11's unicodedata, Unicode 14.0):
 * name -> code point for "\N{...}" escapes and unicodedata.lookup, code point -> name for
 * unicodedata.name. Includes name aliases, CJK unified ideographs and Hangul syllables. */
#ifndef PVM_UNICODE_NAMES_H
#define PVM_UNICODE_NAMES_H

#include <stddef.h>
#include <stdint.h>

/* 1 and *cp set if name[0..len) names a character (case-insensitive, except the
 * algorithmic "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE X" forms, as CPython);
 * 0 if unknown; -1 on out-of-memory. The first call builds an index (about 400 KB);
 * not thread-safe before that (call it once at start-up, or under the interpreter lock). */
int unicode_lookup_name(const char *name, size_t len, uint32_t *cp);

/* Writes the NUL-terminated name of cp into buf; returns its length, 0 if cp has no name,
 * -1 if bufsize is too small (UNICODE_NAME_MAX is always enough) or out-of-memory. */
int unicode_name_of(uint32_t cp, char *buf, size_t bufsize);

#define UNICODE_NAME_MAX 128

/* True if cp was assigned after Unicode 14.0: Python 3.11 treats it as unassigned (category
 * Cn), whatever the newer data of utf8proc says. */
int unicode_is_newer_than_python(uint32_t cp);

#endif
