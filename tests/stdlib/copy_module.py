import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(b, c)
class P:
    def __init__(self):
        self.items = [1]
p = P(); q = copy.deepcopy(p); q.items.append(2)
print(p.items, q.items)
