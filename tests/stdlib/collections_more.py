from collections import Counter, deque, ChainMap, OrderedDict, defaultdict, namedtuple
c = Counter(a=3, b=1, c=0)
print(c, +c, c.total(), list(c.elements()), Counter("aab") & Counter("abb"), Counter("aab") | Counter("abb"))
c.subtract({"a": 5})
print(c, c.most_common(1), Counter() == Counter(x=0))
d = deque(range(5))
d.extendleft([-1, -2]); d.rotate(-2)
print(d, d[0], d[-1], d.index(3), d.count(1), len(d))
d.remove(3); d.reverse()
print(d, deque(maxlen=2) , deque("abc", 2))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"z": 0})["z"])
od = OrderedDict.fromkeys("abc")
od.move_to_end("a"); od.popitem(last=False)
print(od, list(od.keys()), od == OrderedDict([("c", None), ("a", None)]))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "x" in t, len(t))
P = namedtuple("P", "x y z", defaults=[0])
p = P(1, 2)
print(p, P._field_defaults, p._make([4, 5, 6]), P(*range(3))._asdict())
class Q(namedtuple("Q", ["a", "b"])):
    __slots__ = ()
    def total(self):
        return self.a + self.b
print(Q(1, 2).total(), Q(1, 2), repr(Q(3, 4)))
