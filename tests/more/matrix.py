def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
for row in matmul(a, b):
    print(" ".join(f"{v:4d}" for v in row))
print(matmul(a, identity(2)) == a)
print(transpose(a))
m = [[2, 0], [0, 2]]
r = identity(2)
for _ in range(10):
    r = matmul(r, m)
print(r)
