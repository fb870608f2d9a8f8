data = [("bob", 25, 3.5), ("alice", 30, 2.0), ("carol", 25, 4.0), ("dave", 30, 1.0)]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: (r[1], -r[2])))
print(sorted(data, key=lambda r: r[0], reverse=True))
print([r[0] for r in sorted(data, key=lambda r: r[1], reverse=True)])
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, reverse=True), max(nums, key=abs), min(nums, key=lambda x: -x))
words = "the Quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(set(words)))
nums.sort(key=lambda x: x % 3); print(nums)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [3, None].sort()
except TypeError as e:
    print(e)
print(sorted([]), sorted("cba"), sorted({3: 1, 1: 2}), sorted((2.5, 1, True)))
print(max([]) if False else max([1], default=0), max([], default="empty"), min("b", "a", "c"), max(1, 2, key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print(e)
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda p: p[0])
print(stable)
