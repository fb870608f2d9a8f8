a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-2], a[8:2:-2])
print(a[5:2], a[100:], a[-100:-95], a[3:3])
s = "abcdefgh"
print(s[2:5], s[::-1], s[-1:-4:-1], s[:0], s[1:100])
t = tuple(a)
print(t[2:4], t[::-4])
print(range(10)[2:8:2], list(range(10)[::-3]))
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
b = a[:]
b[0] = 99
print(a[0], b[0])
