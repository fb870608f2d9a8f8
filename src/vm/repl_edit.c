/* repl_edit.c: libedit line editing for the REPL: history (kept in ~/.pvm_history), Tab
 * completion, and the callback interface so that a SIGINT (Ctrl-C) can abandon the line:
 * the handler only sets a flag that interrupts select(). Kept apart from repl.c because
 * <editline/readline.h> defines `Function`. */
#include "repl_edit.h"

#include <editline/readline.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>

#include "../memory/alloc.h"

/* ---- completion ---- */

static ReplCompleter completer;
static char **candidates; /* the completer's array; libedit takes each string */
static size_t next_candidate;
static bool indenting; /* Tab in the indentation: the one completion is four spaces */

static char *candidate(const char *word, int state) {
    if (indenting) return state == 0 ? strdup("    ") : NULL; /* freed by libedit */
    if (state == 0) {
        mem_free(candidates);
        candidates = completer(word);
        next_candidate = 0;
    }
    return candidates && candidates[next_candidate] ? candidates[next_candidate++] : NULL;
}

/* Tab completes the word before the cursor, except in the indentation at the start of a
 * line, where it indents (libedit's rl_bind_key binds no function but rl_insert). */
static char **attempt_completion(const char *word, int start, int end) {
    rl_attempted_completion_over = 1; /* no file-name completion */
    indenting = !*word;
    for (int i = 0; indenting && rl_line_buffer && i < start; i++) {
        indenting = rl_line_buffer[i] == ' ' || rl_line_buffer[i] == '\t';
    }
    return rl_completion_matches(word, candidate);
}

/* ---- history ---- */

static char history_path[4096];

/* Adds line to the history and rewrites the history file (at most 1000 lines), so that
 * nothing is lost when the process is killed. */
static void save_history(const char *line) {
    add_history(line);
    if (history_path[0]) write_history(history_path);
}

/* ---- reading a line ---- */

static volatile sig_atomic_t sigint_seen;
static char *edited_line;
static bool edit_done;

static void on_sigint(int sig) {
    (void)sig;
    sigint_seen = 1;
}

static void on_edited_line(char *line) {
    edited_line = line;
    edit_done = true;
    rl_callback_handler_remove();
}

char *repl_edit_read(const char *prompt, bool *interrupted) {
    struct sigaction sa = {.sa_handler = on_sigint}, old;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old); /* no SA_RESTART: select() returns EINTR */
    sigint_seen = 0;
    rl_done = 0; /* left set by the previous line or a completion */
    edit_done = false;
    edited_line = NULL;
    rl_callback_handler_install(prompt, on_edited_line);
    int fd = fileno(rl_instream ? rl_instream : stdin);
    while (!edit_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fd, &fds);
        int n = select(fd + 1, &fds, NULL, NULL, NULL);
        if (sigint_seen) {
            rl_callback_handler_remove();
            *interrupted = true;
            break;
        }
        if (n > 0) {
            rl_callback_read_char();
        } else if (n < 0 && errno != EINTR) {
            rl_callback_handler_remove();
            break;
        }
    }
    sigaction(SIGINT, &old, NULL);
    char *line = NULL;
    if (edited_line) {
        if (*edited_line) save_history(edited_line);
        line = mem_strndup(edited_line, strlen(edited_line));
        free(edited_line);
    }
    return line;
}

/* libedit reads multibyte characters only in a UTF-8 LC_CTYPE: the environment's, else
 * C.UTF-8 (as CPython coerces the C locale, PEP 538). */
static void use_utf8_ctype(void) {
    const char *set = setlocale(LC_CTYPE, "");
    const char *codeset = set ? nl_langinfo(CODESET) : "";
    if (strcmp(codeset, "UTF-8") != 0 && !setlocale(LC_CTYPE, "C.UTF-8")) {
        setlocale(LC_CTYPE, "C");
    }
}

void repl_edit_init(ReplCompleter complete) {
    completer = complete;
    use_utf8_ctype();
    rl_readline_name = "python";
    rl_initialize();
    using_history();
    stifle_history(1000);
    const char *home = getenv("HOME");
    if (home && *home) {
        snprintf(history_path, sizeof history_path, "%s/.pvm_history", home);
        read_history(history_path);
    }
    rl_completer_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_basic_word_break_characters = rl_completer_word_break_characters;
    rl_completion_append_character = '\0';
    rl_attempted_completion_function = attempt_completion;
}
