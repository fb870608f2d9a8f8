import functools, _functools, copy
from functools import partial, cmp_to_key, reduce
print(functools.partial is _functools.partial, functools.reduce is _functools.reduce)
def f(a, b=2, *c, **k): return (a, b, c, k)
p = partial(f, 1, x=3); print(p.args, p.keywords, p(5, y=6), p.func is f, p(), p(x=9))
q = partial(p, 7, z=1); print(q.args, q.keywords, q.func is f, q())
class P(partial): pass
r = P(f, 1); print(repr(r).split(' at ')[0], type(r).__name__, r(0))
print(repr(partial(max, 1, key=abs)), repr(partial(len)))
for t in ['partial()', 'partial(1)', 'reduce(lambda a,b:a+b, [])', 'reduce()', 'cmp_to_key(lambda a,b:0)(1) < 2', 'hash(cmp_to_key(lambda a,b:0)(1))', 'reduce(1, [1, 2])']:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
K = cmp_to_key(lambda a, b: a - b); print(sorted([3, 1, 2], key=K), K(1) < K(2), K(3).obj, type(K).__name__, type(K(1)).__name__, K(2) == K(2), K(5) >= K(9))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a + [b], 'abc', []))
c = copy.copy(p); print(c.args, c.keywords, c.func is f)
d = copy.deepcopy(partial(max, [1], key=abs)); print(d.args, d.keywords)
p.attr = 5; print(p.attr, p.__dict__)
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(functools.singledispatch(lambda x: 'base')(3))
