def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def ret():
    yield 1
    return "done"
g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
print(type(count(1)).__name__, count.__name__)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in gen_with_finally():
    print(x)
g = gen_with_finally()
print(next(g))
g.close()
print("after close")
