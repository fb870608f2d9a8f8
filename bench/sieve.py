# Sieve of Eratosthenes on a list of booleans, then a prime-gap scan.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags


def scan(flags):
    count = 0
    last = 2
    gap = 0
    for i in range(2, len(flags)):
        if flags[i]:
            count += 1
            if i - last > gap:
                gap = i - last
            last = i
    return count, gap, last


print(scan(sieve(9000000)))
