/* repl_complete.c: Tab completion for the REPL: the candidates for a name are Python's
 * keywords, the globals of __main__ and the builtins; for a dotted name, the attributes
 * that dir() lists for the object the part before the last dot names. */
#include "repl_complete.h"

#include <stdlib.h>
#include <string.h>

#include "../memory/alloc.h"
#include "../object/dict.h"
#include "../object/list.h"
#include "../object/module.h"
#include "../object/str.h"
#include "errors.h"
#include "state.h"

static const char *const keywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",
};

typedef struct Matches {
    char **items;
    size_t count, cap;
    const char *prefix; /* the text before the last dot, with the dot ("" for a name) */
    size_t prefix_len;
    const char *stem; /* what the completed name must start with */
    size_t stem_len;
} Matches;

/* Adds prefix + name (+ "(" when callable) if name starts with the stem and is new. */
static void add_match(Matches *m, const char *name, bool callable) {
    if (strncmp(name, m->stem, m->stem_len) != 0) return;
    size_t n = strlen(name);
    char *text = malloc(m->prefix_len + n + 2); /* freed by libedit */
    if (!text) return;
    memcpy(text, m->prefix, m->prefix_len);
    memcpy(text + m->prefix_len, name, n);
    if (callable) text[m->prefix_len + n++] = '(';
    text[m->prefix_len + n] = '\0';
    for (size_t i = 0; i < m->count; i++) {
        if (strcmp(m->items[i], text) == 0) {
            free(text);
            return;
        }
    }
    if (m->count + 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        char **bigger = mem_realloc(m->items, cap * sizeof *bigger);
        if (!bigger) {
            free(text);
            return;
        }
        m->items = bigger;
        m->cap = cap;
    }
    m->items[m->count++] = text;
    m->items[m->count] = NULL;
}

static void add_value_match(Matches *m, Value name, Value v) {
    const char *text = is_str(name) ? str_utf8(name) : NULL;
    if (text) add_match(m, text, v && object_is_callable(v));
    err_clear();
}

static void add_dict_matches(Matches *m, Value d) {
    intptr_t pos = 0;
    Value key, value;
    while (dict_next(d, &pos, &key, &value)) add_value_match(m, key, value);
}

/* The object a dotted name (len bytes of text) names, or NULL. */
static Value resolve(const char *text, size_t len) {
    Value obj = NULL;
    Value main = dict_get_cstr(interp.modules, "__main__");
    for (size_t start = 0; start <= len;) {
        const char *dot = memchr(text + start, '.', len - start);
        size_t end = dot ? (size_t)(dot - text) : len;
        Value name = str_from_utf8(text + start, end - start);
        if (!name) break;
        Value next;
        if (obj) {
            next = object_getattr(obj, name);
        } else {
            next = main ? dict_get(module_dict(main), name) : NULL;
            if (!next) next = dict_get(interp.builtins, name);
            xincref(next);
        }
        decref(name);
        xdecref(obj);
        obj = next;
        if (!obj) break;
        start = end + 1;
    }
    err_clear();
    return obj;
}

static void add_attribute_matches(Matches *m, Value obj) {
    Value dir = dict_get_cstr(interp.builtins, "dir");
    Value names = dir ? object_call(dir, &obj, 1, NULL) : NULL;
    bool show_private = m->stem[0] == '_';
    for (intptr_t i = 0; names && is_list(names) && i < list_size(names); i++) {
        Value name = list_get(names, i);
        const char *text = is_str(name) ? str_utf8(name) : NULL;
        if (!text || (text[0] == '_' && !show_private)) continue;
        Value v = object_getattr(obj, name);
        add_value_match(m, name, v);
        xdecref(v);
    }
    xdecref(names);
    err_clear();
}

char **repl_complete(const char *word) {
    Matches m = {0};
    const char *dot = strrchr(word, '.');
    m.prefix = word;
    m.prefix_len = dot ? (size_t)(dot - word) + 1 : 0;
    m.stem = word + m.prefix_len;
    m.stem_len = strlen(m.stem);
    if (dot) {
        Value obj = resolve(word, (size_t)(dot - word));
        if (obj) add_attribute_matches(&m, obj);
        xdecref(obj);
    } else {
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
            add_match(&m, keywords[i], false);
        }
        Value main = dict_get_cstr(interp.modules, "__main__");
        if (main) add_dict_matches(&m, module_dict(main));
        add_dict_matches(&m, interp.builtins);
    }
    return m.items;
}
