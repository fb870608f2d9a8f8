# Integer arithmetic in while/for loops (stays within 64-bit "small" ints,
# plus a short big-int tail).
def lcg_sum(n):
    x = 12345
    total = 0
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) % 2147483648
        total += x // 65536
        i += 1
    return total


def digit_sums(n):
    s = 0
    for i in range(n):
        j = i
        while j > 0:
            s += j % 10
            j //= 10
    return s


def bits(n):
    c = 0
    for i in range(n):
        c += (i ^ (i >> 3)) & 7
    return c


big = 1
for i in range(1, 400):
    big = big * i + 1
print(lcg_sum(4000000), digit_sums(800000), bits(3000000), big % 1000000007)
