import functools
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 20)))
p = functools.partial(sorted, key=len, reverse=True)
print(p(["a", "ccc", "bb"]), repr(functools.partial(int, base=2))[:30])
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V{self.v}"
print(sorted([V(3), V(1)]), V(1) >= V(1), V(2) > V(1), max(V(5), V(2)))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(x):
    "doc"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(3))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.RED), Color(2), Color["GREEN"], list(Color), Color.RED.name, Color.RED.value, len(Color))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(7), Perm.R in Perm(6), int(Perm.R | Perm.X), repr(Perm(5)))
class A(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(A.X.value, A.Y.value, A.X < A.Y if False else "", {A.X: 1}[A.X])
try:
    Color(5)
except ValueError as e: print(e)
import copy
a = {"k": [1, [2, 3]], "t": (1, [2])}
b = copy.deepcopy(a)
b["k"][1].append(4); b["t"][1].append(5)
print(a, b, copy.copy(a)["k"] is a["k"])
class C:
    def __init__(self): self.x = [1]
c = C(); d = copy.deepcopy(c); d.x.append(2)
print(c.x, d.x, copy.copy(c).x is c.x)
