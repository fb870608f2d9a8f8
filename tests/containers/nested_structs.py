inventory = {"fruits": {"apple": 3, "pear": 0}, "veg": {"kale": 2}}
inventory["fruits"]["apple"] += 1
inventory.setdefault("grains", {})["rice"] = 5
print(inventory)
for cat in sorted(inventory):
    items = inventory[cat]
    print(cat, sorted(items.items()), sum(items.values()))
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
c = [1]
c.append(c)
print(c)
d = {}
d["self"] = d
print(d)
print([[1, [2, [3, [4]]]]], {"k": [1, {"n": (2, 3)}]})
import sys
x = []
y = x
y += [1]
print(x, x is y)
t = ([],)
try:
    t[0] += [1]
except TypeError as e:
    print(e)
print(t)
