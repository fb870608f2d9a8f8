class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v * 2)
d = D()
d["a"] = 1
d.update(b=2)
d.setdefault("c", 3)
print(d, D(x=1), dict(d))
class L(list):
    def __init__(self, *a):
        print("init", a)
        super().__init__(*a)
    def __getitem__(self, i):
        return "custom"
l = L([1, 2])
print(l[0], list(l), l + [3], [x for x in l], l[:1], len(l), l == [1, 2], repr(l))
class I(int):
    def __repr__(self): return f"I({int(self)})"
    def __str__(self): return "I-str"
i = I(5)
print(i, repr(i), [i], f"{i}", f"{i:d}", "%d %s %r" % (i, i, i), i + 1, type(i * 2).__name__, str(i), format(i, ""))
