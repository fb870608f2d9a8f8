import itertools as it
import operator
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.batched(range(7), 3)) if hasattr(it, "batched") else "no batched")
print([''.join(p) for p in it.permutations("abc")], len(list(it.combinations(range(10), 3))))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for k, g in it.groupby(data, key=lambda w: w[0]):
    print(k, list(g))
print(list(it.islice(it.count(1.5, 0.5), 4)), list(it.starmap(lambda a, b: a - b, [(5, 1), (9, 3)])))
print(list(it.product(range(2), "ab", repeat=1)), list(it.zip_longest([1, 2, 3], "ab")))
c = it.count()
print(next(c), next(c), list(zip(c, "xy")), list(it.repeat(None, 2)))
print(list(it.chain.from_iterable(["ab", [1, 2], range(2)])), list(it.compress(range(5), [1, 0, 1, 0, 1])))
a, b, c2 = it.tee(range(3), 3)
print(list(a), list(b), list(c2), sum(1 for _ in it.filterfalse(lambda x: x % 3, range(20))))
print(list(it.takewhile(str.isdigit, "123abc456")), list(it.dropwhile(lambda c: c != "b", "aabbcc")))
