/* embed.c: a C program embedding pvm: registers a C function, runs Python that calls it,
 * and reads back a global. Build: `make examples/embed`; run: examples/embed. */
#include <stdio.h>

#include "pvm.h"

/* greet(name, times) -> str: called from Python with the arguments as handles. */
static pvm_value *greet(pvm_state *P, size_t nargs, pvm_value *const *args, void *userdata) {
    int64_t times;
    if (nargs != 2) return pvm_raise(P, "TypeError", "greet() takes 2 arguments");
    const char *name = pvm_to_utf8(P, args[0], NULL);
    if (!name || pvm_to_int64(P, args[1], &times) < 0) return NULL;
    char text[200];
    snprintf(text, sizeof text, "%s %s, %lld times", (const char *)userdata, name,
             (long long)times);
    return pvm_str(P, text);
}

int main(void) {
    pvm_state *P = pvm_open();
    if (!P) return 1;
    pvm_register_function(P, "greet", greet, "Hello");
    const char *code = "message = greet('pvm', 3)\n"
                       "print(message)\n"
                       "total = sum(len(w) for w in message.split())\n";
    if (pvm_run_string(P, code, "<embedded>") < 0) {
        fputs(pvm_error_message(P), stderr);
        pvm_close(P);
        return 1;
    }
    pvm_value *total = pvm_get_global(P, "total");
    int64_t n = 0;
    if (total && pvm_to_int64(P, total, &n) == 0) printf("total = %lld\n", (long long)n);
    pvm_value_release(total);
    pvm_close(P);
    return 0;
}
