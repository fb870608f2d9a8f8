/* compile.h: the compiler's entry points: source or AST -> code object, with CPython
 * 3.11's bytecode, constants, names, line table, exception table and compile-time errors
 * (SyntaxError with location, RecursionError for too deep nesting). */
#ifndef PVM_COMPILE_H
#define PVM_COMPILE_H

#include <stddef.h>

#include "../object/object.h"

enum { COMPILE_EXEC, COMPILE_EVAL, COMPILE_SINGLE };

typedef struct Mod Mod;
typedef struct Arena Arena;

/* Compiles a parsed module (mode must match the tree: exec/Module, eval/Expression,
 * single/Interactive). The tree is folded in place. optimize: 0, 1 (-O: asserts and
 * __debug__ off) or 2 (-OO: docstrings off too). src/len: the source text, for the text of
 * SyntaxErrors (may be NULL). Returns a new code object or NULL with an exception set. */
Value compile_module(Mod *mod, Value filename, int mode, int optimize, Arena *arena,
                     const char *src, size_t len);

/* Where source text comes from (compile_source's from_string): CPython parses the three
 * differently (coding cookies, positions at end of input, undecodable bytes). */
enum { SOURCE_FILE = 0, SOURCE_STR = 1, SOURCE_BYTES = 2 };

/* Tokenizes, parses and compiles; a parse error becomes SyntaxError (or IndentationError,
 * TabError, MemoryError, RecursionError). from_string: SOURCE_STR = the source is already
 * UTF-8 text (compile() of a str: no coding cookie); SOURCE_BYTES = bytes given to
 * compile()/exec()/eval() or read by import; SOURCE_FILE = the main script's contents. */
Value compile_source(const char *src, size_t len, const char *filename, int mode, int from_string);

/* The same with an optimisation level (compile(..., optimize=N)). */
Value compile_source_opt(const char *src, size_t len, const char *filename, int mode,
                         int from_string, int optimize);

#endif
