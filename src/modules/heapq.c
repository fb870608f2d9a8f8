/* heapq.c: the `_heapq` module: binary min-heaps (and the max-heap helpers heapq.py
 * uses) kept in a list, with the same comparisons in the same order as heapq.py's
 * pure-Python version, and CPython's errors. */
#include <string.h>

#include "../object/list.h"
#include "../object/method_args.h"
#include "../object/module.h"
#include "../vm/errors.h"
#include "stdlib_modules.h"

/* a < b for the heap order: min-heaps compare (a, b), max-heaps (b, a). 1, 0, -1. */
static int before(Value a, Value b, bool max) {
    return max ? object_richcompare_bool(b, a, CMP_LT) : object_richcompare_bool(a, b, CMP_LT);
}

static int changed_size(void) {
    err_format(&exc_RuntimeError, "list changed size during iteration");
    return -1;
}

/* Moves the item at pos up towards startpos while it is before its parent. */
static int sift_down(Value heap, intptr_t startpos, intptr_t pos, bool max) {
    intptr_t size = list_size(heap);
    if (pos >= size) {
        err_format(&exc_IndexError, "index out of range");
        return -1;
    }
    Value *items = ((List *)heap)->items;
    Value newitem = items[pos];
    while (pos > startpos) {
        intptr_t parentpos = (pos - 1) >> 1;
        Value parent = items[parentpos];
        incref(newitem);
        incref(parent);
        int lt = before(newitem, parent, max);
        decref(parent);
        decref(newitem);
        if (lt < 0) return -1;
        if (size != list_size(heap)) return changed_size();
        if (!lt) break;
        items = ((List *)heap)->items;
        parent = items[parentpos];
        newitem = items[pos];
        items[parentpos] = newitem;
        items[pos] = parent;
        pos = parentpos;
    }
    return 0;
}

/* Moves the smaller child up until pos is a leaf, then sifts the item back down. */
static int sift_up(Value heap, intptr_t pos, bool max) {
    intptr_t endpos = list_size(heap), startpos = pos;
    if (pos >= endpos) {
        err_format(&exc_IndexError, "index out of range");
        return -1;
    }
    intptr_t limit = endpos >> 1;
    while (pos < limit) {
        intptr_t childpos = 2 * pos + 1;
        Value *items = ((List *)heap)->items;
        if (childpos + 1 < endpos) {
            Value a = incref(items[childpos]), b = incref(items[childpos + 1]);
            int lt = before(a, b, max);
            decref(a);
            decref(b);
            if (lt < 0) return -1;
            childpos += lt ^ 1;
            if (endpos != list_size(heap)) return changed_size();
            items = ((List *)heap)->items;
        }
        Value t = items[childpos];
        items[childpos] = items[pos];
        items[pos] = t;
        pos = childpos;
    }
    return sift_down(heap, startpos, pos, max);
}

static bool list_arg(const char *fname, Value v) {
    if (is_list(v)) return true;
    const char *dot = strchr(fname, '.');
    err_format(&exc_TypeError, "%s() argument 1 must be list, not %T", dot ? dot + 1 : fname, v);
    return false;
}

static Value heappush(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("heappush", nargs, 2, 2) < 0 || !list_arg("heappush", args[0])) return NULL;
    Value heap = args[0];
    if (list_append(heap, args[1]) < 0 || sift_down(heap, 0, list_size(heap) - 1, false) < 0)
        return NULL;
    return NONE;
}

/* Removes the last item; with a non-empty rest it replaces the top, which is returned. */
static Value pop_top(const char *fname, Value const *args, size_t nargs, bool max) {
    if (args_exactly_one(fname, nargs) < 0 || !list_arg(fname, args[0])) return NULL;
    Value heap = args[0];
    intptr_t n = list_size(heap);
    if (n == 0) return err_format(&exc_IndexError, "index out of range");
    List *l = (List *)heap;
    Value last = l->items[--l->size];
    if (l->size == 0) return last;
    Value top = l->items[0];
    l->items[0] = last;
    if (sift_up(heap, 0, max) < 0) {
        decref(top);
        return NULL;
    }
    return top;
}

static Value heappop(Value self, Value const *args, size_t nargs, Value kwnames) {
    return pop_top("_heapq.heappop", args, nargs, false);
}
static Value heappop_max(Value self, Value const *args, size_t nargs, Value kwnames) {
    return pop_top("_heapq._heappop_max", args, nargs, true);
}

static Value replace_top(const char *fname, Value const *args, size_t nargs, bool max) {
    if (args_count(fname, nargs, 2, 2) < 0 || !list_arg(fname, args[0])) return NULL;
    Value heap = args[0];
    if (list_size(heap) == 0) return err_format(&exc_IndexError, "index out of range");
    List *l = (List *)heap;
    Value top = l->items[0];
    l->items[0] = incref(args[1]);
    if (sift_up(heap, 0, max) < 0) {
        decref(top);
        return NULL;
    }
    return top;
}

static Value heapreplace(Value self, Value const *args, size_t nargs, Value kwnames) {
    return replace_top("heapreplace", args, nargs, false);
}
static Value heapreplace_max(Value self, Value const *args, size_t nargs, Value kwnames) {
    return replace_top("_heapreplace_max", args, nargs, true);
}

static Value heappushpop(Value self, Value const *args, size_t nargs, Value kwnames) {
    if (args_count("heappushpop", nargs, 2, 2) < 0 || !list_arg("heappushpop", args[0]))
        return NULL;
    Value heap = args[0], item = args[1];
    if (list_size(heap) == 0) return incref(item);
    Value top = incref(list_get(heap, 0));
    int lt = object_richcompare_bool(top, item, CMP_LT);
    decref(top);
    if (lt < 0) return NULL;
    if (!lt) return incref(item);
    if (list_size(heap) == 0) return err_format(&exc_IndexError, "index out of range");
    List *l = (List *)heap;
    top = l->items[0];
    l->items[0] = incref(item);
    if (sift_up(heap, 0, false) < 0) {
        decref(top);
        return NULL;
    }
    return top;
}

static Value heapify_any(const char *fname, Value const *args, size_t nargs, bool max) {
    if (args_exactly_one(fname, nargs) < 0 || !list_arg(fname, args[0])) return NULL;
    Value heap = args[0];
    for (intptr_t i = list_size(heap) / 2 - 1; i >= 0; i--)
        if (sift_up(heap, i, max) < 0) return NULL;
    return NONE;
}

static Value heapify(Value self, Value const *args, size_t nargs, Value kwnames) {
    return heapify_any("_heapq.heapify", args, nargs, false);
}
static Value heapify_max(Value self, Value const *args, size_t nargs, Value kwnames) {
    return heapify_any("_heapq._heapify_max", args, nargs, true);
}

static MethodDef heapq_methods[] = {
    {"heappush", heappush, 0, NULL},
    {"heappop", heappop, 0, NULL},
    {"heapreplace", heapreplace, 0, NULL},
    {"heappushpop", heappushpop, 0, NULL},
    {"heapify", heapify, 0, NULL},
    {"_heappop_max", heappop_max, 0, NULL},
    {"_heapreplace_max", heapreplace_max, 0, NULL},
    {"_heapify_max", heapify_max, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value heapq_module_new(void) {
    Value m = module_new("_heapq");
    if (m && module_add_functions(m, heapq_methods) < 0) CLEAR(m);
    return m;
}
