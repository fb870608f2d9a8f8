d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d)
d["a"] = 10
print(d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0))
print(d.pop("c"), d)
d.update({"x": 1, "y": 2})
print(d)
print(d.setdefault("x", 5), d.setdefault("q", 6), d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
e = {1: "one", 2.5: "f", (1, 2): "t", None: "n", True: "T"}
print(e)
print(e[1], e[(1, 2)], e[None])
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]))
print({} == {}, {1: 2} == {1: 2.0})
c = d.copy()
c.clear()
print(c, len(d))
print({i: i * i for i in range(4)})
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
