class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], list(s), 9 in s, 10 in s, list(reversed(s)))
for x in s:
    print(x, end=" ")
print()
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __contains__(self, x):
        print("contains called")
        return x in self.items
    def __iter__(self):
        return iter(self.items)
b = Bag(1, 2)
print(2 in b, 3 not in b, list(b), sorted(b, reverse=True))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return x + self.n + sum(rest)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder), callable(5))
class M:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.get(k, "?")
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
m = M()
m["a"] = 1
print(m["a"], m["b"])
del m["a"]
print(m.d)
