print(1j, 2.5j, 1e3j, 0j, 1_0j, .5J, 3J)
print(repr(1j), repr(-1j), 1 + 2j, (1 + 2j) * 1j, type(1j).__name__)
