import sys
try:
    sys.setrecursionlimit(0)
except ValueError as e: print(e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e: print(e)
def f():
    try:
        yield 1
    except GeneratorExit:
        return
g = f(); next(g); g.close(); print("closed")
def f():
    yield 1
g = f()
print(g.close(), g.close(), list(g))
