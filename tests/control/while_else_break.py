def find_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has factor", d)
            break
        d += 1
    else:
        print(n, "is prime")
for n in (2, 9, 17, 91, 97, 2 ** 31 - 1):
    find_factor(n)
