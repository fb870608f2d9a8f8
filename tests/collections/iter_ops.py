def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('ab', 5)), list(enumerate('ab', start=-1)), list(enumerate([], 2 ** 70)))
print(list(enumerate('abc', 2 ** 62 - 2)))
print(list(zip('abc', range(5))), list(zip()), list(zip('a')), list(zip([1, 2], [3, 4], strict=True)))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y, z: x + y + z, 'ab', 'cd', 'ef')))
print(list(filter(None, [0, 1, '', 'a', None, []])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), type(iter(Seq())).__name__)
it = iter(Seq()); print(next(it), it.__length_hint__())
n = iter([1, 2, 3, None, 5]).__next__
print(list(iter(n, None)))
count = [0]
def f():
    count[0] += 1
    return count[0]
print(list(iter(f, 4)))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(reversed('a')).__name__)
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], 1.5))
t(lambda: enumerate([], x=1))
t(lambda: zip(1))
t(lambda: zip([], x=1))
t(lambda: map(abs))
t(lambda: filter(None))
t(lambda: reversed(1))
t(lambda: reversed({1}))
t(lambda: reversed())
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1], [2, 3], strict=True)))
t(lambda: list(zip([1, 2], [1], [2], strict=True)))
t(lambda: list(map(lambda x: next(iter([])), [1, 2])))
t(lambda: next(iter([])))
t(lambda: iter(1))
t(lambda: iter(1, 2))
g = (i * i for i in range(4))
print(list(zip(g, 'abcdef')))
e = enumerate('xy'); print(next(e), next(e))
t(lambda: next(e))
z = zip([1, 2], [3])
print(list(z), list(z))
r = reversed([1, 2]); print(r.__length_hint__(), next(r), r.__length_hint__())
m = map(str, range(3)); print(next(m), list(m))
print(dict(enumerate('ab')), sorted(zip([3, 1, 2], 'abc')))
lst = [1, 2, 3]
it = iter(lst); lst.clear(); print(list(it))
lst = [1, 2]
it = reversed(lst); lst.append(3); print(list(it))
