def gen():
    try:
        yield 1
    finally:
        print("finalized")
g = gen()
next(g)
g = None
print("after")
def g():
    yield 1
    yield 2
x = g()
print(list(zip(x, x)), list(x))
def g(n):
    for i in range(n):
        res = yield i
        if res:
            print("res", res)
it = g(3)
print(next(it), it.send("a"), next(it))
try:
    it.send("b")
except StopIteration:
    print("done")
def g():
    try:
        yield
    except Exception as e:
        print("caught", type(e).__name__)
        yield "after"
it = g(); next(it)
print(it.throw(ValueError))
print(it.throw(TypeError("t")) if False else "skip")
