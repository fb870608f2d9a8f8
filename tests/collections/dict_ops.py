def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
d['c'] = 3; print(d, len(d), d['a'], 'a' in d, 'z' in d)
del d['b']; print(d)
d['b'] = 4; print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('q', 7), d)
print(d.pop('q'), d.pop('zz', None), d)
print(d.popitem(), d)
e = d.copy(); e.clear(); print(d, e)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=0); print(d)
print(dict(a=1), dict([(1, 2)], b=3), dict({1: 2}), dict(zip('ab', range(2))), dict())
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2} == {1: 2.0}, {} == {})
print({1: 2} | {3: 4}, {1: 2} | {1: 5})
f = {1: 2}; f |= {3: 4}; f |= [(5, 6)]; print(f)
print(d.keys(), d.values(), d.items(), {}.keys())
k = {1: 2, 3: 4}.keys()
print(k & {1}, k | {5}, k - {1}, k ^ {1, 9}, {1} & k, [1, 7] - k, k == {1, 3}, k < {1, 3, 5}, len(k), 3 in k)
it = {1: 2, 3: 4}.items()
print((1, 2) in it, (1, 3) in it, [1, 2] in it, it == {(1, 2), (3, 4)}, it & {(1, 2)})
print(k.isdisjoint([7]), k.isdisjoint([1]))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.items())), list(reversed({1: 2}.values())))
x = {}; x['self'] = x; print(x)
for i in range(20):
    x[i] = i * i
for i in range(0, 20, 3):
    del x[i]
print(x)
print({(1, 2): 3, 1.5: 'f', None: 0, True: 'b', frozenset({1}): 2})
print({1: 'a', 1.0: 'b', True: 'c'})
t(lambda: {}[1])
t(lambda: {}[[]])
t(lambda: {}.pop(1))
t(lambda: {}.popitem())
t(lambda: {}.get())
t(lambda: dict(1, 2))
t(lambda: dict([1]))
t(lambda: dict([[1, 2, 3]]))
t(lambda: {}.update(1))
t(lambda: {1: 2} < {1: 2})
t(lambda: {1: 2} | [1])
t(lambda: {(1, 2): 3}[(1, 3)])
t(lambda: hash({}))
t(lambda: hash({}.keys()))
t(lambda: dict.fromkeys())
def change():
    d = {1: 2, 3: 4}
    for key in d:
        d[key + 10] = 0
t(change)
def change2():
    d = {1: 2, 3: 4}
    for key in d:
        del d[key]
        d[key + 100] = 1
t(change2)
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1); print(dd['zz'], dd['a'], dd, type(dd).__name__)
class C:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(C()), {**C()})
big = {i: str(i) for i in range(1000)}
print(len(big), big[999], sum(big), list(big)[-3:])
for i in range(990):
    del big[i]
print(big)
it = iter({1: 2, 3: 4}); print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__)
print({'b': 1, 'a': 2}.keys() == {'a', 'b'})
