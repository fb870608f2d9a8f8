print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -2)))
print(list(range(0)), list(range(5, 2)), len(range(10)), len(range(1, 10, 4)))
r = range(10, 20, 3)
print(r[0], r[-1], r[1:3], 13 in r, 14 in r, r.start, r.stop, r.step)
print(list(range(-3, 3)), sum(range(101)))
print(range(3) == range(3), range(0) == range(5, 5))
print(list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
