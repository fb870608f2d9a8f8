from _collections import deque, defaultdict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.reverse(); print(d)
print(d.count('a'), d.index(2), 2 in d, 'z' in d, d.copy(), list(reversed(d)))
d.remove('a'); d.insert(1, 'X'); del d[0]; d[0] = 'Y'; print(d)
m = deque(range(10), maxlen=3); print(m, m.maxlen); m.append(10); m.appendleft(-1); print(m)
m.extend(range(5)); print(m); print(deque(maxlen=0), deque().maxlen)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque('ab'), deque([1]) == deque([1]), deque([1, 2]) < deque([1, 3]))
x = deque([1, 2]); x += [3]; x *= 2; print(x)
b = deque([1, 2, 3], maxlen=4); b *= 3; print(b)
r = deque(); r.append(r); print(r)
class D(deque): pass
print(D([1, 2]), D([1], maxlen=2), type(D([1]).copy()).__name__)
it = iter(d); d.append(1)
try: next(it)
except RuntimeError as e: print(e)
for t in ['d.remove(99)', 'd.index(99)', 'd[50]', 'd["a"]', 'd[1:2]', 'deque().pop()', 'deque().popleft()', 'deque(maxlen=-1)', 'deque(maxlen="a")', 'deque([1],2,3)', 'd + [1]', 'deque([1], maxlen=1).insert(0, 5)', 'hash(d)', 'd < [1]']:
    try: print(t, eval(t))
    except Exception as e: print(t, '!!', type(e).__name__, e)
import copy
print(copy.copy(m), copy.deepcopy(deque([[1], 2], maxlen=5)))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, dict(dd))
print(defaultdict(int, {'x': 1}), defaultdict(None), repr(defaultdict(lambda: 0))[:31])
for t in ['defaultdict(1)', 'defaultdict(None)[1]', 'defaultdict(list, {1: 2}) | {3: 4}', '{3: 4} | defaultdict(list)', 'defaultdict(list).copy()', 'defaultdict(list, a=1)', 'copy.copy(defaultdict(set, {1: {2}}))', 'copy.deepcopy(defaultdict(list, {1: [2]}))']:
    try: print(t, eval(t))
    except Exception as e: print(t, '!!', type(e).__name__, e)
c = defaultdict(int)
for ch in 'mississippi': c[ch] += 1
print(sorted(c.items()), isinstance(c, dict))
import collections
P = collections.namedtuple('P', 'x y'); p = P(1, y=2); print(p, p.x, p[1], p._replace(x=5), p._asdict(), P._fields, P._make([3, 4]))
print(collections.Counter('abracadabra').most_common(3), collections.Counter(a=2, b=1) + collections.Counter(a=1))
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); od['c'] = 3; print(od, list(od), od.popitem(last=False))
print(collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})['b'], collections.deque is deque)
