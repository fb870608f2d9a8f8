def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    while True:
        try:
            v = yield
            print("got", v)
        except ValueError as e:
            print("caught", e)
g = echo()
next(g)
g.send(1)
g.throw(ValueError("bad"))
g.send(2)
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
g2 = acc()
try:
    g2.send(5)
except TypeError as e:
    print(e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
g3 = closer(); next(g3); g3.close(); g3.close()
print("closed twice ok")
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g4 = bad_closer(); next(g4)
try:
    g4.close()
except RuntimeError as e:
    print(e)
