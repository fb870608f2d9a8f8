a, b = 0, 1
count = 0
while a < 1000:
    print(a, end=" ")
    a, b = b, a + b
    count += 1
print()
print("count", count)
i = 10
total = 0
while i:
    total += i
    i -= 1
print(total)
x = 1
while x < 2 ** 100:
    x *= 1000
print(x)
