class Rand:
    def __init__(self, seed):
        self.x = seed
    def next(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.x >> 33) % n
r = Rand(99)
calls = [0]
class K:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls[0] += 1
        return self.v < other.v
for n in (0, 1, 2, 5, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 5000):
    for pattern in range(5):
        if pattern == 0:
            data = [r.next(n + 1) for _ in range(n)]
        elif pattern == 1:
            data = list(range(n))
        elif pattern == 2:
            data = list(range(n, 0, -1))
        elif pattern == 3:
            data = [i // 7 for i in range(n)] + [r.next(10) for _ in range(n // 10)]
        else:
            data = list(range(n // 2)) + list(range(n // 2, 0, -1)) + [r.next(50) for _ in range(n // 3)]
        calls[0] = 0
        ks = [K(v) for v in data]
        ks.sort()
        c1 = calls[0]
        calls[0] = 0
        ks2 = sorted((K(v) for v in data), reverse=True)
        print(n, pattern, c1, calls[0], [k.v for k in ks] == sorted(data), [k.v for k in ks2] == sorted(data, reverse=True))
# inconsistent comparisons: the result depends on the exact algorithm
class Chaos:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return r.next(3) == 0
for n in (10, 70, 300, 2000):
    data = [Chaos(i) for i in range(n)]
    data.sort()
    print(n, [c.v for c in data][:40], sum(i * c.v for i, c in enumerate(data)))
