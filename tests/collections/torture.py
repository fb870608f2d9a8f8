def t(f):
    try:
        r = f()
        print(repr(r)[:200])
    except Exception as e:
        print(type(e).__name__, str(e)[:100])

class Evil:
    def __init__(self, target, h=1):
        self.target = target
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        self.target.clear()
        return False

d = {}
for i in range(5):
    d[Evil(d)] = i
t(lambda: d.get(Evil(d)))
d2 = {Evil(None, 1): 1}
d2[next(iter(d2))] = 5
l = [1, 2, 3]
e = Evil(l)
t(lambda: l.index(e) if False else l.count(e))
l = [1, 2, 3, 4]
t(lambda: l.remove(Evil(l)))
t(lambda: Evil(l) in [Evil(l), 2])
s = set()
for i in range(5):
    s.add(Evil(s, 7))
print(len(s))
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
t(lambda: {BadHash(): 1})
t(lambda: {BadHash()})
t(lambda: BadHash() in {1: 2})
t(lambda: BadHash() in {1})
class CmpMut:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst
    def __lt__(self, other):
        self.lst.append(1)
        return self.v < other.v
lst = []
items = [CmpMut(i, lst) for i in (3, 1, 2)]
t(lambda: items.sort())
print([x.v for x in items])
class CmpErr:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 5:
            raise RuntimeError("boom")
        return self.v < other.v
data = [CmpErr(i) for i in (9, 3, 5, 1, 7, 2, 8, 6, 4, 0) * 10]
t(lambda: data.sort())
print(sorted(x.v for x in data) == sorted([9, 3, 5, 1, 7, 2, 8, 6, 4, 0] * 10), len(data))
x = []
for i in range(100000):
    x = [x]
t(lambda: len(repr(x)))
y = ()
for i in range(100000):
    y = (y,)
t(lambda: hash(y) == hash(y))
t(lambda: y == y)
del x, y
dd = {}
for i in range(100000):
    dd = {'k': dd}
t(lambda: len(str(dd)))
del dd
z = [1]
for i in range(60):
    z = z + z
    if len(z) > 10 ** 6:
        break
print(len(z))
t(lambda: [0] * (2 ** 62))
t(lambda: (0,) * (2 ** 62))
t(lambda: [0, 1] * (2 ** 61))
class Weird:
    def __len__(self):
        raise ValueError("len")
    def __iter__(self):
        return iter([1])
t(lambda: list(Weird()))
class Grow:
    def __init__(self, l):
        self.l = l
    def __index__(self):
        self.l.clear()
        return 1
lg = [1, 2, 3]
t(lambda: lg.__getitem__(slice(Grow(lg), None)))
dk = {i: i for i in range(10)}
it = iter(dk)
next(it)
for i in range(10):
    dk.pop(i)
    dk[i + 100] = 0
t(lambda: list(it))
dk = {1: 2}
rit = reversed(dk)
dk.clear(); dk.update({5: 6})
t(lambda: list(rit))
ss = {1, 2, 3}
sit = iter(ss)
ss.discard(1); ss.add(9)
t(lambda: list(sit))
m = {i: i for i in range(100)}
for k in list(m):
    if k % 2:
        del m[k]
print(len(m), list(m)[:5], m.popitem(), list(m)[-2:])
print(sorted([3, 1, 2], key=None), sorted([], reverse=True))
t(lambda: sorted([1, 2], key=lambda v: 1 / 0))
a = [5, 4, 3]
a.sort(key=lambda v: -v)
print(a)
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(-10 ** 20, 10 ** 20, 10 ** 19)[-1])
print([[]] * 3, [[1]] * 0)
