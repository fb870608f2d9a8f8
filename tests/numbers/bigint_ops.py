a = 2 ** 100
b = 3 ** 64
print(a, b, a * b, a // b, a % b, a - b, -a)
print(a.bit_length(), (255).bit_length(), (-1).bit_length(), (0).bit_length())
print(10 ** 30 // 7, -(10 ** 30) // 7, (10 ** 30) % -7, divmod(-(10 ** 25), 13))
print(a >> 90, a << 10, -a >> 99, (-1) >> 100, 1 << 70)
print(a & (b - 1), a | b, a ^ b, ~a)
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, 2 ** 63, -(2 ** 63), 2 ** 62 + 2 ** 62)
x = 1
for i in range(1, 30):
    x *= i
print(x, len(str(x)))
print(str(2 ** 200)[:20], hex(2 ** 70), oct(2 ** 70), bin(2 ** 70))
print(int("9" * 40) + 1, int("-" + "9" * 40) - 1)
print(4611686018427387903 + 1, -4611686018427387904 - 1, 4611686018427387904 * 2)
print((2 ** 62) // -1, (-(2 ** 62)) * -1, abs(-(2 ** 100)))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(-1), hash(-2))
print(pow(7, 100, 13), pow(2, 1000) % 1000007, 7 ** 0, 0 ** 0)
print(a == 2 ** 100, a < b, a > -a, a != a + 1, max(a, b), min(-a, -b))
print((10 ** 20).to_bytes(9, "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(float(2 ** 100), 2 ** 100 / 2 ** 98, 10 ** 20 / 3)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
try:
    (10 ** 400) / 1.0
except OverflowError as e:
    print(e)
