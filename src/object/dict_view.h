/* dict_view.h: dict views (dict_keys, dict_values, dict_items, with set operations on keys
 * and items views) and the six dict iterator types (forward and reversed, per kind). */
#ifndef PVM_DICT_VIEW_H
#define PVM_DICT_VIEW_H

#include "object.h"

typedef enum DictViewKind { DICT_KEYS, DICT_VALUES, DICT_ITEMS } DictViewKind;

extern Type type_dict_keys, type_dict_values, type_dict_items;
extern Type type_dict_keyiterator, type_dict_valueiterator, type_dict_itemiterator;
extern Type type_dict_reversekeyiterator, type_dict_reversevalueiterator,
    type_dict_reverseitemiterator;

Value dict_view_new(Value dict, DictViewKind kind);
Value dict_iter_new(Value dict, DictViewKind kind, bool reversed);
bool is_dict_set_view(Value v); /* a keys or items view: set-like */

#endif
