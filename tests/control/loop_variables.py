result = []
for i in range(3):
    for j in range(i, 3):
        result.append((i, j))
print(result)
print(i, j)
k = 100
for k in range(0):
    pass
print(k)
items = [[1, 2], [3, 4], [5, 6]]
for a, b in items:
    a = a * 10
print(items, a, b)
for idx in range(len(items)):
    items[idx] = sum(items[idx])
print(items)
x = [1, 2, 3]
for v in x:
    if v == 2:
        x.append(4)
print(x)
