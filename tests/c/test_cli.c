/* test_cli.c: the pvm command line, run as a subprocess (the binary named by $PVM):
 * -c, -m (module and package), the pipeline stages (--tokens, --ast, -m dis), -V and the
 * errors for a missing file or module, with CPython's output and exit statuses. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;
static const char *pvm;
static char dir[] = "/tmp/pvm_cli_XXXXXX";

/* Runs `pvm ARGS` in dir (stderr merged into stdout) and compares output and status. */
static void expect(const char *args, const char *want, int want_status) {
    char cmd[1024], out[8192];
    snprintf(cmd, sizeof cmd, "cd %s && %s %s 2>&1", dir, pvm, args);
    FILE *p = popen(cmd, "r");
    size_t n = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[n] = '\0';
    int status = p ? pclose(p) : -1;
    status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    /* error lines start with the program's name (and may end with a temporary path):
     * a `want` starting with ": " is compared as a prefix from the first ':' */
    const char *got = out;
    bool prefix = strncmp(want, ": ", 2) == 0;
    if (prefix) got = strchr(out, ':') ? strchr(out, ':') : out;
    bool same = prefix ? strncmp(got, want, strlen(want)) == 0 : strcmp(got, want) == 0;
    if (!same || status != want_status) {
        printf("pvm %s\n  want (status %d): %s\n  got  (status %d): %s\n", args, want_status, want,
               status, out);
        failures++;
    }
}

static void write_file(const char *name, const char *text) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

int main(void) {
    pvm = getenv("PVM");
    if (!pvm || !mkdtemp(dir)) return 1;
    char abs_pvm[1024];
    if (pvm[0] != '/' && getcwd(abs_pvm, 900)) {
        strcat(abs_pvm, "/");
        strcat(abs_pvm, pvm);
        pvm = abs_pvm;
    }
    write_file("hello.py", "print('hi')\n");
    write_file("m1.py", "import sys\nprint(__name__, sys.argv[1:])\n");
    char pkg[256];
    snprintf(pkg, sizeof pkg, "%s/pk", dir);
    mkdir(pkg, 0777);
    write_file("pk/__init__.py", "");
    write_file("pk/__main__.py", "print('pk main', __name__)\n");

    expect("-c 'print(1 + 2)'", "3\n", 0);
    expect("-c 'import sys; print(sys.argv)' a b", "['-c', 'a', 'b']\n", 0);
    expect("-c 'raise SystemExit(7)'", "", 7);
    expect("-m m1 x", "__main__ ['x']\n", 0);
    expect("-m pk", "pk main __main__\n", 0);
    expect("-m nosuch", ": No module named nosuch\n", 1);
    expect("missing.py", ": can't open file", 2);
    expect("-V", "Python 3.11.7\n", 0);
    expect("hello.py", "hi\n", 0);
    expect("--tokens hello.py",
           "0,0-0,0:            ENCODING       'utf-8'        \n"
           "1,0-1,5:            NAME           'print'        \n"
           "1,5-1,6:            OP             '('            \n"
           "1,6-1,10:           STRING         \"'hi'\"         \n"
           "1,10-1,11:          OP             ')'            \n"
           "1,11-1,12:          NEWLINE        '\\n'           \n"
           "2,0-2,0:            ENDMARKER      ''             \n",
           0);
    expect("--ast hello.py",
           "Module(\n   body=[\n      Expr(\n         value=Call(\n"
           "            func=Name(id='print', ctx=Load()),\n            args=[\n"
           "               Constant(value='hi')],\n            keywords=[]))],\n"
           "   type_ignores=[])\n",
           0);
    expect("-m dis hello.py",
           "  0           0 RESUME                   0\n\n"
           "  1           2 PUSH_NULL\n"
           "              4 LOAD_NAME                0 (print)\n"
           "              6 LOAD_CONST               0 ('hi')\n"
           "              8 PRECALL                  1\n"
           "             12 CALL                     1\n"
           "             22 POP_TOP\n"
           "             24 LOAD_CONST               1 (None)\n"
           "             26 RETURN_VALUE\n",
           0);

    char cleanup[512];
    snprintf(cleanup, sizeof cleanup, "rm -rf %s", dir);
    if (system(cleanup) != 0) failures++;
    if (failures) printf("%d check(s) failed\n", failures);
    return failures ? 1 : 0;
}
