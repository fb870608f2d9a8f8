print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(5)})
print({x % 4 for x in range(10)})
print([[r * c for c in range(3)] for r in range(3)])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print({w[0]: len(w) for w in words})
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(sum(x for x in range(101) if x % 2))
x = "outer"
print([x for x in "ab"], x)
