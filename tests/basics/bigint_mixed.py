small = 7
big = 10 ** 25
print(small + big, big + small, small - big, big - small)
print(small * big, big // small, big % small, small // big, small % big)
print(-small // big, -small % big, small // -big, small % -big)
print(big == 10 ** 25, big != small, small < big, -big < small)
x = 2 ** 62
for i in range(5):
    x = x * 2
    print(x)
y = x
for i in range(6):
    y = y // 2
print(y, type(y).__name__)
z = big - big + 5
print(z, z + 1, z == 5)
print(big / 10 ** 24, 1.5 * big, big + 0.5)
print(hash(5), hash(-1), hash(0))
print(int("123456789012345678901234567890") + 1)
print(str(2 ** 200)[:20], len(str(2 ** 200)))
print(pow(2, 100, 1000), pow(3, 200))
print(divmod(10 ** 30 + 7, 10 ** 15))
print(max(big, small), min(big, -big))
