for v in [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.123, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
          -0.0, 100.0, 1e22, 1e23, 0.30000000000000004, 2.5, 1.0e-7, 12345678901234567890.0]:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(1e308 * 10, -1e308 * 10)
print(float("1e500"), float("-1e500"))
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1)
print(1.0 == 1, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
print(2.0 ** 0.5, 10 ** -2, 2 ** -1)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer())
print((1.5).hex(), float.fromhex("0x1.8p1"), (255.0).hex())
