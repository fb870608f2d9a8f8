def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
g = (x for x in range(3))
print(g.__name__, g.__qualname__, next(g), g.gi_running)
def f():
    return (yield)
g = f(); next(g)
try:
    g.send(42)
except StopIteration as e:
    print(e.value, e.args)
def g():
    yield 1
    return [1, 2]
try:
    it = g(); next(it); next(it)
except StopIteration as e:
    print(repr(e))
