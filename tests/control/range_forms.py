for i in range(3):
    print("a", i)
for i in range(2, 5):
    print("b", i)
for i in range(10, 0, -3):
    print("c", i)
for i in range(0, -5, -1):
    print("d", i)
for i in range(5, 5):
    print("never")
r = range(2 ** 40, 2 ** 40 + 3)
for i in r:
    print("big", i)
n = 0
for i in range(1000000):
    n += 1
print(n)
for i in range(-2, 3, 2):
    print("e", i)
