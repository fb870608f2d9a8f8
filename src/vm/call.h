/* call.h: calling Python functions: binding positional and keyword arguments, defaults,
 * *args / **kwargs, keyword-only and positional-only parameters to a frame's fast slots
 * (with CPython 3.11's TypeError messages), and the C entry points that run a call. */
#ifndef PVM_CALL_H
#define PVM_CALL_H

#include "../object/function.h"
#include "frame.h"

/* The tp_call of function objects: pushes a frame, binds the arguments, runs it. */
Value call_function(Value func, Value const *args, size_t nargs, Value kwnames);
/* callable(self, *args, **kw) without building a bound method. */
Value call_with_self(Value callable, Value self, Value const *args, size_t nargs, Value kwnames);

/* Binds the (borrowed) arguments of a call of func to the fast slots of f, which
 * frame_init has set to NULL. Returns -1 with TypeError set when they do not fit. */
int bind_arguments(Frame *f, Function *func, Value const *args, size_t nargs, Value kwnames);

/* Pushes a frame for a call of func on the thread stack and binds the arguments. func is
 * borrowed. Returns NULL with an exception set (nothing pushed) on failure. */
Frame *function_frame_new(ThreadState *ts, Value func, Value const *args, size_t nargs,
                          Value kwnames);

/* Splits a **kwargs dict into values appended after args and a kwnames tuple:
 * *out_args (mem_alloc'd, new refs) holds nargs + len(kwargs) values. Returns -1 with
 * TypeError ("keywords must be strings") on failure. */
int call_unpack_kwargs(Value const *args, size_t nargs, Value kwargs, Value **out_args,
                       Value *out_kwnames);

/* func(*callargs, **kwargs): callargs a tuple, kwargs a dict or NULL. */
Value call_with_tuple_dict(Value func, Value callargs, Value kwargs);

/* "f()" style name of a callable for messages: qualname + "()" (module-qualified for
 * non-builtins' functions as CPython's _PyObject_FunctionStr). */
Value callable_function_str(Value func);

#endif
