a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:-1], a[5:2:-1], a[100:200])
b = a[:]
b[2:5] = ["x"]; print(b)
b[1:1] = [10, 11]; print(b)
b[::2] = [0] * len(b[::2]); print(b)
del b[::3]; print(b)
del b[1:3]; print(b)
b[len(b):] = [7, 7]; print(b)
c = [1, 2, 3]
c[5:] = [9]; print(c)
c[-10:1] = ["s"]; print(c)
try:
    c[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(e)
try:
    a[1.5]
except TypeError as e:
    print(e)
try:
    a[20]
except IndexError as e:
    print(e)
try:
    a[20] = 1
except IndexError as e:
    print(e)
print(a[slice(1, 8, 2)], slice(1, 8, 2), slice(5), slice(1, 2).indices(10), slice(None, None, -1).indices(5))
t = tuple(range(6))
print(t[1:4], t[::-2], t[-1], "abcdef"[slice(2, None)])
del c[0]; print(c)
