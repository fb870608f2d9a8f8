import json
obj = {"b": [1, 2.5, {"c": None}], "a": "text with \"quotes\" and é", "t": True, "n": -0.0, "big": 10**20}
print(json.dumps(obj))
print(json.dumps(obj, sort_keys=True, indent=4))
print(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, "a", None], indent=None), json.dumps("é"), json.dumps(float("inf")), json.dumps((1, 2)))
back = json.loads(json.dumps(obj))
print(back == obj, type(back["b"][1]).__name__, json.loads("1e3"), json.loads('"\\u00e9"'), json.loads("[]"))
class P:
    def __init__(self, x): self.x = x
print(json.dumps(P(1), default=lambda o: o.__dict__))
try:
    json.dumps(P(1))
except TypeError as e:
    print(e)
for bad in ['{"a": }', "[1, 2", "", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads("  [1,\n 2] "))
