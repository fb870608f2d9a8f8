def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    return "outer-done"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def delegator():
    try:
        yield from inner()
    except ValueError as e:
        print("delegator caught", e)
        yield "recovered"
d = delegator()
next(d)
print(d.throw(ValueError("boom")))
def gen_ret():
    return (yield from (i * 2 for i in range(3)))
print(list(gen_ret()))
