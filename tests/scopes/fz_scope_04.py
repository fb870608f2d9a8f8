def g():
    yield 1
it = g()
print(it.throw(ValueError("unstarted")) if False else "")
try:
    it.throw(ValueError("unstarted"))
except ValueError as e:
    print("propagated", e)
print(next(it, "exhausted"))
def agen():
    r = yield from sub()
    yield r
def sub():
    yield "s"
    return "ret"
print(list(agen()))
def g():
    yield from iter([1, 2])
    return 3
def h():
    x = yield from g()
    print("x", x)
for v in h(): print(v)
def g():
    l = yield
    print(l)
it = g()
it.send(None)
try:
    it.send([1, 2])
except StopIteration as e:
    print("stop", e.value)
