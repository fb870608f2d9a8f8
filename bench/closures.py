# Closures, nonlocal, lambdas and higher-order calls.
def make_counter():
    n = 0

    def inc(step):
        nonlocal n
        n += step
        return n
    return inc


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def run(n):
    c = make_counter()
    add3 = make_adder(3)
    twice = compose(add3, add3)
    acc = 0
    for i in range(n):
        acc = (acc + twice(i) + c(1)) % 1000003
    return acc, c(0)


print(run(6000000))
