from collections import deque
d = deque()
for i in range(50):
    if i % 3 == 0: d.appendleft(i)
    elif i % 3 == 1: d.append(i)
    else: d.rotate(i % 5 - 2)
print(d, len(d), d.maxlen, list(reversed(d))[:5], d[5], d[-5], 7 in d)
d2 = deque(d, maxlen=10)
print(d2)
d2.extend(range(3)); print(d2, d2.popleft(), d2.pop())
d2.insert(2, "x"); print(d2)
print(d == deque(d), d2 * 2 if False else 0, d2.copy(), deque("ab") + deque("cd"))
from collections import Counter
words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c, c.most_common(), sorted(c.elements()), c["the"], c["zzz"], len(c))
c2 = Counter({"the": 1, "dog": 2})
print(c + c2, c - c2, c & c2, c | c2, c == c2, sorted((c + c2).items()))
c.update(["cat", "cat"]); c.subtract(the=3)
print(c, +c, -c, dict(c), list(c), c.total())
from collections import namedtuple, OrderedDict, defaultdict, ChainMap
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p._replace(y=5), p._asdict(), P._make([3, 4]), p.x, p[1], p == (1, 2), hash(p) == hash((1, 2)))
try:
    P(1)
except TypeError as e: print(e)
try:
    p.x = 5
except AttributeError as e: print(e)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
dd = defaultdict(lambda: "missing")
print(dd["x"], dict(dd), defaultdict(int, a=1), repr(defaultdict(list)))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm, dict(cm), cm.parents)
