class Rand:
    def __init__(self, seed):
        self.x = seed
    def next(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.x >> 33) % n
r = Rand(12345)
pool = [i for i in range(-40, 200)] + [2 ** 61 - 1, 2 ** 61, -2 ** 61, 2 ** 64 + 7, 1.5, -0.25, 1e100, (1, 2), (3, 'x'), 'a', 'bc', 'hello', 'zz', '', True, frozenset({1}), frozenset()]
for trial in range(300):
    s = set()
    n = r.next(120)
    for i in range(n):
        op = r.next(10)
        v = pool[r.next(len(pool))]
        if op < 6:
            s.add(v)
        elif op < 8:
            s.discard(v)
        elif op == 8 and s:
            s.pop()
        else:
            other = {pool[r.next(len(pool))] for _ in range(r.next(8))}
            k = r.next(6)
            if k == 0:
                s |= other
            elif k == 1:
                s -= other
            elif k == 2:
                s ^= other
            elif k == 3:
                s &= other | s if r.next(2) else other
            elif k == 4:
                s = s | other
            else:
                s = s - other
    print(s)
    print(frozenset(s) == s, hash(frozenset(s)) if all(not isinstance(x, str) for x in s) else len(s))
d = {}
for trial in range(3000):
    op = r.next(10)
    v = pool[r.next(len(pool))]
    if op < 6:
        d[v] = trial
    elif op < 9:
        d.pop(v, None)
    elif d:
        d.popitem()
    if trial % 100 == 0:
        print(d)
print(d, len(d))
