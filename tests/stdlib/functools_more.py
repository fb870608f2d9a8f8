from functools import reduce, partial, lru_cache, wraps, cached_property, singledispatch, total_ordering
import operator
print(reduce(operator.mul, range(1, 10)), reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
pow2 = partial(pow, 2)
print(pow2(10), partial(print, sep="-")("a", "b") or "", pow2.args)
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        print("computing total")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total)
@singledispatch
def show(x):
    return f"object {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
