def g():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        yield "handled"
    finally:
        print("finally runs")
it = g()
print(next(it))
print(it.throw(ZeroDivisionError))
try:
    next(it)
except StopIteration:
    print("stopped")
def raiser():
    yield 1
    raise ValueError("inside gen")
try:
    for x in raiser():
        print("got", x)
except ValueError as e:
    print("caught", e)
def gen_in_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("f", i)
for v in gen_in_try():
    if v == 1:
        break
print("broke")
def uses_context():
    try:
        raise KeyError("a")
    except KeyError:
        yield "in except"
        raise
x = uses_context()
print(next(x))
try:
    next(x)
except KeyError as e:
    print("reraised", repr(e))
