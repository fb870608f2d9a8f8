def matmul(a, b):
    rows, cols, inner = len(a), len(b[0]), len(b)
    if len(a[0]) != inner:
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {inner}x{cols}")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def show(m):
    w = max(len(str(x)) for r in m for x in r)
    for r in m:
        print(" ".join(str(x).rjust(w) for x in r))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
print(matmul(identity(3), b) == b)
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]), det(identity(4)))
try:
    matmul(a, a)
except ValueError as e:
    print(e)
m = [[0.5, 1.5], [2.25, -1.0]]
show(matmul(m, m))
def power(m, n):
    r = identity(len(m))
    while n:
        if n & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        n >>= 1
    return r
print(power([[1, 1], [1, 0]], 90)[0][1])
