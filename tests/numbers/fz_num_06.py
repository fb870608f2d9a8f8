print(complex(1, 2) * 1.5, (1+2j) ** 2, (1+2j) ** 0.5, abs(3-4j), (1j).real, divmod(5, 2) if True else 0)
print(repr(complex(1e20, 1e-20)), repr(complex(float('inf'), float('nan'))), repr(complex(0, 1e16)), complex("1e3j"), complex("-j"))
print(0.1.__repr__(), (1e22).__repr__(), float.__repr__(1e-5), (1.0).__str__(), int.__repr__(True))
x = 10**18
for i in range(5):
    x = x * 10 + i
print(x, x // 10**20, x % 10**9, -x // 7, -x % 7, x >> 3, x & 0xffff)
