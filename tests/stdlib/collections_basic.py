from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:5])
c.update("aaz"); print(c["a"], c["z"])
print(Counter([1, 1, 2]) + Counter([2, 3]), Counter(a=3) - Counter(a=1))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dict(dd), dd["new"], len(dd))
ci = defaultdict(int)
for w in "a b a c a".split():
    ci[w] += 1
print(sorted(ci.items()))
dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0); dq.append(4); dq.append(5)
print(dq, dq.popleft(), dq.pop(), len(dq))
dq.rotate(1); print(list(dq))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=9), Point._fields, tuple(p))
x, y = p
print(x, y, p == (1, 2), isinstance(p, tuple))
od = OrderedDict(); od["b"] = 1; od["a"] = 2; od.move_to_end("b")
print(list(od), od)
