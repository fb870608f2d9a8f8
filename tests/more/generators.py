def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib_gen()
print([next(g) for _ in range(10)])
def delegate():
    yield "start"
    yield from count_up(3)
    yield "end"
print(list(delegate()))
squares = (x * x for x in range(6))
print(sum(squares))
def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)
e = echo()
print(next(e), e.send(1), e.send("two"))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(count_up(0))
except StopIteration:
    print("StopIteration")
