print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3)
print(-7 + 3, -7 * -3, 8 / 4, 1 / 3)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2)
print(2 ** -1, 10 ** -2)
print(+5, -5, --5, ~5, ~-1)
print(6 & 3, 6 | 3, 6 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2)
print(abs(-12), abs(12), abs(0))
print(divmod(17, 5), divmod(-17, 5))
print(int(True) + 1, True + True, False * 10)
print(1 + 2 * 3 - 4 // 2 % 3)
print((1 + 2) * (3 - 4))
print(100000 * 100000)
x = 0
for i in range(10):
    x = x * 3 + i
print(x)
