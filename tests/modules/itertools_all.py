import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(count(1, -1), 3)))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)))
c = count(3); next(c); print(c)
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat(7, 3)), repr(repeat(7)), repr(repeat('a', 2)), list(repeat(1, -2)))
print(repeat(1, 5).__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([], initial=5)))
import operator
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby('aabb')); print([(k, list(g)) for k, g in gs])
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee(iter([1, 2, 3])); print(list(a), list(b))
a, b, c = tee(range(200), 3); print(sum(a), next(b), list(c)[-1], len(list(b)))
print(tee([1], 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('ab', [1])), list(zip_longest()))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(pairwise('ABCDE')), list(pairwise('a')), list(pairwise('')))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(product(range(3), repeat=4))))
tests = ["count('a')", "islice('abc', -1)", "islice('abc', -5)", "islice('abc', 'x')", "islice('abc', 1, 2, 0)", "islice('abc', -1, 2)", "islice()", "islice([], 1, 2, 3, 4)", "repeat()", "combinations('abc')", "combinations('abc', -1)", "permutations('abc', -2)", "product('ab', repeat=-1)", "tee([], -1)", "cycle()", "dropwhile(len)", "zip_longest('a', foo=1)", "chain(x=1)", "pairwise()", "accumulate()", "groupby()", "compress('a')", "starmap(pow, [1])", "list(repeat(1, 'a'))", "product(1)", "chain(1)"]
for t in tests:
    try:
        r = eval(t)
        print(t, list(r) if hasattr(r, '__next__') else r)
    except Exception as e:
        print(t, type(e).__name__, e)
class MyChain(chain): pass
print(list(MyChain('ab', 'c')), type(MyChain()).__name__)
print(type(count()).__name__, count.__name__, chain.__module__ if hasattr(chain, '__module__') else None)
def gen():
    yield 1
    raise ValueError('boom')
try: list(chain(gen()))
except ValueError as e: print('VE', e)
print(list(islice(count(), 3, 10, 3)))
it2 = islice(range(10), 3); print(list(it2), list(it2))
