a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); print(a)
a.extend([7, 8]); print(a)
a.insert(0, 0); a.insert(100, 99); a.insert(-1, 98); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(5), a.index(5, 4), a.count(1), a.count(42))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); b.clear(); print(a, b)
try:
    a.remove(42)
except ValueError as e:
    print(e)
try:
    a.index(42)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
c = [1, 2]
c += (3, 4); print(c)
c *= 2; print(c)
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [])
