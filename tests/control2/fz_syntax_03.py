a = 1; b = 2;
if a < b: print("one-line if")
for i in range(2): print(i, end=" ")
print()
while False: pass
class K: x = 1; y = 2
print(K.x + K.y)
x = 1 if True else 2 if False else 3
y = [i for i in range(10) if i % 2 if i > 4]
z = lambda: (yield)
print(x, y, type(z()).__name__)
def gen():
    x = yield
    yield x
g = gen(); next(g)
print(g.send("v"))
print((lambda: (yield 5))().__next__())
def f(a, b=2, *args, c, d=4, **kw):
    return locals()
print(f(1, c=3), f(1, 2, 3, c=4, e=5))
