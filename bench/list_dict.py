# List append/index/sort and dict insert/lookup/iteration.
def lists(n):
    a = []
    for i in range(n):
        a.append((i * 7919) % 1000)
    s = 0
    for i in range(0, n, 3):
        s += a[i]
    b = a[:]
    b.sort()
    return s, b[n // 2], len(b)


def dicts(n):
    d = {}
    for i in range(n):
        d[i * 31 % 50021] = i
    hits = 0
    for i in range(n):
        if i in d:
            hits += d[i] & 1
    keys = 0
    for k in d:
        keys += k
    words = {}
    for i in range(n):
        w = "k" + str(i % 997)
        words[w] = words.get(w, 0) + 1
    return hits, keys, len(words), words["k5"]


print(lists(3000000), dicts(1500000))
