def g():
    yield 1
    raise StopIteration("x")
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def h():
    yield 1
    next(iter([]))
try:
    for v in h():
        print(v)
except RuntimeError as e:
    print(e)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), [x * 10 for x in It()])
it = It()
for a in it:
    pass
print(next(it, "exhausted"))
def running():
    yield g2.__next__() if False else 1
g2 = running()
print(list(g2))
def self_ref():
    yield next(gen)
gen = self_ref()
try:
    next(gen)
except ValueError as e:
    print(e)
