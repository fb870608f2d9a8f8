class Counter:
    count = 0
    kind = "counter"
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a = Counter()
b = Counter()
print(Counter.count, a.count, b.id, a.id)
a.kind = "instance"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
Counter.extra = [1]
print(b.extra)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1 = Shared()
s2 = Shared()
s1.add(1)
s2.add(2)
print(Shared.items)
print(getattr(a, "id"), getattr(a, "nope", "default"))
setattr(a, "dyn", 5)
print(a.dyn)
