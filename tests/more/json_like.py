def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [pad + "  " + repr(k) + ": " + dump(x, indent + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return repr(v)
doc = {"name": "pvm", "version": [0, 1], "tags": ["vm", "python"], "meta": {"stable": False, "owner": None, "empty": {}}}
print(dump(doc))
