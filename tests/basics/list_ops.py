a = [3, 1, 2]
a.append(5)
print(a, len(a), a[0], a[-1], a[1:3], a[::-1])
a.insert(0, 9)
a.extend([7, 8])
print(a)
print(a.pop(), a.pop(0), a)
a.remove(2)
print(a, a.index(5), a.count(1), 5 in a)
a.sort()
print(a)
a.reverse()
print(a)
a[0] = 100
a[1:3] = ["x", "y", "z"]
print(a)
del a[0]
print(a)
del a[1:3]
print(a)
b = [0] * 3 + [1] * 2
print(b, b == [0, 0, 0, 1, 1])
c = [[1, 2], [3]]
c[0].append(9)
print(c, len(c[0]))
print(list("abc"), list(range(4)), list((1, 2)), list())
print(sorted([3, 1, 2]), sorted("cab"), sorted([3, 1, 2], reverse=True))
print(min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]), sum([]))
d = a.copy()
d.clear()
print(a, d)
e = [1, 2, 3, 4, 5, 6]
e[::2] = [0, 0, 0]
print(e, e[-2:], e[:-2], e[1:-1:2])
