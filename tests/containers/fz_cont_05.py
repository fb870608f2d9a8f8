r = range(-5, 5, 2)
print(list(r), r[::-1], r[1:3], r[-1], len(r), -3 in r, -2 in r, r.index(3), range(5) == range(0, 5, 1), hash(range(3)) == hash(range(0, 3)))
print(range(10)[::2], range(10)[5:], range(0, 10, 3)[-2:], reversed(range(3)).__class__.__name__, list(range(10, 0, -3)[::-1]))
try:
    range(5)[10]
except IndexError as e: print(e)
try:
    range(1.5)
except TypeError as e: print(e)
try:
    range()
except TypeError as e: print(e)
print(list(zip(range(3), "abcd", [1, 2, 3, 4, 5])), list(zip("ab", strict=False)))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e: print(e)
