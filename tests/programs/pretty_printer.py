def pretty(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{pad}  "{k}": {pretty(v, indent + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        if all(not isinstance(x, (dict, list)) for x in obj):
            return "[" + ", ".join(pretty(x) for x in obj) + "]"
        return "[\n" + ",\n".join(pad + "  " + pretty(x, indent + 1) for x in obj) + "\n" + pad + "]"
    if isinstance(obj, str):
        return '"' + obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    return repr(obj)
doc = {
    "name": "widget",
    "version": 3,
    "price": 9.99,
    "tags": ["a", "b"],
    "active": True,
    "owner": None,
    "parts": [{"id": 1, "sub": []}, {"id": 2, "sub": [{"x": "quote\"d"}]}],
    "notes": "line1\nline2",
    "empty": {},
}
print(pretty(doc))
print(pretty([1, [2, [3]]]))
