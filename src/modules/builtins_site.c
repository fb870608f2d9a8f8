/* builtins_site.c: the builtins CPython's site module adds: exit and quit (Quitter objects
 * raising SystemExit), copyright, credits and license (_Printer objects showing a text a
 * page at a time) and help (a _Helper calling pydoc.help). */
#include <stdio.h>
#include <string.h>

#include "../import/import.h"
#include "../memory/alloc.h"
#include "../object/exceptions.h"
#include "../object/method_args.h"
#include "../object/str.h"
#include "../vm/errors.h"
#include "../vm/state.h"
#include "../object/module.h"
#include "builtins_internal.h"

typedef struct SiteObject {
    Object ob;
    const char *name; /* the builtin's name */
    const char *text; /* Quitter: the EOF key; _Printer: the text when no file is found */
    const char *file; /* _Printer: a file in the stdlib directory holding the full text */
} SiteObject;

enum { PRINTER_PAGE_LINES = 23 };

static Value site_get_name(Value self, void *c) {
    return str_from_cstr(((SiteObject *)self)->name);
}

static Value site_get_eof(Value self, void *c) { return str_from_cstr(((SiteObject *)self)->text); }

/* ---- exit / quit ---- */

static Value quitter_repr(Value self) {
    SiteObject *q = (SiteObject *)self;
    return str_from_format("Use %s() or %s to exit", q->name, q->text);
}

static Value quitter_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    static const char *const names[] = {"code"};
    Value code = NULL;
    if (args_bind("__call__", args, nargs, kwnames, names, 1, 1, &code) < 0) return NULL;
    Value arg = code ? code : NONE;
    Value exc = exception_new(&exc_SystemExit, &arg, 1);
    if (exc) err_set_exception(exc);
    return NULL;
}

static GetSetDef quitter_getsets[] = {
    {"name", site_get_name, NULL, NULL, NULL},
    {"eof", site_get_eof, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

Type type_site_quitter = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(SiteObject),
    .repr = quitter_repr,
    .call = quitter_call,
    .getattr = object_generic_getattr,
    .getsets = quitter_getsets,
};

/* ---- copyright / credits / license ---- */

/* The printer's text: its file's contents when readable, else its built-in text. */
static char *printer_text(SiteObject *p) {
    char *buf = NULL;
    size_t len = 0;
    char path[4096];
    const char *dir = interp.stdlib_path;
    FILE *f = NULL;
    if (p->file && dir && snprintf(path, sizeof path, "%s/%s", dir, p->file) < (int)sizeof path)
        f = fopen(path, "rb");
    if (f) {
        char chunk[4096];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
            char *grown = mem_realloc(buf, len + n + 1);
            if (!grown) break;
            buf = grown;
            memcpy(buf + len, chunk, n);
            len += n;
        }
        fclose(f);
    }
    if (!buf || len == 0) {
        mem_free(buf);
        buf = mem_strndup(p->text, strlen(p->text));
        if (!buf) err_no_memory();
        return buf;
    }
    buf[len] = '\0';
    return buf;
}

static size_t count_lines(const char *s) {
    size_t n = 1;
    for (; *s; s++) n += *s == '\n';
    return n;
}

static Value printer_repr(Value self) {
    SiteObject *p = (SiteObject *)self;
    char *text = printer_text(p);
    if (!text) return NULL;
    Value r = count_lines(text) <= PRINTER_PAGE_LINES
                  ? str_from_utf8(text, strlen(text))
                  : str_from_format("Type %s() to see the full %s text", p->name, p->name);
    mem_free(text);
    return r;
}

/* Prints *line (one line of text) and advances it past the line's newline. */
static int print_line(const char **line) {
    const char *end = strchr(*line, '\n');
    size_t n = end ? (size_t)(end - *line) : strlen(*line);
    Value s = str_from_utf8(*line, n);
    *line = end ? end + 1 : NULL;
    Value r = s ? builtin_print(NULL, &s, 1, NULL) : NULL;
    xdecref(s);
    xdecref(r);
    return r ? 0 : -1;
}

/* Waits for Return (another page: 1) or q (stop: 0); -1 on error. */
static int ask_more(void) {
    Value prompt = str_from_cstr("Hit Return for more, or q (and Return) to quit: ");
    if (!prompt) return -1;
    int more = -1;
    while (more < 0) {
        Value key = builtin_input(NULL, &prompt, 1, NULL);
        if (!key) break;
        if (str_length(key) == 0)
            more = 1;
        else if (str_length(key) == 1 && str_char(key, 0) == 'q')
            more = 0;
        decref(key);
    }
    decref(prompt);
    return more;
}

static Value printer_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_bind("__call__", args, nargs, kwnames, NULL, 0, 0, NULL) < 0) return NULL;
    char *text = printer_text((SiteObject *)self);
    if (!text) return NULL;
    const char *line = text;
    int status = 1;
    while (status == 1) {
        for (int i = 0; i < PRINTER_PAGE_LINES && line && status == 1; i++)
            if (print_line(&line) < 0) status = -1;
        if (status == 1) status = line ? ask_more() : 0;
    }
    mem_free(text);
    return status < 0 ? NULL : new_none();
}

Type type_site_printer = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_sitebuiltins._Printer",
    .basicsize = sizeof(SiteObject),
    .repr = printer_repr,
    .call = printer_call,
    .getattr = object_generic_getattr,
};

/* ---- help ---- */

static Value helper_repr(Value self) {
    return str_from_cstr(
        "Type help() for interactive help, or help(object) for help about object.");
}

static Value helper_call(Value self, Value const *args, size_t nargs, Value kwnames) {
    Value pydoc = import_module("pydoc");
    if (!pydoc) return NULL;
    Value help = object_getattr_cstr(pydoc, "help");
    decref(pydoc);
    if (!help) return NULL;
    Value r = object_call(help, args, nargs, kwnames);
    decref(help);
    return r;
}

Type type_site_helper = {
    .ob = {IMMORTAL_REFCOUNT, &type_type},
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(SiteObject),
    .repr = helper_repr,
    .call = helper_call,
    .getattr = object_generic_getattr,
};

/* ---- the instances ---- */

#define EOF_KEY "Ctrl-D (i.e. EOF)"
static SiteObject site_objects[] = {
    {{IMMORTAL_REFCOUNT, &type_site_quitter}, "quit", EOF_KEY, NULL},
    {{IMMORTAL_REFCOUNT, &type_site_quitter}, "exit", EOF_KEY, NULL},
    {{IMMORTAL_REFCOUNT, &type_site_printer},
     "copyright",
     "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
     "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
     "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
     "All Rights Reserved.\n\n"
     "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.",
     NULL},
    {{IMMORTAL_REFCOUNT, &type_site_printer},
     "credits",
     "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
     "    for supporting Python development.  See www.python.org for more information.",
     NULL},
    {{IMMORTAL_REFCOUNT, &type_site_printer},
     "license",
     "See https://www.python.org/psf/license/",
     "LICENSE.txt"},
    {{IMMORTAL_REFCOUNT, &type_site_helper}, "help", "", NULL},
};

int builtins_add_site_objects(Value module) {
    for (size_t i = 0; i < sizeof site_objects / sizeof site_objects[0]; i++) {
        if (module_add_object(module, site_objects[i].name, (Value)&site_objects[i]) < 0) return -1;
    }
    return 0;
}
