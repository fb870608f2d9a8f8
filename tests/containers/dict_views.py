d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["four"] = 4
print(len(k), list(v), ("four", 4) in it, "one" in k, 5 in v)
print(k & {"one", "five"}, sorted(k | {"zero"}), sorted(k - {"one"}), k ^ {"one", "six"} == {"two", "three", "four", "six"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print(e)
print(d)
try:
    for key in d:
        del d["new"]
except RuntimeError as e:
    print(e)
for key, val in sorted(d.items()):
    print(key, val)
print(k == {"one", "two", "three", "four"}, k.isdisjoint(["x"]), type(k).__name__, type(v).__name__, type(it).__name__)
ordered = {}
for w in ["b", "a", "c", "a"]:
    ordered[w] = ordered.get(w, 0) + 1
print(ordered, list(ordered))
