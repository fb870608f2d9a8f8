/* eval_helpers.h: the out-of-line pieces of the evaluation loop (vm/eval_helpers.c):
 * name errors, raise, unpacking, with-statements, f-strings, collection building, calls
 * with *args / **kwargs and imports. Each returns NULL / -1 with an exception set. */
#ifndef PVM_EVAL_HELPERS_H
#define PVM_EVAL_HELPERS_H

#include "frame.h"

/* globals[name] or builtins[name] (new ref); NULL with NameError (or another error). */
Value eval_load_global(Frame *f, Value name);
void eval_name_error(Value name);               /* NameError: name 'x' is not defined */
void eval_unbound_local_error(Frame *f, int i); /* unbound fast slot or empty cell i */

/* RAISE_VARARGS: 1 when a bare `raise` re-raised (no new traceback entry), 0 when a
 * new exception is now pending, -1 likewise (an error occurred while building it). */
int eval_do_raise(Value exc, Value cause);

/* UNPACK_SEQUENCE / UNPACK_EX: writes before + (rest list) + after values to out in
 * stack order (out[0] is pushed first: the last target). argcnt_after < 0: no star. */
int eval_unpack_iterable(Value v, int before, int after, Value *out);

int eval_before_with(Value mgr, Value *exit_out, Value *enter_result);
Value eval_with_except_start(Value exit_func, Value exc);

Value eval_format_value(Value v, int conversion, Value spec); /* FORMAT_VALUE; steals v */
Value eval_build_string(Value *items, intptr_t n);            /* BUILD_STRING */
Value eval_build_set(Value *items, intptr_t n);
Value eval_build_map(Value *items, intptr_t n); /* key, value pairs */
Value eval_build_const_key_map(Value *values, Value keys, intptr_t n);
int eval_list_extend(Value list, Value iterable);
int eval_dict_update(Value dict, Value update);
int eval_dict_merge(Value func, Value dict, Value update);
Value eval_call_function_ex(Value func, Value callargs, Value kwargs);
Value eval_make_function(Value code, Value globals, int flags, Value *extras);

Value eval_import_name(Frame *f, Value name, Value fromlist, Value level);
int eval_import_star(Frame *f, Value module);
Value eval_load_build_class(Frame *f);
int eval_setup_annotations(Frame *f);
int eval_print_expr(Value v);

/* CHECK_EXC_MATCH's validation of the type (or tuple of types) after `except`. */
int eval_check_except_type(Value type);
/* MATCH_MAPPING / MATCH_SEQUENCE / MATCH_KEYS / MATCH_CLASS */
int eval_match_mapping(Value v);
int eval_match_sequence(Value v);
Value eval_match_keys(Value subject, Value keys);
Value eval_match_class(Value subject, Value type, intptr_t nargs, Value names);
/* except* : CHECK_EG_MATCH and PREP_RERAISE_STAR */
int eval_exception_group_match(Value exc, Value type, Value *match, Value *rest);
Value eval_prep_reraise_star(Value orig, Value excs);

#endif
