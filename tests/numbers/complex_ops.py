z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2, z * z, z / 2, z - 1j, (1 + 2j) * (3 - 1j), 1j ** 2)
print(complex(1, 2), complex("3+4j"), complex(" 1.5-2j "), complex(5), complex(), complex(0, -0.0))
print(repr(1j), repr(-1j), repr(0j), repr(1 + 0j), repr(-0j), repr(complex(-0.0, -0.0)), repr(2.5 + 1e20j))
print(1j == 1j, (1 + 0j) == 1, z != 3, hash(1 + 0j) == hash(1))
print(f"{z}", str(1e-5j), (1+2j).__repr__(), format(1 + 2j, ".2f"))
try:
    z < z
except TypeError as e:
    print(e)
try:
    complex("abc")
except ValueError as e:
    print(e)
print(type(z).__name__, isinstance(z, complex), complex(1, 1) ** 2, pow(1j, 3))
