class It:
    def __iter__(self): return self
try:
    iter(It())
except TypeError as e: print(e)
class G:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(list(G()), 1 in G(), list(iter(G())))
class P:
    def __init__(self): self.calls = 0
    def __eq__(self, o):
        self.calls += 1
        return False
p = P()
print(p in [p], p == p, [p] == [p], p.calls, p in (p,), p.calls, [p].count(p), [p].index(p))
class R:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rmul__(self, o): return "rmul"
    def __rtruediv__(self, o): return "rtruediv"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
    def __ror__(self, o): return "ror"
    def __rmod__(self, o): return "rmod"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmatmul__(self, o): return "rmatmul"
r = R()
print(1 + r, 1 - r, "a" * r, 1 / r, 2 ** r, 1 << r, {1} | r, "%s" % r if False else 5 % r, 1 // r, 1 @ r, [1] + r)
