/* test_repl.c: unit tests of the interactive interpreter (src/vm/repl.c): statements fed
 * line by line through repl_run_lines, with sys.stdout and sys.stderr captured together;
 * the expected texts are what `python3 -i 2>&1` prints for the same input, without its
 * banner. Prints "N passed, N failed"; exit status 1 on any failure. */
#include <stdio.h>
#include <string.h>

#include "pvm.h"
#include "vm/repl.h"

typedef struct ReplCase {
    const char *input, *expected;
    int status;
} ReplCase;

static const ReplCase cases[] = {
    {"1 + 1\n"
     "x = 5\n"
     "x * 2\n",
     ">>> 2\n"
     ">>> >>> 10\n"
     ">>> \n",
     0},
    {"x = 1\n"
     "if x:\n"
     "    print(\"yes\")\n"
     "else:\n"
     "    print(\"no\")\n"
     "\n",
     ">>> >>> ... ... ... ... yes\n"
     ">>> \n",
     0},
    {"def f(n):\n"
     "    return n * 3\n"
     "\n"
     "f(4)\n"
     "_\n",
     ">>> ... ... >>> 12\n"
     ">>> 12\n"
     ">>> \n",
     0},
    {"1 / 0\n",
     ">>> Traceback (most recent call last):\n"
     "  File \"<stdin>\", line 1, in <module>\n"
     "ZeroDivisionError: division by zero\n"
     ">>> \n",
     0},
    {"def f(:\n",
     ">>>   File \"<stdin>\", line 1\n"
     "    def f(:\n"
     "          ^\n"
     "SyntaxError: invalid syntax\n"
     ">>> \n",
     0},
    {"(1,\n"
     "\n"
     " 2)\n",
     ">>> ... ... (1, 2)\n"
     ">>> \n",
     0},
    {"s = \"\"\"a\n"
     "\n"
     "b\"\"\"\n"
     "s\n",
     ">>> ... ... >>> 'a\\n\\nb'\n"
     ">>> \n",
     0},
    {"# only a comment\n"
     "\n",
     ">>> >>> >>> \n", 0},
    {"try:\n"
     "    pass\n"
     "\n",
     ">>> ... ...   File \"<stdin>\", line 3\n"
     "    \n"
     "    ^\n"
     "SyntaxError: expected 'except' or 'finally' block\n"
     ">>> \n",
     0},
    {"if 1:\n"
     "x = 1\n",
     ">>> ...   File \"<stdin>\", line 2\n"
     "    x = 1\n"
     "    ^\n"
     "IndentationError: expected an indented block after 'if' statement on line 1\n"
     ">>> \n",
     0},
    {"def g():\n"
     "    raise ValueError(\"boom\")\n"
     "\n"
     "g()\n",
     ">>> ... ... >>> Traceback (most recent call last):\n"
     "  File \"<stdin>\", line 1, in <module>\n"
     "  File \"<stdin>\", line 2, in g\n"
     "ValueError: boom\n"
     ">>> \n",
     0},
    {"1; 2\n"
     "None\n"
     "_\n",
     ">>> 1\n"
     "2\n"
     ">>> >>> 2\n"
     ">>> \n",
     0},
    {"for i in range(3):\n"
     "    i\n"
     "\n",
     ">>> ... ... 0\n"
     "1\n"
     "2\n"
     ">>> \n",
     0},
    {"class A:\n"
     "    def __repr__(self):\n"
     "        return \"A!\"\n"
     "\n"
     "A()\n"
     "[A()]\n",
     ">>> ... ... ... >>> A!\n"
     ">>> [A!]\n"
     ">>> \n",
     0},
    {"if 1:\n"
     "  pass\n"
     "x = 1\n",
     ">>> ... ...   File \"<stdin>\", line 3\n"
     "    x = 1\n"
     "    ^\n"
     "SyntaxError: invalid syntax\n"
     ">>> \n",
     0},
    {"1 \\\n"
     " + 2\n",
     ">>> ... 3\n"
     ">>> \n",
     0},
    {"import sys\n"
     "sys.ps1 = \"py> \"\n"
     "7\n"
     "sys.ps1 = \">>> \"\n",
     ">>> >>> py> 7\n"
     "py> >>> \n",
     0},
    {"while False:\n"
     "    pass\n",
     ">>> ... ... \n"
     ">>> \n",
     0},
    {"raise SystemExit(4)\n"
     "print(\"not reached\")\n",
     ">>> ", 4},
};

static char output[8192];
static size_t output_len;

static void capture(const char *data, size_t len, void *userdata) {
    if (output_len + len >= sizeof output) len = sizeof output - 1 - output_len;
    memcpy(output + output_len, data, len);
    output_len += len;
    output[output_len] = '\0';
}

int main(void) {
    pvm_state *P = pvm_open();
    if (!P || pvm_set_output(P, PVM_STDOUT, capture, NULL) < 0 ||
        pvm_set_output(P, PVM_STDERR, capture, NULL) < 0) {
        puts("FAIL: cannot open the interpreter");
        return 1;
    }
    int passed = 0, failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        output_len = 0;
        output[0] = '\0';
        int status = repl_run_lines(cases[i].input);
        if (status == cases[i].status && strcmp(output, cases[i].expected) == 0) {
            passed++;
        } else {
            failed++;
            printf("FAIL: case %zu (status %d, expected %d)\n--- input\n%s--- got\n%s--- "
                   "expected\n%s",
                   i + 1, status, cases[i].status, cases[i].input, output, cases[i].expected);
        }
    }
    pvm_close(P);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
