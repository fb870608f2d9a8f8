/* test_embed.c: unit tests of the embedding API (include/pvm.h) through the public header
 * only: running code, values and conversions, globals, calls, C functions, errors and
 * their traceback text, output redirection, reopening. Prints "N passed, N failed";
 * exit status 1 on any failure. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pvm.h"

static int passed, failed;

static void check(int ok, const char *what) {
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %s\n", what);
    }
}

static void check_text(const char *got, const char *expected, const char *what) {
    int ok = got && strcmp(got, expected) == 0;
    if (!ok) printf("  got [%s]\n  expected [%s]\n", got ? got : "(null)", expected);
    check(ok, what);
}

/* ---- output capture ---- */

typedef struct Capture {
    char text[4096];
    size_t len;
} Capture;

static void capture_write(const char *data, size_t len, void *userdata) {
    Capture *c = userdata;
    if (c->len + len >= sizeof c->text) len = sizeof c->text - 1 - c->len;
    memcpy(c->text + c->len, data, len);
    c->len += len;
    c->text[c->len] = '\0';
}

static void capture_reset(Capture *c) {
    c->len = 0;
    c->text[0] = '\0';
}

/* ---- C functions ---- */

static pvm_value *c_add(pvm_state *P, size_t nargs, pvm_value *const *args, void *userdata) {
    int64_t a, b;
    if (nargs != 2) return pvm_raise(P, "TypeError", "add() takes 2 arguments");
    if (pvm_to_int64(P, args[0], &a) < 0 || pvm_to_int64(P, args[1], &b) < 0) return NULL;
    *(int *)userdata += 1;
    return pvm_int(P, a + b);
}

static pvm_value *c_fail(pvm_state *P, size_t nargs, pvm_value *const *args, void *userdata) {
    return pvm_raise(P, "ValueError", "bad input");
}

static pvm_value *c_null(pvm_state *P, size_t nargs, pvm_value *const *args, void *userdata) {
    return NULL;
}

/* apply(f, x): calls back into Python; its exception propagates. */
static pvm_value *c_apply(pvm_state *P, size_t nargs, pvm_value *const *args, void *userdata) {
    if (nargs != 2) return pvm_raise(P, "TypeError", "apply() takes 2 arguments");
    return pvm_call(P, args[0], 1, &args[1]);
}

/* ---- tests ---- */

static void test_values(pvm_state *P) {
    pvm_value *v = pvm_eval(P, "6 * 7");
    int64_t n = 0;
    check(v && pvm_to_int64(P, v, &n) == 0 && n == 42, "eval 6 * 7");
    check(v && strcmp(pvm_type_name(v), "int") == 0, "type name int");
    pvm_value_release(v);

    v = pvm_eval(P, "2 ** 100");
    check(v && pvm_to_int64(P, v, &n) < 0, "2 ** 100 does not fit int64");
    check_text(pvm_error_type(P), "OverflowError", "overflow error type");
    pvm_clear_error(P);
    check(pvm_error_message(P) == NULL, "no error after clear");
    pvm_value_release(v);

    double d = 0;
    v = pvm_float(P, 2.5);
    check(v && pvm_to_double(P, v, &d) == 0 && d == 2.5, "float round trip");
    pvm_value_release(v);
    v = pvm_int(P, INT64_MIN);
    check(v && pvm_to_int64(P, v, &n) == 0 && n == INT64_MIN, "int64 min round trip");
    check(v && pvm_to_double(P, v, &d) == 0 && d == -9223372036854775808.0, "int as double");
    pvm_value_release(v);

    v = pvm_str(P, "h\xc3\xa9llo");
    size_t len = 0;
    const char *s = v ? pvm_to_utf8(P, v, &len) : NULL;
    check(s && len == 6 && strcmp(s, "h\xc3\xa9llo") == 0, "str round trip (UTF-8)");
    pvm_value *r = v ? pvm_repr(P, v) : NULL;
    check_text(r ? pvm_to_utf8(P, r, NULL) : NULL, "'h\xc3\xa9llo'", "repr of str");
    pvm_value_release(r);
    pvm_value_release(v);

    v = pvm_str_len(P, "a\0b", 3);
    check(v && pvm_to_utf8(P, v, &len) && len == 3, "str with NUL");
    pvm_value_release(v);

    v = pvm_eval(P, "[1, 2]");
    check(v && pvm_to_utf8(P, v, NULL) == NULL, "to_utf8 of a list fails");
    check_text(pvm_error_type(P), "TypeError", "to_utf8 TypeError");
    pvm_value *t = v ? pvm_to_str(P, v) : NULL;
    check_text(t ? pvm_to_utf8(P, t, NULL) : NULL, "[1, 2]", "str of a list");
    check(v && pvm_truthy(P, v) == 1, "truth of a list");
    pvm_value_release(t);
    pvm_value_release(v);

    v = pvm_none(P);
    check(pvm_is_none(v) && pvm_truthy(P, v) == 0, "None");
    pvm_value_release(v);
    v = pvm_bool(P, 1);
    check(v && strcmp(pvm_type_name(v), "bool") == 0, "bool");
    pvm_value *kept = pvm_value_retain(v);
    pvm_value_release(v);
    pvm_value_release(kept);
    pvm_clear_error(P);
}

static void test_globals_and_calls(pvm_state *P) {
    check(pvm_run_string(P, "def mul(a, b):\n    return a * b\nk = 10\n", NULL) == 0,
          "define a function");
    pvm_value *k = pvm_int(P, 5);
    check(pvm_set_global(P, "k", k) == 0, "set global");
    pvm_value_release(k);
    pvm_value *v = pvm_eval(P, "k + 1");
    int64_t n = 0;
    check(v && pvm_to_int64(P, v, &n) == 0 && n == 6, "global set from C seen by Python");
    pvm_value_release(v);

    pvm_value *mul = pvm_get_global(P, "mul");
    pvm_value *args[2] = {pvm_str(P, "ab"), pvm_int(P, 3)};
    v = mul ? pvm_call(P, mul, 2, args) : NULL;
    check_text(v ? pvm_to_utf8(P, v, NULL) : NULL, "ababab", "call a Python function");
    pvm_value_release(v);
    v = mul ? pvm_call(P, mul, 1, args) : NULL;
    check(v == NULL, "call with a missing argument fails");
    check_text(pvm_error_type(P), "TypeError", "missing argument TypeError");
    pvm_value_release(args[0]);
    pvm_value_release(args[1]);
    pvm_value_release(mul);

    v = pvm_get_global(P, "len");
    check(v != NULL, "builtins through get_global");
    pvm_value *upper = NULL;
    pvm_value *s = pvm_str(P, "abc");
    upper = s ? pvm_get_attr(P, s, "upper") : NULL;
    pvm_value *u = upper ? pvm_call(P, upper, 0, NULL) : NULL;
    check_text(u ? pvm_to_utf8(P, u, NULL) : NULL, "ABC", "method through get_attr");
    pvm_value_release(u);
    pvm_value_release(upper);
    pvm_value_release(s);
    pvm_value_release(v);

    check(pvm_get_global(P, "no_such_name") == NULL, "missing global");
    check_text(pvm_error_type(P), "NameError", "missing global NameError");
    pvm_clear_error(P);
}

static void test_errors(pvm_state *P) {
    check(pvm_run_string(P, "x = 1\ny = x / 0\n", "<test>") == -1, "exception fails the run");
    check_text(pvm_error_type(P), "ZeroDivisionError", "error type");
    check_text(pvm_error_message(P),
               "Traceback (most recent call last):\n"
               "  File \"<test>\", line 2, in <module>\n"
               "ZeroDivisionError: division by zero\n",
               "traceback text");
    check(pvm_run_string(P, "z = 1", NULL) == 0, "success after an error");
    check_text(pvm_error_type(P), "ZeroDivisionError", "error kept until cleared");
    pvm_clear_error(P);

    check(pvm_run_string(P, "x = (1,\n", "<syn>") == -1, "syntax error");
    check_text(pvm_error_message(P),
               "  File \"<syn>\", line 1\n"
               "    x = (1,\n"
               "        ^\n"
               "SyntaxError: '(' was never closed\n",
               "syntax error text");
    check(pvm_eval(P, "1 +") == NULL, "eval syntax error");
    check_text(pvm_error_type(P), "SyntaxError", "eval SyntaxError");

    check(pvm_run_string(P, "raise SystemExit(3)", NULL) == -1, "SystemExit is an error");
    check_text(pvm_error_type(P), "SystemExit", "SystemExit type");
    char path[] = "/tmp/pvm_test_embed_XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (f) {
        fputs("# -*- coding: latin-1 -*-\nword = '\xe9t\xe9'\nlen(word) / 0\n", f);
        fclose(f);
    }
    check(f && pvm_run_file(P, path) == -1, "run a file that fails");
    char expected[512];
    snprintf(expected, sizeof expected,
             "Traceback (most recent call last):\n"
             "  File \"%s\", line 3, in <module>\n"
             "    len(word) / 0\n"
             "    ~~~~~~~~~~^~~\n"
             "ZeroDivisionError: division by zero\n",
             path);
    check_text(pvm_error_message(P), expected, "traceback of a file shows its lines");
    pvm_value *word = pvm_get_global(P, "word");
    check_text(word ? pvm_to_utf8(P, word, NULL) : NULL, "\xc3\xa9t\xc3\xa9",
               "coding cookie of a file honoured");
    pvm_value_release(word);
    remove(path);
    check(pvm_run_file(P, "/nonexistent/file.py") == -1, "missing file");
    check_text(pvm_error_type(P), "FileNotFoundError", "missing file error type");
    pvm_clear_error(P);
}

static int calls; /* add()'s userdata */

static void test_c_functions(pvm_state *P, Capture *out) {
    check(pvm_register_function(P, "add", c_add, &calls) == 0, "register add");
    check(pvm_register_function(P, "fail", c_fail, NULL) == 0, "register fail");
    check(pvm_register_function(P, "null", c_null, NULL) == 0, "register null");
    check(pvm_register_function(P, "apply", c_apply, NULL) == 0, "register apply");
    capture_reset(out);
    const char *code = "print(add(2, 3), add(-1, 1), add)\n"
                       "try:\n    fail()\nexcept ValueError as e:\n    print('caught', e)\n"
                       "try:\n    null()\nexcept SystemError as e:\n    print(e)\n"
                       "try:\n    add(1, b=2)\nexcept TypeError as e:\n    print(e)\n"
                       "print(apply(lambda x: x * 2, 21))\n"
                       "try:\n    apply(lambda x: 1 / x, 0)\n"
                       "except ZeroDivisionError as e:\n    print('through C:', e)\n"
                       "def helper():\n    return fail()\n";
    check(pvm_run_string(P, code, "<cfun>") == 0, "run code calling C functions");
    check_text(out->text,
               "5 0 <built-in function add>\n"
               "caught bad input\n"
               "null() returned NULL without setting an exception\n"
               "add() takes no keyword arguments\n"
               "42\n"
               "through C: division by zero\n",
               "C functions output");
    check(calls == 2, "userdata reaches the C function");
    check(pvm_run_string(P, "helper()", "<cfun2>") == -1, "uncaught error from C");
    check_text(pvm_error_message(P),
               "Traceback (most recent call last):\n"
               "  File \"<cfun2>\", line 1, in <module>\n"
               "  File \"<cfun>\", line 20, in helper\n"
               "ValueError: bad input\n",
               "traceback through a C function");
    pvm_clear_error(P);
}

static void test_output(pvm_state *P, Capture *out, Capture *err) {
    capture_reset(out);
    capture_reset(err);
    check(pvm_run_string(P, "import sys\nprint('to out')\nprint('to err', file=sys.stderr)\n",
                         NULL) == 0,
          "print to both streams");
    check_text(out->text, "to out\n", "stdout captured");
    check_text(err->text, "to err\n", "stderr captured");
    check(pvm_set_output(P, 7, NULL, NULL) == -1, "unknown stream rejected");
    pvm_clear_error(P);
}

int main(void) {
    pvm_state *P = pvm_open();
    check(P != NULL, "open");
    if (!P) return 1;
    check(pvm_open() == NULL, "one interpreter at a time");
    Capture out = {{0}, 0}, err = {{0}, 0};
    check(pvm_set_output(P, PVM_STDOUT, capture_write, &out) == 0, "redirect stdout");
    check(pvm_set_output(P, PVM_STDERR, capture_write, &err) == 0, "redirect stderr");
    test_values(P);
    test_globals_and_calls(P);
    test_errors(P);
    test_c_functions(P, &out);
    test_output(P, &out, &err);
    pvm_close(P);

    P = pvm_open();
    check(P != NULL, "reopen after close");
    if (P) {
        check(pvm_get_global(P, "k") == NULL, "fresh __main__ after reopen");
        pvm_clear_error(P);
        pvm_value *v = pvm_eval(P, "add(20, 22)");
        int64_t n = 0;
        check(v && pvm_to_int64(P, v, &n) == 0 && n == 42, "builtins kept after reopen");
        pvm_value_release(v);
        pvm_close(P);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
