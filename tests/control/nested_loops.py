for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end=" ")
    print()
found = None
for i in range(2, 50):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        found = i
print("largest prime < 50:", found)
primes = []
n = 2
while len(primes) < 10:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        primes.append(n)
    n += 1
print(primes)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
