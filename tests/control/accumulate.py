squares = []
evens = 0
odds = 0
for n in range(1, 21):
    squares.append(n * n)
    if n % 2 == 0:
        evens += n
    else:
        odds += n
print(squares)
print(evens, odds, evens - odds)
running = 0
prefix = []
for s in squares:
    running += s
    prefix.append(running)
print(prefix[-1], prefix[:5])
product = 1
n = 1
while product < 10 ** 30:
    product *= n
    n += 1
print(n, product)
