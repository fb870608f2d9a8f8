import heapq, itertools, _collections, functools, _weakref, _io, math
class Evil:
    def __init__(self, l): self.l = l
    def __lt__(self, o):
        self.l.clear(); return True
    def __eq__(self, o):
        self.l.clear(); return False
h = []
h.append(Evil(h)); h.append(Evil(h)); h.append(Evil(h))
try: heapq.heapify(h)
except Exception as e: print(type(e).__name__)
d = _collections.deque()
d.extend([Evil(None) for _ in range(3)])
for x in d: x.l = d
try: print(d.count(1))
except Exception as e: print(type(e).__name__, e)
d = _collections.deque([1, 2, 3])
try: d.remove(Evil(d))
except Exception as e: print(type(e).__name__, e)
p = functools.partial(print)
p2 = functools.partial(p, p)
print(repr(p2)[:30])
a, b = itertools.tee(iter(range(5)))
del a
print(list(b))
def g():
    yield from t
t = itertools.tee(g(), 1)[0]
try: list(t)
except Exception as e: print(type(e).__name__, e)
for k, grp in itertools.groupby([1, 1, 2]):
    pass
print(list(grp))
class A: pass
objs = [A() for _ in range(100)]
refs = [_weakref.ref(o, lambda r: None) for o in objs]
del objs
print(sum(r() is None for r in refs))
s = _io.StringIO('x')
s.close()
try: s.read()
except ValueError as e: print(e)
print(math.fsum([1e308, -1e308, 1e-308]), math.hypot(*[1e-320] * 5), math.dist([], []))
it = itertools.chain.from_iterable(itertools.repeat([1], 3)); print(list(it))
print(list(itertools.islice(itertools.count(2**70), 2)), list(itertools.product([], repeat=0)))
