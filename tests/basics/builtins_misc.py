print(abs(-3), abs(-3.5), min(3, 1, 2), max("a", "c", "b"), min([5, 3], [5, 2]))
print(sum([1.5, 2.5]), sum(range(5), 10))
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("ab", 1):
    print(i, ch)
for x, y in zip([1, 2, 3], "xy"):
    print(x, y)
print(list(zip([1, 2], [3, 4])), list(enumerate([7, 8])))
print(sorted([5, 2, 9, 1]), sorted(("b", "a")), list(reversed([1, 2, 3])))
print(bool(5), tuple([1]), dict(a=1), list("hi"))
print(hash(1) == hash(1.0), hash(True), hash(-2))
print(round(3.14159, 2), round(7), round(-2.5), round(1234, -2))
print(chr(65), ord("A"), hex(255), oct(8), bin(5), bin(-5))
print(callable(print), callable(1), any([0, 1]), all([1, 0]), any([]), all([]))
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
