def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
result = []
for p in primes():
    if p > 60:
        break
    result.append(p)
print(result)
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, primes()), take(3, (c * 2 for c in "ab")))
