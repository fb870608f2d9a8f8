d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("d"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=10); d.update([("z", 11)]); print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy(); e.clear(); print(d, e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
print({**d, "a": 0}, d | {"new": 1}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
d |= {"a": -1}; print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d.pop("nope")
except KeyError as e:
    print(repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
del d["a"]; print(d)
try:
    del d["a"]
except KeyError as e:
    print(repr(e))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
