def g():
    yield 1
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
try:
    next(gen)
except StopIteration:
    pass
print(gen.gi_frame)
import sys
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def gen_locals(a, b=2, *args, **kw):
    yield a, b, args, kw
print(next(gen_locals(1, 3, 4, k=5)))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), 3 in t)
print(g.__qualname__, gen_locals.__code__.co_flags & 0x20 != 0)
